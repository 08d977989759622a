package dev.wireetl.tools.conll;

import dev.wireetl.common.entities.EntityNormaliser;
import dev.wireetl.common.entities.Gazetteer;
import dev.wireetl.common.entities.PersonTitles;
import dev.wireetl.common.entities.TaggedSentence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The one reader of NER training and gold files, for both engines (the default tagger and Spark NLP), so both
 * train and are scored on the same labels: IOB2 sentences over the types PER, LOC, ORG and MISC, with the
 * tokens' POS tags where the file has them. A file is read as UTF-8 if it is valid UTF-8 and as Windows-1252
 * (the GMB CSV as distributed) otherwise; a leading byte order mark is dropped.
 *
 * <ul>
 *   <li>CoNLL format: one token per line, the token in the first column and the tag in the last
 *       (whitespace- or tab-separated), blank line between sentences, {@code -DOCSTART-} lines start a
 *       document. IOB1 and IOB2 are both accepted. re3d-style type names (Person, Location,
 *       Organisation, Nationality) are mapped; other types become O. Lines of four or more columns (CoNLL-2003's
 *       {@code token POS chunk NER}) give the POS tag in the second.</li>
 *   <li>GMB CSV ({@code Sentence #,Word,POS,Tag}, detected by its {@code .csv} extension): per→PER with
 *       leading titles (Mr., President…) moved out of the name as CoNLL does, geo→LOC, org→ORG, gpe→MISC
 *       when the span is a demonym (Iraqi) and LOC otherwise, art and eve→MISC, tim and nat→O.</li>
 * </ul>
 */
public final class NerCorpus {
    private static final Pattern WS = Pattern.compile("[ \\t]+");
    private static final Pattern TAB = Pattern.compile("\t");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private NerCorpus() {
    }

    /** A sentence and its tokens' POS tags; {@code posTags} is empty when the file has none for it. */
    public record Sentence(TaggedSentence tagged, List<String> posTags) {
    }

    /** Reads a file, CoNLL or GMB CSV by extension. */
    public static List<TaggedSentence> read(Path file, Predicate<String> isDemonym) throws IOException {
        return readWithPos(file, isDemonym).stream().map(Sentence::tagged).toList();
    }

    /** {@link #read}, keeping the POS tags (Spark NLP trains its POS tagger on them). */
    public static List<Sentence> readWithPos(Path file, Predicate<String> isDemonym) throws IOException {
        if (isGmb(file)) {
            return decoded(file, r -> readGmb(r, isDemonym));
        }
        boolean iob2 = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".iob2");
        return decoded(file, r -> readConll(r, iob2));
    }

    /**
     * The sentences of a GMB CSV as its Word column alone, for lists that must not use the (ODbL) annotations:
     * only the sentence marker and Word columns of a row are looked at.
     */
    public static List<List<String>> readGmbWords(Path file) throws IOException {
        return decoded(file, NerCorpus::parseGmbWords);
    }

    /** True for a GMB CSV, the only format whose tags need {@code isDemonym}. */
    public static boolean isGmb(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /** The demonym test GMB files are read with: a gazetteer demonym or a word shaped like one. */
    public static Predicate<String> demonyms(Gazetteer gaz) {
        return s -> gaz.countryByDemonym(s) != null || EntityNormaliser.looksLikeDemonym(s);
    }

    @FunctionalInterface
    private interface Parser<T> {
        List<T> parse(BufferedReader lines) throws IOException;
    }

    private static <T> List<T> decoded(Path file, Parser<T> parser) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parser.parse(withoutBom(r));
        } catch (MalformedInputException notUtf8) {
            // Windows-1252 leaves five byte values unmapped; the reader replaces them rather than failing.
            try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                    WINDOWS_1252))) {
                return parser.parse(r);
            }
        }
    }

    private static BufferedReader withoutBom(BufferedReader r) throws IOException {
        r.mark(1);
        if (r.read() != '\uFEFF') {
            r.reset();
        }
        return r;
    }

    /**
     * {@code iob2}: Universal NER layout, {@code # } comment lines ({@code # newdoc} starts a document) and
     * tab columns {@code id token tag ...}; otherwise the token is the first column and the tag the last.
     */
    private static List<Sentence> readConll(BufferedReader r, boolean iob2) throws IOException {
        List<Sentence> out = new ArrayList<>();
        List<String> toks = new ArrayList<>();
        List<String> pos = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        boolean docStart = true;
        String line;
        while ((line = r.readLine()) != null) {
            String l = line.strip();
            if (l.isEmpty()) {
                if (!toks.isEmpty()) {
                    out.add(sentence(toks, pos, toIob2(tags), docStart));
                    docStart = false;
                    toks.clear();
                    pos.clear();
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
                pos.add(null);
                tags.add(f.length > 2 ? mapType(f[2]) : "O");
                continue;
            }
            if (f[0].equals("-DOCSTART-")) {
                docStart = true;
                continue;
            }
            toks.add(f[0]);
            pos.add(f.length >= 4 ? f[1] : null);
            tags.add(f.length > 1 ? mapType(f[f.length - 1]) : "O");
        }
        if (!toks.isEmpty()) {
            out.add(sentence(toks, pos, toIob2(tags), docStart));
        }
        return out;
    }

    /** POS tags are kept only when every token has one. */
    private static Sentence sentence(List<String> toks, List<String> pos, String[] tags, boolean docStart) {
        return new Sentence(new TaggedSentence(List.copyOf(toks), tags, docStart),
                pos.contains(null) ? List.of() : List.copyOf(pos));
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

    private static List<Sentence> readGmb(BufferedReader r, Predicate<String> isDemonym) throws IOException {
        List<Sentence> out = new ArrayList<>();
        List<String> toks = new ArrayList<>();
        List<String> pos = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        r.readLine();
        String line;
        while ((line = r.readLine()) != null) {
            List<String> f = CsvLine.fields(line);
            if (f.size() < 4) {
                continue;
            }
            if (!f.get(0).isEmpty() && !toks.isEmpty()) {
                out.add(gmbSentence(toks, pos, raw, isDemonym));
                toks.clear();
                pos.clear();
                raw.clear();
            }
            toks.add(f.get(1));
            pos.add(f.get(2));
            raw.add(f.get(3));
        }
        if (!toks.isEmpty()) {
            out.add(gmbSentence(toks, pos, raw, isDemonym));
        }
        return out;
    }

    private static List<List<String>> parseGmbWords(BufferedReader r) throws IOException {
        List<List<String>> out = new ArrayList<>();
        List<String> toks = new ArrayList<>();
        r.readLine();
        String line;
        while ((line = r.readLine()) != null) {
            List<String> f = CsvLine.fields(line);
            if (f.size() < 2) {
                continue;
            }
            if (!f.get(0).isEmpty() && !toks.isEmpty()) {
                out.add(List.copyOf(toks));
                toks.clear();
            }
            toks.add(f.get(1));
        }
        if (!toks.isEmpty()) {
            out.add(List.copyOf(toks));
        }
        return out;
    }

    private static Sentence gmbSentence(List<String> toks, List<String> pos, List<String> raw,
                                        Predicate<String> isDemonym) {
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
        return sentence(toks, pos, out, false);
    }
}
