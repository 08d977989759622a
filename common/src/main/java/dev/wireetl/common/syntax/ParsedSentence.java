package dev.wireetl.common.syntax;

/**
 * One analysed sentence. Arrays are indexed by word (0-based); {@code head[i]} is the 1-based number of
 * word i's head (0 = root); {@code begin}/{@code end} are the word's UTF-16 offsets in the source text
 * (words split from one token, such as the parts of {@code Belgorod-based}, get their own offsets).
 */
public record ParsedSentence(String[] words, int[] begin, int[] end, String[] lemma, String[] upos, String[] xpos,
        int[] head, String[] deprel) {

    public int size() {
        return words.length;
    }

    /** The tree in CoNLL-U columns (ID, FORM, LEMMA, UPOS, XPOS, _, HEAD, DEPREL, _, _), one word a line. */
    public String toConllu() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            b.append(i + 1).append('\t').append(words[i]).append('\t').append(lemma[i]).append('\t').append(upos[i])
                    .append('\t').append(xpos[i]).append("\t_\t").append(head[i]).append('\t').append(deprel[i])
                    .append("\t_\t_\n");
        }
        return b.toString();
    }
}
