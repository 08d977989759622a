package dev.wireetl.tools.sparknlp;

import java.util.List;

/**
 * One sentence of a CoNLL-2003 style file: per token its text, POS tag, chunk tag and NER tag (BIO or IOB1).
 * The four lists have the same length.
 */
public record ConllSentence(List<String> tokens, List<String> posTags, List<String> chunkTags,
                            List<String> nerTags) {
    public ConllSentence {
        tokens = List.copyOf(tokens);
        posTags = List.copyOf(posTags);
        chunkTags = List.copyOf(chunkTags);
        nerTags = List.copyOf(nerTags);
        if (posTags.size() != tokens.size() || chunkTags.size() != tokens.size()
                || nerTags.size() != tokens.size()) {
            throw new IllegalArgumentException("columns of unequal length: " + tokens.size() + " tokens, "
                    + posTags.size() + " POS, " + chunkTags.size() + " chunk, " + nerTags.size() + " NER tags");
        }
    }

    /** The sentence as one text, tokens joined by single spaces (what the evaluation feeds the model). */
    public String text() {
        return String.join(" ", tokens);
    }

    /** Exclusive end offset of each token in {@link #text()}. */
    public int[] tokenEnds() {
        int[] ends = new int[tokens.size()];
        int offset = 0;
        for (int i = 0; i < tokens.size(); i++) {
            offset += tokens.get(i).length();
            ends[i] = offset;
            offset++;
        }
        return ends;
    }
}
