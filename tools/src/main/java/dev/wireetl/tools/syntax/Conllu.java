package dev.wireetl.tools.syntax;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads CoNLL-U treebanks (UD). Multiword-token range lines ({@code 3-4}) are skipped in favour of
 * their words, but their surface span is kept so a re-tokenisation of {@code # text} can be aligned
 * back to words; empty nodes ({@code 8.1}) are skipped.
 */
public final class Conllu {
    private static final Pattern TAB = Pattern.compile("\t");

    /**
     * One sentence. Arrays are indexed by word (0-based); {@code heads} use CoNLL-U numbering (0 = root,
     * word i has number i + 1). {@code begin}/{@code end} are UTF-16 offsets of the word's surface form in
     * {@code text} (words inside a multiword token get the part of the token they spell, or the whole
     * token when they do not spell it), -1 when the text does not contain them.
     */
    public record Sentence(String id, String text, String[] words, String[] lemmas, String[] upos, String[] xpos,
            int[] heads, String[] deprels, int[] begin, int[] end) {
        public int size() {
            return words.length;
        }
    }

    private Conllu() {
    }

    public static List<Sentence> read(Path file) throws IOException {
        List<Sentence> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read(r, file.toString(), out);
        }
        return out;
    }

    static void read(BufferedReader r, String source, List<Sentence> out) throws IOException {
        List<String[]> rows = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>(); // first word, last word (1-based), for multiword tokens
        List<String> rangeForms = new ArrayList<>();
        String id = null;
        String text = null;
        String line;
        int lineNo = 0;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                if (!rows.isEmpty()) {
                    out.add(build(id, text, rows, ranges, rangeForms, source, lineNo));
                }
                rows.clear();
                ranges.clear();
                rangeForms.clear();
                id = null;
                text = null;
                continue;
            }
            if (line.startsWith("#")) {
                if (line.startsWith("# sent_id = ")) {
                    id = line.substring(12).trim();
                } else if (line.startsWith("# text = ")) {
                    text = line.substring(9);
                }
                continue;
            }
            String[] f = TAB.split(line, -1);
            if (f.length != 10) {
                throw new IOException(source + ":" + lineNo + ": expected 10 tab-separated fields, got " + f.length);
            }
            int dash = f[0].indexOf('-');
            if (dash > 0) {
                ranges.add(new int[] {Integer.parseInt(f[0].substring(0, dash)),
                        Integer.parseInt(f[0].substring(dash + 1))});
                rangeForms.add(f[1]);
                continue;
            }
            if (f[0].indexOf('.') >= 0) {
                continue;
            }
            if (Integer.parseInt(f[0]) != rows.size() + 1) {
                throw new IOException(source + ":" + lineNo + ": word id " + f[0] + " out of sequence");
            }
            rows.add(f);
        }
        if (!rows.isEmpty()) {
            out.add(build(id, text, rows, ranges, rangeForms, source, lineNo));
        }
    }

    private static Sentence build(String id, String text, List<String[]> rows, List<int[]> ranges,
            List<String> rangeForms, String source, int lineNo) throws IOException {
        int n = rows.size();
        String[] words = new String[n];
        String[] lemmas = new String[n];
        String[] upos = new String[n];
        String[] xpos = new String[n];
        int[] heads = new int[n];
        String[] deprels = new String[n];
        for (int i = 0; i < n; i++) {
            String[] f = rows.get(i);
            words[i] = f[1];
            lemmas[i] = f[2];
            upos[i] = f[3];
            xpos[i] = f[4];
            try {
                heads[i] = Integer.parseInt(f[6]);
            } catch (NumberFormatException e) {
                throw new IOException(source + ":" + lineNo + ": bad head '" + f[6] + "' in sentence " + id, e);
            }
            if (heads[i] < 0 || heads[i] > n) {
                throw new IOException(source + ":" + lineNo + ": head " + heads[i] + " out of range in sentence " + id);
            }
            deprels[i] = f[7];
        }
        int[] begin = new int[n];
        int[] end = new int[n];
        java.util.Arrays.fill(begin, -1);
        java.util.Arrays.fill(end, -1);
        if (text != null) {
            spans(text, words, ranges, rangeForms, begin, end);
        }
        return new Sentence(id, text, words, lemmas, upos, xpos, heads, deprels, begin, end);
    }

    /** Locates each surface token (a word, or a multiword token's form) in the text, left to right. */
    private static void spans(String text, String[] words, List<int[]> ranges, List<String> rangeForms,
            int[] begin, int[] end) {
        int pos = 0;
        int r = 0;
        int w = 0;
        while (w < words.length) {
            if (r < ranges.size() && ranges.get(r)[0] == w + 1) {
                int last = ranges.get(r)[1];
                String form = rangeForms.get(r);
                r++;
                int at = text.indexOf(form, pos);
                if (at < 0) {
                    return;
                }
                int p = at;
                boolean spelled = true;
                for (int k = w; k < last; k++) {
                    if (spelled && text.startsWith(words[k], p) && p + words[k].length() <= at + form.length()) {
                        begin[k] = p;
                        end[k] = p + words[k].length();
                        p = end[k];
                    } else {
                        spelled = false;
                        begin[k] = at;
                        end[k] = at + form.length();
                    }
                }
                pos = at + form.length();
                w = last;
                continue;
            }
            int at = text.indexOf(words[w], pos);
            if (at < 0) {
                return;
            }
            begin[w] = at;
            end[w] = at + words[w].length();
            pos = end[w];
            w++;
        }
    }
}
