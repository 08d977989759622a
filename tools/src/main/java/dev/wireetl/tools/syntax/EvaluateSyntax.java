package dev.wireetl.tools.syntax;

import dev.wireetl.common.config.ConfigException;
import dev.wireetl.common.syntax.SyntaxModel;
import dev.wireetl.jobs.cli.ExitCode;
import dev.wireetl.jobs.cli.Subcommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code evaluate-syntax}: scores a model on a CoNLL-U file with its gold words, then on the same text
 * re-tokenised by the project's tokenizer. The gold-word lines end the output as scripts read them:
 * {@code upos accuracy=A}, {@code uas=U las=L}, {@code tokens/s=N}.
 */
@Command(name = "evaluate-syntax", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Score the syntax model on CoNLL-U: UPOS accuracy, UAS, LAS, tokens/s.")
public final class EvaluateSyntax implements Subcommand {
    @Option(names = "--gold", required = true, paramLabel = "FILE.conllu")
    Path gold;
    @Option(names = "--model", paramLabel = "DIR", description = "default: ${DEFAULT-VALUE}")
    Path model = Path.of("conf/models/syntax");

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(gold)) {
            throw new ConfigException("CoNLL-U file not found: " + gold);
        }
        long started = System.nanoTime();
        SyntaxModel loaded = SyntaxModel.load(model);
        System.out.println(String.format(Locale.ROOT, "load ms=%d", (System.nanoTime() - started) / 1_000_000));
        List<Conllu.Sentence> sentences = Conllu.read(gold);
        print(SyntaxEvaluation.evaluate(loaded, sentences), SyntaxEvaluation.evaluateTokenized(loaded, sentences));
        return ExitCode.OK;
    }

    /** The tokenizer line first, so the gold-word summary lines close the output. */
    static void print(SyntaxEvaluation.Result goldWords, SyntaxEvaluation.TokenizedResult tokenized) {
        System.out.println(String.format(Locale.ROOT,
                "project tokenizer: %d sentences, gold %d / system %d words, words F1=%.2f upos F1=%.2f uas F1=%.2f las F1=%.2f",
                tokenized.sentences(), tokenized.goldWords(), tokenized.systemWords(), tokenized.wordF1(),
                tokenized.upos(), tokenized.uas(), tokenized.las()));
        System.out.println(String.format(Locale.ROOT, "gold words: %d sentences, %d words, xpos=%.2f lemma=%.2f",
                goldWords.sentences(), goldWords.words(), goldWords.xpos(), goldWords.lemma()));
        goldWords.summary().forEach(System.out::println);
    }
}
