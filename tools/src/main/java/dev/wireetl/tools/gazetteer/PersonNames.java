package dev.wireetl.tools.gazetteer;

import dev.wireetl.common.entities.Gazetteer;
import dev.wireetl.common.entities.PersonTitles;
import dev.wireetl.common.entities.TaggedSentence;
import dev.wireetl.tools.conll.NerCorpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Builds {@code person-names.tsv} ({@code surname name}, sorted by surname): surnames that name one person in the
 * GMB corpus, with that person's full name ({@code Putin} → {@code Vladimir Putin}), which the normaliser gives a
 * lone surname the article never writes in full.
 *
 * <p>A full name is a GMB per span, read by {@link NerCorpus} (leading titles moved out; a leading hyphenated title
 * such as {@code Secretary-General} or {@code President-elect} is dropped here too), of 2–3 name-shaped words
 * ({@link #NAME_WORD}: {@code McCain}, {@code Johnson-Sirleaf}; not {@code W.}, {@code bin}, {@code Jong-il}). Its
 * surname is its last word. A surname is listed when its most frequent full name
 * <ul>
 *   <li>is seen at least {@link #MIN_COUNT} times and holds at least {@link #MIN_SHARE} of the full-name
 *       occurrences with that surname, and no other full name with it is seen {@link #MAX_OTHER_COUNT} times
 *       ({@code Bush}: George 33, Laura 4, dropped; {@code Obama}: Barack 86, Sarah 2, dropped);</li>
 *   <li>is tagged per in at least {@link #MIN_PERSON_SHARE} of the corpus spans with its exact text (GMB tags
 *       {@code Saudi Arabia} and {@code Sri Lankan} per now and then);</li>
 *   <li>is not a country, place, demonym or group of the gazetteer, nor is the surname, which is also no first
 *       name ({@code Kerry}, {@code Rice}) and never written in lower case in the corpus ({@code straw});</li>
 *   <li>is not in {@code curated/not-person-names.txt} (organisations GMB tags per throughout: {@code Goldman
 *       Sachs}).</li>
 * </ul>
 */
final class PersonNames {
    static final String FILE = "person-names.tsv";
    static final String NOT_PERSON_NAMES = "not-person-names.txt";
    static final int MIN_COUNT = 3;
    static final double MIN_SHARE = 0.9;
    static final int MAX_OTHER_COUNT = 2;
    static final double MIN_PERSON_SHARE = 2.0 / 3;
    /** A capital, then letters with at least one in lower case; hyphen or apostrophe parts start with a capital. */
    static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{L}*\\p{Ll}\\p{L}*(?:['’-]\\p{Lu}\\p{L}*)*");

    private PersonNames() {
    }

    /**
     * Reads the GMB CSV, builds the list against the gazetteer in {@code dir} (its other files; the list's previous
     * version is not read) and {@code curated/not-person-names.txt}, and writes {@code dir/person-names.tsv};
     * returns the number of surnames.
     */
    static int write(Path gmb, Path dir, Path curated) throws IOException {
        Gazetteer gaz = Gazetteer.load(name -> name.equals(FILE) ? InputStream.nullInputStream()
                : Files.newInputStream(dir.resolve(name)));
        Set<String> notPersons = new HashSet<>();
        for (String line : Files.readAllLines(curated.resolve(NOT_PERSON_NAMES), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                notPersons.add(line.strip());
            }
        }
        SortedMap<String, String> names = build(NerCorpus.read(gmb, NerCorpus.demonyms(gaz)), gaz, notPersons);
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8)) {
            w.write("surname\tname\n");
            for (Map.Entry<String, String> e : names.entrySet()) {
                w.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
        return names.size();
    }

    /** Surname → full name by the rules of the class comment. */
    static SortedMap<String, String> build(List<TaggedSentence> sentences, Gazetteer gaz, Set<String> notPersons) {
        Map<String, Integer> fullNames = new HashMap<>();
        Map<String, Integer> otherSpans = new HashMap<>();
        Set<String> lowerCase = new HashSet<>();
        for (TaggedSentence s : sentences) {
            List<String> toks = s.tokens();
            for (String t : toks) {
                if (t.equals(t.toLowerCase(Locale.ROOT))) {
                    lowerCase.add(t);
                }
            }
            String[] tags = s.tags();
            int i = 0;
            while (i < tags.length) {
                if (!tags[i].startsWith("B-")) {
                    i++;
                    continue;
                }
                int end = i + 1;
                while (end < tags.length && tags[end].equals("I-" + tags[i].substring(2))) {
                    end++;
                }
                if (tags[i].equals("B-PER")) {
                    String name = fullName(toks.subList(i, end));
                    if (name != null) {
                        fullNames.merge(name, 1, Integer::sum);
                    }
                } else {
                    otherSpans.merge(String.join(" ", toks.subList(i, end)), 1, Integer::sum);
                }
                i = end;
            }
        }
        Map<String, Map<String, Integer>> bySurname = new HashMap<>();
        fullNames.forEach((name, n) -> bySurname.computeIfAbsent(name.substring(name.lastIndexOf(' ') + 1),
                k -> new HashMap<>()).put(name, n));
        SortedMap<String, String> out = new TreeMap<>();
        bySurname.forEach((surname, candidates) -> {
            String best = null;
            int total = 0;
            for (Map.Entry<String, Integer> e : candidates.entrySet()) {
                total += e.getValue();
                int b = best == null ? 0 : candidates.get(best);
                if (e.getValue() > b || e.getValue() == b && e.getKey().compareTo(best) < 0) {
                    best = e.getKey();
                }
            }
            int count = candidates.get(best);
            String chosen = best;
            boolean rival = candidates.entrySet().stream()
                    .anyMatch(e -> !e.getKey().equals(chosen) && e.getValue() >= MAX_OTHER_COUNT);
            if (count >= MIN_COUNT && atLeast(count, total, MIN_SHARE) && !rival
                    && atLeast(count, count + otherSpans.getOrDefault(best, 0), MIN_PERSON_SHARE)
                    && !notPersons.contains(best) && !gaz.isPlaceOrGroup(best) && !gaz.isPlaceOrGroup(surname)
                    && !gaz.isFirstName(surname)
                    && !lowerCase.contains(surname.toLowerCase(Locale.ROOT))) {
                out.put(surname, best);
            }
        });
        return out;
    }

    /** {@code part / whole >= share}, true at the boundary (9 of 10 for 0.9, 2 of 3 for 2/3) despite rounding. */
    private static boolean atLeast(int part, int whole, double share) {
        return part >= share * whole - 1e-9;
    }

    /** The span's words as a full name, or null when they are not 2–3 name-shaped words. */
    private static String fullName(List<String> span) {
        int start = 0;
        while (start < span.size() - 1 && PersonTitles.WORDS.contains(span.get(start).split("-", 2)[0])) {
            start++;
        }
        List<String> words = span.subList(start, span.size());
        if (words.size() < 2 || words.size() > 3) {
            return null;
        }
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches()) {
                return null;
            }
        }
        return String.join(" ", words);
    }
}
