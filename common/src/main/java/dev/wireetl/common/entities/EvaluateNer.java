package dev.wireetl.common.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores a tagger model on a CoNLL file with conlleval rules (exact type and boundaries), running on
 * the gold file's own tokens. Engine {@code tagger} is the statistical tagger alone;
 * {@code extractor} (default) is the extraction pipeline (tagger + gazetteer merge + article-level propagation,
 * see {@link EntityExtractor}) per {@code -DOCSTART-} document, NORP scored as MISC. Prints per-type lines, then
 * {@code overall precision=P recall=R f1=F}, {@code per-loc-org precision=P recall=R f1=F} (MISC
 * ignored) and {@code tokens/s=N}.
 *
 * <pre>
 * EvaluateNer --gold FILE [--model DIR] [--gazetteer DIR] [--engine tagger|extractor] [--predictions OUT]
 * </pre>
 */
public final class EvaluateNer {
    static final String DEFAULT_ENGINE = "extractor";
    static final Set<String> ENGINES = Set.of("tagger", "extractor");
    private static final String USAGE =
            "usage: EvaluateNer --gold FILE [--model DIR] [--gazetteer DIR] [--engine tagger|extractor] [--predictions OUT]";

    private EvaluateNer() {
    }

    public static void main(String[] args) {
        Map<String, String> o;
        try {
            o = Cli.parse(args, Set.of("--gold", "--model", "--gazetteer", "--engine", "--predictions"), Set.of());
            Cli.require(o, "--gold");
            if (!ENGINES.contains(o.getOrDefault("--engine", DEFAULT_ENGINE))) {
                throw new IllegalArgumentException("unknown engine " + o.get("--engine") + " (known: " + ENGINES + ")");
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
            Engine engine = "extractor".equals(o.getOrDefault("--engine", DEFAULT_ENGINE))
                    ? extractorEngine(new EntityExtractor(gaz, tagger)) : taggerEngine(tagger);
            for (String line : evaluate(engine, gold, predictions)) {
                System.out.println(line);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("evaluate-ner failed: " + e);
            System.exit(1);
        }
    }

    /** Tags the sentences of one document (IOB2 per sentence). */
    @FunctionalInterface
    interface Engine {
        List<String[]> tag(List<NerCorpus.Sentence> document);
    }

    /** The tagger alone, sentence by sentence. */
    static Engine taggerEngine(NerTagger tagger) {
        return doc -> {
            List<String[]> out = new ArrayList<>(doc.size());
            for (NerCorpus.Sentence s : doc) {
                int[] tags = tagger.tag(s.tokens());
                String[] pred = new String[tags.length];
                for (int i = 0; i < tags.length; i++) {
                    pred[i] = NerTagger.tagName(tags[i]);
                }
                out.add(pred);
            }
            return out;
        };
    }

    /**
     * The extraction pipeline on the gold tokens: tagger, gazetteer merge and article-level propagation
     * over each {@code -DOCSTART-} document; PERSON→PER, NORP→MISC.
     */
    static Engine extractorEngine(EntityExtractor extractor) {
        return doc -> {
            List<String> words = new ArrayList<>();
            int[] starts = new int[doc.size()];
            for (int i = 0; i < doc.size(); i++) {
                starts[i] = words.size();
                words.addAll(doc.get(i).tokens());
            }
            String[] all = new String[words.size()];
            Arrays.fill(all, "O");
            for (EntityExtractor.Span sp : extractor.spans(words, starts)) {
                String type = switch (sp.type) {
                    case "PERSON" -> "PER";
                    case "NORP" -> "MISC";
                    default -> sp.type;
                };
                for (int k = sp.start; k < sp.end; k++) {
                    all[k] = (k == sp.start ? "B-" : "I-") + type;
                }
            }
            List<String[]> out = new ArrayList<>(doc.size());
            for (int i = 0; i < doc.size(); i++) {
                out.add(Arrays.copyOfRange(all, starts[i], starts[i] + doc.get(i).tokens().size()));
            }
            return out;
        };
    }

    /** Scores {@code engine} on {@code gold}; if {@code predictions} is set, writes token, gold, predicted there. */
    static List<String> evaluate(Engine engine, List<NerCorpus.Sentence> gold, Path predictions) throws IOException {
        ConllEval eval = new ConllEval();
        StringBuilder dump = new StringBuilder();
        long tokens = 0;
        long t0 = System.nanoTime();
        int d = 0;
        while (d < gold.size()) {
            int e = d + 1;
            while (e < gold.size() && !gold.get(e).docStart()) {
                e++;
            }
            List<NerCorpus.Sentence> doc = gold.subList(d, e);
            List<String[]> predicted = engine.tag(doc);
            for (int k = 0; k < doc.size(); k++) {
                NerCorpus.Sentence s = doc.get(k);
                String[] pred = predicted.get(k);
                eval.add(s.tags(), pred);
                tokens += pred.length;
                if (predictions != null) {
                    for (int i = 0; i < pred.length; i++) {
                        dump.append(s.tokens().get(i)).append(' ').append(s.tags()[i]).append(' ').append(pred[i])
                                .append('\n');
                    }
                    dump.append('\n');
                }
            }
            d = e;
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
