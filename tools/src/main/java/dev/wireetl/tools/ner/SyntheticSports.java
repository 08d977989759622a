package dev.wireetl.tools.ner;

import dev.wireetl.common.entities.Gazetteer;
import dev.wireetl.common.entities.TaggedSentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Generates sports-results sentences in wire style, where teams named after places are ORG, venues
 * LOC and players PER ({@code Somerset 83 Leicestershire 296}, {@code Leeds beat Chelsea 2-1 in London},
 * {@code Scorers: Alan Morris (Leeds) 12}); national teams and datelines are LOC, as in CoNLL-2003.
 * The open training corpora have almost no sports pages, while news wires carry many; the names
 * come from the gazetteers (GeoNames places, first names), so the sentences add no third-party text.
 */
final class SyntheticSports {
    private static final Set<String> COUNTRIES = Set.of("GB", "US", "DE", "ES", "IT", "FR", "NL", "BE", "PT", "AU",
            "ZA", "BR", "AR", "RU", "PL", "CZ", "TR", "GR", "SE", "NO", "DK", "CH", "AT", "JP", "KR", "IN", "PK",
            "NZ", "CA", "MX", "RO", "HU", "RS", "HR", "UA", "SK", "SI", "BG", "IE");
    private static final String[] SUFFIXES = {"United", "City", "Rovers", "Wanderers", "Athletic", "Town", "County"};
    private static final String[] PREFIXES = {"FC", "Real", "Sporting", "Dynamo", "Olympique", "AC"};
    private static final String[] SPORTS = {"SOCCER", "CRICKET", "RUGBY", "TENNIS", "BASKETBALL", "HOCKEY"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    private SyntheticSports() {
    }

    static List<TaggedSentence> generate(Gazetteer gazetteer, int count, long seed) {
        List<String> names = gazetteer.firstNames().stream().filter(n -> n.length() > 2).sorted().toList();
        List<String> places = gazetteer.allPlaces().stream()
                .filter(p -> COUNTRIES.contains(p.countryCode()) && (p.region() || p.population() >= 80_000))
                .map(Gazetteer.Place::name)
                .filter(n -> n.chars().allMatch(c -> c < 128 && (Character.isLetter(c) || c == ' ')))
                .distinct().toList();
        List<String> countries = gazetteer.countryNames().stream()
                .filter(n -> n.chars().allMatch(c -> c < 128 && (Character.isLetter(c) || c == ' '))).sorted().toList();
        Random rnd = new Random(seed);
        List<TaggedSentence> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Builder b = new Builder();
            String t1 = team(places, rnd);
            String t2 = team(places, rnd);
            String c1 = countries.get(rnd.nextInt(countries.size()));
            String c2 = countries.get(rnd.nextInt(countries.size()));
            switch (rnd.nextInt(14)) {
                case 0 -> b.ent(t1, "ORG").o(score(rnd)).ent(t2, "ORG").o(score(rnd));
                case 1 -> b.ent(t1, "ORG").o(score(rnd)).ent(t2, "ORG").o(score(rnd)).o("(").o("halftime")
                        .o(score(rnd) + "-" + score(rnd)).o(")");
                case 2 -> b.ent(t1, "ORG").o("beat").ent(t2, "ORG").o(score(rnd) + "-" + score(rnd)).o("in")
                        .ent(place(places, rnd), "LOC").o("on").o(DAYS[rnd.nextInt(7)]).o(".");
                case 3 -> b.ent(t1, "ORG").o("drew").o(score(rnd) + "-" + score(rnd)).o("with").ent(t2, "ORG").o(".");
                case 4 -> {
                    b.ent(t1, "ORG");
                    for (int k = 0; k < 7; k++) {
                        b.o(Integer.toString(rnd.nextInt(40)));
                    }
                }
                case 5 -> b.ent(place(places, rnd), "LOC").o(":").ent(t1, "ORG").o(Integer.toString(rnd.nextInt(400)))
                        .o("and").o(Integer.toString(rnd.nextInt(400))).o(",").ent(t2, "ORG")
                        .o(Integer.toString(rnd.nextInt(400)));
                case 6 -> b.ent(t1, "ORG").o("v").ent(t2, "ORG").o("(").o("at").ent(place(places, rnd), "LOC").o(")");
                case 7 -> b.ent(t1.toUpperCase(Locale.ROOT), "ORG").o("AT").ent(t2.toUpperCase(Locale.ROOT), "ORG");
                case 8 -> b.o("Scorers").o(":").ent(person(names, rnd), "PER").o("(").ent(t1, "ORG").o(")")
                        .o(Integer.toString(1 + rnd.nextInt(90))).o(",").ent(person(names, rnd), "PER")
                        .o(Integer.toString(1 + rnd.nextInt(90)));
                case 9 -> b.ent(t1, "ORG").o(Integer.toString(rnd.nextInt(400))).o("(").ent(initialled(names, rnd), "PER")
                        .o(Integer.toString(rnd.nextInt(150))).o(";").ent(initialled(names, rnd), "PER")
                        .o(rnd.nextInt(8) + "-" + rnd.nextInt(120)).o(")");
                case 11 -> b.ent(place(places, rnd).toUpperCase(Locale.ROOT), "LOC")
                        .o(String.format(Locale.ROOT, "199%d-%02d-%02d", rnd.nextInt(10), 1 + rnd.nextInt(12),
                                1 + rnd.nextInt(28)));
                case 12 -> b.o(SPORTS[rnd.nextInt(SPORTS.length)]).o("-").ent(c1.toUpperCase(Locale.ROOT), "LOC")
                        .o("BEAT").ent(c2.toUpperCase(Locale.ROOT), "LOC").o("IN").o("WORLD").o("CUP").o("QUALIFIER");
                case 13 -> b.ent(c1, "LOC").o("beat").ent(c2, "LOC").o(score(rnd) + "-" + score(rnd)).o("in").o("a")
                        .o("friendly").o("international").o("in").ent(place(places, rnd), "LOC").o(".");
                default -> b.ent(t1, "ORG").o(":").ent(person(names, rnd), "PER").o(",").ent(person(names, rnd), "PER")
                        .o(",").ent(person(names, rnd), "PER").o(".");
            }
            out.add(b.build());
        }
        return out;
    }

    private static String place(List<String> places, Random rnd) {
        return places.get(rnd.nextInt(places.size()));
    }

    private static String team(List<String> places, Random rnd) {
        String p = place(places, rnd);
        int r = rnd.nextInt(10);
        if (r < 6) {
            return p;
        }
        return r < 8 ? p + " " + SUFFIXES[rnd.nextInt(SUFFIXES.length)] : PREFIXES[rnd.nextInt(PREFIXES.length)] + " " + p;
    }

    private static String person(List<String> names, Random rnd) {
        return names.get(rnd.nextInt(names.size())) + " " + names.get(rnd.nextInt(names.size()));
    }

    private static String initialled(List<String> names, Random rnd) {
        return (char) ('A' + rnd.nextInt(26)) + ". " + names.get(rnd.nextInt(names.size()));
    }

    private static String score(Random rnd) {
        return Integer.toString(rnd.nextInt(6));
    }

    private static final class Builder {
        final List<String> tokens = new ArrayList<>();
        final List<String> tags = new ArrayList<>();

        Builder o(String token) {
            tokens.add(token);
            tags.add("O");
            return this;
        }

        Builder ent(String name, String type) {
            String[] parts = name.split(" ");
            for (int k = 0; k < parts.length; k++) {
                tokens.add(parts[k]);
                tags.add((k == 0 ? "B-" : "I-") + type);
            }
            return this;
        }

        TaggedSentence build() {
            return new TaggedSentence(List.copyOf(tokens), tags.toArray(new String[0]), false);
        }
    }

}
