package dev.wireetl.common.quotes;

import dev.wireetl.common.entities.EntityMention;
import dev.wireetl.common.syntax.ArticleSyntax;
import dev.wireetl.common.syntax.ParsedSentence;
import dev.wireetl.common.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Quotations of one article: who said what, from the tags of the sentences that hold a speech verb (their
 * dependency parse only where the tags cannot settle the sentence; no other sentence is tagged) and the
 * article's quote marks.
 *
 * <ul>
 *   <li>the content of a speech verb is its clausal complement ({@code said (on Monday) that …}), the clause
 *   before a trailing attribution ({@code …, the ministry said.} and {@code "…," said X}), a gerund
 *   ({@code reported downing …}), the object of a verb like {@code underline}, the {@code of} phrase of
 *   {@code warn}, or the quote after {@code said:};</li>
 *   <li>the speaker is the verb's subject (inherited from the verb it is coordinated with, or the clause a
 *   {@code saying …} participle hangs on), the agent of a passive, or the noun phrase of {@code according to};
 *   a passive without agent ({@code it was announced}) has none;</li>
 *   <li>content starting at a quote mark is DIRECT (the quote's span), content holding a quoted fragment
 *   PARTIAL, else REPORTED; a quote no verb claims continues the quotation just before it (same speaker) when
 *   that one was DIRECT and ended at most one sentence earlier.</li>
 * </ul>
 * Speakers are resolved to the article's entities by {@link SpeakerResolver}.
 */
public final class QuotationExtractor {
    private static final QuotationExtractor STANDARD = new QuotationExtractor();

    public static QuotationExtractor standard() {
        return STANDARD;
    }

    /** The article's quotations in text order; {@code mentions} are its entity mentions (any order). */
    public List<Quotation> extract(ArticleSyntax syntax, List<EntityMention> mentions) {
        String text = syntax.text();
        List<QuoteSpans.Span> quotes = QuoteSpans.find(text);
        boolean[] quoteUsed = new boolean[quotes.size()];
        List<Quotation> found = new ArrayList<>();
        for (int s = 0; s < syntax.sentenceCount(); s++) {
            if (!mayHoldSpeech(syntax.sentenceTokens(s))) {
                continue;
            }
            List<Quotation> fromTags = fromTags(text, withoutNextQuoteMark(text, syntax.tagged(s)), s, quotes,
                    quoteUsed);
            if (fromTags != null) {
                found.addAll(fromTags);
                continue;
            }
            found.addAll(fromParse(text, withoutNextQuoteMark(text, syntax.sentence(s)), s, quotes, quoteUsed));
        }
        found.addAll(continuations(syntax, quotes, quoteUsed, found));
        found.sort(Comparator.comparingInt(Quotation::begin));
        return new SpeakerResolver(text, mentions).resolve(found);
    }

    /** The quotations of one parsed sentence, speakers not yet resolved to entities. */
    static List<Quotation> fromParse(String text, ParsedSentence p, int sentence, List<QuoteSpans.Span> quotes,
                                     boolean[] quoteUsed) {
        List<Quotation> out = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            Quotation q = atWord(text, p, i, sentence, quotes, quoteUsed);
            if (q != null) {
                out.add(q);
            }
        }
        return out;
    }

    /**
     * The sentence without a last word that is the opening mark of the next sentence's quote ({@code "…," he
     * said. "We …}: the sentence splitter leaves the mark after the full stop): a straight mark after a space and
     * before a non-space, or a mark that faces forward, right after the sentence's final punctuation.
     */
    static ParsedSentence withoutNextQuoteMark(String text, ParsedSentence p) {
        int last = p.size() - 1;
        if (last < 2 || p.words()[last].length() != 1 || !QuoteSpans.isMark(p.words()[last].charAt(0))
                || !FINAL_PUNCTUATION.contains(p.words()[last - 1])) {
            return p;
        }
        char mark = p.words()[last].charAt(0);
        int at = p.begin()[last];
        boolean opening = mark == '\u201C' || mark == '\u00AB' || mark == '\u201E'
                || mark == '"' && at > 0 && Character.isWhitespace(text.charAt(at - 1)) && at + 1 < text.length()
                && !Character.isWhitespace(text.charAt(at + 1));
        if (!opening) {
            return p;
        }
        int[] head = Arrays.copyOf(p.head(), last);
        for (int i = 0; i < last; i++) {
            if (head[i] > last) {
                head[i] = 0;
            }
        }
        return new ParsedSentence(Arrays.copyOf(p.words(), last), Arrays.copyOf(p.begin(), last),
                Arrays.copyOf(p.end(), last), Arrays.copyOf(p.lemma(), last),
                Arrays.copyOf(p.upos(), last), Arrays.copyOf(p.xpos(), last), head,
                Arrays.copyOf(p.deprel(), last));
    }

    private static final Set<String> FINAL_PUNCTUATION = Set.of(".", "?", "!");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that");

    /**
     * The quotation of a sentence whose one speech verb the tags alone settle, without a parse: a trailing
     * attribution ({@code …, X said.}, {@code "…," said X.}) or a sentence that opens with its speaker
     * ({@code Blinken stated on Monday that …}, {@code He also said: "…"}, {@code Finance Minister X said tax
     * collection rose …}, {@code In a statement, the company said …}, {@code X told reporters that …}). Null when the sentence needs its parse (several speech verbs, a passive, a speaker
     * after a clause, a hearer); an empty list when it has no speech verb after all.
     */
    private static List<Quotation> fromTags(String text, ParsedSentence t, int sentence, List<QuoteSpans.Span> quotes,
                                            boolean[] quoteUsed) {
        int verb = -1;
        String lemma = null;
        for (int i = 0; i < t.size(); i++) {
            if (t.words()[i].equalsIgnoreCase("according")) {
                return null;
            }
            String l = SpeechVerbs.lemma(t.words()[i], i + 1 < t.size() ? t.words()[i + 1] : null);
            if (l != null && t.upos()[i].equals("VERB")) {
                if (verb >= 0) {
                    return null;
                }
                verb = i;
                lemma = l;
            }
        }
        if (verb < 0) {
            return List.of();
        }
        int verbEnd = lemma.indexOf(' ') > 0 ? verb + 1 : verb;
        int[] trailing = trailingAttribution(t, verb, verbEnd);
        if (trailing != null) {
            int last = trailing[0] - 1;
            while (last > 0 && QuoteSpans.isMark(t.words()[last].charAt(0))) {
                last--;
            }
            if (last < 1) {
                return List.of();
            }
            Quotation q = build(text, t.begin()[0], t.end()[last], lemma, t, new int[] {trailing[1], trailing[2]},
                    sentence, quotes, quoteUsed);
            return q == null ? List.of() : List.of(q);
        }
        int opening = openingPhrase(t, verb);
        int speakerLast = openingSpeaker(t, opening, verb);
        if (speakerLast < 0) {
            int[] apposed = apposedSpeaker(t, verb);
            if (apposed == null) {
                return null;
            }
            opening = apposed[0];
            speakerLast = apposed[1];
        }
        int n = lastContentWord(t);
        int[] content = null;
        int next = verbEnd + 1;
        if (lemma.equals("tell")) {
            // "told reporters (that) …": up to three words of hearer, then the content must be a clause
            int hearer = next;
            while (hearer <= n && hearer < next + 3 && (t.upos()[hearer].equals("NOUN")
                    || t.upos()[hearer].equals("PRON") || t.upos()[hearer].equals("PROPN")
                    || t.upos()[hearer].equals("DET") || t.upos()[hearer].equals("ADJ"))) {
                hearer++;
            }
            if (hearer == next || hearer > n || !(t.words()[hearer].equalsIgnoreCase("that")
                    || finiteVerbIn(t, hearer - 1, n))) {
                return null;
            }
            next = hearer;
        }
        if (next + 1 < t.size() && (t.words()[next].equals(":") || t.words()[next].equals(","))
                && QuoteSpans.isMark(t.words()[next + 1].charAt(0))) {
            content = new int[] {next + 1, t.size() - 1};
        } else {
            int first = next;
            while (first <= n && (TIME_WORDS.contains(t.words()[first].toLowerCase(Locale.ROOT))
                    || t.upos()[first].equals("ADV"))) {
                first++;
            }
            boolean that = first <= n && t.words()[first].equalsIgnoreCase("that");
            if (that) {
                first++;
            }
            if (first <= n && !t.words()[first].equals(",") && (that || finiteVerbIn(t, first, n)
                    || SpeechVerbs.OBJECT_CONTENT.contains(lemma))) {
                content = new int[] {first, n};
            }
        }
        if (content == null) {
            return null;
        }
        int speakerFirst = opening;
        while (speakerFirst < speakerLast && (t.upos()[speakerFirst].equals("CCONJ")
                || t.upos()[speakerFirst].equals("PUNCT"))) {
            speakerFirst++;
        }
        Quotation q = build(text, t.begin()[content[0]], t.end()[content[1]], lemma, t,
                new int[] {speakerFirst, speakerLast}, sentence, quotes, quoteUsed);
        return q == null ? List.of() : List.of(q);
    }

    /**
     * The last word of a noun phrase that opens the sentence and is the verb's subject (an adverb such as
     * {@code also} may stand between), or -1 when the words before the verb are not such a phrase.
     */
    private static int openingSpeaker(ParsedSentence t, int from, int verb) {
        int last = beforeVerbGroup(t, from, verb);
        if (last < from) {
            return -1;
        }
        for (int j = from; j <= last; j++) {
            String u = t.upos()[j];
            boolean nominal = u.equals("PROPN") || u.equals("NOUN") || u.equals("DET") || u.equals("ADJ")
                    || u.equals("NUM") || u.equals("PRON") && (j == from || j == last)
                    || u.equals("PART") && t.words()[j].equals("'s")
                    || u.equals("ADP") && t.words()[j].equalsIgnoreCase("of") && j > from
                    || j == from && u.equals("CCONJ");
            if (!nominal) {
                return -1;
            }
        }
        String head = t.upos()[last];
        return head.equals("PROPN") || head.equals("NOUN") || head.equals("PRON") ? last : -1;
    }

    /**
     * The last word before the verb group: adverbs ({@code also said}) and the perfect's {@code have}
     * ({@code has said}, {@code have also warned}) belong to the verb; a form of {@code be} does not (a passive
     * needs the parse).
     */
    private static int beforeVerbGroup(ParsedSentence t, int from, int verb) {
        int last = verb - 1;
        while (last >= from && (t.upos()[last].equals("ADV")
                || t.upos()[last].equals("AUX") && t.lemma()[last].equals("have"))) {
            last--;
        }
        return last;
    }

    /**
     * A subject that opens the sentence with an apposition or a relative clause between commas: {@code Harold
     * Pike, head of the dockers' union, said …} (the speaker is the name with its apposition, as the parse's
     * subject subtree is), {@code The firm, which employs 400 people, told …} (the speaker is the noun phrase
     * before the clause). Returns {first, last} of the speaker, or null.
     */
    private static int[] apposedSpeaker(ParsedSentence t, int verb) {
        int from = t.size() > 0 && t.upos()[0].equals("CCONJ") ? 1 : 0;
        int closing = beforeVerbGroup(t, from, verb);
        if (closing < from + 3 || !t.words()[closing].equals(",")) {
            return null;
        }
        int opening = -1;
        for (int j = from + 1; j < closing; j++) {
            String w = t.words()[j];
            if (QuoteSpans.isMark(w.charAt(0)) || w.equals(";") || w.equals(":")) {
                return null;
            }
            if (w.equals(",")) {
                if (opening >= 0) {
                    return null;
                }
                opening = j;
            }
        }
        if (opening < 0 || opening + 1 >= closing || openingSpeaker(t, from, opening) != opening - 1) {
            return null;
        }
        return relativeOrClause(t, opening + 1, closing - 1) ? new int[] {from, opening - 1}
                : new int[] {from, closing - 1};
    }

    /**
     * Where the speaker may start: 0, or after the comma of an opening phrase: one without a verb ({@code In a
     * statement, the company said …}, {@code On Monday, X said …}) or one that opens with a preposition,
     * subordinator or participle ({@code Speaking in Lisbon, X said …}, {@code When asked, X said …}).
     */
    private static int openingPhrase(ParsedSentence t, int verb) {
        int first = t.size() > 0 && t.upos()[0].equals("CCONJ") ? 1 : 0;
        boolean adverbial = first < verb && (t.upos()[first].equals("ADP") || t.upos()[first].equals("SCONJ")
                || t.xpos()[first].equals("VBG") || t.xpos()[first].equals("VBN"));
        for (int j = 0; j < verb; j++) {
            String u = t.upos()[j];
            if (t.words()[j].equals(",")) {
                return j >= 1 && j + 1 < verb ? j + 1 : 0;
            }
            if (!adverbial && (u.equals("VERB") || u.equals("AUX")) || QuoteSpans.isMark(t.words()[j].charAt(0))) {
                return 0;
            }
        }
        return 0;
    }

    private static boolean finiteVerbIn(ParsedSentence t, int from, int to) {
        for (int j = from + 1; j <= to; j++) {
            if (isFinite(t.xpos()[j])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFinite(String xpos) {
        return xpos.equals("VBD") || xpos.equals("VBZ") || xpos.equals("VBP") || xpos.equals("MD");
    }

    /** The cheap test before a parse: a speech-verb form or {@code according}. */
    static boolean mayHoldSpeech(List<Token> tokens) {
        for (Token t : tokens) {
            if (SpeechVerbs.isForm(t.text()) || t.text().equalsIgnoreCase("according")) {
                return true;
            }
        }
        return false;
    }

    private static Quotation atWord(String text, ParsedSentence p, int i, int sentence, List<QuoteSpans.Span> quotes,
                                    boolean[] quoteUsed) {
        String word = p.words()[i];
        if (word.equalsIgnoreCase("according") && i + 1 < p.size() && p.words()[i + 1].equalsIgnoreCase("to")) {
            return accordingTo(text, p, i, sentence, quotes, quoteUsed);
        }
        String lemma = SpeechVerbs.lemma(word, i + 1 < p.size() ? p.words()[i + 1] : null);
        if (lemma == null || !p.upos()[i].equals("VERB")) {
            return null;
        }
        int verbEnd = lemma.indexOf(' ') > 0 ? i + 1 : i;
        int[] trailing = trailingAttribution(p, i, verbEnd);
        if (trailing != null) {
            int last = trailing[0] - 1;
            while (last > 0 && QuoteSpans.isMark(p.words()[last].charAt(0))) {
                last--;
            }
            return last < 1 ? null : build(text, p.begin()[0], p.end()[last], lemma, p,
                    new int[] {trailing[1], trailing[2]}, sentence, quotes, quoteUsed);
        }
        int subject = nearestSubject(p, i);
        boolean passive = subject >= 0 && p.deprel()[subject].equals("nsubj:pass") || child(p, i, "aux:pass") >= 0;
        int agent = -1;
        if (passive) {
            if (lemma.equals("tell")) {
                return null; // the subject of "was told" is the hearer
            }
            agent = child(p, i, "obl:agent");
            subject = agent;
        } else if (subject < 0) {
            subject = inheritedSubject(p, i);
        }
        int[] speaker;
        if (subject >= 0 && RELATIVE_PRONOUNS.contains(p.words()[subject].toLowerCase(Locale.ROOT))
                && p.deprel()[i].startsWith("acl:relcl") && p.head()[i] > 0 && p.head()[i] - 1 < subject) {
            // "MPs, who said they were against it": the relative pronoun's antecedent is the speaker
            int antecedent = p.head()[i] - 1;
            speaker = new int[] {subtree(p, antecedent)[0], antecedent};
        } else {
            speaker = subject < 0 ? null : trimmedSubtree(p, subject, i);
        }
        if (speaker == null && !passive) {
            speaker = nameRightBefore(p, i);
        }
        if (agent >= 0 && speaker != null && p.words()[speaker[0]].equalsIgnoreCase("by")) {
            speaker = new int[] {speaker[0] + 1, speaker[1]};
        }
        int[] content = content(text, p, i, verbEnd, lemma, speaker, passive);
        if (content == null) {
            return null;
        }
        int begin = p.begin()[content[0]];
        int end = p.end()[content[1]];
        if (passive && !hasClause(p, i)) {
            return null; // "is expected to", "was reported killed": no content reported by anyone
        }
        return build(text, begin, end, lemma, p, speaker, sentence, quotes, quoteUsed);
    }

    private static boolean hasClause(ParsedSentence p, int verb) {
        return child(p, verb, "ccomp") >= 0;
    }

    /** DIRECT, PARTIAL or REPORTED by the quotes the content span meets. */
    private static Quotation build(String text, int begin, int end, String lemma, ParsedSentence p, int[] speaker,
                                   int sentence, List<QuoteSpans.Span> quotes, boolean[] quoteUsed) {
        QuotationKind kind = QuotationKind.REPORTED;
        int b = begin;
        int e = end;
        for (int q = 0; q < quotes.size(); q++) {
            QuoteSpans.Span quote = quotes.get(q);
            if (!quote.overlaps(begin, end) && !(quote.openMark() >= begin && quote.openMark() < end)) {
                continue;
            }
            quoteUsed[q] = true;
            if (quote.openMark() <= begin + 1 && kind == QuotationKind.REPORTED) {
                kind = QuotationKind.DIRECT;
                b = quote.begin();
                e = Math.max(quote.end(), b);
            } else if (kind == QuotationKind.REPORTED) {
                kind = QuotationKind.PARTIAL;
                e = Math.max(e, quote.end());
            }
        }
        if (kind != QuotationKind.DIRECT && text.regionMatches(true, b, "that ", 0, 5) && e > b + 5) {
            b += 5; // the complementiser, however the parser attached it
        }
        e = trimEnd(text, b, e);
        if (e <= b) {
            return null;
        }
        String speakerText = null;
        int sb = -1;
        int se = -1;
        if (speaker != null) {
            sb = p.begin()[speaker[0]];
            se = p.end()[speaker[1]];
            speakerText = text.substring(sb, se);
        }
        return new Quotation(kind, b, e, text.substring(b, e), lemma, speakerText, sb, se, null, null, sentence);
    }

    /** Drops trailing punctuation, spaces and quote marks, which belong to the sentence, not the content. */
    private static int trimEnd(String text, int begin, int end) {
        int e = end;
        while (e > begin) {
            char c = text.charAt(e - 1);
            if (Character.isWhitespace(c) || c == ',' || c == '.' || c == ';' || c == ':' || QuoteSpans.isMark(c)) {
                e--;
            } else {
                break;
            }
        }
        return e;
    }

    /** Word range [first, last] of the content, or null when the verb reports nothing this step can find. */
    private static int[] content(String text, ParsedSentence p, int verb, int verbEnd, String lemma, int[] speaker,
                                 boolean passive) {
        int n = p.size();
        // X said: "…"  /  X said, "…"
        int next = verbEnd + 1;
        if (next + 1 < n && (p.words()[next].equals(":") || p.words()[next].equals(","))
                && QuoteSpans.isMark(p.words()[next + 1].charAt(0))) {
            return new int[] {next + 1, n - 1};
        }
        int clause = child(p, verb, "ccomp");
        if (clause >= 0 && p.begin()[clause] > p.begin()[verb]) {
            int[] span = subtree(p, clause);
            int conjoined = conjoinedSpeechVerb(p, clause);
            if (conjoined >= 0) {
                // "said the road was closed and warned that …": the second report is its own quotation
                int last = subtree(p, conjoined)[0] - 1;
                while (last > span[0] && (p.upos()[last].equals("CCONJ") || p.upos()[last].equals("PUNCT"))) {
                    last--;
                }
                span = new int[] {span[0], last};
            }
            int first = Math.max(span[0], verbEnd + 1);
            if (speaker != null && speaker[0] > verb) {
                first = Math.max(first, speaker[1] + 1); // "…", said X, "…" parsed as one clause
            }
            while (first < span[1] && (p.words()[first].equalsIgnoreCase("that")
                    || p.upos()[first].equals("PUNCT") && !QuoteSpans.isMark(p.words()[first].charAt(0)))) {
                first++;
            }
            return first <= span[1] ? new int[] {first, span[1]} : null;
        }
        if (passive) {
            return null;
        }
        int xcomp = child(p, verb, "xcomp");
        if (xcomp > verb && p.xpos()[xcomp].equals("VBG")) {
            return subtree(p, xcomp);
        }
        int obj = child(p, verb, "obj");
        if (obj > verb && SpeechVerbs.OBJECT_CONTENT.contains(lemma)) {
            return subtree(p, obj);
        }
        if (lemma.equals("warn")) {
            for (int j = verb + 1; j < n; j++) {
                if (p.head()[j] == verb + 1 && p.deprel()[j].startsWith("obl") && hasCase(p, j, "of")) {
                    int[] span = subtree(p, j);
                    return new int[] {span[0] + 1, span[1]};
                }
            }
        }
        // A "that" clause the parser attached elsewhere: "told reporters that …"
        for (int j = verbEnd + 1; j < Math.min(n, verbEnd + 6); j++) {
            if (p.words()[j].equals(",") || p.words()[j].equals(".")) {
                break;
            }
            if (p.words()[j].equalsIgnoreCase("that") && j + 1 < n) {
                return new int[] {j + 1, lastContentWord(p)};
            }
        }
        return clauseAfter(p, verb, verbEnd, lemma);
    }

    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "morning", "afternoon",
            "evening", "night", "week", "weekend", "earlier", "later", "early", "late", "last", "this", "on", "in",
            "at", "a", "statement", "reporters", "journalists");

    /**
     * A complement clause without "that" the parser did not attach to the verb ("said U.S. troops fired …"):
     * after the verb, past a time phrase (and the hearer of {@code tell}), words that start with a noun phrase and
     * hold a finite verb.
     */
    private static int[] clauseAfter(ParsedSentence p, int verb, int verbEnd, String lemma) {
        int last = lastContentWord(p);
        int first = verbEnd + 1;
        while (first <= last && (TIME_WORDS.contains(p.words()[first].toLowerCase(Locale.ROOT))
                || p.upos()[first].equals("ADV"))) {
            first++;
        }
        if (lemma.equals("tell") && first <= last && !p.upos()[first].equals("PUNCT")) {
            return null; // "told him …": the hearer and the content are not told apart without the parse
        }
        if (first > last || last - first < 2) {
            return null;
        }
        String u = p.upos()[first];
        if (!(u.equals("DET") || u.equals("NOUN") || u.equals("PROPN") || u.equals("PRON") || u.equals("NUM")
                || u.equals("ADJ"))) {
            return null;
        }
        for (int j = first + 1; j <= last; j++) {
            String x = p.xpos()[j];
            if (x.equals("VBD") || x.equals("VBZ") || x.equals("VBP") || x.equals("MD")) {
                return new int[] {first, last};
            }
            if (p.words()[j].equals(",") && j == first + 1) {
                return null;
            }
        }
        return null;
    }

    /**
     * "…, the ministry said (on Monday)." and "…," said X.: found on the words alone, since a long clause before
     * the attribution is where the parser most often goes wrong. Returns {comma, speaker first, speaker last}.
     */
    /**
     * {@code "…," Birgit Kuhl, from Sal Bank, told Reuters.}: after {@code told} comes the hearer, so the speaker is
     * the name before the apposition. {comma ending the content, speaker first, speaker last}, or null.
     */
    private static int[] toldAfterApposition(ParsedSentence p, int verb, int verbEnd) {
        if (verb < 4 || !p.words()[verb - 1].equals(",") || !trailingOnly(p, verbEnd)) {
            return null;
        }
        int a = verb - 2;
        while (a >= 0 && !p.words()[a].equals(",") && !p.upos()[a].equals("VERB") && verb - a <= 12) {
            a--;
        }
        if (a < 2 || !p.words()[a].equals(",")) {
            return null;
        }
        int b = a - 1;
        while (b >= 0 && p.upos()[b].equals("PROPN") && a - b <= 5) {
            b--;
        }
        if (b == a - 1 || b < 1) {
            return null;
        }
        int comma = b;
        if (QuoteSpans.isMark(p.words()[b].charAt(0)) && p.words()[b - 1].equals(",")) {
            comma = b - 1;
        }
        return p.words()[comma].equals(",") ? new int[] {comma, b + 1, a - 1} : null;
    }

    private static int[] trailingAttribution(ParsedSentence p, int verb, int verbEnd) {
        if (verb > 0 && p.words()[verb - 1].equals(",")
                && "tell".equals(SpeechVerbs.lemma(p.words()[verb], verb + 1 < p.size() ? p.words()[verb + 1] : null))) {
            return toldAfterApposition(p, verb, verbEnd); // never inverted: what follows "told" is the hearer
        }
        int j = verb - 1;
        while (j >= 0 && !p.words()[j].equals(",") && !QuoteSpans.isMark(p.words()[j].charAt(0))
                && !p.upos()[j].equals("VERB") && !p.upos()[j].equals("AUX") && !p.upos()[j].equals("SCONJ")
                && !p.upos()[j].equals("PUNCT") && verb - j <= 10) {
            j--;
        }
        int comma = j;
        if (comma >= 0 && QuoteSpans.isMark(p.words()[comma].charAt(0)) && comma > 0
                && p.words()[comma - 1].equals(",")) {
            comma--; // ...," said X
        }
        if (comma < 2 || !p.words()[comma].equals(",")) {
            return null;
        }
        int n = lastContentWord(p);
        if (j == verb - 1 || comma == verb - 1) {
            if (p.xpos()[verb].equals("VBG")) {
                return null; // ", saying …" continues the clause before
            }
            // inverted: ", said X." — X is everything up to the sentence end, or up to the comma of an apposition
            // without a verb (", said Carla Dunmore, chief economist at Westbank.")
            int nameEnd = n;
            for (int k = verbEnd + 1; k <= n; k++) {
                String u = p.upos()[k];
                boolean capitalised = Character.isUpperCase(p.words()[k].charAt(0));
                if ((u.equals("VERB") || u.equals("AUX") || u.equals("SCONJ")) && !capitalised
                        || p.words()[k].equals(",") && (nameEnd < n || k == verbEnd + 1 || k == n)) {
                    return null; // not a name after the verb but a clause: ", which runs …, said volumes grew"
                }
                if (p.words()[k].equals(",")) {
                    nameEnd = k - 1;
                }
            }
            if (verbEnd + 1 > nameEnd || verbEnd + 1 < nameEnd - 8 || n - nameEnd > 15) {
                return null;
            }
            int last = nameEnd;
            while (last > verbEnd + 1 && !p.upos()[last].equals("PROPN") && !p.upos()[last].equals("NOUN")) {
                last--;
            }
            return p.upos()[verbEnd + 1].equals("PUNCT") ? null : new int[] {comma, verbEnd + 1, last};
        }
        if (!trailingOnly(p, verbEnd)) {
            return null;
        }
        return new int[] {comma, j + 1, verb - 1};
    }

    /** Whether words [from, to] are a relative clause or hold a verb (not an appositive name). */
    private static boolean relativeOrClause(ParsedSentence p, int from, int to) {
        if (p.upos()[from].equals("PRON")) {
            return true;
        }
        for (int j = from; j <= to; j++) {
            if (p.upos()[j].equals("VERB") || p.upos()[j].equals("AUX")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A speech verb without a subject of its own conjoined to the head of a reported clause: the parser joined
     * "warned" to "closed" in "said the road was closed and warned that …" ({@link #inheritedSubject} gives it the
     * reporting verb's subject). -1 when there is none.
     */
    private static int conjoinedSpeechVerb(ParsedSentence p, int clause) {
        for (int j = clause + 1; j < p.size(); j++) {
            if (p.head()[j] == clause + 1 && p.deprel()[j].equals("conj") && p.upos()[j].equals("VERB")
                    && SpeechVerbs.lemma(p.words()[j], j + 1 < p.size() ? p.words()[j + 1] : null) != null
                    && child(p, j, "nsubj") < 0) {
                return j;
            }
        }
        return -1;
    }

    /**
     * A run of proper nouns right before a speech verb the parser gave no subject ("…, Salim Ahmed Salim said
     * early Monday …" with the name attached elsewhere): the name is the speaker. Null when there is none.
     */
    private static int[] nameRightBefore(ParsedSentence p, int verb) {
        int first = verb;
        while (first > 0 && p.upos()[first - 1].equals("PROPN")) {
            first--;
        }
        return first < verb ? new int[] {first, verb - 1} : null;
    }

    /** The verb's subject nearest to it: the last one before it, else the first after it. */
    private static int nearestSubject(ParsedSentence p, int verb) {
        int found = -1;
        for (int j = 0; j < p.size(); j++) {
            if (p.head()[j] == verb + 1 && (p.deprel()[j].equals("nsubj") || p.deprel()[j].startsWith("nsubj:"))) {
                if (j < verb || found < 0) {
                    found = j;
                }
                if (j > verb) {
                    break;
                }
            }
        }
        return found;
    }

    /**
     * After the speaker and verb only a short adjunct and the sentence end: "said on Monday.", "said in a
     * statement.", not a clause ("…, X said the plant would close": a finite verb or auxiliary).
     */
    private static boolean trailingOnly(ParsedSentence p, int blockEnd) {
        int words = 0;
        for (int j = blockEnd + 1; j < p.size(); j++) {
            String w = p.words()[j];
            if (w.equals(",") || w.equalsIgnoreCase("that") || QuoteSpans.isMark(w.charAt(0))
                    || p.upos()[j].equals("AUX") || isFinite(p.xpos()[j])) {
                return false;
            }
            if (!p.upos()[j].equals("PUNCT")) {
                words++;
            }
        }
        return words <= 6;
    }

    private static int lastContentWord(ParsedSentence p) {
        int last = p.size() - 1;
        while (last > 0 && p.upos()[last].equals("PUNCT") && !QuoteSpans.isMark(p.words()[last].charAt(0))) {
            last--;
        }
        return last;
    }

    private static boolean hasCase(ParsedSentence p, int word, String form) {
        for (int j = 0; j < p.size(); j++) {
            if (p.head()[j] == word + 1 && p.deprel()[j].equals("case") && p.words()[j].equalsIgnoreCase(form)) {
                return true;
            }
        }
        return false;
    }

    /** "according to X, …" and "…, according to X." */
    private static Quotation accordingTo(String text, ParsedSentence p, int at, int sentence,
                                         List<QuoteSpans.Span> quotes, boolean[] quoteUsed) {
        int n = p.size();
        int speakerFirst = at + 2;
        int speakerLast = speakerFirst;
        while (speakerLast + 1 < n && !p.upos()[speakerLast + 1].equals("PUNCT")) {
            speakerLast++;
        }
        if (speakerFirst >= n || p.upos()[speakerFirst].equals("PUNCT")) {
            return null;
        }
        int[] content;
        if (at == 0 || at == 1 && p.upos()[0].equals("CCONJ")) {
            int first = speakerLast + 1;
            while (first < n && p.upos()[first].equals("PUNCT") && !QuoteSpans.isMark(p.words()[first].charAt(0))) {
                first++;
            }
            content = first < n ? new int[] {first, lastContentWord(p)} : null;
        } else if (p.words()[at - 1].equals(",")) {
            content = at >= 2 ? new int[] {0, at - 2} : null;
        } else {
            return null;
        }
        if (content == null || content[1] < content[0]) {
            return null;
        }
        return build(text, p.begin()[content[0]], p.end()[content[1]], "according to", p,
                new int[] {speakerFirst, speakerLast}, sentence, quotes, quoteUsed);
    }

    /** The subject of the verb a coordinated verb or participle depends on ("… and warned that", "…, saying …"). */
    private static int inheritedSubject(ParsedSentence p, int verb) {
        int current = verb;
        for (int hop = 0; hop < 3; hop++) {
            String rel = p.deprel()[current];
            if (!(rel.equals("conj") || rel.startsWith("advcl") || rel.equals("xcomp"))) {
                return -1;
            }
            current = p.head()[current] - 1;
            if (current < 0) {
                return -1;
            }
            int speechHead = p.head()[current] - 1;
            if (rel.equals("conj") && p.deprel()[current].equals("ccomp") && speechHead >= 0
                    && SpeechVerbs.lemma(p.words()[speechHead], null) != null) {
                current = speechHead; // "said the quake was deep and warned of …": the parser joined warned to was
            }
            int subject = child(p, current, "nsubj");
            if (subject >= 0 && !p.deprel()[subject].equals("nsubj:pass")) {
                return subject;
            }
        }
        return -1;
    }

    /** The first child of {@code word} whose relation is {@code rel} or a subtype of it ({@code nsubj:pass}). */
    private static int child(ParsedSentence p, int word, String rel) {
        for (int j = 0; j < p.size(); j++) {
            if (p.head()[j] == word + 1 && (p.deprel()[j].equals(rel) || p.deprel()[j].startsWith(rel + ":"))) {
                return j;
            }
        }
        return -1;
    }

    /** The contiguous word range of a word's subtree. */
    private static int[] subtree(ParsedSentence p, int word) {
        int first = word;
        int last = word;
        boolean grew = true;
        boolean[] in = new boolean[p.size()];
        in[word] = true;
        while (grew) {
            grew = false;
            for (int j = 0; j < p.size(); j++) {
                if (!in[j] && p.head()[j] > 0 && in[p.head()[j] - 1]) {
                    in[j] = true;
                    grew = true;
                    first = Math.min(first, j);
                    last = Math.max(last, j);
                }
            }
        }
        return new int[] {first, last};
    }

    /** A subject's subtree, cut at the verb and stripped of edge punctuation. */
    private static int[] trimmedSubtree(ParsedSentence p, int subject, int verb) {
        int[] span = subtree(p, subject);
        int first = span[0];
        int last = span[1];
        if (subject < verb) {
            last = Math.min(last, verb - 1);
            while (last + 1 < verb && (p.upos()[last + 1].equals("PROPN") || p.upos()[last + 1].equals("NOUN"))) {
                last++; // "Finance Minister Muhammad Aurangzeb" split by the parser
            }
            for (int j = subject + 1; j < last; j++) {
                if (p.words()[j].equals(",") && relativeOrClause(p, j + 1, last)) {
                    last = j - 1; // "The company, which runs terminals …, said"
                    break;
                }
            }
        } else {
            first = Math.max(first, verb + 1);
        }
        while (first < last && p.upos()[first].equals("PUNCT")) {
            first++;
        }
        while (last > first && p.upos()[last].equals("PUNCT")) {
            last--;
        }
        return new int[] {first, last};
    }

    /** Sentence-like quotes no speech verb claimed, continuing the DIRECT quotation just before them. */
    private static List<Quotation> continuations(ArticleSyntax syntax, List<QuoteSpans.Span> quotes,
                                                 boolean[] quoteUsed, List<Quotation> found) {
        List<Quotation> added = new ArrayList<>();
        List<Quotation> all = new ArrayList<>(found);
        all.sort(Comparator.comparingInt(Quotation::begin));
        String text = syntax.text();
        for (int q = 0; q < quotes.size(); q++) {
            QuoteSpans.Span quote = quotes.get(q);
            if (quoteUsed[q] || !sentenceLike(text, quote)) {
                continue;
            }
            Quotation before = null;
            for (Quotation f : all) {
                if (f.end() <= quote.begin()) {
                    before = f;
                }
            }
            int sentence = syntax.sentenceIndexAt(quote.begin());
            if (before == null || before.kind() != QuotationKind.DIRECT
                    || syntax.sentenceIndexAt(before.end()) < sentence - 1) {
                continue;
            }
            int e = trimEnd(text, quote.begin(), quote.end());
            Quotation c = new Quotation(QuotationKind.DIRECT, quote.begin(), e, text.substring(quote.begin(), e),
                    before.verb(), before.speakerText(), before.speakerBegin(), before.speakerEnd(), null, null,
                    sentence);
            added.add(c);
            all.add(c);
            all.sort(Comparator.comparingInt(Quotation::begin));
        }
        return added;
    }

    /** At least four words, starting with a capital letter: a quoted sentence rather than a scare-quoted term. */
    private static boolean sentenceLike(String text, QuoteSpans.Span quote) {
        if (!Character.isUpperCase(text.charAt(quote.begin()))) {
            return false;
        }
        return text.substring(quote.begin(), quote.end()).trim().split("\\s+").length >= 4;
    }
}
