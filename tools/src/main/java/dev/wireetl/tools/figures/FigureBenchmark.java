package dev.wireetl.tools.figures;

import dev.wireetl.common.config.ConfigException;
import dev.wireetl.common.figures.Extraction;
import dev.wireetl.common.figures.FigureExtractor;
import dev.wireetl.common.figures.TenseHint;
import dev.wireetl.common.syntax.ArticleSyntax;
import dev.wireetl.common.syntax.SyntaxModel;
import dev.wireetl.jobs.cli.ExitCode;
import dev.wireetl.jobs.cli.Subcommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Single-thread speed of figures + dates extraction: {@code --corpus DIR [--warmup N] [--rounds N]}. Reads
 * every {@code *.txt} under DIR, runs warm-up rounds, then timed rounds, and prints tokens per second
 * (tokens = whitespace-separated words of the input).
 */
@Command(name = "benchmark-figures", mixinStandardHelpOptions = true,
        description = "Figure and date extraction speed without Spark (docs/benchmarks.md).")
public final class FigureBenchmark implements Subcommand {
    public FigureBenchmark() {
    }

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "folder of *.txt files")
    Path corpus;
    @Option(names = "--warmup", defaultValue = "3", paramLabel = "N")
    int warmup;
    @Option(names = "--rounds", defaultValue = "5", paramLabel = "N")
    int rounds;
    @Option(names = "--syntax-model", paramLabel = "DIR",
            description = "syntax model directory: attach on the dependency tree (parses each text's figure sentences)")
    Path syntaxModel;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(corpus) || rounds < 1) {
            throw new ConfigException(rounds < 1 ? "--rounds must be at least 1" : "corpus directory not found: " + corpus);
        }
        List<String> texts = readTexts(corpus);
        if (texts.isEmpty()) {
            throw new ConfigException("no *.txt files under " + corpus);
        }
        long tokens = 0;
        for (String text : texts) {
            tokens += FigureEvaluation.countTokens(text);
        }
        if (syntaxModel != null && !Files.isDirectory(syntaxModel)) {
            throw new ConfigException("syntax model directory not found: " + syntaxModel);
        }
        SyntaxModel model = syntaxModel == null ? null : SyntaxModel.load(syntaxModel);
        FigureExtractor extractor = FigureExtractor.standard();
        LocalDate date = LocalDate.of(2005, 1, 1);
        int[] starts = {0};
        long sink = 0;
        for (int r = 0; r < warmup; r++) {
            sink += runOnce(extractor, model, texts, date, starts);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        com.sun.management.OperatingSystemMXBean process = os instanceof com.sun.management.OperatingSystemMXBean p ? p : null;
        long processStart = process == null ? 0 : process.getProcessCpuTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            sink += runOnce(extractor, model, texts, date, starts);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double processSeconds = process == null ? Double.NaN : (process.getProcessCpuTime() - processStart) / 1e9;
        System.out.printf(Locale.ROOT,
                "files=%d tokens=%d rounds=%d wall_seconds=%.3f thread_cpu_seconds=%.3f process_cpu_seconds=%.3f mentions=%d%n",
                texts.size(), tokens, rounds, seconds, cpuSeconds, processSeconds, sink / (warmup + rounds));
        // On a shared machine wall time includes waiting for a core; thread CPU time is the extraction itself,
        // process CPU time adds the collector and compiler threads.
        double total = tokens * (double) rounds;
        System.out.printf(Locale.ROOT,
                "speed tokens_per_second=%.0f tokens_per_thread_cpu_second=%.0f tokens_per_process_cpu_second=%.0f%n",
                total / seconds, total / cpuSeconds, total / processSeconds);
        return ExitCode.OK;
    }

    private static long runOnce(FigureExtractor extractor, SyntaxModel model, List<String> texts, LocalDate date,
            int[] starts) {
        long mentions = 0;
        for (String text : texts) {
            // With a model, as the job: the article's tokens and sentences, then parses of figure sentences only.
            ArticleSyntax syntax = model == null ? null : new ArticleSyntax(model, text);
            Extraction e = syntax == null ? extractor.extract(text, date, starts)
                    : extractor.extract(text, date, syntax.sentenceStarts(), TenseHint.UNKNOWN, syntax);
            mentions += e.figures().size() + e.dates().size();
        }
        return mentions;
    }

    private static List<String> readTexts(Path corpus) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
        }
        List<String> texts = new ArrayList<>(files.size());
        for (Path p : files) {
            texts.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
        }
        return texts;
    }
}
