package dev.wireetl.tools.syntax;

import dev.wireetl.common.config.ConfigException;
import dev.wireetl.common.syntax.SyntaxModel;
import dev.wireetl.jobs.cli.ExitCode;
import dev.wireetl.jobs.cli.Subcommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code benchmark-syntax}: tag + lemma + parse speed on one thread over a folder of text, load time, model heap. */
@Command(name = "benchmark-syntax", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Syntax speed on one thread (CPU time), load time and model heap.")
public final class BenchmarkSyntax implements Subcommand {
    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "text files, e.g. BBC business")
    Path corpus;
    @Option(names = "--model", paramLabel = "DIR", description = "default: ${DEFAULT-VALUE}")
    Path model = Path.of("conf/models/syntax");
    @Option(names = "--passes", paramLabel = "N", description = "timed passes after one warm-up pass")
    int passes = 2;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new ConfigException("corpus folder not found: " + corpus);
        }
        long before = usedHeapAfterGc();
        long started = System.nanoTime();
        SyntaxModel loaded = SyntaxModel.load(model);
        long loadMs = (System.nanoTime() - started) / 1_000_000;
        long heap = usedHeapAfterGc() - before;
        SyntaxBenchmark.Result r = SyntaxBenchmark.run(loaded, corpus, passes);
        System.out.println(String.format(Locale.ROOT,
                "sentences=%d words=%d tagger tokens/s=%d load ms=%d model heap MB=%d",
                r.sentences(), r.words(), Math.round(r.taggerTokensPerSecond()), loadMs, heap >> 20));
        System.out.println(String.format(Locale.ROOT, "tokens/s=%d", Math.round(r.tokensPerSecond())));
        return ExitCode.OK;
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
