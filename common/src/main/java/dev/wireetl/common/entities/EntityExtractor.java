package dev.wireetl.common.entities;

import dev.wireetl.common.text.SentenceSplitter;
import dev.wireetl.common.text.Token;
import dev.wireetl.common.text.Tokenizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds PERSON, ORG, LOC and NORP mentions in an article body: tokenizer + sentence splitter, the NER
 * tagger, gazetteer matches, a merge of both, then {@link EntityNormaliser}. Thread-safe after loading.
 *
 * <p>Merge rule, per sentence, over token spans:
 * <ol>
 *   <li>Tagger spans are the base: PER→PERSON, LOC, ORG; a MISC span becomes NORP when it is a known
 *       demonym or group name or shaped like one ({@code Sunni}, {@code Iraqis}), otherwise it is not a mention
 *       (events, works, laws: kept only for CoNLL scoring, see {@code EvaluateNer} in tools). Leading
 *       title words leave PERSON spans; an ORG span of titles then a first name becomes that PERSON; a
 *       PERSON span of two or more words ending in an organisation cue word is ORG; a
 *       one-token LOC that is a demonym or group name is NORP.</li>
 *   <li>Organisation-cue runs: two or more capitalised tokens ending in a cue word ({@code Ministry},
 *       {@code Bank}, {@code Inc}…) and starting with a demonym or country name
 *       ({@code Russian Defense Ministry}) are ORG; they replace the tagger spans they cover.</li>
 *   <li>Gazetteer organisations (ORG), country names/aliases (LOC) and demonyms and group names (NORP):
 *       added where no span overlaps; a match
 *       strictly containing tagger spans replaces them ({@code North Korea} over {@code Korea}); on the
 *       exact span of a tagger mention the gazetteer type wins ({@code U.S.} is LOC, never ORG); a
 *       tagger span containing a match wins ({@code Russian} inside {@code Russian Defense Ministry}).</li>
 * </ol>
 * A capitalised word in {@code the X administration} is a PERSON unless the gazetteer knows it as a place;
 * an all-capitals word of 2–6 letters the tagger left out, outside all-capitals headlines, is an ORG
 * ({@code OSCE}) unless it is a common abbreviation ({@code CEO}, {@code GDP}).
 * Then, over the whole article: a surname of a tagger PERSON is a PERSON wherever else it appears alone
 * (see {@link #propagateSurnames}).
 */
public final class EntityExtractor {
    private static final Logger LOG = LoggerFactory.getLogger(EntityExtractor.class);
    private static final Map<String, EntityExtractor> SHARED = new ConcurrentHashMap<>();
    private static final double GAZETTEER_SCORE = 0.9;
    private static final double PROPAGATED_SCORE = 0.5;
    /** All-capitals words that are not organisation names. */
    private static final Set<String> NOT_ACRONYM_NAMES = Set.of("CEO", "CFO", "COO", "GDP", "GNP", "TV", "PM", "AM",
            "OK", "AIDS", "HIV", "DNA", "CD", "CDS", "DVD", "PC", "PCS", "IT", "VAT", "GMT", "BST", "EST", "EDT", "PST",
            "MP", "MPS", "I", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "A", "AN", "THE", "US", "UK", "EU",
            "UN", "USD", "EUR", "GBP", "JPY", "CHF", "DM", "FFR", "BPD", "PCT", "MLN", "BLN", "NOTE", "NB", "PS",
            "MW", "KW", "KM", "KG", "MPH", "SMS", "PR", "HQ", "ID", "IPO", "IQ", "RPM", "SUV", "ATM", "FAQ", "LTD",
            "INC", "CORP", "PLC", "AGM", "EPS", "NAV", "CPI", "PPI", "ROI", "QC", "VS", "NO", "YES", "NEW", "ALL");

    private final Gazetteer gazetteer;
    private final NerTagger tagger;
    private final EntityNormaliser normaliser;
    private final DocumentEvidence evidence;
    private final Tokenizer tokenizer = Tokenizer.instance();
    private final SentenceSplitter splitter = SentenceSplitter.instance();

    public EntityExtractor(Gazetteer gazetteer, NerTagger tagger) {
        this.gazetteer = gazetteer;
        this.tagger = tagger;
        this.normaliser = new EntityNormaliser(gazetteer);
        this.evidence = new DocumentEvidence(gazetteer);
    }

    /** Loads the model directory ({@code conf/models/ner}) and gazetteer directory ({@code conf/gazetteer}). */
    public static EntityExtractor load(Path modelDir, Path gazetteerDir) throws IOException {
        return load(ResourceOpener.of(modelDir), ResourceOpener.of(gazetteerDir));
    }

    /** Loads from openers of the model and gazetteer directories (e.g. backed by Hadoop FileSystem). */
    public static EntityExtractor load(ResourceOpener modelDir, ResourceOpener gazetteerDir) throws IOException {
        long t0 = System.nanoTime();
        Gazetteer g = Gazetteer.load(gazetteerDir);
        NerTagger t = NerModel.load(modelDir, g);
        LOG.info("entity extractor loaded in {} ms ({} tagger features)", (System.nanoTime() - t0) / 1_000_000,
                t.featureCount());
        return new EntityExtractor(g, t);
    }

    /**
     * The extractor for {@code key} (e.g. the model and gazetteer paths), loaded once per JVM on first use
     * and shared by all threads afterwards.
     */
    public static EntityExtractor shared(String key, ResourceOpener modelDir, ResourceOpener gazetteerDir) {
        return SHARED.computeIfAbsent(key, k -> {
            try {
                return load(modelDir, gazetteerDir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load entity extractor " + k, e);
            }
        });
    }

    /** {@link #shared(String, ResourceOpener, ResourceOpener)} for local directories. */
    public static EntityExtractor shared(Path modelDir, Path gazetteerDir) {
        return shared(modelDir.toAbsolutePath() + "|" + gazetteerDir.toAbsolutePath(), ResourceOpener.of(modelDir),
                ResourceOpener.of(gazetteerDir));
    }

    /** All mentions of {@code body}, in text order. */
    public List<EntityMention> extract(String body) {
        List<Token> tokens = tokenizer.tokenize(body);
        int[] sentenceTokens = splitter.sentenceTokenStarts(body, tokens);
        int[] sentenceStarts = new int[sentenceTokens.length];
        for (int s = 0; s < sentenceTokens.length; s++) {
            sentenceStarts[s] = tokens.get(sentenceTokens[s]).begin();
        }
        List<String> words = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            words.add(t.text());
        }
        List<RawMention> raw = new ArrayList<>();
        for (Span sp : spans(words, sentenceTokens)) {
            if (!sp.type.equals("MISC")) {
                raw.add(new RawMention(sp.type, tokens.get(sp.start).begin(), tokens.get(sp.end - 1).end(), sp.method,
                        sp.score));
            }
        }
        return normaliser.normalise(body, tokens, sentenceStarts, raw);
    }

    /**
     * Normalises mentions found by another engine (e.g. Spark NLP chunks): canonical names, keys,
     * country codes and coordinates, as for {@link #extract}.
     */
    public List<EntityMention> normalise(String body, List<RawMention> mentions) {
        List<Token> tokens = tokenizer.tokenize(body);
        int[] sentenceTokens = splitter.sentenceTokenStarts(body, tokens);
        int[] sentenceStarts = new int[sentenceTokens.length];
        for (int s = 0; s < sentenceTokens.length; s++) {
            sentenceStarts[s] = tokens.get(sentenceTokens[s]).begin();
        }
        return normaliser.normalise(body, tokens, sentenceStarts, mentions);
    }

    /**
     * Tagger + merge + article-level propagation over tokens already split into sentences; spans use
     * token indices into {@code words} and types PERSON, ORG, LOC, NORP, plus MISC for tagger MISC spans
     * that are not NORP (dropped from {@link #extract}, kept for CoNLL scoring).
     */
    public List<Span> spans(List<String> words, int[] sentenceTokens) {
        float[] conf = new float[64];
        List<Span> spans = new ArrayList<>();
        for (int s = 0; s < sentenceTokens.length; s++) {
            int from = sentenceTokens[s];
            int to = s + 1 < sentenceTokens.length ? sentenceTokens[s + 1] : words.size();
            if (conf.length < to - from) {
                conf = new float[Math.max(to - from, conf.length * 2)];
            }
            List<String> sentence = words.subList(from, to);
            int[] tags = tagger.tag(sentence, conf);
            for (Span sp : merge(sentence, tags, conf)) {
                spans.add(new Span(from + sp.start, from + sp.end, sp.type, sp.method, sp.score));
            }
        }
        evidence.apply(words, sentenceTokens, spans);
        propagateSurnames(words, spans);
        evidence.organisationEvidence(words, spans);
        return spans;
    }

    public static final class Span {
        public final int start;
        public final int end;
        public final String type;
        final String method;
        final double score;

        Span(int start, int end, String type, String method, double score) {
            this.start = start;
            this.end = end;
            this.type = type;
            this.method = method;
            this.score = score;
        }

        boolean overlaps(Span o) {
            return start < o.end && o.start < end;
        }

        boolean contains(Span o) {
            return start <= o.start && o.end <= end;
        }
    }

    private List<Span> merge(List<String> words, int[] tags, float[] conf) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < tags.length) {
            if (tags[i] == 0) {
                i++;
                continue;
            }
            int typeIdx = (tags[i] - 1) % NerTagger.TYPES.length;
            int inside = 1 + NerTagger.TYPES.length + typeIdx;
            int end = i + 1;
            double score = conf[i];
            while (end < tags.length && tags[end] == inside) {
                score = Math.min(score, conf[end]);
                end++;
            }
            String type = switch (NerTagger.TYPES[typeIdx]) {
                case "PER" -> "PERSON";
                case "MISC" -> isNorp(words, i, end) ? "NORP" : "MISC";
                case "LOC" -> end - i == 1 && gazetteer.isDemonymOrGroup(words.get(i)) ? "NORP" : "LOC";
                default -> NerTagger.TYPES[typeIdx];
            };
            spans.add(trimTitles(words, new Span(i, end, type, "tagger", score)));
            i = end;
        }
        addOrgCueRuns(words, spans);
        administrationNames(words, spans);
        acronyms(words, tags, spans);
        for (Gazetteer.Match m : gazetteer.matches(words, Gazetteer.COUNTRY | Gazetteer.DEMONYM | Gazetteer.ORGANISATION)) {
            String type = (m.kinds() & Gazetteer.ORGANISATION) != 0 ? "ORG"
                    : (m.kinds() & Gazetteer.COUNTRY) != 0 ? "LOC" : "NORP";
            Span g = new Span(m.start(), m.end(), type, "gazetteer", GAZETTEER_SCORE);
            List<Span> overlapping = spans.stream().filter(g::overlaps).toList();
            if (overlapping.isEmpty()) {
                spans.add(g);
            } else if (overlapping.size() == 1 && overlapping.get(0).start == g.start && overlapping.get(0).end == g.end) {
                Span t = overlapping.get(0);
                if (!t.type.equals(type)) {
                    spans.set(spans.indexOf(t), new Span(t.start, t.end, type, "gazetteer", GAZETTEER_SCORE));
                }
            } else if (overlapping.stream().allMatch(g::contains)) {
                spans.removeAll(overlapping);
                spans.add(g);
            }
        }
        spans.sort((a, b) -> Integer.compare(a.start, b.start));
        return spans;
    }

    /** ORG for runs like {@code Russian Defense Ministry}: demonym/country + capitalised words + cue word. */
    private void addOrgCueRuns(List<String> words, List<Span> spans) {
        int n = words.size();
        for (int i = 0; i < n; i++) {
            String w = words.get(i);
            if (!isCapitalised(w) || gazetteer.countryByDemonym(w) == null && gazetteer.countryByName(w) == null) {
                continue;
            }
            int end = i + 1;
            while (end < n && isCapitalised(words.get(end)) && !gazetteer.isOrgCue(words.get(end - 1))) {
                end++;
            }
            int last = end - 1;
            while (last > i && !gazetteer.isOrgCue(words.get(last))) {
                last--;
            }
            if (last == i) {
                continue;
            }
            Span run = new Span(i, last + 1, "ORG", "gazetteer", GAZETTEER_SCORE);
            List<Span> overlapping = spans.stream().filter(run::overlaps).toList();
            if (overlapping.stream().allMatch(run::contains)) {
                spans.removeAll(overlapping);
                spans.add(run);
            }
            i = last;
        }
    }

    /**
     * An all-capitals word of 2–6 letters the tagger left out, in a sentence that is not itself in
     * capitals, is an ORG ({@code OSCE}, {@code CFDT}) unless it is a country alias or a common
     * non-name abbreviation ({@link #NOT_ACRONYM_NAMES}).
     */
    private void acronyms(List<String> words, int[] tags, List<Span> spans) {
        int caps = 0;
        int letters = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                letters++;
                if (Gazetteer.isAllCaps(w)) {
                    caps++;
                }
            }
        }
        if (caps * 3 > letters) {
            return;
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (tags[i] != 0 || w.length() > 6 || !Gazetteer.isAllCaps(w) || w.indexOf('.') >= 0
                    || w.indexOf('-') >= 0 || NOT_ACRONYM_NAMES.contains(w) || gazetteer.countryByName(w) != null) {
                continue;
            }
            Span a = new Span(i, i + 1, "ORG", "tagger", PROPAGATED_SCORE);
            if (spans.stream().noneMatch(a::overlaps)) {
                spans.add(a);
            }
        }
    }

    /**
     * {@code the Biden administration}: a capitalised word between {@code the} and {@code administration}
     * that the gazetteer does not know as a place is a PERSON (replacing a tagger LOC/ORG on that word).
     */
    private void administrationNames(List<String> words, List<Span> spans) {
        for (int i = 1; i + 1 < words.size(); i++) {
            String w = words.get(i);
            if (!words.get(i + 1).equals("administration") || !words.get(i - 1).equalsIgnoreCase("the")
                    || !isCapitalised(w) || gazetteer.countryByName(w) != null || !gazetteer.places(w).isEmpty()) {
                continue;
            }
            Span person = new Span(i, i + 1, "PERSON", "tagger", PROPAGATED_SCORE);
            List<Span> overlapping = spans.stream().filter(person::overlaps).toList();
            if (overlapping.stream().allMatch(person::contains)) {
                spans.removeAll(overlapping);
                spans.add(person);
            }
        }
    }

    /**
     * Moves leading title words out of a PERSON span ({@code Secretary Blinken}); an ORG span made of
     * title words then a first name ({@code State Antony Blinken}) is the PERSON after the titles.
     */
    private Span trimTitles(List<String> words, Span sp) {
        if (!sp.type.equals("PERSON") && !sp.type.equals("ORG")) {
            return sp;
        }
        if (sp.type.equals("PERSON") && sp.end - sp.start > 1 && gazetteer.isOrgCue(words.get(sp.end - 1))) {
            return new Span(sp.start, sp.end, "ORG", sp.method, sp.score); // Lorillard Tobacco Company
        }
        int k = sp.start;
        while (k < sp.end - 1 && PersonTitles.WORDS.contains(words.get(k))) {
            k++;
        }
        if (k == sp.start) {
            return sp;
        }
        if (sp.type.equals("PERSON")) {
            return new Span(k, sp.end, "PERSON", sp.method, sp.score);
        }
        return gazetteer.isFirstName(words.get(k)) ? new Span(k, sp.end, "PERSON", sp.method, sp.score) : sp;
    }

    /**
     * Document-level consistency: a surname the tagger found as part of a PERSON elsewhere in the article
     * is a PERSON wherever it stands alone uncovered, or as a single-token tagger LOC/ORG ({@code Dole}
     * after {@code Bob Dole}, though Dole is also a French town).
     */
    private void propagateSurnames(List<String> words, List<Span> spans) {
        Set<String> surnames = new HashSet<>();
        for (Span sp : spans) {
            String w = words.get(sp.end - 1);
            if (sp.type.equals("PERSON") && w.length() > 2 && isCapitalised(w) && !PersonTitles.WORDS.contains(w)
                    && gazetteer.countryByName(w) == null && gazetteer.countryByDemonym(w) == null) {
                surnames.add(w);
            }
        }
        if (surnames.isEmpty()) {
            return;
        }
        boolean[] covered = new boolean[words.size()];
        for (int i = 0; i < spans.size(); i++) {
            Span sp = spans.get(i);
            for (int k = sp.start; k < sp.end; k++) {
                covered[k] = true;
            }
            if (sp.end - sp.start == 1 && !sp.type.equals("PERSON") && sp.method.equals("tagger")
                    && surnames.contains(words.get(sp.start))) {
                spans.set(i, new Span(sp.start, sp.end, "PERSON", "tagger", sp.score));
            }
        }
        int before = spans.size();
        for (int k = 0; k < words.size(); k++) {
            if (!covered[k] && surnames.contains(words.get(k))) {
                spans.add(new Span(k, k + 1, "PERSON", "tagger", PROPAGATED_SCORE));
            }
        }
        if (spans.size() > before) {
            spans.sort((a, b) -> Integer.compare(a.start, b.start));
        }
    }

    private boolean isNorp(List<String> words, int start, int end) {
        String text = String.join(" ", words.subList(start, end));
        return gazetteer.isDemonymOrGroup(text)
                || end - start == 1 && isCapitalised(text) && EntityNormaliser.looksLikeDemonym(text);
    }

    private static boolean isCapitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }
}
