package dev.wireetl.tools.syntax;

import dev.wireetl.common.config.ConfigException;
import dev.wireetl.jobs.cli.ExitCode;
import dev.wireetl.jobs.cli.Subcommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code train-syntax}: trains the tagger, lemma table and dependency parser on a CoNLL-U treebank, writes the
 * model folder, and prints the dev scores (gold words, then the project's tokenizer) in the evaluation's lines.
 */
@Command(name = "train-syntax", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train the POS tagger and dependency parser on CoNLL-U (docs/quality.md, Syntax).")
public final class TrainSyntax implements Subcommand {
    private static final SyntaxTrainer.Options DEFAULTS = SyntaxTrainer.Options.defaults();

    @Option(names = "--train", required = true, paramLabel = "FILE.conllu")
    Path train;
    @Option(names = "--dev", required = true, paramLabel = "FILE.conllu", description = "scored after training")
    Path dev;
    @Option(names = "--model-out", required = true, paramLabel = "DIR")
    Path modelOut;
    @Option(names = "--tagger-epochs", paramLabel = "N")
    int taggerEpochs = DEFAULTS.taggerEpochs();
    @Option(names = "--parser-epochs", paramLabel = "N")
    int parserEpochs = DEFAULTS.parserEpochs();
    @Option(names = "--jackknife-folds", paramLabel = "N", description = "folds of predicted tags the parser trains on")
    int jackknifeFolds = DEFAULTS.jackknifeFolds();
    @Option(names = "--min-count", paramLabel = "N", description = "features seen fewer times are dropped")
    int minFeatureCount = DEFAULTS.minFeatureCount();

    @Override
    public Integer call() throws IOException {
        for (Path file : new Path[] {train, dev}) {
            if (!Files.isRegularFile(file)) {
                throw new ConfigException("CoNLL-U file not found: " + file);
            }
        }
        SyntaxTrainer.Options options = new SyntaxTrainer.Options(taggerEpochs, parserEpochs, jackknifeFolds,
                minFeatureCount, DEFAULTS.exploreFrom(), DEFAULTS.exploreProbability(), DEFAULTS.seed());
        SyntaxTrainer.Result result = SyntaxTrainer.train(train, dev, modelOut, options);
        System.out.println(String.format(Locale.ROOT, "trained in %.1f s: %s -> %s", result.seconds(), options, modelOut));
        EvaluateSyntax.print(result.dev(), SyntaxEvaluation.evaluateTokenized(result.model(), dev));
        return ExitCode.OK;
    }
}
