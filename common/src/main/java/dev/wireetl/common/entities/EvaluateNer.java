package dev.wireetl.common.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * EvaluateNer --gold FILE [--model DIR] [--gazetteer DIR] [--engine perceptron] [--predictions OUT]
 * </pre>
 */
public final class EvaluateNer {
    private static final String USAGE =
            "usage: EvaluateNer --gold FILE [--model DIR] [--gazetteer DIR] [--engine perceptron] [--predictions OUT]";

    private EvaluateNer() {
    }

    public static void main(String[] args) {
        Map<String, String> o;
        try {
            o = Cli.parse(args, Set.of("--gold", "--model", "--gazetteer", "--engine", "--predictions"), Set.of());
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
            Path predictions = o.containsKey("--predictions") ? Path.of(o.get("--predictions")) : null;
            for (String line : evaluate(tagger, gold, predictions)) {
                System.out.println(line);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("evaluate-ner failed: " + e);
            System.exit(1);
        }
    }

    /** Scores {@code tagger} on {@code gold}; if {@code predictions} is set, writes token, gold, predicted there. */
    static List<String> evaluate(NerTagger tagger, List<NerCorpus.Sentence> gold, Path predictions) throws IOException {
        ConllEval eval = new ConllEval();
        StringBuilder dump = new StringBuilder();
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
            if (predictions != null) {
                for (int i = 0; i < pred.length; i++) {
                    dump.append(s.tokens().get(i)).append(' ').append(s.tags()[i]).append(' ').append(pred[i]).append('\n');
                }
                dump.append('\n');
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        if (predictions != null) {
            Files.writeString(predictions, dump, StandardCharsets.UTF_8);
        }
        List<String> out = new ArrayList<>(eval.perTypeLines());
        out.add(eval.line("overall", null));
        out.add(eval.line("per-loc-org", Set.of("PER", "LOC", "ORG")));
        out.add(String.format(Locale.ROOT, "tokens/s=%d", Math.round(tokens / secs)));
        return out;
    }
}
