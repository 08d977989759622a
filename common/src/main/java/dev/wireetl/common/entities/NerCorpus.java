package dev.wireetl.common.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 *   <li>GMB CSV ({@code Sentence #,Word,POS,Tag}, detected by its {@code .csv} extension): per→PER with
 *       leading titles (Mr., President…) moved out of the name as CoNLL does, geo→LOC, org→ORG, gpe→MISC
 *       when the span is a demonym (Iraqi) and LOC otherwise, art and eve→MISC, tim and nat→O.</li>
 * </ul>
 */
public final class NerCorpus {
    /** A sentence: tokens, IOB2 tags, and whether it starts a document. */
    public record Sentence(List<String> tokens, String[] tags, boolean docStart) {
    }

    private static final Pattern WS = Pattern.compile("[ \\t]+");
    /** Titles GMB includes in per spans and CoNLL leaves outside. */
    static final Set<String> TITLES = Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Miss", "Mr", "Mrs", "Ms", "Dr",
            "President", "Prime", "Minister", "General", "Gen.", "Secretary", "Senator", "Sen.", "King", "Queen",
            "Prince", "Princess", "Pope", "Chancellor", "Vice", "Premier", "Foreign", "Defense", "Defence",
            "Interior", "Finance", "Justice", "Lieutenant", "Lt.", "Colonel", "Col.", "Major", "Captain", "Sergeant",
            "Governor", "Gov.", "Mayor", "Judge", "Ambassador", "Envoy", "Commander", "Chief", "Cardinal",
            "Archbishop", "Bishop", "Reverend", "Rev.", "Sheikh", "Ayatollah", "Professor", "Prof.",
            "Representative", "Rep.", "Speaker", "Deputy", "Leader", "Chairman", "Director", "State", "Sir",
            "Lord", "Lady", "Emperor", "Crown", "Grand", "Supreme", "Former", "Opposition", "Presidential",
            "Candidate", "Senior", "Admiral", "Adm.", "Brigadier", "Marshal", "Sgt.", "Capt.", "Maj.", "Cpl.",
            "Private", "Pvt.", "Officer", "Spokesman", "Spokeswoman", "Minster", "U.N.", "UN", "U.S.",
            "Acting", "Interim", "Mullah", "Imam", "Rabbi", "Father", "Sister", "Brother", "Saint", "St.");

    private NerCorpus() {
    }

    /** Reads a file, CoNLL or GMB CSV by extension. */
    public static List<Sentence> read(Path file, Predicate<String> isDemonym) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") ? readGmb(file, isDemonym) : readConll(file);
    }

    static List<Sentence> readConll(Path file) throws IOException {
        List<Sentence> out = new ArrayList<>();
        List<String> toks = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        boolean docStart = true;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                String l = line.strip();
                if (l.isEmpty()) {
                    if (!toks.isEmpty()) {
                        out.add(new Sentence(List.copyOf(toks), toIob2(tags), docStart));
                        docStart = false;
                        toks.clear();
                        tags.clear();
                    }
                    continue;
                }
                String[] f = WS.split(l);
                if (f[0].equals("-DOCSTART-")) {
                    docStart = true;
                    continue;
                }
                toks.add(f[0]);
                tags.add(f.length > 1 ? mapType(f[f.length - 1]) : "O");
            }
        }
        if (!toks.isEmpty()) {
            out.add(new Sentence(List.copyOf(toks), toIob2(tags), docStart));
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

    static List<Sentence> readGmb(Path file, Predicate<String> isDemonym) throws IOException {
        List<Sentence> out = new ArrayList<>();
        List<String> toks = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                List<String> f = csv(line);
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

    private static Sentence gmbSentence(List<String> toks, List<String> raw, Predicate<String> isDemonym) {
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
                    while (start < end - 1 && TITLES.contains(toks.get(start))) {
                        start++;
                    }
                    if (TITLES.contains(toks.get(start))) {
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
        return new Sentence(List.copyOf(toks), out, false);
    }

    /** Splits one CSV line (double-quoted fields may hold commas; {@code ""} is a quote). */
    public static List<String> csv(String line) {
        List<String> out = new ArrayList<>(4);
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    b.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    b.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(b.toString());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        out.add(b.toString());
        return out;
    }
}
