package dev.wireetl.tools.sparknlp;

import dev.wireetl.common.config.ConfigException;
import dev.wireetl.jobs.cli.ExitCode;
import dev.wireetl.jobs.cli.Subcommand;
import dev.wireetl.jobs.extract.SparkNlpEngine;
import dev.wireetl.jobs.spark.SparkSessions;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A measurement, not a test: {@code --corpus DIR --model DIR [--limit N]} runs {@link SparkNlpEngine#annotate}
 * on local[2] over the {@code *.txt} files under DIR (BBC News layout: headline, blank line, body; the body is
 * annotated) and prints articles, tokens (whitespace-separated words of the bodies), chunks, seconds and
 * tokens/s in total and per core. Seconds cover loading the model, the transform and collecting the chunks.
 */
@Command(name = "benchmark-sparknlp", mixinStandardHelpOptions = true,
        description = "Spark NLP engine throughput on local[2] (docs/sparknlp.md).")
public final class SparkNlpBenchmark implements Subcommand {
    static final int CORES = 2;

    public SparkNlpBenchmark() {
    }

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "folder of *.txt articles")
    Path corpus;
    @Option(names = "--model", required = true, paramLabel = "DIR", description = "saved Spark NLP pipeline")
    String model;
    @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "first N files (0: all)")
    int limit;

    @Override
    public Integer call() {
        if (limit < 0) {
            throw new ConfigException("--limit must be at least 0, not " + limit);
        }
        List<Row> articles = readCorpus(corpus, limit);
        SparkSession spark = SparkSessions.configure(SparkSession.builder().master("local[" + CORES + "]")
                .appName("wire-etl sparknlp-benchmark").config("spark.ui.showConsoleProgress", "false"))
                .getOrCreate();
        try {
            Dataset<Row> input = spark.createDataFrame(articles, new StructType()
                    .add("article_id", DataTypes.StringType).add(SparkNlpEngine.BODY, DataTypes.StringType));
            long tokens = articles.stream().mapToLong(r -> words(r.getString(1))).sum();
            long start = System.nanoTime();
            long chunks = SparkNlpEngine.annotate(spark, input, model).collectAsList().size();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "articles=%d tokens=%d chunks=%d seconds=%.1f tokens/s=%.0f "
                    + "tokens/s/core=%.0f cores=%d%n", articles.size(), tokens, chunks, seconds, tokens / seconds,
                    tokens / seconds / CORES, CORES);
            return ExitCode.OK;
        } finally {
            spark.stop();
        }
    }

    /** {@code (relative path, body)} of the first {@code limit} (0: all) {@code *.txt} files, by path. */
    static List<Row> readCorpus(Path corpus, int limit) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt"))
                    .sorted().limit(limit == 0 ? Long.MAX_VALUE : limit).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + corpus, e);
        }
        List<Row> rows = new ArrayList<>(files.size());
        for (Path file : files) {
            try {
                rows.add(RowFactory.create(corpus.relativize(file).toString(),
                        body(Files.readString(file, StandardCharsets.UTF_8))));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return rows;
    }

    /** The text after the headline's blank line, or all of it when there is none. */
    static String body(String text) {
        String normalized = text.replace("\r\n", "\n");
        int blank = normalized.indexOf("\n\n");
        return blank < 0 ? normalized : normalized.substring(blank + 2);
    }

    static long words(String text) {
        return Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).count();
    }
}
