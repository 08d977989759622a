package dev.wireetl.common.figures;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds date and duration mentions and marks their tokens so the figure scanner skips them. Relative
 * dates resolve against the article date; {@code the prior week} resolves against the last explicit day
 * mentioned before it, as wire copy uses it ({@code the week ended Feb 21 ... the prior week}).
 */
final class DateScanner {
    private static final Set<String> HISTORICAL_YEAR_BEFORE = Set.of("in", "since", "until", "from");
    /** Words after such a year that show it is not a count ({@code settled in 1609 by colonists}). */
    private static final Set<String> HISTORICAL_YEAR_AFTER = Set.of("and", "by", "when", "after", "before", "as",
            "under", "during");
    /** Words between {@code aged} and an age: {@code aged under 30}, {@code aged between 18 and 24}. */
    private static final Set<String> AGE_COPULAS = Set.of("was", "is", "turned", "turns");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
    private static final Set<String> AGE_COMPARATIVES = Set.of("under", "over", "between", "from", "about", "around");
    private static final String DAY = "DAY";
    private static final String MONTH = "MONTH";
    private static final String YEAR = "YEAR";

    private static final Set<String> RELATIVE = Set.of("this", "last", "next");
    private static final Set<String> SPAN_WORDS = Set.of("past", "last", "next", "coming", "previous", "prior");
    private static final Set<String> CALENDAR_UNITS = Set.of("week", "month", "year", "fortnight", "decade", "century",
            "quarter");
    private static final Set<String> MONTH_CONTEXT = Set.of("in", "since", "until", "till", "by", "last", "next",
            "this", "early", "late", "mid", "of", "from", "during", "before", "after", "through", "end", "between",
            "on", "to");
    private static final Set<String> SHADING = Set.of("early", "late", "mid");
    /** Lower-case words that may follow a range of days ({@code May 5 to 10 people} is no range). */
    private static final Set<String> AFTER_DAY_RANGE = Set.of("in", "at", "on", "and", "or", "when", "with", "for",
            "to", "from", "as", "this", "next", "last", "the", "a", "an", "after", "before", "during", "while", "but");
    private static final Set<String> RANGE_LINKS = Set.of("to", "or", "and");
    private static final Set<String> RANGE_ADVERBS = Set.of("just", "only", "about", "some", "nearly", "around");
    private static final Set<String> WEEK_STOPPERS = Set.of("ended", "ending", "ends", "of", "to", "before", "after",
            "when", "that", "in", "beginning", "starting");

    /** Words of a period's part: {@code the first half}, {@code the last quarter}, {@code the final month}. */
    private static final Set<String> PERIOD_PARTS = Set.of("half", "quarter", "month", "week");
    private static final Set<String> LAST_ORDINALS = Set.of("last", "final", "fourth");
    /** Adjectives between a number and its time unit: {@code six straight days}. */
    private static final Set<String> RUN_ADJECTIVES = Set.of("straight", "consecutive", "successive", "full",
            "long", "more", "further", "additional", "extra");
    /** Words before {@code a year}, {@code a week} that make it a length of time, not a rate ({@code $5 a day}). */
    private static final Set<String> BEFORE_A_DURATION = Set.of("for", "than", "about", "nearly", "almost", "around",
            "over", "under", "within", "in", "after", "least", "just", "only", "some", "took", "takes", "lasted",
            "lasting", "spent", "came", "come", "comes", "barely", "roughly", "half");
    /** Nouns after a month and day that make them an event's name: {@code September 11th attacks}. */
    private static final Set<String> EVENT_NOUNS = Set.of("attack", "attacks", "bombing", "bombings", "massacre",
            "uprising", "revolution", "movement", "riots", "coup", "terrorist", "terror", "hijackings", "commission");
    private static final Set<String> RANGE_OPENERS = Set.of("from", "between");
    /** Words that, before a singular time unit, make one unit of time: {@code a year}, {@code another week}. */
    private static final Set<String> ONE_UNIT_WORDS = Set.of("a", "an", "another", "all", "whole");
    private static final Set<String> RANGE_JOINS = Set.of("to", "and", "through", "until", "-");
    private static final Set<String> FUTURE_WORDS = Set.of("will", "shall", "'ll", "upcoming", "scheduled", "next");
    private static final Set<String> FUTURE_BEFORE_TO = Set.of("set", "due", "expected", "scheduled", "planned",
            "plans", "plan", "going", "aims", "hopes", "intends", "likely");
    private static final Set<String> PAST_WORDS = Set.of("was", "were", "had", "did", "said", "met", "went", "came",
            "took", "gave", "made", "told", "began", "fell", "rose", "lost", "won", "left", "held", "sent", "saw",
            "found", "got", "paid", "sold", "spent", "became", "ago", "earlier", "last", "struck", "hit", "shot",
            "fled", "led", "broke", "brought", "bought", "built", "caught", "chose", "drove", "fought", "flew",
            "grew", "heard", "kept", "knew", "meant", "ran", "rang", "sat", "stood", "spoke", "thought", "threw",
            "wrote", "withdrew", "overthrew", "beat", "put", "quit", "set");
    /** Before an -ed form they make it an adjective or passive of the present: {@code remain closed}. */
    private static final Set<String> LINKING_VERBS = Set.of("remain", "remains", "is", "are", "be", "been", "being",
            "stay", "stays", "get", "gets", "will", "'s", "seems", "looks");
    private static final Set<String> NOT_PAST = Set.of("need", "speed", "red", "bed", "hundred", "shed", "seed",
            "breed", "proceed", "succeed", "exceed", "feed", "indeed", "greed", "weed", "united", "armed", "based",
            "detailed", "limited", "related", "concerned", "alleged", "unemployed", "displaced", "injured",
            "wounded", "wanted", "proposed", "planned", "expected", "scheduled", "embattled", "advanced");

    private final TokenStream t;
    private final LocalDate articleDate;
    private final TenseHint tenseHint;
    final boolean[] consumed;
    final List<Mention> mentions = new ArrayList<>();
    /** Last explicitly written day, the anchor of {@code the prior week}. */
    private LocalDate lastDay;
    /** Last explicitly written year and the sentence it was in. */
    private int lastYear = Integer.MIN_VALUE;
    private int lastYearSentence = -1;

    /** A mention between tokens first..last inclusive. */
    record Mention(DateKind kind, int first, int last, String resolved, String granularity) {
    }

    DateScanner(TokenStream t, LocalDate articleDate, TenseHint tenseHint) {
        this.t = t;
        this.articleDate = articleDate;
        this.tenseHint = tenseHint;
        this.consumed = new boolean[t.size];
    }

    void scan() {
        int i = 0;
        while (i < t.size) {
            int next = consumed[i] ? i + 1 : tryAt(i);
            i = next > i ? next : i + 1;
        }
        mergeRanges();
    }

    /**
     * {@code from 2009 to 2011}, {@code between April and June}: two dates of one granularity joined by
     * {@code to}/{@code and} after {@code from}/{@code between} are one range mention (prepositions left out).
     */
    private void mergeRanges() {
        for (int k = 0; k + 1 < mentions.size(); k++) {
            Mention a = mentions.get(k);
            Mention b = mentions.get(k + 1);
            boolean joined = b.first() == a.last() + 2 && RANGE_JOINS.contains(t.n(a.last() + 1))
                    && (RANGE_OPENERS.contains(t.n(a.first() - 1)) || t.isPunct(a.last() + 1, '-'));
            if (!joined || a.kind() != DateKind.DATE || b.kind() != DateKind.DATE
                    || !Objects.equals(a.granularity(), b.granularity()) || a.granularity() == null) {
                continue;
            }
            String resolved = a.resolved() != null && b.resolved() != null ? a.resolved() + "/" + b.resolved() : null;
            mentions.set(k, new Mention(DateKind.DATE, a.first(), b.last(), resolved, a.granularity()));
            mentions.remove(k + 1);
            consumed[a.last() + 1] = true;
        }
    }

    /** Tense governing token i: the outside hint, else the nearest auxiliary or verb form in its sentence. */
    private Tense tense(int i) {
        Tense hinted = tenseHint.tenseAt(t.begin[i], t.end[i]);
        return hinted != Tense.UNKNOWN ? hinted : textTense(i);
    }

    /**
     * The nearest tense marker in the six tokens before i ({@code will}, {@code is set to}, a past form),
     * else the nearest in the eight after it. {@code until} points ahead unless a past form governs the sentence.
     */
    private Tense textTense(int i) {
        int sentence = t.sentence[i];
        boolean until = false;
        // The governing verb is near: a marker further back belongs to another clause, as a rule.
        for (int k = i - 1; k >= 0 && k >= i - 6 && t.sentence[k] == sentence; k--) {
            Tense marked = marker(k);
            if (marked == Tense.FUTURE && (t.isWord(k, "until") || t.isWord(k, "till"))) {
                until = true;
                continue;
            }
            if (marked != Tense.UNKNOWN) {
                return marked;
            }
        }
        if (until) {
            return Tense.FUTURE;
        }
        for (int k = i + 1; k < t.size && t.sentence[k] == sentence && k <= i + 8; k++) {
            Tense marked = marker(k);
            if (marked != Tense.UNKNOWN && !t.isWord(k, "until") && !t.isWord(k, "till")) {
                return marked;
            }
        }
        return Tense.UNKNOWN;
    }

    private Tense marker(int k) {
        if (!t.is(k, TokenStream.WORD) || consumed[k]) {
            return Tense.UNKNOWN;
        }
        String w = t.norm[k];
        if (FUTURE_WORDS.contains(w) || w.equals("until") || w.equals("till")
                || w.equals("to") && FUTURE_BEFORE_TO.contains(t.n(k - 1))) {
            return Tense.FUTURE;
        }
        if (PAST_WORDS.contains(w) || w.length() >= 5 && w.endsWith("ed") && !NOT_PAST.contains(w)
                && !t.has(k, TokenStream.CAPITALIZED) && !LINKING_VERBS.contains(t.n(k - 1))) {
            return Tense.PAST;
        }
        return Tense.UNKNOWN;
    }

    private void emit(DateKind kind, int first, int last, String resolved, String granularity) {
        mentions.add(new Mention(kind, first, last, resolved, granularity));
        for (int k = first; k <= last; k++) {
            consumed[k] = true;
        }
    }

    /** Tries every pattern at token i; returns the token after the mention, or i. */
    private int tryAt(int i) {
        byte type = t.type[i];
        if (type == TokenStream.NUM) {
            return tryNumber(i);
        }
        if (type != TokenStream.WORD || (t.wordClass[i] & Lexicon.DATE_WORD) == 0) {
            return i;
        }
        String w = t.norm[i];
        if (w.equals("the")) {
            return tryThe(i);
        }
        if (RELATIVE.contains(w)) {
            int r = tryRelative(i);
            if (r > i) {
                return r;
            }
        }
        if (SHADING.contains(w)) {
            int first = i;
            int m = i + 1;
            if (t.isPunct(m, '-') && t.has(m, TokenStream.ATTACHED)) {
                m++;
            }
            if (isMonth(m)) {
                return month(first, m, null);
            }
            int shaded = shadedYearOrDecade(first, m);
            if (shaded > i) {
                return shaded;
            }
            Integer weekday = Lexicon.WEEKDAYS.get(t.n(m));
            if (weekday != null && t.has(m, TokenStream.CAPITALIZED) && m == i + 1) {
                emit(DateKind.DATE, first, m, resolveWeekday(weekday, null, tense(m)), DAY);
                return m + 1;
            }
            return i;
        }
        if (ONE_UNIT_WORDS.contains(w) && t.is(i + 1, TokenStream.WORD)) {
            int a = tryArticleDuration(i);
            if (a > i) {
                return a;
            }
        }
        if (w.equals("half") && t.is(i + 1, TokenStream.WORD)) {
            // half a year, half an hour, half hour
            int unit = t.isWord(i + 1, "a") || t.isWord(i + 1, "an") ? i + 2 : i + 1;
            String designator = Lexicon.TIME_UNITS.get(t.n(unit));
            if (designator != null && !t.n(unit).endsWith("s") && !t.isPunct(unit + 1, '-')) {
                emit(DateKind.DURATION, i, unit, period(0.5, designator), null);
                return unit + 1;
            }
        }
        if (isMonth(i)) {
            return month(i, i, null);
        }
        Integer weekday = Lexicon.WEEKDAYS.get(w);
        if (weekday != null && t.has(i, TokenStream.CAPITALIZED)) {
            emit(DateKind.DATE, i, i, resolveWeekday(weekday, null, tense(i)), DAY);
            return i + 1;
        }
        String unitDesignator = Lexicon.TIME_UNITS.get(w);
        if (unitDesignator != null && t.isPunct(i + 1, '-') && t.has(i + 1, TokenStream.ATTACHED)
                && t.isWord(i + 2, "long") && t.has(i + 2, TokenStream.ATTACHED)) {
            // decade-long, year-long: the length of one unit.
            emit(DateKind.DURATION, i, i + 2, period(1, unitDesignator), null);
            return i + 3;
        }
        if (w.equals("today") || w.equals("yesterday") || w.equals("tomorrow") || w.equals("tonight")) {
            // Capitalised inside a sentence it is a name (the BBC's Today programme).
            if (t.has(i, TokenStream.CAPITALIZED) && !t.has(i, TokenStream.SENTENCE_START)) {
                return i;
            }
            int shift = w.equals("yesterday") ? -1 : w.equals("tomorrow") ? 1 : 0;
            emit(DateKind.DATE, i, i, articleDate == null ? null : articleDate.plusDays(shift).toString(), DAY);
            return i + 1;
        }
        String season = Lexicon.SEASONS.get(w);
        if (season != null && (!w.equals("spring") || Lexicon.DETERMINERS.contains(t.n(i - 1))
                || t.n(i - 1).equals("in"))) {
            emit(DateKind.DATE, i, i, resolveSeason(season, null), null);
            return i + 1;
        }
        int q = tryQuarter(i);
        if (q > i) {
            return q;
        }
        if (w.equals("year") && isFiscalYear(i)) {
            emit(DateKind.DATE, i, i, Integer.toString(yearInContext(i)), YEAR);
            return i + 1;
        }
        int ageAt = ageNumberAt(i, w);
        if (ageAt > i) {
            int end = tryAges(ageAt);
            if (end > i) {
                return end;
            }
        }
        return tryDuration(i);
    }

    /**
     * Where the age after an age word w at i starts: {@code at age 65}, {@code the age of 93}, {@code as young as
     * four}, {@code ages from 23 to 27}, {@code aged (under) 30}; -1 when w opens no age.
     */
    private int ageNumberAt(int i, String w) {
        return switch (w) {
            case "age" -> t.isWord(i + 1, "of") ? i + 2
                    : t.is(i + 1, TokenStream.NUM) && !t.has(i + 1, TokenStream.ATTACHED) ? i + 1 : -1;
            case "young", "old" -> t.isWord(i - 1, "as") && t.isWord(i + 1, "as") ? i + 2 : -1;
            case "ages" -> t.isWord(i + 1, "from") || t.isWord(i + 1, "between") || t.isWord(i + 1, "of") ? i + 2 : -1;
            case "aged" -> AGE_COMPARATIVES.contains(t.n(i + 1)) ? i + 2 : i + 1;
            default -> -1;
        };
    }

    /**
     * Ages after {@code aged} (and {@code under}, {@code between}…): each number a DURATION in years, a range
     * ({@code 30-39}, {@code 18 to 24}, {@code between 18 and 24}) two of them. Returns the next token, or -1.
     */
    private int tryAges(int i) {
        Numbers.Match m = Numbers.parse(t, i); // digits or words: under the age of five
        if (m == null || m.scaled() || m.value() <= 0 || m.value() >= 130 || m.value() != Math.rint(m.value())) {
            return -1;
        }
        emit(DateKind.DURATION, i, m.last(), period(m.value(), "Y"), null);
        int j = m.last() + 1;
        boolean dash = t.isPunct(j, '-') && t.has(j, TokenStream.ATTACHED);
        if ((dash || t.isWord(j, "to") || t.isWord(j, "and")) && t.is(j + 1, TokenStream.NUM)) {
            Numbers.Match upper = Numbers.parse(t, j + 1);
            if (upper != null && !upper.scaled() && upper.value() > m.value() && upper.value() < 130) {
                emit(DateKind.DURATION, j + 1, upper.last(), period(upper.value(), "Y"), null);
                return upper.last() + 1;
            }
        }
        return j;
    }

    /**
     * A year before 1800 (outside {@link #yearValue}'s range) after {@code in}, {@code since}, {@code until} or
     * {@code from} and before punctuation or {@code and}: {@code discovered by Columbus in 1492.}
     */
    private boolean isHistoricalYear(int i) {
        String raw = t.norm[i];
        if (raw.length() != 4 || raw.charAt(0) != '1' || !raw.chars().allMatch(Character::isDigit)
                || Integer.parseInt(raw) >= 1800 || !HISTORICAL_YEAR_BEFORE.contains(t.n(i - 1))) {
            return false;
        }
        return t.is(i + 1, TokenStream.PUNCT) && !t.isPunct(i + 1, '-') && !t.isPunct(i + 1, '%')
                || HISTORICAL_YEAR_AFTER.contains(t.n(i + 1)) || t.n(i + 1).isEmpty();
    }

    /**
     * A bare age between commas after a name: {@code William Pfeifle, 68, will act}. News writes a person's age
     * so; the spec makes ages durations, never figures.
     */
    private boolean isAgeInApposition(int i) {
        return isAgeNumber(t.norm[i]) && t.isPunct(i - 1, ',') && t.isPunct(i + 1, ',')
                && t.is(i - 2, TokenStream.WORD) && t.has(i - 2, TokenStream.CAPITALIZED)
                && (t.wordClass[i - 2] & Lexicon.DATE_WORD) == 0;
    }

    /** One to three digits without a leading zero, 1 to 119: a number that can be a person's age. */
    private static boolean isAgeNumber(String raw) {
        if (raw.isEmpty() || raw.length() > 3 || raw.charAt(0) == '0' || !raw.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int age = Integer.parseInt(raw);
        return age >= 1 && age < 120;
    }

    /** A bare number a person is: {@code He was 60.}, {@code she is 34, and}: an age. */
    private boolean isAgePredicate(int i) {
        if (!isAgeNumber(t.norm[i]) || !AGE_COPULAS.contains(t.n(i - 1))) {
            return false;
        }
        // "who turns 63 next month": a person turning a number is an age whatever follows
        boolean turns = t.n(i - 1).startsWith("turn");
        return (PERSON_PRONOUNS.contains(t.n(i - 2)) || turns && t.isWord(i - 2, "who"))
                && (turns || t.isPunct(i + 1, '.') || t.isPunct(i + 1, ',') || t.isPunct(i + 1, ';')
                || t.isWord(i + 1, "when") || t.n(i + 1).isEmpty());
    }

    private int tryNumber(int i) {
        String raw = t.norm[i];
        boolean attachedNext = t.has(i + 1, TokenStream.ATTACHED);
        if (isHistoricalYear(i)) {
            emit(DateKind.DATE, i, i, raw, YEAR);
            return i + 1;
        }
        if (isAgeInApposition(i) || isAgePredicate(i)) {
            emit(DateKind.DURATION, i, i, period(Integer.parseInt(raw), "Y"), null);
            return i + 1;
        }
        // Numeric dates: 5/14/82, 14/5/1982.
        if (attachedNext && t.isPunct(i + 1, '/') && t.is(i + 2, TokenStream.NUM) && t.isPunct(i + 3, '/')
                && t.has(i + 3, TokenStream.ATTACHED) && t.is(i + 4, TokenStream.NUM) && t.has(i + 4, TokenStream.ATTACHED)) {
            LocalDate d = numericDate(raw, t.norm[i + 2], t.norm[i + 4]);
            if (d != null) {
                lastDay = d;
                emit(DateKind.DATE, i, i + 4, d.toString(), DAY);
                return i + 5;
            }
            return i + 5;
        }
        int year = yearValue(i);
        // Year ranges: 1986/87, 1998-99, 2004-2005.
        boolean spacedDash = t.isPunct(i + 1, '-') && !attachedNext && !t.has(i + 2, TokenStream.ATTACHED);
        if (year > 0 && (attachedNext && (t.isPunct(i + 1, '/') || t.isPunct(i + 1, '-'))
                && t.has(i + 2, TokenStream.ATTACHED) || spacedDash) && t.is(i + 2, TokenStream.NUM)) {
            String second = t.norm[i + 2];
            int end = second.length() == 2 ? year / 100 * 100 + Integer.parseInt(second)
                    : second.length() == 4 && second.indexOf(',') < 0 ? Integer.parseInt(second) : -1;
            // a fiscal year (1986/87) or a span of years (his 1973-90 rule)
            if (end == year + 1 || end > year && end < year + 100 && t.isPunct(i + 1, '-')) {
                noteYear(i, end);
                emit(DateKind.DATE, i, i + 2, year + "/" + end, YEAR);
                return i + 3;
            }
        }
        // Decades: 1970s.
        if (year > 0 && year % 10 == 0 && t.isWord(i + 1, "s") && attachedNext) {
            int first = t.isWord(i - 1, "the") ? i - 1 : i;
            emit(DateKind.DATE, first, i + 1, Integer.toString(year / 10), null);
            return i + 2;
        }
        int q = tryQuarter(i);
        if (q > i) {
            return q;
        }
        // Day first: 26 Feb 1987, 3rd March.
        int day = dayValue(i);
        if (day > 0) {
            int m = i + 1;
            // Days sharing one month: 26-28 August (merged into a range below), 6 or 7 January.
            boolean link = t.isPunct(m, '-') && t.has(m, TokenStream.ATTACHED) || RANGE_LINKS.contains(t.n(m));
            if (link && dayValue(m + 1) > day && isMonth(m + 2)) {
                int last = skipAbbreviationDot(m + 2);
                emitDay(i, i, yearAfter(last + 1) > 0 ? yearAfter(last + 1) : Integer.MIN_VALUE,
                        Lexicon.MONTHS.get(t.norm[m + 2]), day);
                return i + 1;
            }
            if (t.has(m, TokenStream.ATTACHED) && Lexicon.ORDINAL_SUFFIXES.contains(t.n(m))) {
                m++;
            }
            if (t.isWord(m, "of")) {
                m++;
            }
            if (isMonth(m) && t.has(m, TokenStream.CAPITALIZED)) {
                int month = Lexicon.MONTHS.get(t.norm[m]);
                int last = skipAbbreviationDot(m);
                int y = yearAfter(last + 1);
                if (y > 0) {
                    int yi = t.isPunct(last + 1, ',') ? last + 2 : last + 1;
                    return emitDay(i, yi, y, month, day);
                }
                return emitDay(i, last, Integer.MIN_VALUE, month, day);
            }
        }
        if (year > 0 && isYearUse(i, year)) {
            noteYear(i, year);
            emit(DateKind.DATE, i, i, Integer.toString(year), YEAR);
            return i + 1;
        }
        return tryDuration(i);
    }

    /** Durations: {@code two weeks}, {@code four-year}, {@code 40-year-old}, {@code 36 to 21 days}. */
    private int tryDuration(int i) {
        Numbers.Match m = Numbers.parse(t, i);
        if (m == null || m.scaled() || m.value() <= 0 || t.isWord(i - 1, "every")) {
            return i;
        }
        if (t.isPunct(i - 1, '.') && t.has(i, TokenStream.ATTACHED) && t.is(i - 2, TokenStream.NUM)) {
            return i; // the hundredths of a race time: 2.08.50 minutes
        }
        int j = m.last() + 1;
        double amount = m.value();
        if (t.isWord(j, "and") && t.isWord(j + 1, "a") && t.isWord(j + 2, "half")) {
            // two and a half years
            amount += 0.5;
            j += 3;
        } else if (t.isPunct(j, '-') && t.isWord(j + 1, "and") && t.isPunct(j + 2, '-') && t.isWord(j + 3, "a")
                && t.isPunct(j + 4, '-') && t.isWord(j + 5, "half") && t.has(j + 5, TokenStream.ATTACHED)) {
            // two-and-a-half years
            amount += 0.5;
            j += 6;
        }
        if (RUN_ADJECTIVES.contains(t.n(j)) && Lexicon.TIME_UNITS.containsKey(t.n(j + 1))
                && !t.has(j, TokenStream.ATTACHED)) {
            // six straight days: the adjective counts the run, the unit is the next word.
            j++;
        }
        boolean hyphen = t.isPunct(j, '-') && t.has(j, TokenStream.ATTACHED) && t.has(j + 1, TokenStream.ATTACHED);
        int u = hyphen ? j + 1 : j;
        String designator = t.is(u, TokenStream.WORD) ? Lexicon.TIME_UNITS.get(t.norm[u]) : null;
        if (designator != null && designator.equals("TS") && t.isWord(u, "second") && t.isWord(u + 1, "of")) {
            return i;
        }
        if (designator != null) {
            int last = u;
            if (hyphen && t.isPunct(u + 1, '-') && t.has(u + 1, TokenStream.ATTACHED)
                    && (t.isWord(u + 2, "old") || t.isWord(u + 2, "olds"))) {
                last = u + 2;
            } else if (!hyphen && t.isWord(u + 1, "old")) {
                last = u + 1;
            } else if (!hyphen && t.isWord(u + 1, "ago")) {
                emitAgo(i, u + 1, amount, designator);
                return u + 2;
            }
            emit(DateKind.DURATION, i, last, period(amount, designator), null);
            return last + 1;
        }
        // A bare number whose unit is written on the next number: from 36 to just 21 days, six to nine months.
        if (!hyphen && RANGE_LINKS.contains(t.n(j))) {
            int k = j + 1;
            if (RANGE_ADVERBS.contains(t.n(k))) {
                k++;
            }
            Numbers.Match other = Numbers.parse(t, k);
            int unitAt = other == null ? -1 : other.last() + 1;
            if (other != null && t.isPunct(unitAt, '-') && t.has(unitAt, TokenStream.ATTACHED)
                    && t.has(unitAt + 1, TokenStream.ATTACHED)) {
                unitAt++; // "16 and 17-year-olds"
            }
            if (other != null && !other.scaled() && t.is(unitAt, TokenStream.WORD)) {
                String unit = Lexicon.TIME_UNITS.get(t.norm[unitAt]);
                if (unit != null && !t.isWord(unitAt + 1, "ago")) {
                    emit(DateKind.DURATION, i, m.last(), period(m.value(), unit), null);
                    return j;
                }
            }
        }
        return i;
    }

    private void emitAgo(int first, int last, double amount, String designator) {
        if (articleDate == null || amount != Math.rint(amount)) {
            emit(DateKind.DATE, first, last, null, granularityOf(designator));
            return;
        }
        long n = (long) amount;
        switch (designator) {
            case "D" -> emit(DateKind.DATE, first, last, articleDate.minusDays(n).toString(), DAY);
            case "W" -> emit(DateKind.DATE, first, last, isoWeek(articleDate.minusWeeks(n)), null);
            case "M" -> emit(DateKind.DATE, first, last, yearMonth(articleDate.minusMonths(n)), MONTH);
            case "Y" -> emit(DateKind.DATE, first, last, Integer.toString(articleDate.getYear() - (int) n), YEAR);
            default -> emit(DateKind.DATE, first, last, null, granularityOf(designator));
        }
    }

    private static String granularityOf(String designator) {
        return switch (designator) {
            case "D" -> DAY;
            case "M" -> MONTH;
            case "Y" -> YEAR;
            default -> null;
        };
    }

    /** {@code the past year}, {@code the next fortnight}, {@code the prior week}, {@code the seventies}... */
    private int tryThe(int i) {
        String w1 = t.n(i + 1);
        Integer decade = Lexicon.DECADE_WORDS.get(w1);
        if (decade != null) {
            emit(DateKind.DATE, i, i + 1, null, null);
            return i + 2;
        }
        if (SHADING.contains(w1)) {
            // the early 1990s, the mid-1980s, the late 2000s
            int m = t.isPunct(i + 2, '-') && t.has(i + 2, TokenStream.ATTACHED) ? i + 3 : i + 2;
            int year = yearValue(m);
            if (year > 0 && year % 10 == 0 && t.isWord(m + 1, "s") && t.has(m + 1, TokenStream.ATTACHED)) {
                emit(DateKind.DATE, i, m + 1, Integer.toString(year / 10), null);
                return m + 2;
            }
        }
        int part = tryPeriodPart(i);
        if (part > i) {
            return part;
        }
        int century = tryCentury(i);
        if (century > i) {
            return century;
        }
        String w2 = t.n(i + 2);
        if (SPAN_WORDS.contains(w1) && CALENDAR_UNITS.contains(w2)) {
            if (w1.equals("previous") || w1.equals("prior")) {
                LocalDate anchor = w2.equals("week") && lastDay != null ? lastDay : articleDate;
                emit(DateKind.DATE, i, i + 2, relativeUnit(anchor, w2, -1), granularityOfUnit(w2));
                return i + 3;
            }
            String designator = Lexicon.TIME_UNITS.get(w2);
            if (designator != null) {
                emit(DateKind.DURATION, i, i + 2, period(1, designator), null);
                return i + 3;
            }
            return i;
        }
        if (w1.equals("week") && (t.n(i - 1).equals("in") || t.n(i - 1).equals("during"))
                && !WEEK_STOPPERS.contains(t.n(i + 2))) {
            emit(DateKind.DATE, i, i + 1, relativeUnit(articleDate, "week", 0), null);
            return i + 2;
        }
        return i;
    }

    /**
     * Parts of periods: {@code the first half of 2004} (2004-H1), {@code the last quarter of 2004} (2004-Q4),
     * {@code the first quarter of last year}, {@code the first month of the year}; the year is written after
     * {@code of}, else it is the year last written in the sentence, else the article's.
     */
    private int tryPeriodPart(int i) {
        String ordinalWord = t.n(i + 1);
        Integer ordinal = Lexicon.ORDINALS.get(ordinalWord);
        boolean lastPart = LAST_ORDINALS.contains(ordinalWord);
        int unit = i + 2;
        if (t.isPunct(unit, '-') && t.has(unit, TokenStream.ATTACHED)) {
            unit++;
        }
        String part = t.n(unit);
        if (ordinal == null && !lastPart || !PERIOD_PARTS.contains(part)) {
            return i;
        }
        int parts = switch (part) {
            case "half" -> 2;
            case "quarter" -> 4;
            case "month" -> 12;
            default -> 53;
        };
        int n = lastPart && !ordinalWord.equals("fourth") ? parts : ordinal == null ? 4 : ordinal;
        if (n > parts || part.equals("week")) {
            return i;
        }
        int last = unit;
        int year = -1;
        if (t.isWord(unit + 1, "of")) {
            int y = yearValue(unit + 2);
            int shift = relativeYearShift(unit + 2);
            if (y > 0) {
                year = y;
                noteYear(unit + 2, y);
                last = unit + 2;
            } else if (shift != Integer.MIN_VALUE) {
                year = articleDate == null ? -1 : articleDate.getYear() + shift;
                last = unit + 3;
            } else if (t.isWord(unit + 2, "year") && lastYearSentence == t.sentence[i]) {
                year = lastYear;
                last = unit + 2;
            } else {
                return i;
            }
        } else if (part.equals("month") || part.equals("half") && lastYearSentence != t.sentence[i]
                || lastPart && !part.equals("quarter")) {
            // "the first half" alone is as often a match's half as a year's: a year must be in view.
            return i;
        } else if (lastYearSentence == t.sentence[i]) {
            year = lastYear;
        } else if (lastPart) {
            // "the last quarter" alone is the previous quarter: leave it to the relative rules.
            return i;
        } else if (articleDate != null) {
            year = articleDate.getYear();
        }
        String resolved = year < 0 ? null : switch (part) {
            case "half" -> year + "-H" + n;
            case "quarter" -> year + "-Q" + n;
            default -> yearMonth(year, n);
        };
        emit(DateKind.DATE, i, last, resolved, part.equals("month") ? MONTH : null);
        return last + 1;
    }

    /** {@code the 20th century}, {@code the nineteenth century}: TIMEX century {@code 19}, {@code 18}. */
    private int tryCentury(int i) {
        int n = -1;
        int unit = i + 2;
        String w = t.n(i + 1);
        if (t.is(i + 1, TokenStream.NUM) && t.has(i + 2, TokenStream.ATTACHED)
                && Lexicon.ORDINAL_SUFFIXES.contains(t.n(i + 2))) {
            n = w.length() <= 2 ? Integer.parseInt(w) : -1;
            unit = i + 3;
        } else if (Lexicon.CENTURY_ORDINALS.containsKey(w)) {
            n = Lexicon.CENTURY_ORDINALS.get(w);
        }
        if (n < 1 || n > 21 || !t.isWord(unit, "century")) {
            return i;
        }
        emit(DateKind.DATE, i, unit, twoDigits(n - 1), null);
        return unit + 1;
    }

    /** {@code last year}, {@code this week}, {@code next month}, {@code last April}, {@code next Monday}. */
    private int tryRelative(int i) {
        String rel = t.norm[i];
        String w = t.n(i + 1);
        int shift = rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0;
        if (w.equals("week") || w.equals("month") || w.equals("year")) {
            emit(DateKind.DATE, i, i + 1, relativeUnit(articleDate, w, shift), granularityOfUnit(w));
            return i + 2;
        }
        if (w.equals("quarter")) {
            emit(DateKind.DATE, i, i + 1, articleDate == null ? null : quarter(articleDate.plusMonths(3L * shift)), null);
            return i + 2;
        }
        if (isMonth(i + 1)) {
            return month(i, i + 1, rel);
        }
        Integer weekday = Lexicon.WEEKDAYS.get(w);
        if (weekday != null) {
            emit(DateKind.DATE, i, i + 1, resolveWeekday(weekday, rel, Tense.UNKNOWN), DAY);
            return i + 2;
        }
        String season = Lexicon.SEASONS.get(w);
        if (season != null) {
            emit(DateKind.DATE, i, i + 1, resolveSeason(season, rel), null);
            return i + 2;
        }
        return i;
    }

    /** Month patterns from the month token m; first is where the text starts (a shading word or rel). */
    private int month(int first, int m, String rel) {
        int month = Lexicon.MONTHS.get(t.norm[m]);
        int last = skipAbbreviationDot(m);
        int j = last + 1;
        int day = dayValue(j);
        if (day > 0 && rel == null && (t.isWord(j + 1, "to") || t.isPunct(j + 1, '-')
                || t.isWord(j + 1, "and") && t.isWord(first - 1, "between")) && dayValue(j + 2) > day
                && !isMonth(j + 3) && !(t.is(j + 3, TokenStream.WORD) && !t.has(j + 3, TokenStream.CAPITALIZED)
                && !AFTER_DAY_RANGE.contains(t.n(j + 3)))) {
            // January 7 to 29, March 3-5: one range of days
            int yearAt = t.isPunct(j + 3, ',') ? j + 4 : j + 3;
            int y = yearAfter(yearAt);
            int end = y > 0 ? yearAt : j + 2;
            LocalDate from = dayOf(y > 0 ? y : Integer.MIN_VALUE, month, day, first);
            LocalDate to = from == null ? null : from.withDayOfMonth(Math.min(dayValue(j + 2), from.lengthOfMonth()));
            if (y > 0) {
                noteYear(yearAt, y);
            }
            emit(DateKind.DATE, first, end, from == null ? null : from + "/" + to, DAY);
            return end + 1;
        }
        if (day > 0 && rel == null) {
            int dayEnd = j;
            if (t.has(j + 1, TokenStream.ATTACHED) && Lexicon.ORDINAL_SUFFIXES.contains(t.n(j + 1))) {
                dayEnd = j + 1;
            }
            int yearAt = t.isPunct(dayEnd + 1, ',') ? dayEnd + 2 : dayEnd + 1;
            int y = yearAfter(yearAt);
            if (y > 0) {
                return emitDay(first, yearAt, y, month, day);
            }
            return emitDay(first, dayEnd, Integer.MIN_VALUE, month, day);
        }
        if (rel == null && isDayWord(j)) {
            // Wire copy writes small days in words: "March one".
            Numbers.Match word = Numbers.parse(t, j);
            return emitDay(first, word.last(), Integer.MIN_VALUE, month, (int) word.value());
        }
        if (rel == null) {
            int end = monthRange(first, m, month, j);
            if (end > j) {
                return end;
            }
        }
        int yearAt = t.isPunct(j, ',') ? j + 1 : j;
        int y = rel == null ? yearAfter(yearAt) : -1;
        if (y > 0) {
            noteYear(yearAt, y);
            emit(DateKind.DATE, first, yearAt, y + "-" + twoDigits(month), MONTH);
            return yearAt + 1;
        }
        int shiftAfter = rel == null ? relativeYearShift(j) : Integer.MIN_VALUE;
        if (shiftAfter != Integer.MIN_VALUE && !t.isWord(j, "the")) {
            // June this year, March last year: one month of a year the article dates
            emit(DateKind.DATE, first, j + 1, articleDate == null ? null
                    : yearMonth(articleDate.getYear() + shiftAfter, month), MONTH);
            return j + 2;
        }
        if (rel == null && t.isWord(j, "of")) {
            // October of next year, January of 2003.
            int ofYear = yearValue(j + 1);
            if (ofYear > 0) {
                noteYear(j + 1, ofYear);
                emit(DateKind.DATE, first, j + 1, ofYear + "-" + twoDigits(month), MONTH);
                return j + 2;
            }
            int shift = relativeYearShift(j + 1);
            if (shift != Integer.MIN_VALUE) {
                emit(DateKind.DATE, first, j + 2, articleDate == null ? null
                        : yearMonth(articleDate.getYear() + shift, month), MONTH);
                return j + 3;
            }
        }
        emit(DateKind.DATE, first, last, resolveMonth(month, rel, rel == null ? tense(m) : Tense.UNKNOWN), MONTH);
        return last + 1;
    }

    /**
     * A range of months from month token m: {@code July to September}, {@code July-September},
     * {@code between July and September}, with the year written after the second month or resolved as a lone
     * month would be. Returns the token after it, or j (the token after the first month) when there is none.
     */
    private int monthRange(int first, int m, int month, int j) {
        boolean link = t.isWord(j, "to") || t.isWord(j, "through") || t.isPunct(j, '-')
                || t.isWord(j, "and") && t.isWord(first - 1, "between");
        if (!link || !isMonth(j + 1) || !t.has(j + 1, TokenStream.CAPITALIZED) || dayValue(j + 2) > 0) {
            return j;
        }
        int second = Lexicon.MONTHS.get(t.norm[j + 1]);
        int last = skipAbbreviationDot(j + 1);
        int yearAt = t.isPunct(last + 1, ',') ? last + 2 : last + 1;
        int y = yearAfter(yearAt);
        String from;
        String to;
        if (y > 0) {
            noteYear(yearAt, y);
            from = (second < month ? y - 1 : y) + "-" + twoDigits(month);
            to = y + "-" + twoDigits(second);
            last = yearAt;
        } else {
            from = resolveMonth(month, null, tense(m));
            to = from == null ? null : yearMonth(Integer.parseInt(from.substring(0, 4)) + (second < month ? 1 : 0),
                    second);
        }
        emit(DateKind.DATE, first, last, from == null ? null : from + "/" + to, MONTH);
        return last + 1;
    }

    /** {@code last year} -1, {@code next year} +1, {@code this year} or {@code the year} 0 at token i, else MIN_VALUE. */
    private int relativeYearShift(int i) {
        if (!t.isWord(i + 1, "year")) {
            return Integer.MIN_VALUE;
        }
        return switch (t.n(i)) {
            case "last", "previous", "prior" -> -1;
            case "next", "following" -> 1;
            case "this", "the" -> 0;
            default -> Integer.MIN_VALUE;
        };
    }

    /** {@code late 2005}, {@code mid-2004}, {@code early 1990s} from the shading word at first; year at m. */
    private int shadedYearOrDecade(int first, int m) {
        int year = yearValue(m);
        if (year <= 0) {
            return first;
        }
        if (year % 10 == 0 && t.isWord(m + 1, "s") && t.has(m + 1, TokenStream.ATTACHED)) {
            emit(DateKind.DATE, first, m + 1, Integer.toString(year / 10), null);
            return m + 2;
        }
        if (t.is(m + 1, TokenStream.WORD) && t.has(m + 1, TokenStream.ATTACHED)) {
            return first;
        }
        noteYear(m, year);
        emit(DateKind.DATE, first, m, Integer.toString(year), YEAR);
        return m + 1;
    }

    /**
     * {@code a year}, {@code an hour}: one unit of time where the words before make it a length
     * ({@code for a year}, {@code more than a week}, {@code a day after}), not a rate ({@code $5 a day});
     * {@code a year ago} is a date; {@code a year and a half} is 1.5 units.
     */
    private int tryArticleDuration(int i) {
        String article = t.norm[i];
        if (article.equals("a") && t.isWord(i + 1, "couple") && t.isWord(i + 2, "of")) {
            // a couple of days: two units
            String plural = Lexicon.TIME_UNITS.get(t.n(i + 3));
            if (plural != null && t.n(i + 3).endsWith("s")) {
                emit(DateKind.DURATION, i, i + 3, period(2, plural), null);
                return i + 4;
            }
            return i;
        }
        if (!article.equals("a") && !article.equals("an")) {
            // another week, all day, the whole day: one unit whatever precedes.
            String unitWord = t.n(i + 1);
            String one = Lexicon.TIME_UNITS.get(unitWord);
            boolean calendarUnit = one != null && !unitWord.endsWith("s") && !unitWord.equals("second")
                    && !t.isPunct(i + 2, '-') && !t.isWord(i + 2, "of") && !t.isWord(i + 2, "ago");
            if (calendarUnit && (article.equals("another") || !t.isWord(i + 2, "round"))) {
                emit(DateKind.DURATION, i, i + 1, period(1, one), null);
                return i + 2;
            }
            return i;
        }
        String designator = Lexicon.TIME_UNITS.get(t.norm[i + 1]);
        // "a second" is mostly "another" (a second term), not one second.
        if (designator == null || t.norm[i + 1].endsWith("s") || t.norm[i + 1].equals("second")) {
            return i;
        }
        if (t.isWord(i + 2, "ago")) {
            emitAgo(i, i + 2, 1, designator);
            return i + 3;
        }
        if (t.isPunct(i + 2, '-') || t.isWord(i + 2, "old")) {
            return i;
        }
        if (t.isWord(i + 2, "and") && t.isWord(i + 3, "a") && t.isWord(i + 4, "half")) {
            emit(DateKind.DURATION, i, i + 4, period(1.5, designator), null);
            return i + 5;
        }
        if (t.isWord(i + 2, "and") && t.isWord(i + 3, "half")) {
            emit(DateKind.DURATION, i, i + 3, period(1.5, designator), null);
            return i + 4;
        }
        String prev = t.n(i - 1);
        boolean lengthBefore = BEFORE_A_DURATION.contains(prev) && !t.is(i - 2, TokenStream.NUM);
        if (t.isWord(i + 2, "earlier") || t.isWord(i + 2, "later")) {
            // a year earlier: a date one unit from an event the text names, not from the article.
            emit(DateKind.DATE, i, i + 2, null, granularityOf(designator));
            return i + 3;
        }
        boolean lengthAfter = t.isWord(i + 2, "after") || t.isWord(i + 2, "before");
        if (!lengthBefore && !lengthAfter) {
            return i;
        }
        emit(DateKind.DURATION, i, i + 1, period(1, designator), null);
        return i + 2;
    }

    /** The day in the stated year, else the one nearest the article date in the tense at first; null if neither. */
    private LocalDate dayOf(int year, int month, int day, int first) {
        try {
            return year != Integer.MIN_VALUE ? LocalDate.of(year, month, day)
                    : articleDate != null ? closestInTense(month, day, tense(first)) : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private int emitDay(int first, int last, int year, int month, int day) {
        if (year == Integer.MIN_VALUE && EVENT_NOUNS.contains(t.n(last + 1))) {
            // The September 11th attacks: an event's name, no date of this year.
            for (int k = first; k <= last; k++) {
                consumed[k] = true;
            }
            return last + 1;
        }
        LocalDate d = dayOf(year, month, day, first);
        if (d != null && year != Integer.MIN_VALUE) {
            noteYear(last, year);
        }
        if (d != null) {
            lastDay = d;
        }
        emit(DateKind.DATE, first, last, d == null ? null : d.toString(), DAY);
        return last + 1;
    }

    private int skipAbbreviationDot(int m) {
        String w = t.norm[m];
        boolean abbreviation = w.length() <= 4 && !w.equals("may") && !w.equals("june") && !w.equals("july");
        return abbreviation && t.isPunct(m + 1, '.') && t.has(m + 1, TokenStream.ATTACHED) ? m + 1 : m;
    }

    /** True when token i is a month name used as a month. */
    private boolean isMonth(int i) {
        if (!t.is(i, TokenStream.WORD) || !t.has(i, TokenStream.CAPITALIZED)) {
            return false;
        }
        String w = t.norm[i];
        Integer month = Lexicon.MONTHS.get(w);
        if (month == null) {
            return false;
        }
        boolean abbreviation = w.length() <= 4 && !w.equals("june") && !w.equals("july") && !w.equals("may");
        int after = skipAbbreviationDot(i) + 1;
        boolean numberAfter = dayValue(after) > 0 || yearAfter(t.isPunct(after, ',') ? after + 1 : after) > 0
                || isDayWord(after);
        if (abbreviation) {
            return numberAfter;
        }
        if (Lexicon.AMBIGUOUS_MONTHS.contains(w)) {
            // a day before it settles it too: "released 1 March", "the 3rd of May"
            boolean dayBefore = dayValue(i - 1) > 0 || t.isWord(i - 1, "of") && dayValue(i - 2) > 0
                    || t.has(i - 1, TokenStream.ATTACHED) && Lexicon.ORDINAL_SUFFIXES.contains(t.n(i - 1))
                    && dayValue(i - 2) > 0;
            return numberAfter || dayBefore || MONTH_CONTEXT.contains(t.n(i - 1)) && !t.has(i - 1, TokenStream.CAPITALIZED)
                    || t.isPunct(i - 1, '-') && MONTH_CONTEXT.contains(t.n(i - 2));
        }
        return true;
    }

    /** A day written as a lower-case number word not followed by a noun: "March one by". */
    private boolean isDayWord(int i) {
        if (!t.is(i, TokenStream.WORD) || t.has(i, TokenStream.CAPITALIZED)) {
            return false;
        }
        Numbers.Match word = Numbers.parse(t, i);
        if (word == null || !word.word() || word.scaled() || word.value() < 1 || word.value() > 31) {
            return false;
        }
        int after = word.last() + 1;
        return !t.is(after, TokenStream.WORD)
                || Lexicon.STOP_WORDS.contains(t.norm[after]) && !Lexicon.TIME_UNITS.containsKey(t.norm[after]);
    }

    /** Day of month 1..31 written in one or two digits at token i, or -1. */
    private int dayValue(int i) {
        if (!t.is(i, TokenStream.NUM)) {
            return -1;
        }
        String raw = t.norm[i];
        if (raw.length() > 2 || raw.indexOf('.') >= 0 || t.isPunct(i + 1, ':') || t.isPunct(i + 1, '.') && t.is(i + 2, TokenStream.NUM)) {
            return -1;
        }
        int d = Integer.parseInt(raw);
        return d >= 1 && d <= 31 ? d : -1;
    }

    /** A four-digit year 1800..2099 at token i, or -1. */
    private int yearValue(int i) {
        if (!t.is(i, TokenStream.NUM)) {
            return -1;
        }
        String raw = t.norm[i];
        if (raw.length() != 4 || raw.charAt(0) != '1' && raw.charAt(0) != '2' || raw.indexOf('.') >= 0
                || raw.indexOf(',') >= 0) {
            return -1;
        }
        int y = Integer.parseInt(raw);
        return y >= 1800 && y <= 2099 ? y : -1;
    }

    private int yearAfter(int i) {
        return yearValue(i);
    }

    /** A year-like number used as a year, not as an amount ({@code 2000 people}, {@code $2004}). */
    private boolean isYearUse(int i, int year) {
        if (Lexicon.indexNameBefore(t, i)) {
            return false;
        }
        String prev = t.n(i - 1);
        if (t.is(i - 1, TokenStream.SYM) || prev.equals("about") || prev.equals("some") || prev.equals("nearly")
                || prev.equals("approximately") || prev.equals("almost") || prev.equals("than")
                || prev.equals("roughly")) {
            return false;
        }
        int j = i + 1;
        // "2000%" is a percent; "by 2008 £60bn more" a year before an amount
        if (t.is(j, TokenStream.SYM) && (t.has(j, TokenStream.ATTACHED) || t.text.charAt(t.begin[j]) == '%'
                || !t.is(j + 1, TokenStream.NUM))) {
            return false;
        }
        if (t.is(j, TokenStream.WORD)) {
            String next = t.norm[j];
            boolean attached = t.has(j, TokenStream.ATTACHED);
            if (attached && !next.equals("s")) {
                return false;
            }
            if (Lexicon.SCALES.containsKey(next) && Lexicon.SPACED_SCALES.contains(next)
                    || Lexicon.PERCENT_WORDS.contains(next) || next.equals("per")
                    || Lexicon.CURRENCY_WORDS.containsKey(next) || Lexicon.QUANTITY_FIRST_WORDS.containsKey(next)
                    || Lexicon.TIME_OF_DAY.contains(next) || Lexicon.COUNTED_NOUNS.contains(next)) {
                return false;
            }
        }
        return !(t.isPunct(j, ':') || t.isPunct(j, ',') && t.is(j + 1, TokenStream.NUM) && t.has(j + 1, TokenStream.ATTACHED));
    }

    private void noteYear(int i, int year) {
        lastYear = year;
        lastYearSentence = t.sentence[i];
    }

    /** Quarters: {@code 4th qtr}, {@code first quarter of 1987}, {@code third-quarter}, {@code Q1}. */
    private int tryQuarter(int i) {
        String w = t.norm[i];
        int n;
        int unit;
        if (w.length() == 2 && w.charAt(0) == 'q' && w.charAt(1) >= '1' && w.charAt(1) <= '4') {
            n = w.charAt(1) - '0';
            unit = i;
        } else if (t.is(i, TokenStream.NUM) && t.has(i + 1, TokenStream.ATTACHED)
                && Lexicon.ORDINAL_SUFFIXES.contains(t.n(i + 1)) && w.length() == 1 && w.charAt(0) >= '1' && w.charAt(0) <= '4') {
            n = w.charAt(0) - '0';
            unit = i + 2;
            if (!(t.isWord(unit, "quarter") || t.isWord(unit, "qtr"))) {
                return i;
            }
        } else {
            Integer ordinal = Lexicon.ORDINALS.get(w);
            if (ordinal == null) {
                return i;
            }
            n = ordinal;
            unit = t.isPunct(i + 1, '-') && t.has(i + 1, TokenStream.ATTACHED) ? i + 2 : i + 1;
            if (!(t.isWord(unit, "quarter") || t.isWord(unit, "qtr"))) {
                return i;
            }
        }
        int last = unit;
        int y = -1;
        if (t.isWord(unit + 1, "of") && yearValue(unit + 2) > 0) {
            y = yearValue(unit + 2);
            last = unit + 2;
        } else if (t.isWord(unit + 1, "of") && relativeYearShift(unit + 2) != Integer.MIN_VALUE) {
            // the first quarter of last year: one date, the quarter of that year.
            last = unit + 3;
            if (articleDate == null) {
                emit(DateKind.DATE, i, last, null, null);
                return last + 1;
            }
            y = articleDate.getYear() + relativeYearShift(unit + 2);
        } else if (yearValue(unit + 1) > 0) {
            y = yearValue(unit + 1);
            last = unit + 1;
        } else if (yearValue(i - 1) > 0 && consumed[i - 1]) {
            y = yearValue(i - 1);
        } else if (lastYearSentence == t.sentence[i]) {
            y = lastYear;
        }
        String resolved;
        if (y > 0) {
            resolved = y + "-Q" + n;
        } else if (articleDate != null) {
            int current = (articleDate.getMonthValue() - 1) / 3 + 1;
            resolved = (n <= current ? articleDate.getYear() : articleDate.getYear() - 1) + "-Q" + n;
        } else {
            resolved = null;
        }
        emit(DateKind.DATE, i, last, resolved, null);
        return last + 1;
    }

    /**
     * {@code Year} alone on a line of an earnings table, or {@code in year}: the fiscal year just reported,
     * which is the year last written in the sentence, else the year before the article.
     */
    private boolean isFiscalYear(int i) {
        boolean ownLine = t.has(i, TokenStream.LINE_START) && (i + 1 >= t.size || t.has(i + 1, TokenStream.LINE_START));
        boolean inYear = t.isWord(i - 1, "in") && !t.has(i, TokenStream.CAPITALIZED)
                && (i + 1 >= t.size || t.type[i + 1] == TokenStream.PUNCT || Lexicon.STOP_WORDS.contains(t.n(i + 1)))
                && !t.isWord(i + 1, "to") && !t.isWord(i + 1, "of");
        return (ownLine || inYear) && (articleDate != null || lastYearSentence == t.sentence[i]);
    }

    private int yearInContext(int i) {
        if (lastYearSentence == t.sentence[i]) {
            return lastYear;
        }
        return articleDate.getYear() - 1;
    }

    private LocalDate numericDate(String a, String b, String c) {
        if (a.length() > 2 || b.length() > 2 || (c.length() != 2 && c.length() != 4)) {
            return null;
        }
        int first = Integer.parseInt(a);
        int second = Integer.parseInt(b);
        int year = Integer.parseInt(c);
        if (c.length() == 2) {
            year += year >= 30 ? 1900 : 2000;
        }
        int month = first <= 12 ? first : second;
        int day = first <= 12 ? second : first;
        try {
            LocalDate d = LocalDate.of(year, month, day);
            lastDay = d;
            return d;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A day without a year: the latest on or before the article in past reports, the next in future ones. */
    private LocalDate closestInTense(int month, int day, Tense tense) {
        LocalDate near = closest(month, day);
        if (near == null || tense == Tense.UNKNOWN) {
            return near;
        }
        if (tense == Tense.PAST && near.isAfter(articleDate)) {
            return closestShift(near, -1);
        }
        if (tense == Tense.FUTURE && near.isBefore(articleDate)) {
            return closestShift(near, 1);
        }
        return near;
    }

    private static LocalDate closestShift(LocalDate d, int years) {
        try {
            return LocalDate.of(d.getYear() + years, d.getMonthValue(), d.getDayOfMonth());
        } catch (DateTimeException e) {
            return d;
        }
    }

    private LocalDate closest(int month, int day) {
        LocalDate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int y = articleDate.getYear() - 1; y <= articleDate.getYear() + 1; y++) {
            try {
                LocalDate d = LocalDate.of(y, month, day);
                long distance = Math.abs(ChronoUnit.DAYS.between(articleDate, d));
                if (distance < bestDistance) {
                    best = d;
                    bestDistance = distance;
                }
            } catch (DateTimeException e) {
                // 29 February in a common year: try the other years.
            }
        }
        return best;
    }

    private String resolveMonth(int month, String rel, Tense tense) {
        if (articleDate == null) {
            return null;
        }
        int current = articleDate.getMonthValue();
        int year = articleDate.getYear();
        if (rel == null && tense == Tense.PAST) {
            return yearMonth(month <= current ? year : year - 1, month);
        }
        if (rel == null && tense == Tense.FUTURE) {
            return yearMonth(month >= current ? year : year + 1, month);
        }
        if ("last".equals(rel)) {
            return yearMonth(month < current ? year : year - 1, month);
        }
        if ("next".equals(rel)) {
            return yearMonth(month > current ? year : year + 1, month);
        }
        if ("this".equals(rel)) {
            return yearMonth(year, month);
        }
        LocalDate d = closest(month, 15);
        return yearMonth(d.getYear(), month);
    }

    private String resolveWeekday(int weekday, String rel, Tense tense) {
        if (articleDate == null) {
            return null;
        }
        int back = (articleDate.getDayOfWeek().getValue() - weekday + 7) % 7;
        if (rel == null && tense == Tense.FUTURE) {
            // The next such day, today included: "markets remain closed until Friday".
            return articleDate.plusDays((weekday - articleDate.getDayOfWeek().getValue() + 7) % 7).toString();
        }
        if ("next".equals(rel)) {
            int ahead = (weekday - articleDate.getDayOfWeek().getValue() + 7) % 7;
            return articleDate.plusDays(ahead == 0 ? 7 : ahead).toString();
        }
        if ("last".equals(rel) && back == 0) {
            back = 7;
        }
        return articleDate.minusDays(back).toString();
    }

    private String resolveSeason(String code, String rel) {
        if (articleDate == null) {
            return null;
        }
        int startMonth = switch (code) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
        int year = articleDate.getYear();
        LocalDate start = LocalDate.of(year, startMonth, 1);
        int recent = articleDate.isBefore(start) ? year - 1 : year;
        int resolved;
        if ("this".equals(rel)) {
            resolved = year;
        } else if ("next".equals(rel)) {
            resolved = recent + 1;
        } else if ("last".equals(rel)) {
            LocalDate recentStart = LocalDate.of(recent, startMonth, 1);
            boolean inProgress = articleDate.isBefore(recentStart.plusMonths(3));
            resolved = inProgress ? recent - 1 : recent;
        } else {
            resolved = recent;
        }
        return resolved + "-" + code;
    }

    private static String relativeUnit(LocalDate anchor, String unit, int shift) {
        if (anchor == null) {
            return null;
        }
        return switch (unit) {
            case "week" -> isoWeek(anchor.plusWeeks(shift));
            case "month" -> yearMonth(anchor.plusMonths(shift));
            case "year" -> Integer.toString(anchor.getYear() + shift);
            case "quarter" -> quarter(anchor.plusMonths(3L * shift));
            default -> null;
        };
    }

    private static String granularityOfUnit(String unit) {
        return switch (unit) {
            case "month" -> MONTH;
            case "year" -> YEAR;
            default -> null;
        };
    }

    private static String quarter(LocalDate d) {
        return d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
    }

    private static String isoWeek(LocalDate d) {
        return d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + twoDigits(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String yearMonth(LocalDate d) {
        return yearMonth(d.getYear(), d.getMonthValue());
    }

    private static String yearMonth(int year, int month) {
        return year + "-" + twoDigits(month);
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** An ISO 8601 period: designator {@code D}, {@code W}, {@code 2W}, {@code 10Y}, {@code TS}, {@code TH}... */
    static String period(double amount, String designator) {
        boolean clock = designator.charAt(0) == 'T';
        String unit = clock ? designator.substring(1) : designator;
        char letter = unit.charAt(unit.length() - 1);
        double factor = unit.length() > 1 ? Integer.parseInt(unit.substring(0, unit.length() - 1)) : 1;
        double v = amount * factor;
        String number = v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        return (clock ? "PT" : "P") + number + letter;
    }
}
