package dev.wireetl.common.entities;

import dev.wireetl.common.text.SentenceSplitter;
import dev.wireetl.common.text.Token;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns typed spans of one article into {@link EntityMention}s: canonical name, entity key, country
 * code, GeoNames id and coordinates.
 *
 * <ul>
 *   <li>PERSON, ORG: canonical = the fullest mention of the same type in the article whose words contain
 *       this mention's words as a contiguous run ({@code Blinken} → {@code Antony Blinken}); a one-word PERSON
 *       the article never writes in full takes the full name the gazetteer's people list gives that surname
 *       ({@code Putin} → {@code Vladimir Putin}); key {@code person:<slug>} / {@code org:<slug>}. An ORG
 *       starting with a country name or demonym gets that country's code ({@code Russian Defense Ministry}
 *       → RU).</li>
 *   <li>LOC: a country name or alias resolves to the country ({@code U.S.} → {@code United States}, US);
 *       a name followed or ended by a region word ({@code Belgorod region}) to the first-level region;
 *       otherwise to the most populous GeoNames city or region of that name, preferring countries the
 *       article mentions. Key {@code loc:geonames:<id>}, or {@code loc:<slug>} when unresolved.</li>
 *   <li>NORP: a demonym resolves to its country ({@code Ukrainians} → UA); canonical is the singular
 *       form as written; key {@code norp:<iso2>:<slug>} or {@code norp:<slug>}.</li>
 * </ul>
 */
public final class EntityNormaliser {
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> REGION_WORDS = Set.of("region", "oblast", "province", "governorate", "state",
            "krai", "prefecture", "county", "district", "republic", "Region", "Oblast", "Province", "Governorate",
            "State", "Krai", "Prefecture", "County", "District");

    private final Gazetteer gazetteer;

    EntityNormaliser(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Mentions sorted by begin offset; {@code tokens} and {@code sentenceStarts} are of {@code body}. */
    List<EntityMention> normalise(String body, List<Token> tokens, int[] sentenceStarts, List<RawMention> raws) {
        List<RawMention> spans = new ArrayList<>(raws.size());
        for (RawMention r : raws) {
            String type = switch (r.type()) {
                case "PER", "PERSON" -> "PERSON";
                case "MISC", "NORP" -> "NORP";
                case "LOC", "ORG" -> r.type();
                default -> throw new IllegalArgumentException("unknown mention type " + r.type());
            };
            int end = r.end();
            if (end - r.begin() > 2 && (body.startsWith("'s", end - 2) || body.startsWith("’s", end - 2))) {
                end -= 2;
            }
            while (end > r.begin() && Character.isWhitespace(body.charAt(end - 1))) {
                end--;
            }
            if (end > r.begin()) {
                spans.add(new RawMention(type, r.begin(), end, r.method(), r.score()));
            }
        }
        spans.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        List<String[]> words = new ArrayList<>(spans.size());
        for (RawMention s : spans) {
            words.add(SPACES.split(body.substring(s.begin(), s.end())));
        }
        // countries the article names, to prefer their cities
        Set<String> articleCountries = new HashSet<>();
        for (RawMention s : spans) {
            String text = body.substring(s.begin(), s.end());
            Gazetteer.Country c = s.type().equals("NORP") ? gazetteer.countryByDemonym(text)
                    : s.type().equals("LOC") ? gazetteer.countryByName(text) : null;
            if (c != null) {
                articleCountries.add(c.iso2());
            }
        }
        List<EntityMention> out = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            RawMention s = spans.get(i);
            String text = body.substring(s.begin(), s.end());
            int sentence = SentenceSplitter.sentenceIndex(sentenceStarts, s.begin());
            out.add(switch (s.type()) {
                case "LOC" -> location(body, s, text, sentence, articleCountries);
                case "NORP" -> norp(s, text, sentence);
                default -> named(s, text, sentence, canonicalName(spans, words, i));
            });
        }
        return out;
    }

    /**
     * The fullest same-type mention containing this one; for a lone PERSON word the article never expands, the
     * people list's full name, so {@code Putin} keys alike across articles (the list holds only surnames that
     * are neither first names nor places).
     */
    private String canonicalName(List<RawMention> spans, List<String[]> words, int i) {
        String fullest = fullest(spans, words, i);
        if (spans.get(i).type().equals("PERSON") && words.get(i).length == 1 && fullest.equals(words.get(i)[0])) {
            String listed = gazetteer.personName(fullest);
            if (listed != null) {
                return listed;
            }
        }
        return fullest;
    }

    private String fullest(List<RawMention> spans, List<String[]> words, int i) {
        String[] w = words.get(i);
        int best = i;
        for (int j = 0; j < spans.size(); j++) {
            if (j != i && spans.get(j).type().equals(spans.get(i).type()) && words.get(j).length > words.get(best).length
                    && containsRun(words.get(j), w)) {
                best = j;
            }
        }
        return String.join(" ", words.get(best));
    }

    private static boolean containsRun(String[] longer, String[] run) {
        outer:
        for (int s = 0; s + run.length <= longer.length; s++) {
            for (int k = 0; k < run.length; k++) {
                if (!longer[s + k].equals(run[k])) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private EntityMention named(RawMention s, String text, int sentence, String canonical) {
        String prefix = s.type().equals("PERSON") ? "person:" : "org:";
        String country = null;
        if (s.type().equals("ORG")) {
            String first = SPACES.split(canonical, 2)[0];
            Gazetteer.Country c = gazetteer.countryByDemonym(first);
            if (c == null) {
                c = gazetteer.countryByName(first);
            }
            country = c == null ? null : c.iso2();
        }
        return new EntityMention(s.type(), text, s.begin(), s.end(), sentence, canonical, prefix + slug(canonical),
                country, null, null, null, s.method(), s.score());
    }

    private EntityMention norp(RawMention s, String text, int sentence) {
        Gazetteer.Country c = gazetteer.countryByDemonym(text);
        String canonical = text;
        if (c != null && text.endsWith("s") && gazetteer.countryByDemonym(text.substring(0, text.length() - 1)) == c) {
            canonical = text.substring(0, text.length() - 1);
        }
        String key = c == null ? "norp:" + slug(canonical) : "norp:" + c.iso2().toLowerCase(Locale.ROOT) + ":" + slug(canonical);
        return new EntityMention("NORP", text, s.begin(), s.end(), sentence, canonical, key,
                c == null ? null : c.iso2(), null, null, null, s.method(), s.score());
    }

    private EntityMention location(String body, RawMention s, String text, int sentence, Set<String> articleCountries) {
        Gazetteer.Country c = gazetteer.countryByName(text);
        if (c != null) {
            return new EntityMention("LOC", text, s.begin(), s.end(), sentence, c.name(),
                    c.geonamesId() == null ? "loc:" + slug(c.name()) : "loc:geonames:" + c.geonamesId(), c.iso2(),
                    c.geonamesId(), c.lat(), c.lon(), s.method(), s.score());
        }
        Gazetteer.Place p = null;
        String base = text;
        int lastSpace = text.lastIndexOf(' ');
        boolean regionWord;
        if (lastSpace > 0 && REGION_WORDS.contains(text.substring(lastSpace + 1))) {
            base = text.substring(0, lastSpace);
            regionWord = true;
        } else {
            regionWord = REGION_WORDS.contains(nextWord(body, s.end()));
        }
        if (regionWord) {
            // "Belgorod region": a region of that name, else the region of the city of that name
            p = best(gazetteer.places(base), articleCountries, true);
            if (p == null) {
                Gazetteer.Place city = best(gazetteer.places(base), articleCountries, false);
                p = city == null ? null : gazetteer.regionOf(city);
            }
        }
        if (p == null) {
            p = best(gazetteer.places(text), articleCountries, false);
        }
        if (p == null) {
            return new EntityMention("LOC", text, s.begin(), s.end(), sentence, text, "loc:" + slug(text), null,
                    null, null, null, s.method(), s.score());
        }
        return new EntityMention("LOC", text, s.begin(), s.end(), sentence, p.name(), "loc:geonames:" + p.geonamesId(),
                p.countryCode(), p.geonamesId(), p.lat(), p.lon(), s.method(), s.score());
    }

    /** Most populous candidate, preferring the article's countries; regions only if {@code regionsOnly}. */
    private static Gazetteer.Place best(List<Gazetteer.Place> candidates, Set<String> articleCountries,
            boolean regionsOnly) {
        Gazetteer.Place any = null;
        for (Gazetteer.Place p : candidates) {
            if (regionsOnly && !p.region()) {
                continue;
            }
            if (articleCountries.contains(p.countryCode())) {
                return p;
            }
            if (any == null) {
                any = p;
            }
        }
        return any;
    }

    private static String nextWord(String body, int from) {
        int i = from;
        while (i < body.length() && body.charAt(i) == ' ') {
            i++;
        }
        int j = i;
        while (j < body.length() && Character.isLetter(body.charAt(j))) {
            j++;
        }
        return body.substring(i, j);
    }

    /** True for words shaped like group adjectives or nouns ({@code Iraqi}, {@code Sunnis}, {@code Chinese}). */
    public static boolean looksLikeDemonym(String s) {
        if (s.indexOf(' ') >= 0) {
            return looksLikeDemonym(s.substring(s.lastIndexOf(' ') + 1));
        }
        String l = s.toLowerCase(Locale.ROOT);
        return l.endsWith("an") || l.endsWith("ans") || l.endsWith("ese") || l.endsWith("ish") || l.endsWith("i")
                || l.endsWith("is") || l.endsWith("ic") || l.endsWith("ite") || l.endsWith("ites");
    }

    /** Lower-case ASCII slug: diacritics dropped, runs of other characters to {@code _}. */
    static String slug(String s) {
        String d = DIACRITICS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        String k = NON_ALNUM.matcher(d.toLowerCase(Locale.ROOT)).replaceAll("_");
        int b = 0;
        int e = k.length();
        while (b < e && k.charAt(b) == '_') {
            b++;
        }
        while (e > b && k.charAt(e - 1) == '_') {
            e--;
        }
        return k.substring(b, e);
    }
}
