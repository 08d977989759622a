package dev.wireetl.common.figures;

import dev.wireetl.common.syntax.ArticleSyntax;
import dev.wireetl.common.syntax.ParsedSentence;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Attaches figures on the dependency tree of their sentence: the object is the noun the number quantifies
 * ({@code nummod}/{@code compound} of it, or the {@code of} noun of the number: {@code 79 out of 128 drones},
 * {@code two-thirds of voters}, money's {@code in}/{@code for} noun: {@code $1.1m in subsidies}); for the size of
 * a change ({@code rose/fell/cut by X}) the object is the changing thing (the verb's subject, passive subject, or
 * object of a transitive change verb when the figure is its {@code by} phrase) and the direction comes from the
 * verb; the count type only from a verb or noun that governs the counted noun in the tree. Runs after
 * {@link FigureContext}: where the tree names no common noun the window's object stays, so the extractor works the
 * same without a model. Both UD analyses of {@code N out of M nouns} are read: the noun as head with the numbers
 * as its {@code nummod} (what the shipped model gives), and EWT's number as head with the noun as its
 * {@code nmod} ({@code out}, {@code of} as case).
 */
final class TreeAttachment {
    private static final Set<String> NOUN_POS = Set.of("NOUN", "PROPN");
    private static final Set<String> MODIFIER_RELS = Set.of("nummod", "det", "amod", "compound", "nmod:npmod",
            "obl:npmod", "nmod");
    private static final Set<String> MONEY_LINKS = Set.of("in", "of", "worth");
    private static final Set<String> LEVEL_CASES = Set.of("to", "from", "at", "than", "of", "with", "around", "near",
            "about");
    private static final Set<String> TRANSPARENT_RATE = Set.of("rate", "pace");
    private static final Set<String> VALUE_CASES = Set.of("of", "worth");
    private static final Set<String> PHRASE_RELS = Set.of("amod", "compound", "nmod:poss", "flat", "compound:prt");
    private static final Set<String> SUBJECT_RELS = Set.of("nsubj", "nsubj:pass");
    private static final Map<String, Direction> DIRECTION_ADVERBS = Map.of("upward", Direction.UP,
            "upwards", Direction.UP, "higher", Direction.UP, "downward", Direction.DOWN, "downwards", Direction.DOWN,
            "lower", Direction.DOWN);
    private static final Set<String> PREPOSITION_QUALIFIERS = Set.of("over", "under");
    private static final Set<String> NOT_NOUN_POS = Set.of("VERB", "AUX", "ADV", "ADP", "SCONJ", "CCONJ", "PART");
    private static final Map<String, Direction> PARTICLE_DIRECTIONS = Map.of("up", Direction.UP,
            "down", Direction.DOWN);
    private static final Set<String> NON_CHANGE_PHRASAL = Set.of("make", "take", "use", "eat", "add", "set", "sign",
            "end", "wind", "break", "shut", "sum", "back", "turn", "call", "hold", "put", "step", "mop", "round", "buy");
    private static final Set<String> PERIOD_NOUNS = Set.of("qtr", "quarter", "quarters", "period", "half", "fiscal");
    private static final Set<String> FUNDRAISING_VERBS = Set.of("raise");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "that", "who");
    private static final Set<String> SKIPPED_RELS = Set.of("case", "fixed", "punct", "cc");

    private final ArticleSyntax syntax;
    private final String text;

    TreeAttachment(ArticleSyntax syntax, String text) {
        this.syntax = syntax;
        this.text = text;
    }

    void attach(TokenStream t, List<FigureScanner.Candidate> candidates) {
        for (FigureScanner.Candidate c : candidates) {
            if (c.convertsFrom == null && c.tableRow == null && !c.labelled) {
                attach(c, t.begin[c.first], t.end[c.last]);
            }
        }
        for (FigureScanner.Candidate c : candidates) {
            FigureScanner.Candidate base = c.convertsFrom;
            if (base != null) {
                c.object = base.object;
                c.modifier = base.modifier;
                c.direction = base.direction;
                c.phraseBegin = base.phraseBegin;
                c.phraseEnd = base.phraseEnd;
                c.subjectBegin = base.subjectBegin;
                c.subjectEnd = base.subjectEnd;
            }
        }
    }

    private void attach(FigureScanner.Candidate c, int begin, int end) {
        ParsedSentence p = syntax.sentence(syntax.sentenceIndexAt(begin));
        int n = p.size();
        boolean[] inFigure = new boolean[n];
        int any = -1;
        for (int i = 0; i < n; i++) {
            inFigure[i] = p.begin()[i] < end && p.end()[i] > begin;
            if (inFigure[i] && any < 0) {
                any = i;
            }
        }
        if (any < 0) {
            return;
        }
        int f = figureHead(p, inFigure);
        Tree tree = new Tree(p);
        int noun = -1;
        boolean counted = false;
        String rel = tree.rel(f);
        int governor = tree.head(f);
        int of = ofNoun(tree, f, c.kind, inFigure);
        if (of < 0 && c.kind == FigureKind.MONEY) {
            of = inNounAfter(tree, inFigure);
        }
        if (c.kind != FigureKind.COUNT && !(c.kind == FigureKind.PERCENT && of >= 0) // "a stake of 5% of the firm"
                && rel.startsWith("nmod") && governor >= 0 && governor < f
                && tree.p.upos()[governor].equals("NOUN")
                && !TRANSPARENT_RATE.contains(tree.p.words()[governor].toLowerCase(Locale.ROOT))
                && VALUE_CASES.contains(String.valueOf(tree.caseOf(f))) && !isChangeNoun(tree, governor)) {
            noun = governor; // "a loss of three cts", "a coupon of 14-3/4 pct", "shares worth $1bn"
        } else if (of >= 0) {
            noun = of;
        } else if (MODIFIER_RELS.contains(rel) && governor >= 0 && !inFigure[governor]
                && NOUN_POS.contains(p.upos()[governor]) && governor > f) {
            // "killed four Iraqis Tuesday": a weekday the parser made the head has the counted noun as compound.
            if (Lexicon.WEEKDAYS.containsKey(p.words()[governor].toLowerCase(Locale.ROOT)) && governor > f + 1
                    && tree.head(f + 1) == governor
                    && (tree.rel(f + 1).equals("compound") || tree.rel(f + 1).equals("amod"))) {
                governor = f + 1;
            }
            noun = phraseHead(tree, governor, f);
            counted = true;
            int verb = tree.head(noun);
            if (verb >= 0 && tree.rel(noun).startsWith("obl") && "by".equals(tree.caseOf(noun))
                    && changeVerb(tree, verb) != null) {
                c.direction = changeVerb(tree, verb); // "has grown by 1,000 soldiers"
            }
        }
        if (counted && c.kind == FigureKind.COUNT && any > 1
                && (c.qualifier == Qualifier.MORE_THAN || c.qualifier == Qualifier.LESS_THAN)
                && PREPOSITION_QUALIFIERS.contains(p.words()[any - 1].toLowerCase(Locale.ROOT))
                && p.upos()[any - 2].equals("NOUN")) {
            // "stand trial over two coups", "the dispute over 200 jobs": between a noun and a counted noun the
            // preposition links the two ("sold under 3,000 cars" and "children under five" keep the qualifier).
            c.qualifier = Qualifier.EXACT;
        }
        if (c.direction != null && isShareParticleBefore(tree, any)) {
            c.direction = null; // "make up two-thirds of exports", "set up 12 offices": not a rise
        }
        if (noun < 0 && rel.startsWith("nmod") && governor >= 0 && isChangeNoun(tree, governor)
                && "of".equals(tree.caseOf(f))) {
            noun = governor; // "a rise of 5% in profit"
        }
        if (noun >= 0 && isChangeNoun(tree, noun) && !(counted && c.kind == FigureKind.COUNT)) {
            // "a 5% rise in profit", "a rise of 5% in profit": the object is what rises (a count of changes is
            // no change: "five interest rate rises").
            c.direction = changeNoun(tree, noun);
            int changing = tree.child(noun, "nmod", Set.of("in", "of"), f);
            if (changing < 0) {
                changing = tree.child(noun, "compound", null, f); // "a sales increase of 6.5%"
                if (changing >= 0 && (inFigure[changing] || !tree.p.upos()[changing].equals("NOUN"))) {
                    changing = -1;
                }
            }
            noun = changing;
            counted = false;
        }
        if (noun < 0 && !counted) {
            noun = predicated(tree, c, f, inFigure);
        }
        if (noun >= 0) {
            noun = throughContainer(tree, noun);
        }
        if (c.kind == FigureKind.COUNT) {
            CountType type = countType(tree, counted ? noun : f);
            if (type == null && noun >= 0 && !counted) {
                type = countType(tree, noun);
            }
            if (type == null) {
                type = c.adjacentTrigger;
            }
            c.countType = type != null ? type : clauseMateTrigger(tree, counted ? noun : f, inFigure);
        }
        setSubjectSpan(c, tree, noun >= 0 ? noun : f);
        if (noun >= 0 && (isCommonNoun(tree, noun) || counted && isPluralName(tree, noun)
                && !isUnitWord(p.words()[noun].toLowerCase(Locale.ROOT)))) {
            int[] span = phrase(tree, noun, inFigure);
            c.object = p.words()[noun].toLowerCase(Locale.ROOT);
            c.modifier = span[1] < noun ? modifier(p, span[1], noun) : null;
        } else if (noun >= 0) {
            // A name or pronoun: the window's object stays; the name is what the figure is about.
            int[] span = phrase(tree, noun, inFigure);
            c.subjectBegin = p.begin()[span[0]];
            c.subjectEnd = p.end()[noun];
            noun = -1;
        }
        if (noun < 0 && c.object != null) {
            noun = nearestWord(p, c.object, f, inFigure);
            if (noun >= 0 && (NOT_NOUN_POS.contains(p.upos()[noun]) && !p.xpos()[noun].equals("VBZ")
                    || isUnitWord(c.object))) {
                // "ask for more than $140 billion": the window took a verb or adverb for the noun (a VBZ may be a
                // plural noun the tagger missed: housing starts)
                c.object = null;
                c.modifier = null;
                noun = -1;
            }
        }
        if (noun >= 0) {
            int[] span = phrase(tree, noun, inFigure);
            c.phraseBegin = p.begin()[span[0]];
            c.phraseEnd = p.end()[noun];
        }
    }

    /** The word of the sentence spelling the window's object, nearest the figure, for its phrase; or -1. */
    private static int nearestWord(ParsedSentence p, String object, int f, boolean[] inFigure) {
        int best = -1;
        for (int i = 0; i < p.size(); i++) {
            if (!inFigure[i] && p.words()[i].toLowerCase(Locale.ROOT).equals(object)
                    && (best < 0 || Math.abs(i - f) < Math.abs(best - f))) {
                best = i;
            }
        }
        return best;
    }

    /** The figure's own head: the word of its span whose head lies outside it (not a case or punctuation word). */
    private static int figureHead(ParsedSentence p, boolean[] inFigure) {
        int fallback = -1;
        for (int i = 0; i < p.size(); i++) {
            if (!inFigure[i]) {
                continue;
            }
            int h = p.head()[i] - 1;
            if (h >= 0 && inFigure[h]) {
                continue;
            }
            if (!SKIPPED_RELS.contains(p.deprel()[i])) {
                return i;
            }
            if (fallback < 0) {
                fallback = i;
            }
        }
        return fallback;
    }

    /** {@code up} of {@code make up}, {@code set up} (no change) within the three words before the figure. */
    private static boolean isShareParticleBefore(Tree tree, int first) {
        for (int k = first - 1; k >= Math.max(0, first - 3); k--) {
            String w = tree.p.words()[k].toLowerCase(Locale.ROOT);
            if (w.equals("up") && tree.rel(k).equals("compound:prt") && tree.head(k) >= 0
                    && NON_CHANGE_PHRASAL.contains(tree.p.lemma()[tree.head(k)].toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (w.equals("up") && k > 0 && tree.p.upos()[k - 1].equals("VERB")
                    && NON_CHANGE_PHRASAL.contains(tree.p.lemma()[k - 1].toLowerCase(Locale.ROOT))) {
                return true; // the particle right after its verb, whatever the parser hung it on
            }
        }
        return false;
    }

    /**
     * Money's bare {@code in} noun right after it that the parser hung on the verb: {@code received $12 billion
     * in multilateral and bilateral debt relief} pays relief; likewise its {@code worth of} noun.
     */
    private static int inNounAfter(Tree tree, boolean[] inFigure) {
        int last = inFigure.length - 1;
        while (last >= 0 && !inFigure[last]) {
            last--;
        }
        int link = last + 1;
        if (link + 1 < inFigure.length && tree.p.words()[link].equalsIgnoreCase("worth")
                && tree.p.words()[link + 1].equalsIgnoreCase("of")) {
            link++; // "bought 300,000 dlrs worth of bonds" with worth read as a second object
        }
        if (link >= inFigure.length || !(tree.p.words()[link].equalsIgnoreCase("in")
                || tree.p.words()[link].equalsIgnoreCase("of") && tree.p.words()[link - 1].equalsIgnoreCase("worth"))
                || !tree.rel(link).equals("case")) {
            return -1;
        }
        int noun = tree.head(link);
        if (noun <= link) {
            return -1;
        }
        String word = tree.p.words()[noun].toLowerCase(Locale.ROOT);
        if (!tree.p.upos()[noun].equals("NOUN") || tree.hasChild(noun, "det")
                || tree.hasChild(noun, "nmod:poss") || Lexicon.NON_OBJECTS.contains(word)
                || PERIOD_NOUNS.contains(word)) {
            return -1;
        }
        return noun;
    }

    /** {@code 70% of sales}, {@code 79 out of 128 drones} (EWT), {@code $1.1m in subsidies}: the number's noun. */
    private static int ofNoun(Tree tree, int f, FigureKind kind, boolean[] inFigure) {
        for (int k : tree.children(f)) {
            if (inFigure[k] || !tree.rel(k).startsWith("nmod") || !NOUN_POS.contains(tree.p.upos()[k]) || k < f) {
                continue;
            }
            String c = tree.caseOf(k);
            // Money's "in" noun is what it is paid in or for when bare: "$1.1m in subsidies", not "in the deal".
            boolean bare = !tree.hasChild(k, "det") && !tree.hasChild(k, "nmod:poss")
                    && !PERIOD_NOUNS.contains(tree.p.words()[k].toLowerCase(Locale.ROOT));
            // "out" alone: "79 out of 128 drones" with "of" misattached to the total, a parse seen on news text.
            if ("of".equals(c) || "out".equals(c) || kind == FigureKind.MONEY && c != null && MONEY_LINKS.contains(c) && bare) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The thing the figure is predicated of: the subject of a change verb or of a verb (or copula) the figure
     * completes ({@code prices rose 10.7%}, {@code growth would reach 4.4%}, {@code unemployment was 5%}), or the
     * object of a transitive change verb when the figure is its {@code by} phrase ({@code cut its workforce by
     * 10%}). Sets the direction of a change from the verb.
     */
    private static int predicated(Tree tree, FigureScanner.Candidate c, int f, boolean[] inFigure) {
        String rel = tree.rel(f);
        int verb = tree.head(f);
        String figureCase = tree.caseOf(f);
        for (int k = 0; k < inFigure.length && figureCase == null; k++) {
            if (inFigure[k] && k != f) {
                figureCase = tree.caseOf(k); // "by" hung on the number of "by 15 percent"
            }
        }
        if (tree.hasChild(f, "cop")) {
            int subject = tree.subject(f);
            return subject;
        }
        if (verb < 0 || !(rel.equals("obj") || rel.startsWith("obl") || rel.equals("advmod")
                || rel.equals("nmod:npmod") || rel.equals("xcomp"))) {
            return -1;
        }
        if (!tree.p.upos()[verb].equals("VERB") && !tree.p.upos()[verb].equals("AUX")
                && !tree.p.upos()[verb].equals("ADJ")) {
            return -1;
        }
        Direction d = changeVerb(tree, verb);
        String verbWord = tree.p.words()[verb].toLowerCase(Locale.ROOT);
        if (DIRECTION_ADVERBS.containsKey(verbWord) && tree.head(verb) >= 0
                && (tree.rel(verb).equals("xcomp") || tree.rel(verb).equals("advmod"))) {
            // "pushed prices upward by 15%" with the adverb read as a verb: the change is its head's
            d = DIRECTION_ADVERBS.get(verbWord);
            verb = tree.head(verb);
        }
        int first = 0;
        while (first < inFigure.length && !inFigure[first]) {
            first++;
        }
        // The word before the figure and its qualifier also marks a level when the parser attached it elsewhere.
        int before = first - 1;
        while (before >= 0 && tree.head(before) >= 0 && inFigure[tree.head(before)] && !tree.rel(before).equals("case")
                && !tree.rel(before).equals("mark")) {
            before--;
        }
        boolean level = figureCase != null && LEVEL_CASES.contains(figureCase)
                || before >= 0 && LEVEL_CASES.contains(tree.p.words()[before].toLowerCase(Locale.ROOT));
        if (c.kind == FigureKind.MONEY && rel.equals("obj") && FUNDRAISING_VERBS.contains(tree.p.lemma()[verb].toLowerCase(Locale.ROOT))
                && !tree.hasChild(verb, "aux:pass") && tree.child(f, "nmod", Set.of("to"), -1) < 0) {
            c.direction = null; // "hopes to raise $1bn": money collected, not the size of a change
            return -1;
        }
        if (d != null && !level && (figureCase == null || figureCase.equals("by"))) {
            c.direction = d;
        }
        if (("to".equals(figureCase) || "from".equals(figureCase)) && (rel.startsWith("obl") || rel.equals("xcomp"))) {
            int object = tree.child(verb, "obj", null, f);
            if (object >= 0 && !inFigure[object]) {
                // "cut interest rates to 2%", "raised the death toll to 12": the object reaches it
                return antecedent(tree, object, verb);
            }
        }
        boolean predicating = Lexicon.PREDICATING_VERBS.contains(tree.p.words()[verb].toLowerCase(Locale.ROOT))
                || Lexicon.PREDICATING_VERBS.contains(tree.p.lemma()[verb].toLowerCase(Locale.ROOT));
        // "Shareholders lost $180bn": the subject of a transitive change verb owns the money, it is not what changes.
        if (!predicating && (d == null || c.kind == FigureKind.MONEY && !"by".equals(figureCase))) {
            return -1;
        }
        if ("by".equals(figureCase)) {
            int object = tree.child(verb, "obj", null, f);
            if (object >= 0) {
                return object;
            }
        }
        int subject = tree.subject(verb);
        if (subject < 0 && tree.rel(verb).equals("acl") && tree.head(verb) >= 0) {
            return tree.head(verb); // "oil production dropping by 25%"
        }
        return subject < 0 ? -1 : antecedent(tree, subject, verb);
    }

    /**
     * The noun a relative pronoun stands for: {@code an offer, which the firm raised to A$8.4bn} raised the offer,
     * {@code sales, which rose 5%} rose. Any other word is itself.
     */
    private static int antecedent(Tree tree, int k, int verb) {
        if (RELATIVE_PRONOUNS.contains(tree.p.words()[k].toLowerCase(Locale.ROOT)) && tree.rel(verb).equals("acl:relcl")
                && tree.head(verb) >= 0 && tree.head(verb) < k) {
            return tree.head(verb);
        }
        return k;
    }

    private static Direction changeVerb(Tree tree, int verb) {
        Direction d = Lexicon.CHANGE_WORDS.get(tree.p.words()[verb].toLowerCase(Locale.ROOT));
        if (d == null) {
            d = Lexicon.CHANGE_WORDS.get(tree.p.lemma()[verb].toLowerCase(Locale.ROOT));
        }
        if (d == null && tree.p.upos()[verb].equals("VERB")) {
            // "pushed prices upward by 40%", "sent shares higher": the verb's direction adverb makes it a change.
            for (int k = 0; k < tree.p.size() && d == null; k++) {
                if (tree.head(k) == verb && tree.rel(k).equals("advmod")) {
                    d = DIRECTION_ADVERBS.get(tree.p.words()[k].toLowerCase(Locale.ROOT));
                } else if (tree.head(k) == verb && tree.rel(k).equals("compound:prt")
                        && !NON_CHANGE_PHRASAL.contains(tree.p.lemma()[verb].toLowerCase(Locale.ROOT))) {
                    // "shares went up 5%", "prices came down 2%"; not "make up", "set up"
                    d = PARTICLE_DIRECTIONS.get(tree.p.words()[k].toLowerCase(Locale.ROOT));
                }
            }
        }
        return d;
    }

    private static boolean isChangeNoun(Tree tree, int noun) {
        return changeNoun(tree, noun) != null;
    }

    private static Direction changeNoun(Tree tree, int noun) {
        String w = tree.p.words()[noun].toLowerCase(Locale.ROOT);
        Direction d = Lexicon.CHANGE_NOUNS.get(w);
        return d != null ? d : Lexicon.CHANGE_AFTER.get(w);
    }

    /**
     * {@code the number of people} counts people: a container noun gives way to its {@code of}/{@code for} noun
     * ({@code forecasts for growth}) or the noun compounded with it ({@code growth forecasts}).
     */
    private static int throughContainer(Tree tree, int noun) {
        if (Lexicon.CONTAINER_NOUNS.contains(tree.p.words()[noun].toLowerCase(Locale.ROOT))) {
            int inner = tree.child(noun, "nmod", Set.of("of", "for"), -1);
            if (inner < 0) {
                inner = tree.child(noun, "compound", null, -1);
            }
            // "the number of unemployed": a nominal adjective counts too
            if (inner >= 0 && (tree.p.upos()[inner].equals("NOUN") || tree.p.upos()[inner].equals("ADJ")
                    && tree.rel(inner).startsWith("nmod"))) {
                return inner;
            }
        }
        if (tree.p.words()[noun].equalsIgnoreCase("worth")) {
            int inner = tree.child(noun, "nmod", Set.of("of"), -1); // "500,000 dlrs worth of notes"
            if (inner >= 0 && tree.p.upos()[inner].equals("NOUN")) {
                return inner;
            }
        }
        return noun;
    }

    /**
     * The head of the noun phrase the number's noun is a compound in ({@code 84,000 civil servants jobs} counts
     * jobs), but not a noun written onto the number with a hyphen ({@code the 12-member bloc} counts members).
     */
    private int phraseHead(Tree tree, int noun, int f) {
        if (text.substring(tree.p.end()[f], tree.p.begin()[noun]).contains("-")) {
            return noun;
        }
        int k = noun;
        while (tree.rel(k).equals("compound") && tree.head(k) > k && tree.p.upos()[tree.head(k)].equals("NOUN")) {
            k = tree.head(k);
        }
        return k;
    }

    /**
     * The event type from the tree only: the counted word (the noun, or the number standing alone) is itself a
     * trigger ({@code 12 deaths}), or is the object or (passive) subject of a trigger ({@code killing 12 soldiers},
     * {@code three people were injured}), or a trigger modifies it ({@code 12 people killed}); a conjunct takes
     * its first conjunct's place ({@code killing 12 soldiers and three civilians}).
     */
    private static CountType countType(Tree tree, int counted) {
        int k = counted;
        for (int hops = 0; hops < 3 && tree.rel(k).equals("conj") && tree.head(k) >= 0; hops++) {
            k = tree.head(k);
        }
        CountType own = trigger(tree, counted);
        if (own != null) {
            return own;
        }
        for (int child : tree.children(counted)) {
            String r = tree.rel(child);
            if (r.startsWith("acl") || r.equals("amod")) {
                CountType t = trigger(tree, child);
                if (t != null) {
                    return t;
                }
            }
        }
        int governor = tree.head(k);
        String r = tree.rel(k);
        if (governor >= 0 && (r.equals("obj") || r.startsWith("nsubj") || r.startsWith("obl") || r.equals("xcomp"))) {
            return trigger(tree, governor);
        }
        return null;
    }

    /** Relations that open another clause: a trigger across one of them is a neighbour clause's. */
    private static final Set<String> CLAUSE_RELS = Set.of("parataxis", "ccomp", "advcl", "acl:relcl", "csubj",
            "list", "discourse", "csubj:pass", "xcomp");

    /**
     * A trigger word near the figure (six words either side) whose tree path to the counted word opens no other
     * clause: no clausal relation and no coordination of two verbs ({@code shot down 31 of 43 missiles, killing}
     * has {@code killing} in an {@code advcl}). Where the parser's attachment is wrong inside one clause
     * ({@code 200 wounded}) the word order still holds.
     */
    private static CountType clauseMateTrigger(Tree tree, int counted, boolean[] inFigure) {
        for (int d = 1; d <= 6; d++) {
            for (int k : new int[] {counted + d, counted - d}) {
                if (k < 0 || k >= tree.p.size() || inFigure[k]) {
                    continue;
                }
                CountType type = trigger(tree, k);
                if (type != null && sameClause(tree, counted, k)) {
                    return type;
                }
            }
        }
        return null;
    }

    private static boolean sameClause(Tree tree, int a, int b) {
        int top = a;
        while (top >= 0 && !tree.dominatedBy(b, top)) {
            if (opensClause(tree, top)) {
                return false;
            }
            top = tree.head(top);
        }
        for (int v = b; v >= 0 && v != top; v = tree.head(v)) {
            if (opensClause(tree, v)) {
                return false;
            }
        }
        return top >= 0;
    }

    private static boolean opensClause(Tree tree, int k) {
        String r = tree.rel(k);
        int h = tree.head(k);
        return CLAUSE_RELS.contains(r) || r.equals("conj") && h >= 0 && isVerb(tree, k) && isVerb(tree, h);
    }

    private static boolean isVerb(Tree tree, int k) {
        String pos = tree.p.upos()[k];
        return pos.equals("VERB") || pos.equals("AUX");
    }

    private static CountType trigger(Tree tree, int k) {
        if (k + 1 < tree.p.size() && tree.p.words()[k + 1].equalsIgnoreCase("down")) {
            return null; // "shot down 31 drones" downs aircraft
        }
        CountType t = Lexicon.COUNT_TRIGGERS.get(tree.p.words()[k].toLowerCase(Locale.ROOT));
        return t != null ? t : Lexicon.COUNT_TRIGGERS.get(tree.p.lemma()[k].toLowerCase(Locale.ROOT));
    }

    /** The subject noun phrase of the clause holding word k (for the entity link), if any. */
    private static void setSubjectSpan(FigureScanner.Candidate c, Tree tree, int k) {
        int clause = k;
        for (int hops = 0; hops < 4 && clause >= 0; hops++) {
            String pos = tree.p.upos()[clause];
            if (pos.equals("VERB") || pos.equals("AUX") || tree.hasChild(clause, "cop")) {
                break;
            }
            clause = tree.head(clause);
        }
        if (clause < 0) {
            return;
        }
        int subject = tree.subject(clause);
        if (subject < 0 || subject == k) {
            return;
        }
        int[] span = phrase(tree, subject, new boolean[tree.p.size()]);
        c.subjectBegin = tree.p.begin()[span[0]];
        c.subjectEnd = tree.p.end()[subject];
    }

    /**
     * The noun phrase of {@code noun} up to the noun: its possessor, adjective, compound and flat dependents before
     * it with their subtrees, not determiners or the figure. Returns {phrase start word, modifier start word}.
     */
    private static int[] phrase(Tree tree, int noun, boolean[] inFigure) {
        int start = noun;
        int modifierStart = noun;
        boolean inModifiers = true;
        for (int k = noun - 1; k >= 0; k--) {
            if (inFigure[k] || !tree.dominatedBy(k, noun)) {
                break;
            }
            int top = tree.childOnPath(k, noun);
            String r = tree.rel(top);
            if (!PHRASE_RELS.contains(r) || tree.p.upos()[top].equals("PRON")) {
                break;
            }
            start = k;
            if (inModifiers && !r.equals("nmod:poss")) {
                modifierStart = k;
            } else {
                inModifiers = false;
            }
        }
        return new int[] {start, modifierStart};
    }

    private String modifier(ParsedSentence p, int from, int noun) {
        String m = text.substring(p.begin()[from], p.end()[noun - 1]).trim();
        return m.isEmpty() ? null : m;
    }

    /**
     * A plural name the number counts directly ({@code four Iraqis}, {@code 15 Cubans}): a group of people or
     * things, so the counted noun, written lower case as the spec's objects are.
     */
    private static boolean isPluralName(Tree tree, int noun) {
        String w = tree.p.words()[noun];
        return tree.p.upos()[noun].equals("PROPN") && w.endsWith("s") && !w.endsWith("ss") && !isAcronym(w);
    }

    private static boolean isCommonNoun(Tree tree, int noun) {
        String w = tree.p.words()[noun];
        String lower = w.toLowerCase(Locale.ROOT);
        boolean acronym = tree.p.upos()[noun].equals("PROPN") && isAcronym(w);
        boolean nominalAdjective = tree.p.upos()[noun].equals("ADJ") && tree.rel(noun).startsWith("nmod")
                && tree.head(noun) >= 0
                && Lexicon.CONTAINER_NOUNS.contains(tree.p.words()[tree.head(noun)].toLowerCase(Locale.ROOT));
        if (!tree.p.upos()[noun].equals("NOUN") && !acronym && !nominalAdjective || Lexicon.NON_OBJECTS.contains(lower)
                || Lexicon.PRONOUNS.contains(lower) || isUnitWord(lower)) {
            return false;
        }
        boolean sentenceStart = noun == 0;
        return sentenceStart || w.equals(lower) || isAcronym(w);
    }

    /** A currency or percent word: the unit of a list's last member ({@code 1,000 and 10,000 dlrs.}), no object. */
    private static boolean isUnitWord(String lower) {
        String bare = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
        return Lexicon.CURRENCY_WORDS.containsKey(bare) || Lexicon.PERCENT_WORDS.contains(bare);
    }

    private static boolean isAcronym(String w) {
        return w.length() >= 2 && w.chars().allMatch(ch -> !Character.isLetter(ch) || Character.isUpperCase(ch));
    }

    /** Child and head look-ups over one parsed sentence (0-based words, -1 for the root). */
    private static final class Tree {
        final ParsedSentence p;

        Tree(ParsedSentence p) {
            this.p = p;
        }

        int head(int k) {
            return p.head()[k] - 1;
        }

        String rel(int k) {
            return p.deprel()[k];
        }

        List<Integer> children(int k) {
            java.util.ArrayList<Integer> out = new java.util.ArrayList<>();
            for (int i = 0; i < p.size(); i++) {
                if (head(i) == k) {
                    out.add(i);
                }
            }
            return out;
        }

        boolean hasChild(int k, String relation) {
            for (int i = 0; i < p.size(); i++) {
                if (head(i) == k && rel(i).equals(relation)) {
                    return true;
                }
            }
            return false;
        }

        /** First child of k whose relation starts with {@code relation} (and whose case word is one of cases). */
        int child(int k, String relation, Set<String> cases, int except) {
            for (int i = 0; i < p.size(); i++) {
                if (head(i) == k && i != except && rel(i).startsWith(relation)
                        && (cases == null || caseOf(i) != null && cases.contains(caseOf(i)))) {
                    return i;
                }
            }
            return -1;
        }

        /** The case word of k, lower case ({@code out of} gives {@code of}), or null. */
        String caseOf(int k) {
            String found = null;
            for (int i = 0; i < p.size(); i++) {
                if (head(i) == k && rel(i).equals("case")) {
                    found = p.words()[i].toLowerCase(Locale.ROOT);
                    for (int j = i + 1; j < p.size(); j++) {
                        if (head(j) == i && rel(j).equals("fixed")) {
                            found = p.words()[j].toLowerCase(Locale.ROOT);
                        }
                    }
                }
            }
            return found;
        }

        /**
         * The subject of k, or of the verb it is an open complement or conjunct of; an open complement's
         * controller is its head's object when the head has one ({@code figures showed the economy grew 9.5%}).
         */
        int subject(int k) {
            int v = k;
            for (int hops = 0; hops < 3 && v >= 0; hops++) {
                for (int i = 0; i < p.size(); i++) {
                    if (head(i) == v && SUBJECT_RELS.contains(rel(i))) {
                        return i;
                    }
                }
                String r = rel(v);
                if (!r.equals("xcomp") && !r.equals("conj")) {
                    return -1;
                }
                if (r.equals("xcomp") && head(v) >= 0) {
                    int object = child(head(v), "obj", null, v);
                    if (object >= 0 && object < v && v - object <= 2) { // right before it, as control is written
                        return object;
                    }
                }
                v = head(v);
            }
            return -1;
        }

        boolean dominatedBy(int k, int top) {
            for (int v = k, hops = 0; v >= 0 && hops < p.size(); v = head(v), hops++) {
                if (v == top) {
                    return true;
                }
            }
            return false;
        }

        /** The child of top on the path from k up to it. */
        int childOnPath(int k, int top) {
            int v = k;
            while (head(v) != top) {
                v = head(v);
            }
            return v;
        }
    }
}
