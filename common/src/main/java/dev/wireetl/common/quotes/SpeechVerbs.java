package dev.wireetl.common.quotes;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The verbs that introduce speech, by inflected form, with the lemma the {@code verb} column records (British
 * spelling: {@code emphasized} is {@code emphasise}). A sentence holding none of these forms (and no
 * {@code according to}) is never parsed by the quotation step.
 */
final class SpeechVerbs {
    /** lemma (a form too, unless it has a particle), then its other forms. */
    private static final String[][] VERBS = {
            {"say", "says", "said", "saying"},
            {"state", "states", "stated", "stating"},
            {"tell", "tells", "told", "telling"},
            {"warn", "warns", "warned", "warning"},
            {"claim", "claims", "claimed", "claiming"},
            {"add", "adds", "added", "adding"},
            {"note", "notes", "noted", "noting"},
            {"emphasise", "emphasises", "emphasised", "emphasising", "emphasize", "emphasizes", "emphasized",
                    "emphasizing"},
            {"stress", "stresses", "stressed", "stressing"},
            {"mention", "mentions", "mentioned", "mentioning"},
            {"underline", "underlines", "underlined", "underlining"},
            {"announce", "announces", "announced", "announcing"},
            {"report", "reports", "reported", "reporting"},
            {"reveal", "reveals", "revealed", "revealing"},
            {"insist", "insists", "insisted", "insisting"},
            {"argue", "argues", "argued", "arguing"},
            {"explain", "explains", "explained", "explaining"},
            {"confirm", "confirms", "confirmed", "confirming"},
            {"deny", "denies", "denied", "denying"},
            {"acknowledge", "acknowledges", "acknowledged", "acknowledging"},
            {"admit", "admits", "admitted", "admitting"},
            {"assert", "asserts", "asserted", "asserting"},
            {"declare", "declares", "declared", "declaring"},
            {"reiterate", "reiterates", "reiterated", "reiterating"},
            {"highlight", "highlights", "highlighted", "highlighting"},
            {"caution", "cautions", "cautioned", "cautioning"},
            {"predict", "predicts", "predicted", "predicting"},
            {"write", "writes", "wrote", "writing"},
            {"tweet", "tweets", "tweeted", "tweeting"},
            {"comment", "comments", "commented", "commenting"},
            {"point out", "point", "points", "pointed", "pointing"},
    };
    /** Verbs whose direct object is the content ({@code underlined the importance of …}). */
    static final Set<String> OBJECT_CONTENT = Set.of("underline", "stress", "emphasise", "highlight", "reiterate",
            "mention");

    private static final Map<String, String> LEMMA_BY_FORM = new HashMap<>();

    static {
        for (String[] verb : VERBS) {
            for (int i = 0; i < verb.length; i++) {
                LEMMA_BY_FORM.put(verb[i], verb[0]);
            }
        }
    }

    private SpeechVerbs() {
    }

    /** The lemma of a speech-verb form, or null; {@code point out} needs its particle as the next word. */
    static String lemma(String form, String nextWord) {
        String lemma = LEMMA_BY_FORM.get(form.toLowerCase(Locale.ROOT));
        if (lemma != null && lemma.indexOf(' ') > 0) {
            return nextWord != null && nextWord.equalsIgnoreCase(lemma.substring(lemma.indexOf(' ') + 1)) ? lemma : null;
        }
        return lemma;
    }

    /** Whether a form may be a speech verb (before its particle is checked), for the cheap pre-parse test. */
    static boolean isForm(String form) {
        return LEMMA_BY_FORM.containsKey(form.toLowerCase(Locale.ROOT));
    }
}
