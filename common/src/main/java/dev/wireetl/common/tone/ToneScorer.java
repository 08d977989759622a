package dev.wireetl.common.tone;

import dev.wireetl.common.text.Token;
import dev.wireetl.common.text.Tokenizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tone from the VADER lexicon ({@code vader_lexicon.txt} of npm {@code vader-sentiment} 1.1.3, beside this class;
 * NOTICE) with VADER's word rules: a degree adverb up to three words before a sentiment word raises or lowers its
 * valence by 0.293 (scaled 1, 0.95, 0.9 by distance), an all-caps sentiment word in mixed-case text gains 0.733,
 * and a negation among the three words before multiplies the valence by -0.74. VADER's sentence-level rules
 * ({@code but}, punctuation emphasis, idioms) are left out: GDELT's tone is a per-word measure. Thread-safe.
 */
public final class ToneScorer {
    static final double BOOST = 0.293;
    static final double CAPS_BOOST = 0.733;
    static final double NEGATION = -0.74;
    private static final String LEXICON = "vader_lexicon.txt";
    private static final Set<String> NEGATIONS = Set.of("aint", "arent", "cannot", "cant", "couldnt", "darent",
            "didnt", "doesnt", "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't", "dont",
            "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither", "don't", "hadn't", "hasn't",
            "haven't", "isn't", "mightn't", "mustn't", "neednt", "needn't", "never", "none", "nope", "nor", "not",
            "nothing", "nowhere", "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent", "oughtn't", "shan't",
            "shouldn't", "uh-uh", "wasn't", "weren't", "without", "wont", "wouldnt", "won't", "wouldn't", "rarely",
            "seldom", "despite", "n't");
    private static final Set<String> BOOSTERS_UP = Set.of("absolutely", "amazingly", "awfully", "completely",
            "considerably", "decidedly", "deeply", "enormously", "entirely", "especially", "exceptionally",
            "extremely", "fabulously", "fully", "greatly", "highly", "hugely", "incredibly", "intensely", "majorly",
            "more", "most", "particularly", "purely", "quite", "really", "remarkably", "so", "substantially",
            "thoroughly", "totally", "tremendously", "unbelievably", "unusually", "utterly", "very");
    private static final Set<String> BOOSTERS_DOWN = Set.of("almost", "barely", "hardly", "kinda", "less", "little",
            "marginally", "occasionally", "partly", "scarcely", "slightly", "somewhat", "sorta");
    private static final ToneScorer STANDARD = new ToneScorer(load());

    private final Map<String, Double> valences;

    ToneScorer(Map<String, Double> valences) {
        this.valences = valences;
    }

    public static ToneScorer standard() {
        return STANDARD;
    }

    public ToneScore score(String text) {
        return score(text, Tokenizer.instance().tokenize(text));
    }

    /** The tone of {@code text}, for its tokens (from {@link Tokenizer}). */
    public ToneScore score(String text, List<Token> tokens) {
        return score(text, tokens, 0, tokens.size());
    }

    /** The tone of tokens [from, to) of a text. */
    public ToneScore score(String text, List<Token> tokens, int from, int to) {
        boolean mixedCase = !text.equals(text.toUpperCase(Locale.ROOT));
        double positive = 0;
        double negative = 0;
        int words = 0;
        String[] recent = new String[3]; // the three words before, nearest first
        for (int t = from; t < to; t++) {
            String form = tokens.get(t).text();
            if (!isWord(form)) {
                continue;
            }
            words++;
            String lower = form.toLowerCase(Locale.ROOT);
            Double base = valences.get(lower);
            if (base != null && !BOOSTERS_UP.contains(lower) && !BOOSTERS_DOWN.contains(lower)) {
                double v = valence(base, form, mixedCase, recent);
                if (v > 0) {
                    positive += v;
                } else {
                    negative -= v;
                }
            }
            recent[2] = recent[1];
            recent[1] = recent[0];
            recent[0] = lower;
        }
        if (words == 0) {
            return new ToneScore(0, 0, 0, 0, 0);
        }
        double pos = 100 * positive / words;
        double neg = 100 * negative / words;
        return new ToneScore(pos - neg, pos, neg, pos + neg, words);
    }

    private static double valence(double base, String form, boolean mixedCase, String[] recent) {
        double v = base;
        if (mixedCase && form.length() > 1 && form.equals(form.toUpperCase(Locale.ROOT))) {
            v += v > 0 ? CAPS_BOOST : -CAPS_BOOST;
        }
        double[] distance = {1.0, 0.95, 0.9};
        boolean negated = false;
        for (int d = 0; d < 3; d++) {
            String before = recent[d];
            if (before == null) {
                break;
            }
            double boost = BOOSTERS_UP.contains(before) ? BOOST : BOOSTERS_DOWN.contains(before) ? -BOOST : 0;
            v += (base < 0 ? -boost : boost) * distance[d];
            negated |= NEGATIONS.contains(before);
        }
        return negated ? v * NEGATION : v;
    }

    private static boolean isWord(String form) {
        for (int i = 0; i < form.length(); i++) {
            if (Character.isLetterOrDigit(form.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Double> load() {
        Map<String, Double> valences = new HashMap<>(10_000);
        try (InputStream in = ToneScorer.class.getResourceAsStream(LEXICON)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + LEXICON);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                int second = tab < 0 ? -1 : line.indexOf('\t', tab + 1);
                if (second > tab) {
                    valences.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1, second)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return valences;
    }
}
