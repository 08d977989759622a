package dev.wireetl.common.entities;

import java.util.List;

/** A training or evaluation sentence of the tagger: tokens, IOB2 tags, and whether it starts a document. */
public record TaggedSentence(List<String> tokens, String[] tags, boolean docStart) {
}
