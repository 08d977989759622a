package dev.wireetl.common.figures;

import java.util.List;
import java.util.Set;

/**
 * Fills the context fields of figure candidates from the words around them: qualifier, direction,
 * object and modifier, count type. Heuristics over the token stream, no parser: the object is looked
 * for in the noun phrase the figure quantifies ({@code 46 states}), an {@code of} phrase
 * ({@code 70% of sales}), the noun it is the value of ({@code a coupon of 14-3/4 pct}), a table label
 * ({@code Net loss 278,949}), or the subject of the verb it completes ({@code growth would reach 4.4%}).
 */
final class FigureContext {
    private static final Set<String> LEVEL_MARKERS = Set.of("to", "from", "at", "than");
    private static final Set<String> CHAIN_MARKERS = Set.of("to", "from", "than");
    private static final Set<String> VALUE_LINKS = Set.of("of", "for", "worth", "by");
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "in", "to", "under", "on", "from", "with", "at",
            "by", "into", "over", "about");
    private static final Set<String> CLAUSE_OPENERS = Set.of("and", "but", "while", "with", "as", "when", "that",
            "which", "who", "where", "because", "although", "though", "if", "whereas", "after", "before", "said",
            "says", "since");
    private static final Set<String> SUBORDINATORS = Set.of("that", "which", "who", "because", "although", "though",
            "if", "whereas", "when", "while", "as", "since", "unless");
    private static final Set<String> AUXILIARIES = Set.of("would", "will", "could", "should", "may", "might", "can",
            "must", "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "also", "already",
            "currently", "still", "now", "not", "to", "actually", "just", "reportedly", "then");
    private static final Set<String> COMPARATIVES = Set.of("higher", "lower", "better", "worse", "above", "below",
            "short", "more", "less");
    private static final Set<String> TRANSPARENT_RATE = Set.of("rate", "pace");
    private static final String PRONOUN = "\u0000pronoun";

    private final TokenStream t;
    private final boolean[] dateTokens;
    private final List<FigureScanner.Candidate> candidates;

    FigureContext(TokenStream t, boolean[] dateTokens, List<FigureScanner.Candidate> candidates) {
        this.t = t;
        this.dateTokens = dateTokens;
        this.candidates = candidates;
    }

    void fill() {
        for (int n = 0; n < candidates.size(); n++) {
            FigureScanner.Candidate c = candidates.get(n);
            FigureScanner.Candidate base = conversionBase(n);
            if (base != null) {
                c.convertsFrom = base;
                c.qualifier = base.qualifier;
                c.direction = base.direction;
                c.object = base.object;
                c.modifier = base.modifier;
                continue;
            }
            int qualifierStart = qualifier(c);
            c.direction = direction(c, qualifierStart);
            object(c, n, qualifierStart);
            if (c.kind == FigureKind.COUNT) {
                c.countType = countType(c, qualifierStart);
            }
        }
    }

    /** The figure this one converts: it sits in brackets right after a money figure ({@code $280bn (£155bn)}). */
    private FigureScanner.Candidate conversionBase(int n) {
        if (n == 0) {
            return null;
        }
        FigureScanner.Candidate c = candidates.get(n);
        FigureScanner.Candidate previous = candidates.get(n - 1);
        if (c.kind != FigureKind.MONEY || previous.kind != FigureKind.MONEY) {
            return null;
        }
        // "1.33bn Australian dollars ($1bn; £550m)": the document's dollar is Australian, the bracket's sign is not
        boolean usDollarSign = c.unit.equals(previous.unit) && !c.unit.equals("USD") && t.is(c.first, TokenStream.SYM)
                && t.text.charAt(t.begin[c.first]) == '$';
        if (c.unit.equals(previous.unit) && !usDollarSign) {
            return null;
        }
        int before = c.first - 1;
        boolean opens = t.isPunct(before, '(') || t.isPunct(before, ';') || t.isPunct(before, ',')
                || t.isPunct(before, ':');
        if (opens && previous.last == before - 1) {
            if (usDollarSign) {
                c.unit = "USD";
            }
            return previous.convertsFrom != null ? previous.convertsFrom : previous;
        }
        return null;
    }

    /** Forms of {@code add} in {@code add up to}. */
    private static final Set<String> ADD_UP = Set.of("add", "adds", "added", "adding");

    /** Sets the qualifier from the words before the figure; returns the first token of the qualifier phrase. */
    private int qualifier(FigureScanner.Candidate c) {
        int end = c.first - 1;
        for (int words = 3; words >= 1; words--) {
            int start = end - words + 1;
            if (start < 0 || !t.is(start, TokenStream.WORD)) {
                continue;
            }
            StringBuilder phrase = new StringBuilder(t.norm[start]);
            boolean allWords = true;
            for (int k = start + 1; k <= end; k++) {
                allWords &= t.is(k, TokenStream.WORD);
                phrase.append(' ').append(t.norm[k]);
            }
            if (!allWords) {
                continue;
            }
            Qualifier q = Lexicon.QUALIFIERS.get(phrase.toString());
            if (q == Qualifier.AT_MOST && t.isWord(start, "up") && ADD_UP.contains(t.n(start - 1))) {
                return c.first; // "added up to 22,201bn yen": a total, not a ceiling
            }
            if (q != null) {
                c.qualifier = q;
                return start;
            }
        }
        return c.first;
    }

    private Direction direction(FigureScanner.Candidate c, int qualifierStart) {
        int p = qualifierStart - 1;
        String prev = t.n(p);
        if (LEVEL_MARKERS.contains(prev)) {
            return null;
        }
        Direction d = t.is(p, TokenStream.WORD) ? Lexicon.CHANGE_WORDS.get(prev) : null;
        if (d != null) {
            return d;
        }
        if (prev.equals("by")) {
            for (int k = p - 1; k >= Math.max(0, p - 14); k--) {
                if (t.endsSentence(k) || isFigureToken(k)) {
                    break;
                }
                Direction found = Lexicon.CHANGE_WORDS.get(t.norm[k]);
                if (found != null && t.type[k] == TokenStream.WORD) {
                    return found;
                }
            }
            return null;
        }
        if (prev.equals("of")) {
            return Lexicon.CHANGE_NOUNS.get(t.n(p - 1));
        }
        int after = c.last + 1;
        if (t.is(after, TokenStream.WORD) && !c.bare || c.kind == FigureKind.PERCENT) {
            return Lexicon.CHANGE_AFTER.get(t.n(after));
        }
        return null;
    }

    private boolean isFigureToken(int k) {
        return t.type[k] == TokenStream.NUM || t.type[k] == TokenStream.SYM;
    }

    private CountType countType(FigureScanner.Candidate c, int qualifierStart) {
        CountType before = Lexicon.COUNT_TRIGGERS.get(t.n(qualifierStart - 1));
        c.adjacentTrigger = before != null || !t.is(c.last + 1, TokenStream.WORD) ? before
                : Lexicon.COUNT_TRIGGERS.get(t.norm[c.last + 1]);
        if (before != null) {
            return before;
        }
        for (int k = c.last + 1; k < Math.min(t.size, c.last + 7); k++) {
            if (t.type[k] == TokenStream.NUM || t.endsSentence(k - 1) && k > c.last + 1) {
                break;
            }
            CountType after = Lexicon.COUNT_TRIGGERS.get(t.norm[k]);
            if (after != null) {
                return after;
            }
            if (t.isPunct(k, ',') || t.isPunct(k, ';')) {
                break;
            }
        }
        for (int k = qualifierStart - 2; k >= Math.max(0, qualifierStart - 4); k--) {
            if (t.type[k] != TokenStream.WORD) {
                break;
            }
            CountType found = Lexicon.COUNT_TRIGGERS.get(t.norm[k]);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    // ---- object and modifier ----

    private void object(FigureScanner.Candidate c, int n, int qualifierStart) {
        if (c.tableRow != null) {
            c.object = c.tableRow;
            return;
        }
        int after = c.last + 1;
        if (c.kind == FigureKind.COUNT && c.valueMax == null && c.total == null && t.isPunct(after, '-')
                && t.has(after, TokenStream.ATTACHED) && t.is(after + 1, TokenStream.WORD)
                && !t.has(after + 1, TokenStream.CAPITALIZED) && t.norm[after + 1].length() > 2) {
            // Number-noun compound: "the 12-member bloc" counts members.
            c.object = t.norm[after + 1];
            return;
        }
        after = skipBrackets(after);
        // "a 222% rise in annual profit": the object is what changes.
        if (Lexicon.CHANGE_AFTER.containsKey(t.n(after)) && t.is(after, TokenStream.WORD)) {
            int k = after + 1;
            if (t.isWord(k, "overall")) {
                k++;
            }
            if (t.isWord(k, "in")) {
                if (setFromPhrase(c, k + 1, true)) {
                    return;
                }
            }
        }
        if (t.isWord(after, "of") && !t.is(after + 1, TokenStream.NUM)) {
            String head = ofPhrase(c, after + 1);
            if (head != null) {
                if (head.equals(PRONOUN)) {
                    c.object = null;
                    c.modifier = null;
                }
                return;
            }
        }
        if (c.total != null || c.valueMax != null || !c.bare || c.kind == FigureKind.COUNT) {
            if (setFromPhrase(c, after, false)) {
                return;
            }
        }
        if (c.kind == FigureKind.MONEY && (t.isWord(after, "in") || t.isWord(after, "from"))
                && t.is(after + 1, TokenStream.WORD) && !t.has(after + 1, TokenStream.CAPITALIZED)
                && !Lexicon.DETERMINERS.contains(t.n(after + 1)) && setFromPhrase(c, after + 1, false)) {
            return;
        }
        if (definedInBrackets(c) || apposition(c, qualifierStart)) {
            return;
        }
        if (valueOf(c, qualifierStart)) {
            return;
        }
        if (label(c, n, qualifierStart)) {
            return;
        }
        String subject = subject(c, qualifierStart);
        if (subject == PRONOUN) {
            fallbackToPrevious(c, n, true);
            return;
        }
        if (subject == null && CHAIN_MARKERS.contains(t.n(qualifierStart - 1))) {
            fallbackToPrevious(c, n, false);
        }
    }

    private int skipBrackets(int k) {
        if (t.isPunct(k, '(')) {
            int close = k + 1;
            while (close < t.size && close < k + 20 && !t.isPunct(close, ')')) {
                close++;
            }
            if (t.isPunct(close, ')')) {
                return close + 1;
            }
        }
        return k;
    }

    /** Copies the object of the previous figure of the same kind in this sentence (or the previous one). */
    private void fallbackToPrevious(FigureScanner.Candidate c, int n, boolean previousSentence) {
        int sentence = t.sentence[c.first];
        for (int k = n - 1; k >= 0; k--) {
            FigureScanner.Candidate p = candidates.get(k);
            int ps = t.sentence[p.first];
            if (ps < sentence - (previousSentence ? 1 : 0)) {
                return;
            }
            if (p.kind == c.kind && p.object != null) {
                c.object = p.object;
                return;
            }
        }
    }

    /** After {@code of}: skips determiners and possessives; the head of the phrase, PRONOUN, or null. */
    private String ofPhrase(FigureScanner.Candidate c, int k) {
        k = skipDeterminers(k);
        if (t.is(k, TokenStream.WORD) && Lexicon.PRONOUNS.contains(t.norm[k])) {
            return PRONOUN;
        }
        return setFromPhrase(c, k, true) ? c.object : null;
    }

    private int skipDeterminers(int k) {
        while (t.is(k, TokenStream.WORD) && Lexicon.DETERMINERS.contains(t.norm[k]) && !Lexicon.PRONOUNS.contains(t.n(k + 1))) {
            k++;
        }
        // Possessive: "Circuit City's shares", "the company's".
        for (int look = k; look < k + 4 && look < t.size; look++) {
            if (t.isWord(look, "'s")) {
                return look + 1;
            }
            if (t.type[look] != TokenStream.WORD || Lexicon.STOP_WORDS.contains(t.norm[look])) {
                break;
            }
        }
        return k;
    }

    /** Reads a noun phrase forward from k and sets object and modifier; false when there is none. */
    private boolean setFromPhrase(FigureScanner.Candidate c, int k, boolean skipDates) {
        while (skipDates && k < t.size && dateTokens[k]) {
            k++;
        }
        int first = -1;
        int headStart = -1;
        int headEnd = -1;
        int previousEnd = -1;
        int units = 0;
        while (k < t.size && units < 4) {
            if (!isNounish(k) || dateTokens[k]) {
                break;
            }
            if (t.has(k, TokenStream.SENTENCE_START)) {
                break;
            }
            String w = t.norm[k];
            int unitEnd = compoundEnd(k);
            boolean gerundHead = units == 0 && PREPOSITIONS.contains(t.n(k - 1)) && w.endsWith("ing");
            boolean participle = unitEnd == k && !gerundHead
                    && (isPastParticiple(w) || w.endsWith("ing") && w.length() > 5);
            boolean modifiesNext = isNounish(unitEnd + 1) && (units == 0 || w.endsWith("ing"));
            if (participle && !modifiesNext) {
                break;
            }
            if (first < 0) {
                first = k;
            }
            previousEnd = headEnd;
            headStart = k;
            headEnd = unitEnd;
            units++;
            k = unitEnd + 1;
        }
        if (units == 0) {
            return false;
        }
        String head = t.text.substring(t.begin[headStart], t.end[headEnd]);
        if (t.has(headStart, TokenStream.CAPITALIZED) && !t.has(headStart, TokenStream.SENTENCE_START)
                || Lexicon.NON_OBJECTS.contains(t.norm[headStart])) {
            return false;
        }
        c.object = lower(head);
        c.modifier = previousEnd < 0 ? null : modifierText(first, previousEnd);
        return true;
    }

    private String modifierText(int first, int last) {
        String text = t.text.substring(t.begin[first], t.end[last]);
        // Capitalised only because it starts the sentence: "Pre-tax profit" gives "pre-tax"; acronyms stay.
        return t.has(first, TokenStream.SENTENCE_START) && !isAcronym(first) ? lower(text) : text;
    }

    private static String lower(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }

    /** Last token of a hyphenated compound starting at k ({@code single-family}), or k. */
    private int compoundEnd(int k) {
        int end = k;
        while (t.isPunct(end + 1, '-') && t.has(end + 1, TokenStream.ATTACHED) && t.is(end + 2, TokenStream.WORD)
                && t.has(end + 2, TokenStream.ATTACHED)) {
            end += 2;
        }
        return end;
    }

    private boolean isNounish(int k) {
        if (!t.is(k, TokenStream.WORD)) {
            return false;
        }
        String w = t.norm[k];
        if (isAcronym(k)) {
            return true;
        }
        return !Lexicon.STOP_WORDS.contains(w) && !Lexicon.VERBS.contains(w) && !Lexicon.PRONOUNS.contains(w)
                && !COMPARATIVES.contains(w) && !(w.endsWith("ly") && w.length() > 4)
                && !Lexicon.SMALL_NUMBERS.containsKey(w) && !Lexicon.COUNT_TRIGGERS.containsKey(w)
                && !Lexicon.QUALIFIERS.containsKey(w) && !Lexicon.WEEKDAYS.containsKey(w);
    }

    /** All capitals, two letters or more: US, OECD (not the pronoun "us"). */
    private boolean isAcronym(int k) {
        int b = t.begin[k];
        int e = t.end[k];
        if (e - b < 2) {
            return false;
        }
        for (int i = b; i < e; i++) {
            char ch = t.text.charAt(i);
            if (Character.isLetter(ch) && !Character.isUpperCase(ch)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVerbForm(String w) {
        return isPastParticiple(w) || w.endsWith("ing") && w.length() > 5;
    }

    private static boolean isPastParticiple(String w) {
        return w.endsWith("ed") && w.length() > 3 && !Lexicon.ED_NOUNS.contains(w);
    }

    /** A figure set off by a dash after a noun restates it: {@code the money - about 40m euros -}. */
    private boolean apposition(FigureScanner.Candidate c, int qualifierStart) {
        int dash = qualifierStart - 1;
        if (!t.isPunct(dash, '-') || t.has(dash, TokenStream.ATTACHED) || !isNounish(dash - 1)
                || t.has(dash - 1, TokenStream.CAPITALIZED) && !t.has(dash - 1, TokenStream.SENTENCE_START)
                || Lexicon.NON_OBJECTS.contains(t.norm[dash - 1])) {
            return false;
        }
        c.object = t.norm[dash - 1];
        return true;
    }

    /** A figure in brackets right after a noun defines it: {@code CWT (100 lbs)}. */
    private boolean definedInBrackets(FigureScanner.Candidate c) {
        if (!t.isPunct(c.first - 1, '(') || !t.is(c.first - 2, TokenStream.WORD) || !isNounish(c.first - 2)) {
            return false;
        }
        c.object = t.norm[c.first - 2];
        return true;
    }

    /**
     * {@code a previous estimate of 3.7%}, {@code the demand for $280bn}, {@code shares worth 1bn},
     * {@code raise its dividend by 11%}, {@code a payment from Chelsea of £24.5m}.
     */
    private boolean valueOf(FigureScanner.Candidate c, int qualifierStart) {
        int p = qualifierStart - 1;
        if (t.isWord(p, "a") || t.isWord(p, "an")) {
            p--;
        }
        String link = t.n(p);
        if (!VALUE_LINKS.contains(link)) {
            return false;
        }
        int noun = p - 1;
        if (link.equals("of") && t.is(noun, TokenStream.WORD) && t.has(noun, TokenStream.CAPITALIZED)
                && !t.has(noun, TokenStream.SENTENCE_START) && PREPOSITIONS.contains(t.n(noun - 1))) {
            noun -= 2;
        }
        if (!isNounish(noun) || dateTokens[noun] || isPastParticiple(t.norm[noun])
                || t.has(noun, TokenStream.CAPITALIZED) && !t.has(noun, TokenStream.SENTENCE_START)) {
            return false;
        }
        String w = t.norm[noun];
        if (Lexicon.NON_OBJECTS.contains(w) || Lexicon.CHANGE_NOUNS.containsKey(w)
                || TRANSPARENT_RATE.contains(w) && t.isWord(noun - 1, "a") && t.isWord(noun - 2, "at")) {
            return false;
        }
        int start = noun;
        while (start > 0 && isNounish(start - 1) && !dateTokens[start - 1] && noun - start < 2) {
            start--;
        }
        int beforeStart = start - 1;
        while (beforeStart >= 0 && (dateTokens[beforeStart] || t.is(beforeStart, TokenStream.WORD)
                && Lexicon.DETERMINERS.contains(t.norm[beforeStart]))) {
            beforeStart--;
        }
        if (link.equals("by") && PREPOSITIONS.contains(t.n(beforeStart))) {
            return false;
        }
        if (link.equals("for") && Lexicon.VERBS.contains(t.n(start - 1))) {
            return false;
        }
        c.object = w;
        int modifier = noun - 1;
        c.modifier = isNounish(modifier) && !dateTokens[modifier] && !isVerbForm(t.norm[modifier])
                ? modifierText(modifier, modifier) : null;
        return true;
    }

    /** Earnings-table labels ({@code Net loss 278,949}) and {@code vs}, {@code or} chains. */
    private boolean label(FigureScanner.Candidate c, int n, int qualifierStart) {
        int p = qualifierStart - 1;
        String prev = t.n(p);
        FigureScanner.Candidate previous = n > 0 ? candidates.get(n - 1) : null;
        if ((prev.equals("vs") || prev.equals("or") || prev.equals("and")) && previous != null
                && previous.last == p - 1 && previous.kind == c.kind) {
            c.object = previous.object;
            return true;
        }
        if (t.is(p, TokenStream.WORD) && Lexicon.MONEY_LABELS.contains(prev)) {
            c.object = prev;
            c.labelled = true;
            int m = p - 1;
            c.modifier = t.is(m, TokenStream.WORD) && Lexicon.MONEY_LABELS.contains(t.norm[m])
                    && !t.has(p, TokenStream.LINE_START) ? t.norm[m] : null;
            return true;
        }
        return false;
    }

    /**
     * The subject of the verb the figure completes: finds a predicating verb before the figure in the
     * clause, then the noun phrase before that verb, walking back over prepositional phrases to the first
     * noun of the chain; a container noun ({@code the number of}) gives way to the noun after it.
     */
    private String subject(FigureScanner.Candidate c, int qualifierStart) {
        int verb = -1;
        for (int k = qualifierStart - 1; k >= Math.max(0, qualifierStart - 16); k--) {
            if (t.endsSentence(k) || t.isPunct(k, ':') || t.isPunct(k, '(')) {
                break;
            }
            if (t.type[k] == TokenStream.WORD && SUBORDINATORS.contains(t.norm[k])) {
                break;
            }
            boolean auxiliaryBe = t.type[k] == TokenStream.WORD && AUXILIARIES.contains(t.norm[k])
                    && t.is(k + 1, TokenStream.WORD) && isVerbForm(t.norm[k + 1]);
            if (t.type[k] == TokenStream.WORD && Lexicon.PREDICATING_VERBS.contains(t.norm[k]) && !auxiliaryBe) {
                verb = k;
                break;
            }
            if (t.type[k] == TokenStream.WORD && Lexicon.VERBS.contains(t.norm[k])) {
                break;
            }
        }
        if (verb < 0) {
            return null;
        }
        int k = verb - 1;
        while (k >= 0 && t.is(k, TokenStream.WORD) && (AUXILIARIES.contains(t.norm[k])
                || t.norm[k].endsWith("ly") && t.norm[k].length() > 4 || Lexicon.PREDICATING_VERBS.contains(t.norm[k])
                || isPastParticiple(t.norm[k]))) {
            k--;
        }
        if (t.is(k, TokenStream.WORD) && Lexicon.PRONOUNS.contains(t.norm[k]) && !isAcronym(k)) {
            return PRONOUN;
        }
        int earliestStart = -1;
        int earliestHead = -1;
        int laterHead = -1;
        while (k >= 0) {
            if (t.isPunct(k, '-') && !t.has(k, TokenStream.ATTACHED)) {
                int open = k - 1;
                while (open >= 0 && !t.endsSentence(open) && !(t.isPunct(open, '-') && !t.has(open, TokenStream.ATTACHED))) {
                    open--;
                }
                if (open < 0 || !t.isPunct(open, '-')) {
                    break;
                }
                k = open - 1;
                continue;
            }
            if (dateTokens[k] && t.is(k, TokenStream.NUM) && PREPOSITIONS.contains(t.n(k - 1))) {
                k -= 2;
                continue;
            }
            if (!isNounish(k)) {
                break;
            }
            int head = k;
            int start = k;
            while (start - 1 >= 0 && (isNounish(start - 1) || isHyphenInside(start - 1)) && !dateTokens[start - 1]
                    && !startsParticipleClause(start - 1)) {
                start--;
            }
            while (t.isPunct(start, '-')) {
                start++;
            }
            int headStart = head;
            while (isHyphenInside(headStart - 1)) {
                headStart -= 2;
            }
            laterHead = earliestHead;
            earliestHead = headStart;
            earliestStart = start;
            k = start - 1;
            while (k >= 0 && t.is(k, TokenStream.WORD) && Lexicon.DETERMINERS.contains(t.norm[k])) {
                k--;
            }
            if (k >= 0 && t.is(k, TokenStream.WORD) && PREPOSITIONS.contains(t.norm[k])) {
                k--;
                while (k >= 0 && t.is(k, TokenStream.WORD) && Lexicon.DETERMINERS.contains(t.norm[k])) {
                    k--;
                }
                continue;
            }
            // A participle clause: "people actually receiving benefits".
            if (k >= 0 && t.is(k, TokenStream.WORD) && t.norm[k].endsWith("ing")) {
                int m = k - 1;
                while (m >= 0 && t.is(m, TokenStream.WORD) && t.norm[m].endsWith("ly")) {
                    m--;
                }
                if (isNounish(m)) {
                    k = m;
                    continue;
                }
            }
            break;
        }
        if (earliestHead < 0) {
            return null;
        }
        int head = earliestHead;
        int start = earliestStart;
        String w = headText(head);
        if (Lexicon.PRONOUNS.contains(t.norm[head])) {
            return PRONOUN;
        }
        if (Lexicon.CONTAINER_NOUNS.contains(t.norm[head])) {
            if (laterHead >= 0) {
                return setSubject(c, laterHead, -1);
            }
            int before = head - 1;
            if (before >= start && isNounish(before)) {
                return setSubject(c, before, -1);
            }
        }
        boolean properName = t.has(head, TokenStream.CAPITALIZED) && !t.has(head, TokenStream.SENTENCE_START)
                || t.has(start, TokenStream.SENTENCE_START) && head > start && allCapitalized(start, head);
        if (properName || Lexicon.NON_OBJECTS.contains(w)) {
            return null;
        }
        return setSubject(c, head, start);
    }

    /** An -ing word after a plural noun or an adverb opens a participle clause: "people actually receiving". */
    private boolean startsParticipleClause(int k) {
        String w = t.norm[k];
        if (!w.endsWith("ing") || w.length() <= 5) {
            return false;
        }
        String before = t.n(k - 1);
        return before.endsWith("ly") && before.length() > 4
                || isNounish(k - 1) && (before.endsWith("s") || before.equals("people"));
    }

    private boolean isHyphenInside(int k) {
        return t.isPunct(k, '-') && t.has(k, TokenStream.ATTACHED) && t.has(k + 1, TokenStream.ATTACHED);
    }

    private String headText(int headStart) {
        return lower(t.text.substring(t.begin[headStart], t.end[compoundEnd(headStart)]));
    }

    private boolean allCapitalized(int from, int to) {
        for (int k = from; k <= to; k++) {
            if (t.type[k] == TokenStream.WORD && !t.has(k, TokenStream.CAPITALIZED)) {
                return false;
            }
        }
        return true;
    }

    private String setSubject(FigureScanner.Candidate c, int head, int start) {
        if (t.has(head, TokenStream.CAPITALIZED) && !t.has(head, TokenStream.SENTENCE_START)) {
            return null;
        }
        c.object = headText(head);
        c.modifier = start >= 0 && start < head ? modifierText(start, head - 1).trim() : null;
        if (c.modifier != null && c.modifier.endsWith("-")) {
            c.modifier = null;
        }
        return c.object;
    }
}
