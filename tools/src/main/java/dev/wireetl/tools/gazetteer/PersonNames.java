package dev.wireetl.tools.gazetteer;

import dev.wireetl.common.entities.Gazetteer;
import dev.wireetl.common.entities.PersonTitles;
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
 * GMB corpus texts, with that person's full name ({@code Putin} → {@code Vladimir Putin}), which the normaliser
 * gives a lone surname the article never writes in full.
 *
 * <p>Only the words of the texts (public domain) are read, never the corpus's annotations (ODbL), so the list
 * carries no annotation data. A full name is a run of capitalised tokens that starts with a first name of the
 * gazetteer ({@code first-names.txt}; not a person title such as {@code King}) and holds 2–3 name-shaped words
 * ({@link #NAME_WORD}: {@code McCain}, {@code Johnson-Sirleaf}; not {@code W.}, {@code bin}, {@code Jong-il});
 * its surname is its last word. A day or month name ends the run, since VOA writes {@code Hamid Karzai Thursday
 * said}. A capitalised word right before the first name must be a person title ({@code President},
 * {@code Secretary-General}) or a place, country, demonym or group of the gazetteer ({@code Afghan}); any other
 * means the first name sits inside a longer name ({@code Asif Ali Zardari}, {@code Tropical Storm Beta}). A run
 * that goes on into a further capitalised word is taken for an organisation or a longer name and dropped
 * ({@code Jose Luis Rodriguez Zapatero}), as is one whose last word is an organisation cue of the gazetteer
 * ({@code Roman Catholic Church}). A surname is listed when its most frequent full name
 * <ul>
 *   <li>is seen at least {@link #MIN_COUNT} times and holds at least {@link #MIN_SHARE} of the full-name
 *       occurrences with that surname, and no other full name with it is seen {@link #MAX_OTHER_COUNT} times
 *       ({@code Clinton}: Bill 31, Hillary 21; {@code Blair}: Tony 67, Ian 2; both dropped);</li>
 *   <li>is not a country, place, demonym or group of the gazetteer, nor is the surname, which is also no first
 *       name ({@code Kerry}, {@code Rice}) and never written in lower case in the corpus ({@code straw});</li>
 *   <li>is not in {@code curated/not-person-names.txt} (name-shaped runs that name no person: {@code Al
 *       Jazeera}).</li>
 * </ul>
 */
final class PersonNames {
    static final String FILE = "person-names.tsv";
    static final String NOT_PERSON_NAMES = "not-person-names.txt";
    static final int MIN_COUNT = 3;
    static final double MIN_SHARE = 0.9;
    static final int MAX_OTHER_COUNT = 2;
    /** Days and months end a run: they follow a name as the time of what was said. */
    private static final Set<String> CALENDAR_WORDS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December");
    /** A capital, then letters with at least one in lower case; hyphen or apostrophe parts start with a capital. */
    static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{L}*\\p{Ll}\\p{L}*(?:['’-]\\p{Lu}\\p{L}*)*");

    private PersonNames() {
    }

    /**
     * Reads the words of the GMB CSV, builds the list against the gazetteer in {@code dir} (its other files; the
     * list's previous version is not read) and {@code curated/not-person-names.txt}, and writes
     * {@code dir/person-names.tsv}; returns the number of surnames.
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
        SortedMap<String, String> names = build(NerCorpus.readGmbWords(gmb), gaz, notPersons);
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8)) {
            w.write("surname\tname\n");
            for (Map.Entry<String, String> e : names.entrySet()) {
                w.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
        return names.size();
    }

    /** Surname → full name by the rules of the class comment, from sentences given as their tokens. */
    static SortedMap<String, String> build(List<List<String>> sentences, Gazetteer gaz, Set<String> notPersons) {
        Map<String, Integer> fullNames = new HashMap<>();
        Set<String> lowerCase = new HashSet<>();
        for (List<String> toks : sentences) {
            for (int i = 0; i < toks.size(); i++) {
                String t = toks.get(i);
                if (t.equals(t.toLowerCase(Locale.ROOT))) {
                    lowerCase.add(t);
                }
                String name = fullNameAt(toks, i, gaz);
                if (name != null) {
                    fullNames.merge(name, 1, Integer::sum);
                }
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
                    && !notPersons.contains(best) && !gaz.isPlaceOrGroup(best) && !gaz.isPlaceOrGroup(surname)
                    && !gaz.isFirstName(surname)
                    && !lowerCase.contains(surname.toLowerCase(Locale.ROOT))) {
                out.put(surname, best);
            }
        });
        return out;
    }

    /** {@code part / whole >= share}, true at the boundary (9 of 10 for 0.9) despite rounding. */
    private static boolean atLeast(int part, int whole, double share) {
        return part >= share * whole - 1e-9;
    }

    /** The full name starting at token {@code i} by the rules of the class comment, or null. */
    private static String fullNameAt(List<String> toks, int i, Gazetteer gaz) {
        String first = toks.get(i);
        if (!gaz.isFirstName(first) || PersonTitles.WORDS.contains(first)
                || i > 0 && isCapitalised(toks.get(i - 1)) && !isTitle(toks.get(i - 1))
                && !gaz.isPlaceOrGroup(toks.get(i - 1))) {
            return null;
        }
        int end = i + 1;
        while (end < toks.size() && isCapitalised(toks.get(end)) && !CALENDAR_WORDS.contains(toks.get(end))) {
            end++;
        }
        if (end - i < 2 || end - i > 3 || gaz.isOrgCue(toks.get(end - 1))) {
            return null;
        }
        List<String> words = toks.subList(i, end);
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches()) {
                return null;
            }
        }
        return String.join(" ", words);
    }

    private static boolean isCapitalised(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
    }

    /** A person title, alone or before a hyphen ({@code Secretary-General}, {@code President-elect}). */
    private static boolean isTitle(String token) {
        return PersonTitles.WORDS.contains(token.split("-", 2)[0]);
    }
}
