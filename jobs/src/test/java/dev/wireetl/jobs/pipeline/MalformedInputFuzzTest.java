package dev.wireetl.jobs.pipeline;

import dev.wireetl.common.config.JobConfig;
import dev.wireetl.jobs.SparkTestSession;
import dev.wireetl.jobs.TestFixtures;
import dev.wireetl.jobs.report.RunSummary;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Several hundred malformed files made from good ones (truncations, byte flips, wrong encodings, broken
 * gzip, NUL bytes, huge lines) in one run with the good originals: nothing escapes, every file is
 * accounted for, and the good files still parse.
 */
@Tag("slow")
class MalformedInputFuzzTest {
    @TempDir
    Path tmp;

    @Test
    void malformedFilesNeverCrashARunAndEveryFileIsAccountedFor() throws IOException {
        Path input = TestFixtures.copyTree("wire-tree/good", tmp.resolve("input/good"));
        List<byte[]> originals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(input)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
                originals.add(Files.readAllBytes(p));
            }
        }
        // Sorts after good/: a mutant that keeps a good file's wire id is the duplicate, not the original.
        Path fuzz = Files.createDirectories(tmp.resolve("input/zz-fuzz"));
        Random random = new Random(20250107L);
        int made = 0;
        for (int i = 0; i < 320; i++) {
            byte[] source = originals.get(random.nextInt(originals.size()));
            Files.write(fuzz.resolve(String.format(java.util.Locale.ROOT, "f%03d.txt", i)), mutate(source, i % 8, random));
            made++;
        }
        Path output = tmp.resolve("output");
        SparkSession spark = SparkTestSession.get();
        List<String> args = new ArrayList<>(List.of("--config", "/dev/null",
                "--input", tmp.resolve("input").toString(), "--output", output.toString()));
        args.addAll(TestFixtures.NLP_PATHS);
        RunSummary summary = WireEtlJob.run(JobConfig.load(args), spark);

        long total = made + originals.size();
        assertEquals(total, summary.counts().filesRead());
        assertEquals(total, summary.counts().filesParsed() + summary.counts().filesRejected());

        Dataset<Row> articles = spark.read().parquet(output.resolve("articles").toString());
        Dataset<Row> rejects = spark.read().parquet(output.resolve("rejects").toString());
        Set<String> accounted = new HashSet<>();
        articles.select("source_path").distinct().collectAsList().forEach(r -> accounted.add(r.getString(0)));
        rejects.select("source_path").distinct().collectAsList().forEach(r -> accounted.add(r.getString(0)));
        assertEquals(total, accounted.size());
        for (String good : List.of("menafn-2025-01-07-blinken.txt", "menafn-2025-01-06-uae-fund.txt",
                "menafn-2025-01-09-brazil-floods.txt", "menafn-2025-02-05-date-mismatch.txt")) {
            assertTrue(articles.filter(articles.col("source_path").endsWith("/good/" + good)
                    .or(articles.col("source_path").endsWith("/01/" + good))).count() == 1, good);
        }
        assertTrue(summary.counts().filesRejected() > 100, "most mutations are rejected: " + summary.summaryLine());
    }

    private static byte[] mutate(byte[] good, int kind, Random random) throws IOException {
        switch (kind) {
            case 0: // truncated anywhere
                return java.util.Arrays.copyOf(good, random.nextInt(good.length));
            case 1: { // random byte flips
                byte[] b = good.clone();
                for (int i = 0; i < 1 + random.nextInt(20); i++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                return b;
            }
            case 2: // UTF-16 without a byte-order mark
                return new String(good, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE);
            case 3: { // Latin-1 bytes with C1 controls
                byte[] b = new String(good, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);
                b[random.nextInt(b.length)] = (byte) 0x81;
                return b;
            }
            case 4: { // gzip, cut short
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                    gz.write(good);
                }
                byte[] z = out.toByteArray();
                return java.util.Arrays.copyOf(z, 10 + random.nextInt(z.length - 10));
            }
            case 5: { // NUL bytes inside
                byte[] b = good.clone();
                b[random.nextInt(b.length)] = 0;
                return b;
            }
            case 6: { // one extremely long line
                byte[] filler = new byte[200_000 + random.nextInt(200_000)];
                java.util.Arrays.fill(filler, (byte) 'x');
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(good, 0, Math.min(40, good.length));
                out.write(filler);
                return out.toByteArray();
            }
            default: { // shuffled lines
                List<String> lines = new ArrayList<>(List.of(new String(good, StandardCharsets.UTF_8).split("\n")));
                java.util.Collections.shuffle(lines, random);
                return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            }
        }
    }
}
