package dev.wireetl.tools.ner;

import dev.wireetl.common.entities.PersonTitles;
import dev.wireetl.common.entities.TaggedSentence;
import dev.wireetl.tools.conll.CsvLine;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads NER training and evaluation data into IOB2 sentences over the types PER, LOC, ORG and MISC.
 *
 * <ul>
 *   <li>CoNLL format: one token per line, the token in the first column and the tag in the last
 *       (whitespace- or tab-separated), blank line between sentences, {@code -DOCSTART-} lines start a
 *       document. IOB1 and IOB2 are both accepted. re3d-style type names (Person, Location,
 *       Organisation, Nationality) are mapped; other types become O.</li>
 *   <li>GMB CSV ({@code TaggedSentence #,Word,POS,Tag}, detected by its {@code .csv} extension): per→PER with
 *       leading titles (Mr., President…) moved out of the name as CoNLL does, geo→LOC, org→ORG, gpe→MISC
 *       when the span is a demonym (Iraqi) and LOC otherwise, art and eve→MISC, tim and nat→O.</li>
 * </ul>
 */
public final class NerCorpus {
    private static final Pattern WS = Pattern.compile("[ \\t]+");
    private static final Pattern TAB = Pattern.compile("\t");

    private NerCorpus() {
    }

    /** Reads a file, CoNLL or GMB CSV by extension. */
    public static List<TaggedSentence> read(Path file, Predicate<String> isDemonym) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return readGmb(file, isDemonym);
        }
        return readConll(file, name.endsWith(".iob2"));
    }

    /**
     * {@code iob2}: Universal NER layout, {@code # } comment lines ({@code # newdoc} starts a document) and
     * tab columns {@code id token tag ...}; otherwise the token is the first column and the tag the last.
     */
    private static List<TaggedSentence> readConll(Path file, boolean iob2) throws IOException {
        List<TaggedSentence> out = new ArrayList<>();
        List<String> toks = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        boolean docStart = true;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                String l = line.strip();
                if (l.isEmpty()) {
                    if (!toks.isEmpty()) {
                        out.add(new TaggedSentence(List.copyOf(toks), toIob2(tags), docStart));
                        docStart = false;
                        toks.clear();
                        tags.clear();
                    }
                    continue;
                }
                if (iob2 && l.startsWith("#")) {
                    docStart |= l.startsWith("# newdoc");
                    continue;
                }
                String[] f = (iob2 ? TAB : WS).split(l);
                if (iob2) {
                    toks.add(f[1]);
                    tags.add(f.length > 2 ? mapType(f[2]) : "O");
                    continue;
                }
                if (f[0].equals("-DOCSTART-")) {
                    docStart = true;
                    continue;
                }
                toks.add(f[0]);
                tags.add(f.length > 1 ? mapType(f[f.length - 1]) : "O");
            }
        }
        if (!toks.isEmpty()) {
            out.add(new TaggedSentence(List.copyOf(toks), toIob2(tags), docStart));
        }
        return out;
    }

    /** Maps a raw tag to {@code B-T}/{@code I-T}/{@code O} with T in PER, LOC, ORG, MISC. */
    static String mapType(String tag) {
        if (tag.length() < 3 || tag.charAt(1) != '-') {
            return "O";
        }
        String type = switch (tag.substring(2)) {
            case "PER", "Person", "person", "per" -> "PER";
            case "LOC", "Location", "location", "geo" -> "LOC";
            case "ORG", "Organisation", "Organization", "organization", "org" -> "ORG";
            case "MISC", "Nationality" -> "MISC";
            default -> null;
        };
        return type == null ? "O" : tag.charAt(0) + "-" + type;
    }

    /** Converts IOB1 or IOB2 tags to IOB2: an I- that does not continue a same-type span starts one. */
    static String[] toIob2(List<String> tags) {
        String[] out = new String[tags.size()];
        String prevType = null;
        for (int i = 0; i < out.length; i++) {
            String t = tags.get(i);
            if (t.length() < 3 || t.charAt(1) != '-') {
                out[i] = "O";
                prevType = null;
                continue;
            }
            String type = t.substring(2);
            boolean begin = t.charAt(0) == 'B' || !type.equals(prevType);
            out[i] = (begin ? "B-" : "I-") + type;
            prevType = type;
        }
        return out;
    }

    static List<TaggedSentence> readGmb(Path file, Predicate<String> isDemonym) throws IOException {
        List<TaggedSentence> out = new ArrayList<>();
        List<String> toks = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                List<String> f = CsvLine.fields(line);
                if (f.size() < 4) {
                    continue;
                }
                if (!f.get(0).isEmpty() && !toks.isEmpty()) {
                    out.add(gmbSentence(toks, raw, isDemonym));
                    toks.clear();
                    raw.clear();
                }
                toks.add(f.get(1));
                raw.add(f.get(3));
            }
        }
        if (!toks.isEmpty()) {
            out.add(gmbSentence(toks, raw, isDemonym));
        }
        return out;
    }

    private static TaggedSentence gmbSentence(List<String> toks, List<String> raw, Predicate<String> isDemonym) {
        String[] tags = toIob2(raw);
        String[] out = new String[tags.length];
        int i = 0;
        while (i < tags.length) {
            if (tags[i].equals("O")) {
                out[i++] = "O";
                continue;
            }
            String type = tags[i].substring(2);
            int end = i + 1;
            while (end < tags.length && tags[end].equals("I-" + type)) {
                end++;
            }
            int start = i;
            String mapped;
            switch (type) {
                case "per" -> {
                    mapped = "PER";
                    while (start < end - 1 && PersonTitles.WORDS.contains(toks.get(start))) {
                        start++;
                    }
                    if (PersonTitles.WORDS.contains(toks.get(start))) {
                        mapped = null;
                    }
                }
                case "geo" -> mapped = "LOC";
                case "org" -> mapped = "ORG";
                case "gpe" -> mapped = isDemonym.test(String.join(" ", toks.subList(i, end))) ? "MISC" : "LOC";
                case "art", "eve" -> mapped = "MISC";
                default -> mapped = null;
            }
            for (int j = i; j < end; j++) {
                out[j] = mapped == null || j < start ? "O" : (j == start ? "B-" : "I-") + mapped;
            }
            i = end;
        }
        return new TaggedSentence(List.copyOf(toks), out, false);
    }
}
