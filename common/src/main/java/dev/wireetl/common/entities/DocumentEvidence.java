package dev.wireetl.common.entities;

import dev.wireetl.common.entities.EntityExtractor.Span;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Article-level corrections of the merged spans, applied by {@link EntityExtractor} after the per-sentence
 * merge. Each rule follows the grammar of names or evidence elsewhere in the article, never a list of
 * examples:
 * <ol>
 *   <li>{@link #dropNonNames}: a currency prefix ({@code US} in {@code US$100}, {@code GB} in {@code GB £20})
 *       is part of the money figure and a time zone ({@code 14:58 UTC}) is part of the time: neither is a
 *       mention; brackets and quotes at the ends of a span are not part of the name (and a span trimmed to
 *       a country name is LOC).</li>
 *   <li>{@link #organisationGrammar}: names joined by {@code &} are one organisation
 *       ({@code Douglas & Lomason}); a name followed by organisation cue words keeps them
 *       ({@code Halvorsen Motor Company}); a cue word continued by {@code of/for/on} and capitalised words is
 *       one organisation ({@code Ministry of Defence}, {@code Chicago Board of Trade}).</li>
 *   <li>{@link #splitSpans}: a span holding a cue word then a first name is the company and the person
 *       after it; {@code <A> and <B>} is two organisations when one side is an organisation on its own
 *       (ends in a cue word, or is named alone in the article).</li>
 *   <li>{@link #roleAppositions}: {@code <Name>, the Vice Chairman of <Company>} makes the name a PERSON.</li>
 *   <li>{@link #organisationEvidence}: a name the article also writes with a cue word ({@code Halvorsen}
 *       after {@code Halvorsen Motors LLC}) or uses like a company ({@code Halvorsen shares},
 *       {@code shares of Halvorsen}, {@code Halvorsen, the carmaker}) is an ORG in every mention, unless it
 *       starts with a first name; in a sports article, a place name used as a side ({@code Kent 108-3},
 *       {@code Essex beat Surrey}) is an ORG wherever it is not a venue ({@code in Kent}).</li>
 * </ol>
 */
final class DocumentEvidence {
    private static final double EVIDENCE_SCORE = 0.5;
    private static final Set<String> TIME_ZONES = Set.of("UTC", "GMT", "EST", "EDT", "CST", "CDT", "MST", "MDT",
            "PST", "PDT", "BST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "IST", "JST", "KST", "HKT", "SGT",
            "AEST", "AEDT", "MSK", "ET", "PT");
    private static final Set<String> CONTINUATIONS = Set.of("of", "for", "on");
    /** Legal forms end a company name: {@code Kia Motor Corp} (of South Korea) takes no continuation. */
    private static final Set<String> LEGAL_FORMS = Set.of("Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "LLC", "Ltd",
            "Ltd.", "PLC", "Plc", "plc", "SpA", "AG", "SA", "NV", "GmbH", "Bancorp", "Holdings");
    /** Days and months start no name continuation ({@code Treasury Department on Wednesday}). */
    private static final Set<String> CALENDAR_WORDS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "on", "and", "in", "the", "&");
    /** Role nouns of an apposition {@code <Name>, the <role> of <Company>} (lower case). */
    private static final Set<String> ROLES = Set.of("chairman", "chairwoman", "chair", "president", "vice", "chief",
            "executive", "officer", "director", "founder", "co-founder", "head", "spokesman", "spokeswoman",
            "spokesperson", "minister", "secretary", "analyst", "economist", "manager", "editor", "governor", "ceo",
            "cfo", "coo", "partner", "owner", "counsel", "deputy", "managing", "senior", "leader", "general",
            "professor", "coach", "captain", "treasurer", "strategist", "trader", "member");
    private static final Set<String> APPOSITION_DETERMINERS = Set.of("the", "a", "an", "its", "former", "then");
    /** Nouns that follow a company name or its possessive ({@code Halvorsen shares}, {@code Halvorsen's dealers}). */
    private static final Set<String> BUSINESS_NOUNS = Set.of("shares", "shareholders",
            "stockholders", "dealers", "dealerships", "subsidiary", "subsidiaries", "plant", "plants", "factory",
            "factories", "revenue", "revenues", "earnings", "profit", "profits", "customers", "employees",
            "workforce", "brand", "products", "bonds", "dividend", "listing", "owner", "franchise", "headquarters",
            "board", "newspaper", "workers");
    /** Nouns of {@code shares of X}, {@code a unit of X}. */
    private static final Set<String> OF_BUSINESS_NOUNS = Set.of("shares", "stock", "shareholders", "unit",
            "subsidiary", "stake", "units", "division", "takeover", "acquisition", "chairman", "spokesman",
            "spokeswoman", "manager", "director", "officer", "executive", "board");
    /** Organisation nouns of an apposition {@code X, the carmaker}. */
    private static final Set<String> ORG_NOUNS = Set.of("company", "firm", "automaker", "carmaker", "airline",
            "bank", "group", "maker", "manufacturer", "retailer", "insurer", "lender", "conglomerate", "contractor",
            "supplier", "producer", "operator", "broker", "brokerage", "utility", "chain", "aircraft", "planemaker",
            "giant", "rival", "unit", "subsidiary");
    /** Nouns directly before a name that make it an organisation ({@code news agency Tanjug}, {@code club Atalanta}). */
    private static final Set<String> NAMING_NOUNS = Set.of("agency", "club", "team", "side", "carmaker", "automaker",
            "airline", "bank", "broadcaster", "newspaper", "daily", "firm", "company", "insurer", "retailer",
            "conglomerate", "group", "lender", "manufacturer", "maker", "contractor", "brokerage");
    /** Lower-case words that mark a sports article; four distinct ones do. */
    private static final Set<String> SPORTS_WORDS = Set.of("match", "innings", "wickets", "wicket", "goal", "goals",
            "league", "division", "season", "coach", "striker", "midfielder", "championship", "cup", "tournament",
            "scored", "beat", "drew", "defeated", "victory", "points", "standings", "inning", "batting", "bowling",
            "soccer", "cricket", "football", "baseball", "basketball", "hockey", "rugby", "club", "fans", "stadium",
            "players", "referee", "penalty", "halftime", "half-time", "playoff", "playoffs", "runs", "homer",
            "unbeaten", "relegation", "title", "champions");
    /** Words around a side: {@code Essex beat Surrey}, {@code against Kent}. */
    private static final Set<String> SIDE_VERBS = Set.of("beat", "beats", "drew", "draw", "lost", "defeated", "won",
            "trailed", "led", "hosted", "host", "hosts", "play", "plays", "played", "v", "v.", "vs", "vs.",
            "against", "leads", "trail", "dismiss", "dismissed", "score", "scored", "edged", "thrashed", "routed");
    private static final Set<String> VENUE_PREPOSITIONS = Set.of("in", "at", "near");

    private final Gazetteer gazetteer;

    DocumentEvidence(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** All rules in order, on the spans of one article ({@code sentenceTokens}: first token of each sentence). */
    void apply(List<String> words, int[] sentenceTokens, List<Span> spans) {
        boolean[] sentenceStart = new boolean[words.size() + 1];
        for (int s : sentenceTokens) {
            sentenceStart[s] = true;
        }
        sentenceStart[words.size()] = true;
        dropNonNames(words, spans);
        organisationGrammar(words, sentenceStart, spans);
        splitSpans(words, spans);
        roleAppositions(words, spans);
        spans.sort((a, b) -> Integer.compare(a.start, b.start));
    }

    /**
     * Currency prefixes and time zones are not mentions; a span ending in a currency prefix loses it, and
     * brackets, quotes and commas at either end of a span are not part of the name.
     */
    void dropNonNames(List<String> words, List<Span> spans) {
        for (int i = spans.size() - 1; i >= 0; i--) {
            Span sp = spans.get(i);
            int start = sp.start;
            int end = sp.end;
            while (end > start && isEdgePunctuation(words.get(end - 1))) {
                end--;
            }
            while (start < end && isEdgePunctuation(words.get(start))) {
                start++;
            }
            if (end > start && isCurrencyPrefix(words, end - 1)) {
                end--;
            }
            if (end == start || end - start == 1 && TIME_ZONES.contains(words.get(start))) {
                spans.remove(i);
            } else if (end != sp.end || start != sp.start) {
                // the trimmed span may now be exactly a country name: the gazetteer type wins, as in the merge
                String type = gazetteer.countryByName(String.join(" ", words.subList(start, end))) != null ? "LOC"
                        : sp.type;
                spans.set(i, new Span(start, end, type, sp.method, sp.score));
            }
        }
    }

    private static boolean isEdgePunctuation(String w) {
        for (int k = 0; k < w.length(); k++) {
            if ("()[]{}\"',;:".indexOf(w.charAt(k)) < 0) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    /** {@code US} before {@code $}: one to three capitals directly followed by a currency symbol. */
    private static boolean isCurrencyPrefix(List<String> words, int i) {
        String w = words.get(i);
        if (i + 1 >= words.size() || w.isEmpty() || w.length() > 3) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (!Character.isUpperCase(w.charAt(k))) {
                return false;
            }
        }
        String next = words.get(i + 1);
        return !next.isEmpty() && Character.getType(next.charAt(0)) == Character.CURRENCY_SYMBOL;
    }

    /**
     * Cue words after a name belong to it ({@code Halvorsen Motor} + {@code Company}); a cue word followed by
     * {@code of/for/on} and capitalised words, with the capitalised words before it, is one ORG
     * ({@code Chicago Board of Trade}, {@code Organisation for Security and Cooperation in Europe}).
     */
    void organisationGrammar(List<String> words, boolean[] sentenceStart, List<Span> spans) {
        int n = words.size();
        Span[] at = coverage(n, spans);
        for (int i = 1; i + 1 < n; i++) {
            // Douglas & Lomason, A.G. Edwards & Sons: names joined by an ampersand are one organisation
            if (!words.get(i).equals("&") || sentenceStart[i] || sentenceStart[i + 1] || !isCapitalised(words.get(i - 1))
                    || !isCapitalised(words.get(i + 1))) {
                continue;
            }
            int start = at[i - 1] != null ? at[i - 1].start : i - 1;
            int end = at[i + 1] != null ? at[i + 1].end : i + 2;
            replaceCovered(spans, at, new Span(start, end, "ORG", "tagger", EVIDENCE_SCORE));
        }
        for (int i = 0; i < n; i++) {
            String w = words.get(i);
            if (!isCapitalised(w) || !gazetteer.isOrgCue(w) || at[i] != null && at[i].end - 1 > i) {
                continue;
            }
            int start = i;
            if (at[i] != null) {
                start = at[i].start;
            } else if (i > 0 && !sentenceStart[i] && at[i - 1] != null && at[i - 1].end == i
                    && !at[i - 1].type.equals("LOC")) {
                start = at[i - 1].start; // Halvorsen Motor + Company
            }
            int end = i + 1;
            while (end < n && !sentenceStart[end] && isCapitalised(words.get(end)) && gazetteer.isOrgCue(words.get(end))
                    && at[end] == null) {
                end++;
            }
            if (end + 1 < n && CONTINUATIONS.contains(words.get(end)) && !sentenceStart[end + 1]
                    && isCapitalised(words.get(end + 1)) && !LEGAL_FORMS.contains(words.get(end - 1))
                    && !CALENDAR_WORDS.contains(words.get(end + 1))) {
                int k = end + 1;
                int last = k;
                while (k < n && !sentenceStart[k] && (isCapitalised(words.get(k)) || CONNECTORS.contains(words.get(k)))) {
                    if (isCapitalised(words.get(k))) {
                        last = k;
                    }
                    k++;
                }
                end = last + 1;
            }
            if (start == i && end == i + 1) {
                continue; // a lone cue word: not a name
            }
            if (at[start] == null || at[start].start != start || at[start].end != end) {
                replaceCovered(spans, at, new Span(start, end, "ORG", "gazetteer", EVIDENCE_SCORE));
            }
            i = end - 1;
        }
    }

    /** Puts {@code org} in place of the spans it covers, unless a span crosses its boundary. */
    private static void replaceCovered(List<Span> spans, Span[] at, Span org) {
        List<Span> overlapping = spans.stream().filter(org::overlaps).toList();
        if (overlapping.stream().allMatch(org::contains)) {
            spans.removeAll(overlapping);
            spans.add(org);
            for (int k = org.start; k < org.end; k++) {
                at[k] = org;
            }
        }
    }

    /** Splits a company merged with the person after it, and coordinated organisations. */
    void splitSpans(List<String> words, List<Span> spans) {
        Set<String> alone = new HashSet<>();
        for (Span sp : spans) {
            alone.add(key(words, sp.start, sp.end));
        }
        for (int s = 0; s < spans.size(); s++) {
            Span sp = spans.get(s);
            if (!sp.type.equals("ORG") && !sp.type.equals("PERSON")) {
                continue;
            }
            for (int k = sp.start; k + 2 < sp.end; k++) {
                if (!gazetteer.isOrgCue(words.get(k))) {
                    continue;
                }
                int p = k + 1;
                while (p < sp.end - 1 && PersonTitles.WORDS.contains(words.get(p))) {
                    p++;
                }
                if (gazetteer.isFirstName(words.get(p)) && p + 1 < sp.end && !gazetteer.isOrgCue(words.get(sp.end - 1))) {
                    spans.set(s, new Span(sp.start, k + 1, "ORG", sp.method, sp.score));
                    spans.add(s + 1, new Span(p, sp.end, "PERSON", sp.method, sp.score));
                    break;
                }
            }
        }
        for (int s = 0; s < spans.size(); s++) {
            Span sp = spans.get(s);
            if (!sp.type.equals("ORG")) {
                continue;
            }
            for (int k = sp.start + 1; k + 1 < sp.end; k++) {
                if (!words.get(k).equals("and")) {
                    continue;
                }
                boolean leftOrg = gazetteer.isOrgCue(words.get(k - 1)) || alone.contains(key(words, sp.start, k));
                boolean rightOrg = gazetteer.isOrgCue(words.get(sp.end - 1)) || alone.contains(key(words, k + 1, sp.end));
                if (leftOrg && rightOrg && isCapitalised(words.get(k + 1))) {
                    spans.set(s, new Span(sp.start, k, "ORG", sp.method, sp.score));
                    spans.add(s + 1, new Span(k + 1, sp.end, "ORG", sp.method, sp.score));
                    break;
                }
            }
        }
    }

    /** {@code <Name>, the Vice Chairman of <Company>}: the name before the role apposition is a PERSON. */
    void roleAppositions(List<String> words, List<Span> spans) {
        for (int s = 0; s < spans.size(); s++) {
            Span sp = spans.get(s);
            if (sp.type.equals("PERSON") || sp.type.equals("NORP") || sp.end + 2 >= words.size()
                    || !words.get(sp.end).equals(",") || gazetteer.isOrgCue(words.get(sp.end - 1))
                    || !(sp.end - sp.start > 1 || gazetteer.isFirstName(words.get(sp.start)))
                    || gazetteer.countryByName(key(words, sp.start, sp.end)) != null) {
                continue;
            }
            int k = sp.end + 1;
            if (APPOSITION_DETERMINERS.contains(words.get(k).toLowerCase(Locale.ROOT))) {
                k++;
            }
            int roles = 0;
            while (k < words.size() && ROLES.contains(words.get(k).toLowerCase(Locale.ROOT))) {
                roles++;
                k++;
            }
            if (roles > 0 && k < words.size() && (words.get(k).equals("of") || words.get(k).equals("at"))) {
                spans.set(s, new Span(sp.start, sp.end, "PERSON", sp.method, sp.score));
            }
        }
    }

    /**
     * Names with organisation evidence somewhere in the article become ORG in every mention (and where
     * they stand uncovered); in sports articles, places used as sides do.
     */
    void organisationEvidence(List<String> words, List<Span> spans) {
        int n = words.size();
        Set<String> orgNames = new HashSet<>();
        Set<String> personNames = new HashSet<>();
        // a capitalised run directly before a cue word: Halvorsen (Motors LLC), Johnson Controls (Inc)
        for (int i = 1; i < n; i++) {
            if (!isCapitalised(words.get(i)) || !gazetteer.isOrgCue(words.get(i)) || gazetteer.isOrgCue(words.get(i - 1))) {
                continue;
            }
            int j = i;
            while (j > 0 && i - j < 3 && isCapitalised(words.get(j - 1)) && !gazetteer.isOrgCue(words.get(j - 1))
                    && !PersonTitles.WORDS.contains(words.get(j - 1))) {
                j--;
            }
            if (j < i && !isPlaceOrPeople(key(words, j, i)) && gazetteer.places(String.join(" ", words.subList(j, i))).isEmpty()) {
                orgNames.add(key(words, j, i));
            }
        }
        for (Span sp : spans) {
            if (sp.type.equals("ORG") || sp.type.equals("NORP") || !businessContext(words, sp.start, sp.end)) {
                continue;
            }
            String name = key(words, sp.start, sp.end);
            if (!isPlaceOrPeople(name) && !isPlace(words, sp)) {
                orgNames.add(name);
            }
        }
        // the sports test reads every word: only when some span stands like a side
        boolean sports = spans.stream().anyMatch(sp -> sp.end < n && (isScore(words.get(sp.end))
                || sideContext(words, sp.start, sp.end))) && isSports(words);
        resultSides(words, spans, orgNames, sports);
        if (sports) {
            for (Span sp : spans) {
                if ((sp.type.equals("LOC") || sp.type.equals("PERSON") && isPlace(words, sp))
                        && sideContext(words, sp.start, sp.end) && gazetteer.countryByName(key(words, sp.start, sp.end)) == null) {
                    orgNames.add(key(words, sp.start, sp.end));
                }
            }
        }
        if (orgNames.isEmpty()) {
            return;
        }
        for (Span sp : spans) {
            if (sp.type.equals("PERSON") && sp.end - sp.start > 1 && gazetteer.isFirstName(words.get(sp.start))) {
                personNames.add(key(words, sp.end - 1, sp.end));
                personNames.add(key(words, sp.start, sp.end));
            }
        }
        orgNames.removeAll(personNames);
        if (orgNames.isEmpty()) {
            return;
        }
        Map<String, Integer> firstLength = new HashMap<>();
        for (String name : orgNames) {
            firstLength.merge(name.substring(0, name.indexOf(' ') < 0 ? name.length() : name.indexOf(' ')),
                    name.split(" ").length, Math::max);
        }
        boolean[] covered = new boolean[n];
        for (int s = 0; s < spans.size(); s++) {
            Span sp = spans.get(s);
            for (int k = sp.start; k < sp.end; k++) {
                covered[k] = true;
            }
            if (!sp.type.equals("ORG") && !sp.type.equals("NORP") && orgNames.contains(key(words, sp.start, sp.end))
                    && !(sp.start > 0 && VENUE_PREPOSITIONS.contains(words.get(sp.start - 1).toLowerCase(Locale.ROOT)))) {
                spans.set(s, new Span(sp.start, sp.end, "ORG", sp.method, sp.score));
            }
        }
        int before = spans.size();
        for (int i = 0; i < n; i++) {
            Integer len = covered[i] || !isCapitalised(words.get(i)) ? null
                    : firstLength.get(words.get(i).toLowerCase(Locale.ROOT));
            if (len == null || i > 0 && VENUE_PREPOSITIONS.contains(words.get(i - 1).toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int l = Math.min(len, n - i); l >= 1; l--) {
                int end = i + l;
                if (orgNames.contains(key(words, i, end)) && !anyCovered(covered, i, end)
                        && (end == n || !isCapitalised(words.get(end)))) {
                    spans.add(new Span(i, end, "ORG", "tagger", EVIDENCE_SCORE));
                    i = end - 1;
                    break;
                }
            }
        }
        if (spans.size() > before) {
            spans.sort((a, b) -> Integer.compare(a.start, b.start));
        }
    }

    /** {@code X shares}, {@code X's dealers}, {@code shares of X}, {@code X, the carmaker}. */
    private static boolean businessContext(List<String> words, int start, int end) {
        int n = words.size();
        if (start > 0 && NAMING_NOUNS.contains(words.get(start - 1))) {
            return true;
        }
        int k = end;
        if (k < n && (words.get(k).equals("'s") || words.get(k).equals("’s") || words.get(k).equals("'"))) {
            k++;
        }
        if (k < n && BUSINESS_NOUNS.contains(words.get(k))) {
            return true;
        }
        if (start >= 2 && (words.get(start - 1).equals("of") || words.get(start - 1).equals("in"))
                && OF_BUSINESS_NOUNS.contains(words.get(start - 2).toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (end + 2 < n && words.get(end).equals(",")) {
            int j = end + 1;
            if (APPOSITION_DETERMINERS.contains(words.get(j))) {
                j++;
            }
            while (j < n && j < end + 5 && !ORG_NOUNS.contains(words.get(j)) && !words.get(j).equals(",")
                    && Character.isLowerCase(words.get(j).charAt(0)) && !words.get(j).equals("of")) {
                j++; // the German carmaker, the defence contractor
            }
            return j < n && ORG_NOUNS.contains(words.get(j)) && APPOSITION_DETERMINERS.contains(words.get(end + 1));
        }
        return false;
    }

    /**
     * Sides in result lines: two names each followed by a score in one sentence ({@code Lotte 6 Hyundai 2}),
     * or, in a sports article, a name followed by a score and a bracketed scorer list
     * ({@code Surrey 429-7 ( C. Lewis 80 )}); names
     * led by a first name or an initial are players, not sides.
     */
    private void resultSides(List<String> words, List<Span> spans, Set<String> orgNames, boolean sports) {
        int n = words.size();
        for (int s = 0; s < spans.size(); s++) {
            Span sp = spans.get(s);
            if (sp.type.equals("NORP") || sp.end + 1 >= n || !isScore(words.get(sp.end))
                    || gazetteer.countryByName(key(words, sp.start, sp.end)) != null || isPersonLed(words, sp)) {
                continue;
            }
            boolean bracket = sports && words.get(sp.end + 1).equals("(");
            boolean pair = s + 1 < spans.size() && spans.get(s + 1).start == sp.end + 1
                    && spans.get(s + 1).end < n && isScore(words.get(spans.get(s + 1).end))
                    && !isPersonLed(words, spans.get(s + 1));
            boolean pairBefore = s > 0 && spans.get(s - 1).end + 1 == sp.start && isScore(words.get(sp.start - 1))
                    && !isPersonLed(words, spans.get(s - 1));
            if (bracket || pair || pairBefore) {
                orgNames.add(key(words, sp.start, sp.end));
            }
        }
    }

    private boolean isPersonLed(List<String> words, Span sp) {
        String first = words.get(sp.start);
        return gazetteer.isFirstName(first) && sp.end - sp.start > 1
                || first.length() == 2 && first.charAt(1) == '.' || first.contains(".") && sp.end - sp.start > 1;
    }

    /** A side in a result: followed by a score, or next to a result verb or {@code v}/{@code against}. */
    private static boolean sideContext(List<String> words, int start, int end) {
        int n = words.size();
        if (end < n && isScore(words.get(end))) {
            return true;
        }
        return end < n && SIDE_VERBS.contains(words.get(end)) || start > 0 && SIDE_VERBS.contains(words.get(start - 1));
    }

    private static boolean isScore(String w) {
        if (w.isEmpty() || !Character.isDigit(w.charAt(0)) || w.length() > 7) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isDigit(c) && c != '-' && c != '/') {
                return false;
            }
        }
        return true;
    }

    private static boolean isSports(List<String> words) {
        Set<String> seen = new HashSet<>();
        for (String w : words) {
            if (w.length() < 3) {
                continue;
            }
            // lower-case only capitalised words: most tokens are already lower case
            String lower = Character.isUpperCase(w.charAt(0)) ? w.toLowerCase(Locale.ROOT) : w;
            if (SPORTS_WORDS.contains(lower) && seen.add(lower) && seen.size() >= 4) {
                return true;
            }
        }
        return false;
    }

    private boolean isPlaceOrPeople(String lowerKey) {
        String title = lowerKey.isEmpty() ? lowerKey
                : Character.toUpperCase(lowerKey.charAt(0)) + lowerKey.substring(1);
        return gazetteer.countryByName(lowerKey) != null || gazetteer.countryByDemonym(title) != null
                || gazetteer.isDemonymOrGroup(title);
    }

    private boolean isPlace(List<String> words, Span sp) {
        return !gazetteer.places(String.join(" ", words.subList(sp.start, sp.end))).isEmpty();
    }

    private static boolean anyCovered(boolean[] covered, int from, int to) {
        for (int k = from; k < to; k++) {
            if (covered[k]) {
                return true;
            }
        }
        return false;
    }

    private static Span[] coverage(int n, List<Span> spans) {
        Span[] at = new Span[n];
        for (Span sp : spans) {
            for (int k = sp.start; k < sp.end; k++) {
                at[k] = sp;
            }
        }
        return at;
    }

    /** Lower-cased words of {@code [from, to)} joined by spaces (all-capitals headlines match body text). */
    static String key(List<String> words, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                b.append(' ');
            }
            b.append(words.get(k).toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    private static boolean isCapitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }
}
