package dev.wireetl.tools.ner;

import dev.wireetl.common.config.ConfigException;
import dev.wireetl.common.entities.EntityExtractor;
import dev.wireetl.common.entities.Gazetteer;
import dev.wireetl.common.entities.NerModel;
import dev.wireetl.common.entities.NerTagger;
import dev.wireetl.common.entities.ResourceOpener;
import dev.wireetl.common.entities.TaggedSentence;
import dev.wireetl.jobs.cli.ExitCode;
import dev.wireetl.jobs.cli.Subcommand;
import dev.wireetl.tools.conll.ConllScorer;
import dev.wireetl.tools.conll.NerCorpus;
import dev.wireetl.tools.sparknlp.SparkNlpCommands;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores a tagger model on a CoNLL file with conlleval rules (exact type and boundaries), running on
 * the gold file's own tokens. Engine {@code tagger} is the statistical tagger alone;
 * {@code extractor} (default) is the extraction pipeline (tagger + gazetteer merge + article-level propagation,
 * see {@link EntityExtractor}) per {@code -DOCSTART-} document, NORP scored as MISC. Prints per-type lines, then
 * {@code overall precision=P recall=R f1=F}, {@code per-loc-org precision=P recall=R f1=F} (MISC
 * ignored) and {@code tokens/s=N}. The gold file is read by {@link NerCorpus} with the gazetteer's demonyms, as
 * {@code train-ner} reads training files and as {@code --engine sparknlp} reads the same gold.
 *
 * <pre>
 * EvaluateNer --gold FILE [--model DIR] [--gazetteer DIR] [--engine tagger|extractor] [--predictions OUT]
 * </pre>
 */
@Command(name = "evaluate-ner", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Score a NER model on a CoNLL file with conlleval rules; ends with overall and per-loc-org lines.")
public final class EvaluateNer implements Subcommand {
    static final String DEFAULT_ENGINE = "extractor";
    static final Set<String> ENGINES = Set.of("tagger", "extractor");
    public EvaluateNer() {
    }

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "CoNLL file or GMB CSV to score on")
    Path gold;
    @Option(names = "--model", paramLabel = "DIR",
            description = "model folder (default conf/models/ner; the saved pipeline with --engine sparknlp)")
    String model;
    @Option(names = "--gazetteer", defaultValue = "conf/gazetteer", paramLabel = "DIR")
    Path gazetteer;
    @Option(names = "--engine", defaultValue = DEFAULT_ENGINE, paramLabel = "extractor|tagger|sparknlp",
            description = "extractor (default): the extraction pipeline; tagger: the tagger alone; sparknlp: a Spark NLP pipeline")
    String engine;
    @Option(names = "--predictions", paramLabel = "OUT", description = "write the predicted tags here")
    Path predictions;

    @Override
    public Integer call() throws IOException {
        if (engine.equals("sparknlp")) {
            List<String> args = new ArrayList<>(List.of("--gold", gold.toString(), "--gazetteer",
                    gazetteer.toString()));
            if (model != null) {
                args.addAll(List.of("--model", model));
            }
            return SparkNlpCommands.evaluateNer(args);
        }
        if (!ENGINES.contains(engine)) {
            throw new ConfigException("unknown engine " + engine + " (known: " + ENGINES + ", sparknlp)");
        }
        Gazetteer gaz = Gazetteer.load(ResourceOpener.of(gazetteer));
        NerTagger tagger = NerModel.load(ResourceOpener.of(Path.of(model != null ? model : "conf/models/ner")), gaz);
        List<TaggedSentence> goldSentences = NerCorpus.read(gold, NerCorpus.demonyms(gaz));
        Engine chosen = "extractor".equals(engine) ? extractorEngine(new EntityExtractor(gaz, tagger)) : taggerEngine(tagger);
        for (String line : evaluate(chosen, goldSentences, predictions)) {
            System.out.println(line);
        }
        return ExitCode.OK;
    }

    /** Tags the sentences of one document (IOB2 per sentence). */
    @FunctionalInterface
    interface Engine {
        List<String[]> tag(List<TaggedSentence> document);
    }

    /** The tagger alone, sentence by sentence. */
    static Engine taggerEngine(NerTagger tagger) {
        return doc -> {
            List<String[]> out = new ArrayList<>(doc.size());
            for (TaggedSentence s : doc) {
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
    static List<String> evaluate(Engine engine, List<TaggedSentence> gold, Path predictions) throws IOException {
        List<List<String>> goldTags = new ArrayList<>();
        List<List<String>> predictedTags = new ArrayList<>();
        StringBuilder dump = new StringBuilder();
        long tokens = 0;
        long t0 = System.nanoTime();
        int d = 0;
        while (d < gold.size()) {
            int e = d + 1;
            while (e < gold.size() && !gold.get(e).docStart()) {
                e++;
            }
            List<TaggedSentence> doc = gold.subList(d, e);
            List<String[]> predicted = engine.tag(doc);
            for (int k = 0; k < doc.size(); k++) {
                TaggedSentence s = doc.get(k);
                String[] pred = predicted.get(k);
                goldTags.add(List.of(s.tags()));
                predictedTags.add(List.of(pred));
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
        List<String> out = new ArrayList<>(ConllScorer.score(goldTags, predictedTags).lines());
        out.add(String.format(Locale.ROOT, "tokens/s=%d", Math.round(tokens / secs)));
        return out;
    }
}
