package dev.wireetl.common.entities;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores a tagger model on a CoNLL file with conlleval rules (exact type and boundaries), running the
 * tagger on the gold file's own tokens. Prints per-type lines, then
 * {@code overall precision=P recall=R f1=F}, {@code per-loc-org precision=P recall=R f1=F} (MISC
 * ignored) and {@code tokens/s=N}.
 *
 * <pre>
 * EvaluateNer --gold FILE [--model DIR] [--gazetteer DIR] [--engine perceptron]
 * </pre>
 */
public final class EvaluateNer {
    private static final String USAGE =
            "usage: EvaluateNer --gold FILE [--model DIR] [--gazetteer DIR] [--engine perceptron]";

    private EvaluateNer() {
    }

    public static void main(String[] args) {
        Map<String, String> o;
        try {
            o = Cli.parse(args, Set.of("--gold", "--model", "--gazetteer", "--engine"), Set.of());
            Cli.require(o, "--gold");
            if (!"perceptron".equals(o.getOrDefault("--engine", "perceptron"))) {
                throw new IllegalArgumentException("unknown engine " + o.get("--engine") + " (known: perceptron)");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("evaluate-ner: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        try {
            Gazetteer gaz = Gazetteer.load(ResourceOpener.of(Path.of(o.getOrDefault("--gazetteer", "conf/gazetteer"))));
            NerTagger tagger = NerModel.load(ResourceOpener.of(Path.of(o.getOrDefault("--model", "conf/models/ner"))), gaz);
            List<NerCorpus.Sentence> gold = NerCorpus.read(Path.of(o.get("--gold")), s -> false);
            for (String line : evaluate(tagger, gold)) {
                System.out.println(line);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("evaluate-ner failed: " + e);
            System.exit(1);
        }
    }

    static List<String> evaluate(NerTagger tagger, List<NerCorpus.Sentence> gold) {
        ConllEval eval = new ConllEval();
        long tokens = 0;
        long t0 = System.nanoTime();
        for (NerCorpus.Sentence s : gold) {
            int[] tags = tagger.tag(s.tokens());
            String[] pred = new String[tags.length];
            for (int i = 0; i < tags.length; i++) {
                pred[i] = NerTagger.tagName(tags[i]);
            }
            eval.add(s.tags(), pred);
            tokens += tags.length;
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        List<String> out = new ArrayList<>(eval.perTypeLines());
        out.add(eval.line("overall", null));
        out.add(eval.line("per-loc-org", Set.of("PER", "LOC", "ORG")));
        out.add(String.format(Locale.ROOT, "tokens/s=%d", Math.round(tokens / secs)));
        return out;
    }
}
