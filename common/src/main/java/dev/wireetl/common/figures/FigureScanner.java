package dev.wireetl.common.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the numeric expressions that are figures, with kind, value, range, total and unit, skipping
 * tokens the date scanner took and the exclusions of the spec (identifiers, times, scores, ordinals,
 * numbers inside names).
 */
final class FigureScanner {
    private static final Set<String> DETERMINER_BEFORE_ONE = Set.of("the", "this", "that", "any", "no", "every",
            "each", "albeit", "which", "a", "an", "another", "someone", "anyone", "only", "just", "last", "first");
    private static final Set<String> NOT_AFTER_ONE = Set.of("another", "day", "thing", "way", "time", "point", "hand",
            "side", "by", "on", "more", "such", "other", "that", "who", "which", "too", "fell", "stage");
    private static final Set<String> STREET_WORDS = Set.of("street", "road", "avenue", "lane", "drive", "square",
            "st", "place", "terrace", "crescent");
    private static final Set<String> NAME_KEYWORDS_ANY_CASE = Set.of("no", "no.", "nos", "number");
    /** Words before {@code three quarters of} that make it periods, not a share. */
    private static final Set<String> PERIOD_ORDINALS = Set.of("first", "last", "past", "next", "previous", "latest");
    private static final Set<String> SHARE_FOLLOWERS = Set.of("of", "the", "its", "their", "his", "her", "all", "our");
    /** Words after a bare scaled amount that show no counted noun follows: {@code four billion more}. */
    private static final Set<String> AFTER_BARE_AMOUNT = Set.of("per", "each", "apiece", "more", "a", "an", "in",
            "for", "to", "from", "on", "at", "and", "or", "than", "by", "with", "was", "were", "is", "are", "will",
            "would", "has", "have", "had", "this", "last", "next", "over", "against", "compared", "earlier", "later",
            "while", "whereas", "but", "vs", "versus");
    /** After a name's number, a preposition shows the number counts nothing: the Thai Union 3 from port. */
    private static final Set<String> NAME_END_PREPOSITIONS = Set.of("from", "at", "in", "on", "with", "for", "to");
    /** Middle words of number-word idioms: {@code one-on-one}, {@code two-by-two}. */
    private static final Set<String> IDIOM_LINKS = Set.of("on", "by", "to", "in");
    private static final Set<String> BOND_WORDS = Set.of("coupon", "bonds", "bond", "notes", "eurobond");

    private final TokenStream t;
    private final boolean[] consumed;
    final List<Candidate> candidates = new ArrayList<>();
    /** The dollar of this document: USD unless the text names another dollar first. */
    private String documentDollar;
    /** The first currency of the document, for bare amounts in earnings tables. */
    private String documentCurrency;
    private String rowLabel;
    private int rowLabelToken = -1;
    private Boolean bondContext;

    /** A figure found between tokens first..last inclusive; context fields are filled by {@link FigureContext}. */
    static final class Candidate {
        FigureKind kind;
        int first;
        int last;
        double value;
        Double valueMax;
        Double total;
        String unit;
        /** No unit written on the figure itself. */
        boolean bare;
        /** Power of ten the written money amount was scaled by for a minor unit ({@code 47.4 cents}: -2), else 0. */
        int minorExponent;
        /** Token of the first written number (after a currency symbol). */
        int numberFirst;
        /** Last token of the total's number in {@code X of Y}, else -1. */
        int totalLast = -1;
        /** The figure this one converts ({@code $280bn (£155bn)}), or null. */
        Candidate convertsFrom;
        /** Row label when the figure is a cell of a text table. */
        String tableRow;
        String object;
        String modifier;
        Qualifier qualifier = Qualifier.EXACT;
        Direction direction;
        CountType countType;
        /** The object is a row label written right before the figure ({@code Net loss 278,949}): the tree keeps it. */
        boolean labelled;
        /** Count type of a trigger word right before the figure (and its qualifier) or right after it, or null. */
        CountType adjacentTrigger;
        /** Character span of the object's noun phrase (from the tree), or -1. */
        int phraseBegin = -1;
        int phraseEnd = -1;
        /** Character span of the noun phrase the figure's clause is about (its subject, or a name), or -1. */
        int subjectBegin = -1;
        int subjectEnd = -1;
    }

    FigureScanner(TokenStream t, boolean[] consumed) {
        this.t = t;
        this.consumed = consumed;
    }

    void scan() {
        int i = 0;
        while (i < t.size) {
            if (consumed[i]) {
                i++;
                continue;
            }
            int next = tryAt(i);
            i = next > i ? next : i + 1;
        }
    }

    /** The currency word as {@link Lexicon#CURRENCY_NATIONS} keys it: every spelling of dollar is {@code dlrs}. */
    private static String nationCurrencyKey(String unitWord) {
        return unitWord.equals("dollars") || unitWord.equals("dollar") || unitWord.equals("dlr") ? "dlrs" : unitWord;
    }

    private boolean attached(int i) {
        return t.has(i, TokenStream.ATTACHED);
    }

    private void consume(int first, int last) {
        for (int k = first; k <= last && k < t.size; k++) {
            consumed[k] = true;
        }
    }

    private int tryAt(int i) {
        if (t.type[i] == TokenStream.WORD && (t.wordClass[i] & Lexicon.FIGURE_WORD) == 0
                || t.type[i] == TokenStream.PUNCT) {
            return i;
        }
        String prefixCode = null;
        int numberAt = i;
        int figureStart = i;
        if (t.is(i, TokenStream.WORD) && Lexicon.DOLLAR_PREFIXES.containsKey(t.norm[i]) && t.is(i + 1, TokenStream.SYM)
                && t.text.charAt(t.begin[i + 1]) == '$' && attached(i + 1)) {
            prefixCode = Lexicon.DOLLAR_PREFIXES.get(t.norm[i]);
            numberAt = i + 2;
        } else if (t.is(i, TokenStream.WORD) && t.has(i, TokenStream.CAPITALIZED) && t.is(i + 1, TokenStream.SYM)
                && Lexicon.SYMBOL_PREFIXES.containsKey(t.norm[i])
                && t.text.charAt(t.begin[i + 1]) == Lexicon.SYMBOL_PREFIXES.get(t.norm[i])) {
            // GB £20.1 billion: the country code is part of the money figure.
            prefixCode = t.text.charAt(t.begin[i + 1]) == '$' ? "USD" : "GBP";
            numberAt = i + 2;
        } else if (t.is(i, TokenStream.SYM)) {
            char c = t.text.charAt(t.begin[i]);
            if (c == '$') {
                prefixCode = "*";
            } else if (c == '\u00a3') {
                prefixCode = "GBP";
            } else if (c == '\u20ac') {
                prefixCode = "EUR";
            } else if (c == '\u00a5') {
                prefixCode = "JPY";
            } else if (Lexicon.SYMBOL_CODES.containsKey(c)) {
                prefixCode = Lexicon.SYMBOL_CODES.get(c);
            } else {
                return i;
            }
            numberAt = i + 1;
        } else if (t.is(i, TokenStream.WORD) && t.has(i, TokenStream.CAPITALIZED)
                && (Lexicon.CURRENCY_BEFORE.containsKey(t.norm[i]) || Lexicon.isoCode(t, i) != null)) {
            // AED 500 million, USD 2.3 billion, Rs 450 crore, Rs. 1,200, QR 300 million
            int next = t.isPunct(i + 1, '.') && attached(i + 1) ? i + 2 : i + 1;
            if (!t.is(next, TokenStream.NUM)) {
                return i;
            }
            String code = Lexicon.CURRENCY_BEFORE.get(t.norm[i]);
            prefixCode = code != null ? code : t.norm[i].toUpperCase(java.util.Locale.ROOT);
            numberAt = next;
        } else if (t.is(i, TokenStream.WORD) && Lexicon.CURRENCY_WORDS.containsKey(t.norm[i])
                && Numbers.parse(t, i + 1) != null && !consumed[i + 1]) {
            // Australian dollars 648m, Hong Kong dollars 2bn, Swiss francs 40m: a nation's currency before the amount
            String unitKey = nationCurrencyKey(t.norm[i]);
            for (int words = 2; words >= 1 && prefixCode == null; words--) {
                int nationAt = i - words;
                if (nationAt < 0 || !t.is(nationAt, TokenStream.WORD) || !t.has(nationAt, TokenStream.CAPITALIZED)
                        || words == 2 && !t.is(i - 1, TokenStream.WORD)) {
                    continue;
                }
                String nation = words == 2 ? t.n(nationAt) + " " + t.n(i - 1) : t.n(nationAt);
                String code = Lexicon.CURRENCY_NATIONS.get(nation + "|" + unitKey);
                if (code != null) {
                    prefixCode = code;
                    numberAt = i + 1;
                    figureStart = nationAt;
                }
            }
            if (prefixCode == null) {
                return i;
            }
        }
        if (prefixCode != null && (consumed[Math.min(numberAt, t.size - 1)] || !t.is(numberAt, TokenStream.NUM))) {
            return i;
        }
        if (prefixCode == null) {
            int share = tryShare(i);
            if (share > i) {
                return share;
            }
        }
        Numbers.Match m = Numbers.parse(t, numberAt);
        if (m == null) {
            return i;
        }
        if (isExcluded(m, prefixCode != null)) {
            consume(m.first(), m.last());
            return m.last() + 1;
        }
        Candidate c = new Candidate();
        c.first = figureStart;
        c.numberFirst = numberAt;
        c.value = m.value();
        c.last = m.last();
        if (figureStart == numberAt && isMinusSign(numberAt - 1) && attached(numberAt)) {
            c.value = -c.value; // a growth rate of -0.1%
            c.first = numberAt - 1;
        }
        if (prefixCode != null) {
            c.kind = FigureKind.MONEY;
            c.unit = prefixCode.equals("*") ? dollar() : prefixCode;
            noteCurrency(c.unit);
        } else if (!readUnitAfter(c, m)) {
            c.bare = true;
        }
        rangeOrList(c, m);
        if (c.bare) {
            carryUnitAlongChange(c);
        }
        if (c.bare) {
            if (!bareKind(c, m)) {
                consume(c.first, c.last);
                return c.last + 1;
            }
        }
        if (c.kind == FigureKind.COUNT && c.valueMax == null) {
            outOf(c);
        }
        candidates.add(c);
        consume(c.first, c.last);
        return c.last + 1;
    }

    private String dollar() {
        return documentDollar == null ? "USD" : documentDollar;
    }

    private void noteCurrency(String code) {
        if (documentCurrency == null) {
            documentCurrency = code;
        }
    }

    /**
     * {@code from 12.75 pct to 11.25}, {@code from 12.25 to 11.25} in a sentence about rates: the bare end
     * of a from/to change takes the unit of the figure it moves from, or of the sentence's previous figure.
     */
    private void carryUnitAlongChange(Candidate c) {
        Candidate previous = candidates.isEmpty() ? null : candidates.get(candidates.size() - 1);
        if (previous == null || previous.bare || previous.kind == FigureKind.COUNT
                || t.sentence[previous.first] != t.sentence[c.first]) {
            return;
        }
        boolean toAfterFrom = t.isWord(c.first - 1, "to") && previous.last == c.first - 2
                && t.isWord(previous.first - 1, "from");
        boolean fromThenTo = t.isWord(c.first - 1, "from") && t.isWord(c.last + 1, "to")
                && t.is(c.last + 2, TokenStream.NUM) && !hasUnitAt(c.last + 3);
        boolean toOfFromThenTo = t.isWord(c.first - 1, "to") && t.isWord(c.first - 3, "from")
                && c.first - 2 >= 0 && t.is(c.first - 2, TokenStream.NUM) && consumed[c.first - 2]
                && candidates.get(candidates.size() - 1).first == c.first - 2;
        // "fell to 1.2 million barrels a day from 1.5 million": the start of the change, written after its end
        boolean fromAfterTo = t.isWord(c.first - 1, "from") && t.isWord(previous.first - 1, "to")
                && c.first - previous.last <= 5 && !t.isWord(c.last + 1, "to");
        if (toAfterFrom || fromThenTo || toOfFromThenTo || fromAfterTo) {
            c.kind = previous.kind;
            c.unit = previous.unit;
            c.bare = false;
        }
    }

    /** Shares of a whole: {@code half of}, {@code a quarter of}, {@code two-thirds}. PERCENT with the share. */
    private int tryShare(int i) {
        if (!t.is(i, TokenStream.WORD)) {
            return i;
        }
        String w = t.norm[i];
        String prev = t.n(i - 1);
        if (w.equals("half")) {
            if (SHARE_FOLLOWERS.contains(t.n(i + 1)) && !prev.equals("first") && !prev.equals("second")
                    && !prev.equals("the") && !prev.equals("a") && !prev.equals("and")) {
                return addShare(i, i, 50.0);
            }
            return i;
        }
        if ((w.equals("a") || w.equals("one")) && t.isWord(i + 2, "of")) {
            Integer den = Lexicon.FRACTION_WORDS.get(t.n(i + 1));
            if (den != null && den > 2 && !t.n(i + 1).endsWith("s")) {
                return addShare(i, i + 1, 100.0 / den);
            }
            return i;
        }
        Integer num = Lexicon.SMALL_NUMBERS.get(w);
        if (num != null && num < 10 && t.isPunct(i + 1, '-') && attached(i + 1) && attached(i + 2)) {
            Integer den = Lexicon.FRACTION_WORDS.get(t.n(i + 2));
            if (den != null && den > num && (num == 1 || t.n(i + 2).endsWith("s"))) {
                return addShare(i, i + 2, 100.0 * num / den);
            }
        }
        // Written apart: "two thirds of all activity"; not a count of periods ("the first three quarters of").
        if (num != null && num > 1 && num < 10 && t.isWord(i + 2, "of") && !PERIOD_ORDINALS.contains(prev)) {
            Integer den = Lexicon.FRACTION_WORDS.get(t.n(i + 1));
            if (den != null && den > num && t.n(i + 1).endsWith("s")) {
                return addShare(i, i + 1, 100.0 * num / den);
            }
        }
        return i;
    }

    private int addShare(int first, int last, double percent) {
        Candidate c = new Candidate();
        c.kind = FigureKind.PERCENT;
        c.first = first;
        c.numberFirst = first;
        c.last = last;
        c.value = percent;
        c.unit = "%";
        candidates.add(c);
        consume(first, last);
        return last + 1;
    }

    /** Reads a percent sign, currency word or quantity unit after the number; true when one was found. */
    private boolean readUnitAfter(Candidate c, Numbers.Match m) {
        int j = m.last() + 1;
        // Hyphenated measure: "a 60-kilo bag", "a 10-km stretch".
        if (t.isPunct(j, '-') && attached(j) && t.is(j + 1, TokenStream.WORD) && attached(j + 1)
                && !t.isPunct(j + 2, '-') && Lexicon.QUANTITY_UNITS.containsKey(t.norm[j + 1])
                && !t.norm[j + 1].equals("points")) {
            return quantityUnit(j + 1, c) != null;
        }
        if (t.is(j, TokenStream.SYM) && t.text.charAt(t.begin[j]) == '%') {
            setPercent(c, j);
            return true;
        }
        if (readDegrees(c, j)) {
            return true;
        }
        if (!t.is(j, TokenStream.WORD)) {
            return false;
        }
        String w = t.norm[j];
        if (Lexicon.PERCENT_WORDS.contains(w) && !(w.equals("pc") && !attached(j))) {
            setPercent(c, j);
            return true;
        }
        if (w.equals("per") && t.isWord(j + 1, "cent")) {
            setPercent(c, j + 1);
            return true;
        }
        if (w.equals("percentage") && (t.isWord(j + 1, "points") || t.isWord(j + 1, "point"))) {
            setPercent(c, j + 1);
            return true;
        }
        // Currency with a nationality: "Swiss francs", "Australian dlrs", "Hong Kong dollars".
        for (int words = 2; words >= 1; words--) {
            int unitAt = j + words;
            if (!t.is(unitAt, TokenStream.WORD)) {
                continue;
            }
            String nation = words == 2 ? w + " " + t.n(j + 1) : w;
            String key = nation + "|" + nationCurrencyKey(t.norm[unitAt]);
            String code = Lexicon.CURRENCY_NATIONS.get(key);
            if (code != null) {
                if (key.endsWith("|dlrs") && documentDollar == null) {
                    documentDollar = code;
                }
                setMoney(c, unitAt, code, 0);
                return true;
            }
        }
        String iso = Lexicon.isoCode(t, j);
        if (iso != null) {
            setMoney(c, j, iso, 0); // 2.3 billion USD
            return true;
        }
        Lexicon.Money money = Lexicon.CURRENCY_WORDS.get(w);
        if (money != null && !(w.equals("p") && !attached(j)) && !(w.equals("won") && !isCurrencyWon())
                && !(w.equals("pounds") || w.equals("pound")) || money != null && isPoundsMoney(j)) {
            String code = money.code().equals("*") ? dollar() : money.code();
            setMoney(c, j, code, money.exponent());
            return true;
        }
        if (w.equals("-") || t.isPunct(j, '-')) {
            return false;
        }
        String unit = quantityUnit(j, c);
        return unit != null;
    }

    /** {@code 20°C}, {@code 68 °F}: a degree sign and a temperature scale after the number. */
    private boolean readDegrees(Candidate c, int j) {
        if (!t.isPunct(j, '\u00b0') || !t.is(j + 1, TokenStream.WORD)
                || !attached(j + 1)) {
            return false;
        }
        String unit = Lexicon.DEGREE_UNITS.get(t.norm[j + 1]);
        if (unit == null) {
            return false;
        }
        c.kind = FigureKind.QUANTITY;
        c.unit = unit;
        c.last = j + 1;
        return true;
    }

    /** "won" after a number is the Korean currency only when Korea is in view; otherwise it is the verb. */
    private boolean isCurrencyWon() {
        return t.text.contains("Korea");
    }

    /** "pounds" is money unless a commodity follows ({@code 50 mln pounds of sugar}). */
    private boolean isPoundsMoney(int j) {
        String w = t.norm[j];
        if (!w.equals("pounds") && !w.equals("pound")) {
            return false;
        }
        if (t.isWord(j + 1, "sterling")) {
            return true;
        }
        return !(t.isWord(j + 1, "of") && !t.is(j + 2, TokenStream.NUM)) && !weighedBefore(j);
    }

    /** A form of {@code weigh} a few words before: {@code weighing 500 pounds}, {@code weighs about 9 pounds}. */
    private boolean weighedBefore(int j) {
        for (int k = j - 1; k >= Math.max(0, j - 5) && t.sentence[k] == t.sentence[j]; k--) {
            if (t.is(k, TokenStream.WORD) && t.norm[k].startsWith("weigh")) {
                return true;
            }
        }
        return false;
    }

    private void setPercent(Candidate c, int last) {
        c.kind = FigureKind.PERCENT;
        c.unit = "%";
        c.last = last;
    }

    private void setMoney(Candidate c, int last, String code, int exponent) {
        c.kind = FigureKind.MONEY;
        c.unit = code;
        c.last = last;
        if (exponent != 0) {
            c.value = BigDecimal.valueOf(c.value).scaleByPowerOfTen(exponent).doubleValue();
        }
        c.minorExponent = Math.min(exponent, 0);
        if (t.isWord(last + 1, "sterling") && code.equals("GBP")) {
            c.last = last + 1;
        }
        noteCurrency(code);
    }

    /** Longest quantity unit phrase at j; sets the candidate to QUANTITY and returns the unit, or null. */
    private String quantityUnit(int j, Candidate c) {
        Integer longest = Lexicon.QUANTITY_FIRST_WORDS.get(t.norm[j]);
        if (longest == null) {
            return null;
        }
        if (t.isPunct(j + 1, '-') && attached(j + 1) && attached(j + 2) && t.is(j + 2, TokenStream.WORD)) {
            String hyphenated = Lexicon.QUANTITY_UNITS.get(t.norm[j] + " " + t.norm[j + 2]);
            if (hyphenated != null && (t.norm[j].equals("square") || t.norm[j].equals("cubic"))) {
                c.kind = FigureKind.QUANTITY; // a 31,500 square-meter building
                c.unit = hyphenated;
                c.last = j + 2;
                return c.unit;
            }
        }
        for (int words = longest; words >= 1; words--) {
            if (words > 1 && !t.is(j + words - 1, TokenStream.WORD)) {
                continue;
            }
            StringBuilder phrase = new StringBuilder(t.norm[j]);
            for (int k = 1; k < words; k++) {
                phrase.append(' ').append(t.norm[j + k]);
            }
            String unit = Lexicon.QUANTITY_UNITS.get(phrase.toString());
            if (unit != null) {
                // "points" only after digits: "two points" in prose is rarely a measure.
                if (unit.equals("point") && !t.is(c.numberFirst, TokenStream.NUM)) {
                    return null;
                }
                c.kind = FigureKind.QUANTITY;
                c.unit = unit;
                c.last = j + words - 1;
                String perHour = Lexicon.PER_HOUR_UNITS.get(unit);
                if (perHour != null && t.isPunct(c.last + 1, '/') && attached(c.last + 1) && attached(c.last + 2)
                        && (t.isWord(c.last + 2, "h") || t.isWord(c.last + 2, "hr"))) {
                    c.unit = perHour;
                    c.last += 2;
                } else if (perHour != null && t.isPunct(c.last + 1, '-') && t.isWord(c.last + 2, "per")
                        && t.isPunct(c.last + 3, '-') && t.isWord(c.last + 4, "hour") && attached(c.last + 1)
                        && attached(c.last + 2) && attached(c.last + 3) && attached(c.last + 4)) {
                    // 185 kilometer-per-hour winds
                    c.unit = perHour;
                    c.last += 4;
                }
                return c.unit;
            }
        }
        return null;
    }

    /** A minus sign written apart from the word before it: {@code of -0.1%}, not {@code 5%-6%} or {@code 10-20}. */
    private boolean isMinusSign(int k) {
        if (k < 0 || !(t.isPunct(k, '-') || t.isPunct(k, '\u2212'))) {
            return false;
        }
        return k == 0 || !attached(k) && !t.is(k - 1, TokenStream.NUM);
    }

    /** A capitalised word of the sentence that is no date word ({@code Mario}, not {@code March} or {@code Monday}). */
    private boolean isNameWord(int k) {
        return t.is(k, TokenStream.WORD) && t.has(k, TokenStream.CAPITALIZED) && (t.wordClass[k] & Lexicon.DATE_WORD) == 0
                && t.sentence[k] == t.sentence[Math.max(0, k - 1)];
    }

    private boolean isAcronymAt(int k) {
        String w = t.text.substring(t.begin[k], t.end[k]);
        return w.length() >= 2 && w.chars().allMatch(Character::isUpperCase);
    }

    /** Exclusions: identifiers, phone numbers, clock times, scores, ordinals, numbers inside names. */
    private boolean isExcluded(Numbers.Match m, boolean hasCurrency) {
        int i = m.first();
        int after = m.last() + 1;
        String prev = t.n(i - 1);
        if (t.is(i, TokenStream.NUM)) {
            String raw = t.norm[i];
            if (raw.length() > 1 && raw.charAt(0) == '0' && raw.charAt(1) != '.') {
                return true;
            }
            if (t.isPunct(i - 1, '#') || t.isPunct(i - 1, '+')) {
                return true;
            }
            // A race time: 2.08.50 (minutes, seconds, hundredths).
            if (raw.indexOf('.') > 0 && t.isPunct(after, '.') && attached(after) && t.is(after + 1, TokenStream.NUM)
                    && attached(after + 1) && t.norm[after + 1].length() == 2) {
                consume(after, after + 1);
                return true;
            }
            // The tail of 9/11 or 24/7: a slash joined to a number before it is never a figure's start.
            if (t.isPunct(i - 1, '/') && attached(i) && attached(i - 1) && t.is(i - 2, TokenStream.NUM)) {
                return true;
            }
            if (t.isPunct(after, ':') && t.is(after + 1, TokenStream.NUM) && attached(after + 1)) {
                consume(after, after + 1);
                return true;
            }
            if (t.is(after, TokenStream.WORD) && Lexicon.TIME_OF_DAY.contains(t.norm[after])
                    && !(t.norm[after].equals("hours") || t.norm[after].equals("hrs"))) {
                consume(after, after);
                return true;
            }
            if (t.is(after, TokenStream.WORD) && attached(after) && !m.scaled()) {
                String suffix = t.norm[after];
                boolean unitLike = Lexicon.PERCENT_WORDS.contains(suffix) || Lexicon.CURRENCY_WORDS.containsKey(suffix)
                        || Lexicon.QUANTITY_FIRST_WORDS.containsKey(suffix) || Lexicon.TIME_UNITS.containsKey(suffix);
                if (!unitLike) {
                    consume(after, after);
                    return true;
                }
            }
            // Phone numbers and codes: 555-1234, 7946 0018 (975-1250 lbs is a range).
            if (t.isPunct(after, '-') && attached(after) && t.is(after + 1, TokenStream.NUM) && attached(after + 1)
                    && t.norm[after + 1].length() >= 4 && raw.length() >= 3 && m.integer() && !hasUnitAt(after + 2)) {
                consume(after, after + 1);
                return true;
            }
            if (m.integer() && t.is(after, TokenStream.NUM) && !attached(after) && !hasCurrency
                    && t.norm[after].indexOf(',') < 0 && t.norm[after].indexOf('.') < 0) {
                consume(after, after);
                return true;
            }
            // Scores: 2-1, 3-0 (not ranges like 10-20).
            if (m.integer() && t.isPunct(after, '-') && attached(after) && t.is(after + 1, TokenStream.NUM)
                    && attached(after + 1) && !t.isPunct(after + 2, '/')) {
                String other = t.norm[after + 1];
                if (other.indexOf('.') < 0 && other.indexOf(',') < 0) {
                    int a = Integer.parseInt(raw.length() > 6 ? "999999" : raw);
                    int b = Integer.parseInt(other.length() > 6 ? "999999" : other);
                    boolean scoreWord = Lexicon.SCORE_WORDS.contains(t.n(after + 2));
                    if ((a >= b && a < 100) || scoreWord && a < 100 && b < 100) {
                        consume(after, after + 1);
                        return true;
                    }
                }
            }
            if (Lexicon.indexNameBefore(t, i)) {
                return true;
            }
            // Model codes: 737-800, 747-400 (a series number and a variant in hundreds, not a range).
            if (m.integer() && t.isPunct(after, '-') && attached(after) && t.is(after + 1, TokenStream.NUM)
                    && attached(after + 1) && isModelCode(raw, t.norm[after + 1]) && !hasUnitAt(after + 2)) {
                consume(after, after + 1);
                return true;
            }
            // A fraction naming a round: the 1/8 finals.
            if (t.isPunct(i + 1, '/') && m.last() > i && Lexicon.ROUND_NOUNS.contains(t.n(after))) {
                return true;
            }
            // Model and product names: F-16, B-52, Heartgard-30 (a longer name only when no unit follows).
            if (t.isPunct(i - 1, '-') && attached(i) && t.is(i - 2, TokenStream.WORD) && attached(i - 1)
                    && t.has(i - 2, TokenStream.CAPITALIZED) && (t.norm[i - 2].length() <= 3 || !hasUnitAt(after))) {
                return true;
            }
            if (t.is(after, TokenStream.WORD) && t.has(after, TokenStream.CAPITALIZED)
                    && STREET_WORDS.contains(t.n(after + 1))) {
                return true;
            }
            // A number inside a product or title name: Super Mario 64 DS, Windows 95 Pro.
            if (isNameWord(i - 1) && i >= 2 && t.sentence[i - 2] == t.sentence[i] && isNameWord(after)
                    && t.is(i - 2, TokenStream.WORD) && !hasUnitAt(after)
                    && (isAcronymAt(after) || !(t.is(after + 1, TokenStream.WORD) && !t.has(after + 1, TokenStream.CAPITALIZED)))) {
                return true;
            }
        }
        if (hasCurrency) {
            return false;
        }
        boolean unitFollows = hasUnitAt(after);
        if (!unitFollows && t.is(i - 1, TokenStream.WORD)) {
            boolean keywordCase = NAME_KEYWORDS_ANY_CASE.contains(prev) && (t.has(i - 1, TokenStream.CAPITALIZED)
                    || !t.is(after, TokenStream.WORD) || prev.startsWith("no"));
            if (Lexicon.IDENTIFIER_KEYWORDS.contains(prev) && prev.length() > 1
                    && (t.has(i - 1, TokenStream.CAPITALIZED) || keywordCase)) {
                return true;
            }
        }
        // The Group of Eight, the Group of 20: a name.
        if (t.isWord(i - 1, "of") && t.isWord(i - 2, "group") && t.has(i - 2, TokenStream.CAPITALIZED)) {
            return true;
        }
        // A tally written with words: a 10-to-eight margin, a 5-to-4 ruling (the larger first; 10-to-15 is a range).
        if (t.isPunct(after, '-') && attached(after) && t.isWord(after + 1, "to") && attached(after + 1)
                && t.isPunct(after + 2, '-') && attached(after + 2)) {
            Numbers.Match other = Numbers.parse(t, after + 3);
            if (other != null && attached(after + 3) && other.value() <= m.value()) {
                consume(after, other.last());
                return true;
            }
        }
        // Ratios of a split or an offer: a two-for-one split, 3-for-2.
        if (t.isPunct(after, '-') && attached(after) && t.isWord(after + 1, "for") && attached(after + 1)
                && t.isPunct(after + 2, '-') && attached(after + 2)) {
            return true;
        }
        if (t.isPunct(i - 1, '-') && attached(i) && t.isWord(i - 2, "for") && attached(i - 1)
                && t.isPunct(i - 3, '-') && attached(i - 2)) {
            return true;
        }
        if (m.word()) {
            // A capitalised number word after a capitalised word is part of a name: BBC One, Fund Two.
            if (t.has(i, TokenStream.CAPITALIZED) && !t.has(i, TokenStream.SENTENCE_START)
                    && t.is(i - 1, TokenStream.WORD) && t.has(i - 1, TokenStream.CAPITALIZED)) {
                return true;
            }
            // ... and before one, after a lower-case word or punctuation: the Six Nations, BBC1, Five Live. (After
            // a capitalised word the line may be a title in title case: Strikes Kill Five Soldiers.)
            if (t.has(i, TokenStream.CAPITALIZED) && !t.has(i, TokenStream.SENTENCE_START)
                    && t.is(after, TokenStream.WORD) && t.has(after, TokenStream.CAPITALIZED)
                    && !(t.is(i - 1, TokenStream.WORD) && t.has(i - 1, TokenStream.CAPITALIZED))) {
                return true;
            }
            // A rank: reached number two in the chart.
            if (t.isWord(i - 1, "number") && !t.isWord(after, "of")) {
                return true;
            }
            if (t.isPunct(after, '-') && attached(after) && !hasUnitAt(after + 1)) {
                // one-on-one, two-bit, two-time: compounds of a number word are idioms, not counts.
                return true;
            }
            if (t.isPunct(i - 1, '-') && attached(i) && attached(i - 1) && IDIOM_LINKS.contains(t.n(i - 2))) {
                return true; // the tail of one-on-one, two-by-two
            }
            if (t.norm[i].equals("one") && m.last() == i) {
                return !acceptOne(i, after, unitFollows);
            }
        } else if (m.integer() && !unitFollows && t.is(i - 1, TokenStream.WORD) && t.has(i - 1, TokenStream.CAPITALIZED)
                && !t.has(i - 1, TokenStream.SENTENCE_START) && !Lexicon.MONEY_LABELS.contains(prev)
                && (t.isWord(after, "'s") || t.is(after, TokenStream.WORD) && t.has(after, TokenStream.CAPITALIZED)
                || t.isPunct(after, ')') || Lexicon.MODEL_NOUNS.contains(t.n(after))
                || t.isWord(after, "and") || t.isWord(after, "or") || t.isPunct(after, ',') || t.isPunct(after, '.')
                || t.isPunct(after, '(')
                || NAME_END_PREPOSITIONS.contains(t.n(after)) && !Lexicon.MONTHS.containsKey(prev)
                && !Lexicon.WEEKDAYS.containsKey(prev)
                || t.isPunct(after, ';') || t.isPunct(after, ':') || t.n(after).isEmpty()
                || t.isPunct(after, '-') && attached(after) && t.is(after + 1, TokenStream.NUM))) {
            // A maker's name and a number: Boeing 787 jets, Airbus 380-800.
            if (t.isPunct(after, '-')) {
                consume(after, after + 1);
            }
            return true;
        }
        return false;
    }

    /** {@code 737-800}: a series of three or more digits, not a round ten, and a variant in whole hundreds. */
    private static boolean isModelCode(String series, String variant) {
        if (series.length() < 3 || variant.length() != 3 || series.indexOf(',') >= 0 || variant.indexOf(',') >= 0
                || series.indexOf('.') >= 0 || variant.indexOf('.') >= 0) {
            return false;
        }
        return Integer.parseInt(series) % 10 != 0 && Integer.parseInt(variant) % 100 == 0;
    }

    private boolean hasUnitAt(int j) {
        if (t.is(j, TokenStream.SYM)) {
            return t.text.charAt(t.begin[j]) == '%';
        }
        if (!t.is(j, TokenStream.WORD)) {
            return false;
        }
        String w = t.norm[j];
        return Lexicon.PERCENT_WORDS.contains(w) || w.equals("per") && t.isWord(j + 1, "cent")
                || Lexicon.CURRENCY_WORDS.containsKey(w) || Lexicon.QUANTITY_FIRST_WORDS.containsKey(w)
                || Lexicon.CURRENCY_NATIONS.containsKey(w + "|" + t.n(j + 1));
    }

    /** {@code one} is a figure in {@code one of six}, {@code and one from}, {@code admitted one felony count}. */
    private boolean acceptOne(int i, int after, boolean unitFollows) {
        if (unitFollows) {
            return true;
        }
        String next = t.n(after);
        if ((next.equals("of") || next.equals("in")) && (t.is(after + 1, TokenStream.NUM)
                || Lexicon.DETERMINERS.contains(t.n(after + 1)) && t.is(after + 2, TokenStream.NUM)
                || Lexicon.SMALL_NUMBERS.containsKey(t.n(after + 1))
                || Lexicon.DETERMINERS.contains(t.n(after + 1)) && Lexicon.SMALL_NUMBERS.containsKey(t.n(after + 2)))
                || next.equals("out") && t.isWord(after + 1, "of")) {
            return true;
        }
        if (t.has(i, TokenStream.SENTENCE_START) || DETERMINER_BEFORE_ONE.contains(t.n(i - 1))
                || NOT_AFTER_ONE.contains(next)) {
            return false;
        }
        String prev = t.n(i - 1);
        if ((prev.equals("and") || prev.equals("or")) && numberBefore(i - 1, 14)) {
            return true;
        }
        return t.is(after, TokenStream.WORD) && !Lexicon.STOP_WORDS.contains(next) && !Lexicon.VERBS.contains(next)
                && !Lexicon.PRONOUNS.contains(next) && !t.has(after, TokenStream.CAPITALIZED);
    }

    private boolean numberBefore(int from, int window) {
        for (int k = from - 1; k >= Math.max(0, from - window); k--) {
            if (t.endsSentence(k)) {
                return false;
            }
            if (t.is(k, TokenStream.NUM) || Lexicon.SMALL_NUMBERS.containsKey(t.n(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Ranges ({@code 10-20}, {@code between 10 and 20}, {@code three or four}, {@code 5 to 10 pct}) and
     * lists whose unit is written once ({@code 1,000 and 10,000 dlrs}).
     */
    private void rangeOrList(Candidate c, Numbers.Match m) {
        int j = c.last + 1;
        boolean hyphenRange = c.bare && t.isPunct(j, '-') && attached(j) && t.is(j + 1, TokenStream.NUM) && attached(j + 1);
        String link = t.n(j);
        int k = j + 1;
        if (c.bare && t.isPunct(j, '-') && attached(j) && t.isWord(j + 1, "to") && attached(j + 1)
                && t.isPunct(j + 2, '-') && attached(j + 2) && attached(j + 3)) {
            link = "to"; // 10-to-15 percent
            k = j + 3;
        }
        boolean between = t.isWord(c.first - 1, "between") && link.equals("and");
        boolean wordRange = link.equals("to") || link.equals("or") || between;
        if (!hyphenRange && !wordRange && !link.equals("and")) {
            return;
        }
        int symbol = -1;
        if (!hyphenRange && t.is(k, TokenStream.SYM) && t.text.charAt(t.begin[k]) != '%') {
            symbol = k;
            k++;
        }
        if (consumed[Math.min(k, t.size - 1)]) {
            return;
        }
        Numbers.Match other = Numbers.parse(t, k);
        if (other == null) {
            return;
        }
        Candidate second = new Candidate();
        second.numberFirst = k;
        second.value = other.value();
        second.last = other.last();
        boolean secondUnit = readUnitAfter(second, other);
        if (symbol >= 0) {
            if (c.kind != FigureKind.MONEY) {
                return;
            }
            secondUnit = true;
            second.kind = FigureKind.MONEY;
            second.unit = c.unit;
        }
        double low = c.value;
        if (c.bare && other.scaled() && !m.scaled() && t.is(other.first(), TokenStream.NUM)) {
            double raw = new BigDecimal(t.norm[other.first()].replace(",", "")).doubleValue();
            low = BigDecimal.valueOf(c.value).multiply(BigDecimal.valueOf(other.value() / raw)).doubleValue();
        }
        boolean fromBefore = t.isWord(c.first - 1, "from") || t.isWord(c.first - 2, "from");
        if (!c.bare && symbol >= 0 && link.equals("to") && !fromBefore && low < second.value
                && !changeBefore(c.first)) {
            // about US$16 million to $28 million: one range of money.
            c.valueMax = second.value;
            c.last = second.last;
            return;
        }
        // "the average plummeted 313.00 to 22,609.20": a change and the level it reached, not a range
        boolean changeThenLevel = link.equals("to") && second.value > 20 * low;
        if (between || hyphenRange || (link.equals("to") || link.equals("or")) && c.bare && !fromBefore
                && low < second.value && !t.isWord(c.first - 1, "up") && !changeThenLevel) {
            if (!c.bare && !between && !secondUnit) {
                return;
            }
            if (c.bare && secondUnit) {
                c.kind = second.kind;
                c.unit = second.unit;
                c.bare = false;
            } else if (!c.bare && secondUnit && c.kind != second.kind) {
                return;
            }
            if (low >= second.value) {
                return;
            }
            c.value = low;
            c.valueMax = second.value;
            c.last = second.last;
            return;
        }
        if (link.equals("to") && fromBefore && c.bare && secondUnit && second.kind == FigureKind.PERCENT) {
            c.kind = second.kind; // "bonuses ranging from 20 to 50 pct": both ends are shares
            c.unit = second.unit;
            c.bare = false;
            return;
        }
        if (link.equals("and") || link.equals("or")) {
            // A list sharing the unit written after its last member: the first member takes the unit; not a
            // scaled count before its share ("fell to 2.97 mln or 21.4 pct of the workforce").
            if (c.bare && secondUnit && !(m.scaled() && second.kind == FigureKind.PERCENT)) {
                c.kind = second.kind;
                c.unit = second.unit;
                c.bare = false;
                if (second.kind == FigureKind.MONEY && t.is(second.last, TokenStream.WORD)) {
                    Lexicon.Money money = Lexicon.CURRENCY_WORDS.get(t.norm[second.last]);
                    if (money != null && money.exponent() != 0) {
                        c.value = BigDecimal.valueOf(c.value).scaleByPowerOfTen(money.exponent()).doubleValue();
                    }
                }
            }
        }
    }

    /** A change verb in the three words before token i: {@code rose $5m to $28m} is a change and a level. */
    private boolean changeBefore(int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            if (t.is(k, TokenStream.WORD) && Lexicon.CHANGE_WORDS.containsKey(t.norm[k])) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code 79 out of 128}, {@code one of six}, {@code one of their five}, {@code one in 50}; and
     * {@code 39 nations out of 65}, where the counted noun stands between (the text stays the number).
     */
    private void outOf(Candidate c) {
        int j = c.last + 1;
        int k;
        if (t.is(j, TokenStream.WORD) && !t.has(j, TokenStream.CAPITALIZED) && !Lexicon.STOP_WORDS.contains(t.norm[j])
                && t.isWord(j + 1, "out") && t.isWord(j + 2, "of") && !consumed[Math.min(j + 3, t.size - 1)]) {
            Numbers.Match whole = Numbers.parse(t, j + 3);
            if (whole != null && whole.value() > c.value && !hasUnitAt(whole.last() + 1)) {
                c.total = whole.value();
                consume(j + 3, whole.last());
            }
            return;
        }
        if (t.isWord(j, "out") && t.isWord(j + 1, "of")) {
            k = j + 2;
        } else if (t.isWord(j, "of") || t.isWord(j, "in")) {
            k = j + 1;
            if (Lexicon.DETERMINERS.contains(t.n(k)) && !t.is(k, TokenStream.NUM)) {
                k++;
            }
        } else {
            return;
        }
        if (consumed[Math.min(k, t.size - 1)]) {
            return;
        }
        Numbers.Match whole = Numbers.parse(t, k);
        if (whole == null || whole.value() <= c.value || hasUnitAt(whole.last() + 1)) {
            return;
        }
        if (t.isWord(j, "in") && !(c.value == 1 && t.norm[c.numberFirst].equals("one"))) {
            return;
        }
        c.total = whole.value();
        c.totalLast = whole.last();
        c.last = whole.last();
    }

    /**
     * Kind of a number with no unit: money in a money table or after an earnings label, a bond price,
     * else a count. False when the number is not a figure.
     */
    private boolean bareKind(Candidate c, Numbers.Match m) {
        int i = c.numberFirst;
        if (shareCountRow(c.first)) {
            c.kind = FigureKind.COUNT; // Avg shrs 116.4 mln vs 102.1 mln: shares, not money
            return true;
        }
        String label = tableRowLabel(i);
        if (label != null && moneyHeaderBefore(i)) {
            c.kind = FigureKind.MONEY;
            c.unit = documentCurrency == null ? dollar() : documentCurrency;
            c.tableRow = label;
            return true;
        }
        String prev = t.n(c.first - 1);
        Candidate previous = candidates.isEmpty() ? null : candidates.get(candidates.size() - 1);
        if (prev.equals("vs") && previous != null && previous.kind == FigureKind.MONEY && previous.minorExponent < 0
                && !m.scaled()) {
            // Shr 47.4 cents vs 65.2: the comparison is in the same minor unit
            c.kind = FigureKind.MONEY;
            c.unit = previous.unit;
            c.value = BigDecimal.valueOf(c.value).scaleByPowerOfTen(previous.minorExponent).doubleValue();
            c.minorExponent = previous.minorExponent;
            return true;
        }
        if (Lexicon.MONEY_LABELS.contains(prev) && (t.has(c.first - 1, TokenStream.LINE_START)
                || t.is(c.first - 2, TokenStream.WORD) && Lexicon.MONEY_LABELS.contains(t.n(c.first - 2))
                || t.isWord(c.first - 2, "vs") || documentCurrency != null)
                || prev.equals("vs") && previous != null && previous.kind == FigureKind.MONEY) {
            c.kind = FigureKind.MONEY;
            c.unit = documentCurrency == null ? dollar() : documentCurrency;
            return true;
        }
        if (t.isWord(c.first - 1, "at") && t.isWord(c.first - 2, "priced") && isBondContext()
                && !m.integer()) {
            c.kind = FigureKind.PERCENT;
            c.unit = "%";
            return true;
        }
        String continued = m.scaled() && nothingCountedAfter(c.last + 1) ? moneyInContext(c.first) : null;
        if (continued != null) {
            // US$5 billion ... four billion more; 200 million per aircraft: the amount's currency is understood.
            c.kind = FigureKind.MONEY;
            c.unit = continued;
            return true;
        }
        String named = m.scaled() ? moneyByNounOrRepeat(c, m) : null;
        if (named != null) {
            c.kind = FigureKind.MONEY;
            c.unit = named;
            return true;
        }
        c.kind = FigureKind.COUNT;
        return true;
    }

    /** An earnings-table row counting shares ({@code Avg shrs}, {@code Shares outstanding}) holds token i. */
    private boolean shareCountRow(int i) {
        for (int k = i - 1; k >= Math.max(0, i - 6); k--) {
            if (t.isWord(k, "shrs") || t.isWord(k, "shares") || t.isWord(k, "shs")) {
                return true;
            }
            if (t.has(k, TokenStream.LINE_START) || t.sentence[k] != t.sentence[i]) {
                return false;
            }
        }
        return false;
    }

    /**
     * The currency of a bare scaled amount that money surrounds: a money noun right after it in a sentence or
     * document that writes a currency ({@code a 1.9 mln profit}), the first of an earnings pair ({@code Minerals
     * 254.6 mln vs 241.0 mln} in a document with a currency), or the repeat of an amount the text gave with its
     * currency ({@code 800 mln dlrs} … {@code at least 800 mln next year}). Null otherwise.
     */
    private String moneyByNounOrRepeat(Candidate c, Numbers.Match m) {
        String next = t.n(c.last + 1);
        if (Lexicon.MONEY_LABELS.contains(next) && !next.equals("shrs") && !next.equals("shr")
                || next.equals("vs") && t.is(c.last + 2, TokenStream.NUM)) {
            String inSentence = moneyInContext(c.first);
            if (inSentence != null || documentCurrency != null) {
                return inSentence != null ? inSentence : documentCurrency;
            }
        }
        for (int k = candidates.size() - 1; k >= 0; k--) {
            Candidate previous = candidates.get(k);
            if (previous.kind == FigureKind.MONEY && !previous.bare && previous.value == m.value()) {
                return previous.unit;
            }
        }
        return null;
    }

    /** No counted noun after a scaled number: punctuation or a word that cannot start the counted noun phrase. */
    private boolean nothingCountedAfter(int j) {
        if (!t.is(j, TokenStream.WORD)) {
            return !t.is(j, TokenStream.SYM) && !t.isPunct(j, '-');
        }
        return AFTER_BARE_AMOUNT.contains(t.norm[j]);
    }

    /**
     * The currency of the money this sentence writes with a symbol or currency word, or null: what a bare
     * scaled amount in a money context is counted in. A bracketed conversion ({@code ($100m)}) is skipped:
     * the amount continues the text's own currency.
     */
    private String moneyInContext(int i) {
        int sentence = t.sentence[i];
        if (Lexicon.CURRENCY_WORDS.containsKey(t.n(i - 1))) {
            // "Australian dollars 648m": the currency written before is the nationality's; leave it.
            return null;
        }
        for (int k = candidates.size() - 1; k >= 0; k--) {
            Candidate previous = candidates.get(k);
            if (t.sentence[previous.first] != sentence) {
                break;
            }
            boolean conversion = t.isPunct(previous.first - 1, '(') || t.isPunct(previous.first - 1, ';');
            if (previous.kind == FigureKind.MONEY && !previous.bare && !conversion) {
                return previous.unit;
            }
        }
        for (int k = i + 1; k < t.size && t.sentence[k] == sentence; k++) {
            if (t.is(k, TokenStream.SYM) && t.is(k + 1, TokenStream.NUM)) {
                char symbol = t.text.charAt(t.begin[k]);
                if (symbol == '$') {
                    return dollar();
                }
                if (symbol == '\u00a3') {
                    return "GBP";
                }
                if (symbol == '\u20ac') {
                    return "EUR";
                }
            }
        }
        return null;
    }

    private boolean isBondContext() {
        if (bondContext == null) {
            boolean found = false;
            for (int k = 0; k < t.size && !found; k++) {
                found = t.type[k] == TokenStream.WORD && BOND_WORDS.contains(t.norm[k]);
            }
            bondContext = found;
        }
        return bondContext;
    }

    /**
     * Row label of a text-table cell: the number is in a line with column gaps; the label is the line's
     * first word, or the last label when the line continues the row above.
     */
    private String tableRowLabel(int i) {
        if (!t.has(i, TokenStream.GAP) && !(t.has(i + 1, TokenStream.GAP) && t.is(i + 1, TokenStream.NUM))) {
            return null;
        }
        int start = i;
        while (start > 0 && !t.has(start, TokenStream.LINE_START)) {
            start--;
        }
        if (rowLabelToken == start) {
            return rowLabel;
        }
        if (t.is(start, TokenStream.WORD) && t.has(start, TokenStream.CAPITALIZED) && !isRoman(t.norm[start])) {
            rowLabel = t.norm[start];
        }
        rowLabelToken = start;
        return rowLabel;
    }

    private static boolean isRoman(String w) {
        for (int k = 0; k < w.length(); k++) {
            char ch = w.charAt(k);
            if (ch != 'i' && ch != 'v' && ch != 'x' && ch != 'l') {
                return false;
            }
        }
        return true;
    }

    private boolean moneyHeaderBefore(int i) {
        for (int k = i - 1; k >= Math.max(0, i - 120); k--) {
            String w = t.norm[k];
            if (t.type[k] == TokenStream.WORD && (w.equals("dlrs") || w.equals("dollars") || w.equals("cts")
                    || w.equals("cents")) || t.type[k] == TokenStream.SYM && t.text.charAt(t.begin[k]) == '$') {
                return true;
            }
        }
        return false;
    }
}
