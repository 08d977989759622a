package dev.wireetl.common.syntax;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lemmas from a table learned from a treebank (lower-cased form and XPOS → the most frequent lemma),
 * falling back to English inflection rules keyed by the XPOS (plural nouns, verb forms, comparatives)
 * for unseen forms. Immutable.
 */
public final class Lemmatizer {
    private final Map<String, String> table;

    public Lemmatizer(Map<String, String> table) {
        this.table = Map.copyOf(table);
    }

    public int size() {
        return table.size();
    }

    public static String tableKey(String word, String xpos) {
        return word.toLowerCase(Locale.ROOT) + '\t' + xpos;
    }

    public String lemma(String word, String xpos) {
        String known = table.get(tableKey(word, xpos));
        if (known != null) {
            return known;
        }
        boolean proper = xpos.startsWith("NNP");
        String w = proper ? word : word.toLowerCase(Locale.ROOT);
        int n = w.length();
        switch (xpos) {
            case "NNS", "NNPS", "VBZ" -> {
                if (n > 4 && w.endsWith("ies")) {
                    return w.substring(0, n - 3) + "y";
                }
                if (n > 4 && (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes"))) {
                    return w.substring(0, n - 2);
                }
                if (n > 3 && w.endsWith("s") && !w.endsWith("ss")) {
                    return w.substring(0, n - 1);
                }
                return w;
            }
            case "VBD", "VBN" -> {
                if (n > 4 && w.endsWith("ied")) {
                    return w.substring(0, n - 3) + "y";
                }
                if (n > 4 && w.endsWith("ed")) {
                    return doubled(w.substring(0, n - 2));
                }
                return w;
            }
            case "VBG" -> {
                return n > 5 && w.endsWith("ing") ? doubled(w.substring(0, n - 3)) : w;
            }
            case "JJR", "RBR" -> {
                return n > 4 && w.endsWith("er") ? w.substring(0, n - 2) : w;
            }
            case "JJS", "RBS" -> {
                return n > 5 && w.endsWith("est") ? w.substring(0, n - 3) : w;
            }
            default -> {
                return w;
            }
        }
    }

    /** Undoes consonant doubling: {@code stopp} → {@code stop}. */
    private static String doubled(String stem) {
        int n = stem.length();
        if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && "bdgmnprt".indexOf(stem.charAt(n - 1)) >= 0) {
            return stem.substring(0, n - 1);
        }
        return stem;
    }

    void write(DataOutputStream d) throws IOException {
        List<String> keys = new ArrayList<>(table.keySet());
        Collections.sort(keys);
        d.writeInt(keys.size());
        for (String k : keys) {
            d.writeUTF(k);
            d.writeUTF(table.get(k));
        }
    }

    static Lemmatizer read(DataInputStream d) throws IOException {
        int n = d.readInt();
        if (n < 0) {
            throw new IOException("bad lemma table size " + n);
        }
        Map<String, String> m = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            m.put(d.readUTF(), d.readUTF());
        }
        return new Lemmatizer(m);
    }
}
