package dev.wireetl.common.entities;

/**
 * A typed span found by some engine, before normalisation: {@code type} is PERSON, ORG, LOC or NORP
 * (CoNLL names PER and MISC are accepted: PER→PERSON, MISC→NORP), offsets are UTF-16 offsets into
 * the body (begin inclusive, end exclusive).
 */
public record RawMention(String type, int begin, int end, String method, double score) {
}
