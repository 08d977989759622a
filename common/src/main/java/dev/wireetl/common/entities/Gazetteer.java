package dev.wireetl.common.entities;

import dev.wireetl.common.text.Token;
import dev.wireetl.common.text.Tokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Countries (names, aliases, demonyms, ISO codes), GeoNames cities and first-level regions, first names,
 * group names ({@code groups.txt}: Sunni, Kurds…), well-known organisations ({@code organisations.txt}),
 * organisation cue words and unambiguous surnames with their full names ({@code person-names.tsv}), loaded
 * from the files {@code BuildGazetteers} writes and the curated lists beside them. Multi-token names are
 * kept in a token trie, matched longest-first over token sequences. Immutable and thread-safe once loaded.
 */
public final class Gazetteer {
    /** Trie entry kinds. */
    static final int COUNTRY = 1;
    static final int DEMONYM = 2;
    static final int CITY = 4;
    static final int REGION = 8;
    static final int ORGANISATION = 16;

    /** Per-token feature flags computed by {@link #tokenFlags}. */
    static final int F_COUNTRY_B = 1;
    static final int F_COUNTRY_I = 1 << 1;
    static final int F_DEMONYM_B = 1 << 2;
    static final int F_DEMONYM_I = 1 << 3;
    static final int F_CITY_B = 1 << 4;
    static final int F_CITY_I = 1 << 5;
    static final int F_REGION_B = 1 << 6;
    static final int F_REGION_I = 1 << 7;
    static final int F_ORGANISATION_B = 1 << 8;
    static final int F_ORGANISATION_I = 1 << 9;
    static final int F_FIRST_NAME = 1 << 10;
    static final int F_ORG_CUE = 1 << 11;
    static final int FLAG_COUNT = 12;

    private static final Pattern TAB = Pattern.compile("\t");
    private static final Pattern BAR = Pattern.compile("\\|");

    /** A country: ISO codes, canonical name, GeoNames id and a representative point. */
    public record Country(String iso2, String iso3, String name, Long geonamesId, Double lat, Double lon) {
    }

    /** A GeoNames city or first-level region. */
    public record Place(long geonamesId, boolean region, String countryCode, String admin1, String name,
            Double lat, Double lon, long population) {
    }

    /** A gazetteer match over tokens {@code [start, end)}. */
    public record Match(int start, int end, int kinds, Country country) {
    }

    private static final class Node {
        Map<String, Node> children;
        int kinds;
        Country country;
    }

    private final Node root = new Node();
    private final Map<String, Country> countryByName = new HashMap<>();
    private final Map<String, Country> countryByDemonym = new HashMap<>();
    private final Map<String, Country> countryByCode = new HashMap<>();
    private final Map<String, List<Place>> placesByName = new HashMap<>();
    private final Map<String, Place> regionByCode = new HashMap<>();
    private final Set<String> firstNames = new HashSet<>();
    private final Set<String> orgCues = new HashSet<>();
    private final Set<String> groups = new HashSet<>();
    private final Map<String, String> personNames = new HashMap<>();

    private Gazetteer() {
    }

    /**
     * Loads {@code countries.tsv}, {@code places.tsv}, {@code first-names.txt}, {@code groups.txt},
     * {@code organisations.txt}, {@code org-cues.txt} and {@code person-names.tsv} ({@code surname name}).
     */
    public static Gazetteer load(ResourceOpener opener) throws IOException {
        Gazetteer g = new Gazetteer();
        Tokenizer tok = Tokenizer.instance();
        for (String[] f : rows(opener, "countries.tsv", true)) {
            Country c = new Country(f[0], f[1], f[2], f[3].isEmpty() ? null : Long.valueOf(f[3]),
                    f[4].isEmpty() ? null : Double.valueOf(f[4]), f[5].isEmpty() ? null : Double.valueOf(f[5]));
            g.countryByCode.put(c.iso2(), c);
            g.addCountryName(tok, c.name(), c);
            for (String a : split(f[6])) {
                g.addCountryName(tok, a, c);
            }
            for (String d : split(f[7])) {
                g.countryByDemonym.putIfAbsent(d, c);
                g.add(tok, d, DEMONYM, c);
            }
        }
        for (String[] f : rows(opener, "places.tsv", true)) {
            boolean region = "REGION".equals(f[1]);
            Place p = new Place(Long.parseLong(f[0]), region, f[2], f[3], f[4],
                    f[5].isEmpty() ? null : Double.valueOf(f[5]), f[6].isEmpty() ? null : Double.valueOf(f[6]),
                    Long.parseLong(f[7]));
            if (region) {
                g.regionByCode.put(p.countryCode() + "." + p.admin1(), p);
            }
            g.addPlace(tok, p.name(), p);
            for (String a : split(f[8])) {
                g.addPlace(tok, a, p);
            }
        }
        Comparator<Place> order = Comparator.comparingLong(Place::population).reversed()
                .thenComparingLong(Place::geonamesId);
        g.placesByName.values().forEach(l -> l.sort(order));
        for (String[] f : rows(opener, "first-names.txt", false)) {
            g.firstNames.add(f[0]);
        }
        for (String[] f : rows(opener, "groups.txt", false)) {
            if (!f[0].startsWith("#")) {
                g.groups.add(f[0]);
                g.add(tok, f[0], DEMONYM, null);
            }
        }
        for (String[] f : rows(opener, "organisations.txt", false)) {
            if (!f[0].startsWith("#")) {
                g.add(tok, f[0], ORGANISATION, null);
            }
        }
        for (String[] f : rows(opener, "org-cues.txt", false)) {
            if (!f[0].startsWith("#")) {
                g.orgCues.add(f[0]);
            }
        }
        for (String[] f : rows(opener, "person-names.tsv", true)) {
            // the list was built against a gazetteer; loaded with another one, a surname that is also a first
            // name or a place here would not be unambiguous
            if (!g.isFirstName(f[0]) && !g.isPlaceOrGroup(f[0])) {
                g.personNames.put(f[0], f[1]);
            }
        }
        return g;
    }

    private void addCountryName(Tokenizer tok, String name, Country c) {
        countryByName.putIfAbsent(name, c);
        countryByName.putIfAbsent(name.toLowerCase(Locale.ROOT), c);
        add(tok, name, COUNTRY, c);
    }

    private void addPlace(Tokenizer tok, String name, Place p) {
        placesByName.computeIfAbsent(name, k -> new ArrayList<>(1)).add(p);
        add(tok, name, p.region() ? REGION : CITY, null);
    }

    private void add(Tokenizer tok, String name, int kind, Country c) {
        Node n = root;
        for (Token t : tok.tokenize(name)) {
            if (n.children == null) {
                n.children = new HashMap<>(4);
            }
            n = n.children.computeIfAbsent(t.text(), k -> new Node());
        }
        if (n == root) {
            return;
        }
        n.kinds |= kind;
        if (c != null && n.country == null) {
            n.country = c;
        }
    }

    /** The country named {@code name} (name or alias, exact case first, then lower case), or null. */
    public Country countryByName(String name) {
        Country c = countryByName.get(name);
        return c != null ? c : countryByName.get(name.toLowerCase(Locale.ROOT));
    }

    /** The country of a demonym ({@code Russian}, {@code Ukrainians}), or null. */
    public Country countryByDemonym(String demonym) {
        return countryByDemonym.get(demonym);
    }

    /** True for a demonym of a country or a group name without a country ({@code Sunni}, {@code Kurds}). */
    public boolean isDemonymOrGroup(String s) {
        return countryByDemonym.containsKey(s) || groups.contains(s);
    }

    /** Places named {@code name} (name or alias), most populous first; regions have population 0. */
    public List<Place> places(String name) {
        return placesByName.getOrDefault(name, List.of());
    }

    /** Every city and region, ordered by GeoNames id. */
    public List<Place> allPlaces() {
        return placesByName.values().stream().flatMap(List::stream).distinct()
                .sorted(Comparator.comparingLong(Place::geonamesId)).toList();
    }

    /** The first-level region holding {@code place} (itself if it is a region), or null. */
    public Place regionOf(Place place) {
        return place.region() ? place : regionByCode.get(place.countryCode() + "." + place.admin1());
    }

    /** Canonical names of all countries. */
    public List<String> countryNames() {
        return countryByCode.values().stream().map(Country::name).toList();
    }

    /** All first names. */
    public Set<String> firstNames() {
        return Set.copyOf(firstNames);
    }

    public boolean isFirstName(String s) {
        return firstNames.contains(s);
    }

    public boolean isOrgCue(String s) {
        return orgCues.contains(s);
    }

    /** True for a country name or alias, a city or region name or alias, a demonym or a group name. */
    public boolean isPlaceOrGroup(String s) {
        return countryByName(s) != null || placesByName.containsKey(s) || isDemonymOrGroup(s);
    }

    /** The people list's full name for {@code surname} ({@code Putin} → {@code Vladimir Putin}), or null. */
    public String personName(String surname) {
        return personNames.get(surname);
    }

    /** Longest match starting at token {@code start}, or null. */
    Match longestAt(List<String> tokens, int start) {
        Node n = root;
        Match best = null;
        for (int i = start; i < tokens.size(); i++) {
            if (n.children == null) {
                break;
            }
            Node next = n.children.get(tokens.get(i));
            if (next == null && isAllCaps(tokens.get(i))) {
                next = n.children.get(titleCase(tokens.get(i)));
            }
            n = next;
            if (n == null) {
                break;
            }
            if (n.kinds != 0) {
                best = new Match(start, i + 1, n.kinds, n.country);
            }
        }
        return best;
    }

    /**
     * Leftmost-longest, non-overlapping matches of entries of the given {@code kinds} (bitmask of
     * {@link #COUNTRY}, {@link #DEMONYM}, {@link #CITY}, {@link #REGION}, {@link #ORGANISATION}).
     */
    public List<Match> matches(List<String> tokens, int kinds) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match m = longestOfKinds(tokens, i, kinds);
            if (m != null) {
                out.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return out;
    }

    private Match longestOfKinds(List<String> tokens, int start, int kinds) {
        Node n = root;
        Match best = null;
        for (int i = start; i < tokens.size(); i++) {
            if (n.children == null) {
                break;
            }
            n = n.children.get(tokens.get(i));
            if (n == null) {
                break;
            }
            if ((n.kinds & kinds) != 0) {
                best = new Match(start, i + 1, n.kinds & kinds, n.country);
            }
        }
        return best;
    }

    /** Feature flags per token: gazetteer span membership (begin/inside per kind), first name, org cue. */
    int[] tokenFlags(List<String> tokens) {
        int[] flags = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) {
                continue; // every name, alias and cue starts with a capital
            }
            if (isAllCaps(t)) {
                t = titleCase(t);
            }
            if (firstNames.contains(t)) {
                flags[i] |= F_FIRST_NAME;
            }
            if (orgCues.contains(t)) {
                flags[i] |= F_ORG_CUE;
            }
            Match m = longestAt(tokens, i);
            if (m == null) {
                continue;
            }
            for (int k = 0; k < 5; k++) {
                if ((m.kinds() & (1 << k)) == 0) {
                    continue;
                }
                flags[i] |= 1 << (2 * k);
                for (int j = i + 1; j < m.end(); j++) {
                    flags[j] |= 1 << (2 * k + 1);
                }
            }
        }
        return flags;
    }

    /** True for a token of two or more letters, all upper case ({@code LEICESTERSHIRE}). */
    static boolean isAllCaps(String s) {
        if (s.length() < 2) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c) || !Character.isLetter(c) && c != '-' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static String titleCase(String s) {
        return s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT);
    }

    private static List<String> split(String s) {
        return s.isEmpty() ? List.of() : List.of(BAR.split(s));
    }

    private static List<String[]> rows(ResourceOpener opener, String name, boolean header) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = opener.open(name);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean first = header;
            while ((line = r.readLine()) != null) {
                if (first) {
                    first = false;
                    continue;
                }
                if (!line.isEmpty()) {
                    out.add(TAB.split(line, -1));
                }
            }
        }
        return out;
    }
}
