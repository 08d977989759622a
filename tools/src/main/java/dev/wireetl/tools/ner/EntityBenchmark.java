package dev.wireetl.tools.ner;

import dev.wireetl.common.config.ConfigException;
import dev.wireetl.common.entities.EntityExtractor;
import dev.wireetl.common.text.Tokenizer;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Single-thread throughput of {@link EntityExtractor#extract} (tokenise + sentence split + tagger +
 * gazetteer + normalise) over a directory of plain-text articles (BBC layout: headline line, blank
 * line, body). Prints the heap used by the loaded model and gazetteers, then
 * {@code documents=N tokens=N mentions=N seconds=S cpu_seconds=S wall_tokens/s=N tokens/s=N} for the
 * timed passes; {@code tokens/s} divides by the thread's CPU time, so it stays meaningful on a shared,
 * loaded machine ({@code wall_tokens/s} is the wall-clock figure).
 *
 * <pre>
 * EntityBenchmark --corpus DIR [--model DIR] [--gazetteer DIR] [--passes N]
 * </pre>
 */
@Command(name = "benchmark-ner", mixinStandardHelpOptions = true,
        description = "Entity extraction speed and heap without Spark (docs/benchmarks.md).")
public final class EntityBenchmark implements Subcommand {
    public EntityBenchmark() {
    }

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "folder of article bodies")
    Path corpus;
    @Option(names = "--model", defaultValue = "conf/models/ner", paramLabel = "DIR")
    Path model;
    @Option(names = "--gazetteer", defaultValue = "conf/gazetteer", paramLabel = "DIR")
    Path gazetteer;
    @Option(names = "--passes", defaultValue = "3", paramLabel = "N")
    int passes;

    @Override
    public Integer call() throws IOException {
        if (passes < 1) {
            throw new ConfigException("--passes must be at least 1");
        }
        run(corpus, model, gazetteer, passes);
        return ExitCode.OK;
    }

    private static void run(Path corpus, Path model, Path gazetteer, int passes) throws IOException {
        List<String> bodies = readBodies(corpus);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        EntityExtractor ex = EntityExtractor.load(model, gazetteer);
        System.gc();
        long heapAfter = rt.totalMemory() - rt.freeMemory();
        System.out.printf(Locale.ROOT, "loaded model+gazetteers heap=%dMB%n", (heapAfter - heapBefore) >> 20);
        long tokens = 0;
        for (String b : bodies) {
            tokens += Tokenizer.instance().tokenize(b).size();
        }
        long mentions = 0;
        for (String b : bodies) { // warm-up pass, not timed
            mentions += ex.extract(b).size();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int p = 0; p < passes; p++) {
            for (String b : bodies) {
                mentions += ex.extract(b).size();
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpuSecs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        System.out.printf(Locale.ROOT,
                "documents=%d tokens=%d mentions=%d seconds=%.2f cpu_seconds=%.2f wall_tokens/s=%d tokens/s=%d%n",
                bodies.size() * passes, tokens * passes, mentions / (passes + 1) * passes, secs, cpuSecs,
                Math.round(tokens * passes / secs), Math.round(tokens * passes / cpuSecs));
    }

    /** Bodies of every regular file under {@code dir}: the text after the first blank line, or all of it. */
    static List<String> readBodies(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> out = new ArrayList<>(files.size());
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
            int blank = text.indexOf("\n\n");
            out.add(blank >= 0 ? text.substring(blank + 2).strip() : text.strip());
        }
        return out;
    }
}
