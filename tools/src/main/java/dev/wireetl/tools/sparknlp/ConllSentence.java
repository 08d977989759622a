package dev.wireetl.tools.sparknlp;

import java.util.List;

/**
 * One sentence as Spark NLP trains and is scored on it: per token its text, POS tag and IOB2 NER tag. The POS
 * list is empty when the file has no POS column (enough for scoring, not for training); otherwise all lists
 * have the same length.
 */
public record ConllSentence(List<String> tokens, List<String> posTags, List<String> nerTags) {
    public ConllSentence {
        tokens = List.copyOf(tokens);
        posTags = List.copyOf(posTags);
        nerTags = List.copyOf(nerTags);
        if ((!posTags.isEmpty() && posTags.size() != tokens.size()) || nerTags.size() != tokens.size()) {
            throw new IllegalArgumentException("columns of unequal length: " + tokens.size() + " tokens, "
                    + posTags.size() + " POS, " + nerTags.size() + " NER tags");
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
