package dev.wireetl.jobs.pipeline;

import dev.wireetl.common.config.JobConfig;
import dev.wireetl.common.model.RejectReason;
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
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Several hundred malformed files made from good ones of every format (MENAFN, Reuters SGML, NITF, plain
 * text; truncations, byte flips, wrong encodings, broken gzip, NUL bytes, huge lines) in one run with the good
 * originals and the hostile inputs of issue #17 (a gzip bomb at the default limit, a NITF depth bomb, a FIFO,
 * symbolic links out of the input root): nothing escapes, every file is accounted for with the reason its kind
 * of damage must give, and the good files still parse.
 */
@Tag("slow")
class MalformedInputFuzzTest {
    @TempDir
    Path tmp;

    @Test
    void malformedFilesNeverCrashARunAndEveryFileIsAccountedFor() throws Exception {
        Path input = TestFixtures.copyTree("wire-tree/good", tmp.resolve("input/good"));
        TestFixtures.copyTree("fuzz-seeds", tmp.resolve("input/good/formats"));
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
            // every original in turn, so each format meets each kind of damage
            byte[] source = originals.get(i % originals.size());
            Files.write(fuzz.resolve(String.format(java.util.Locale.ROOT, "f%03d.txt", i)), mutate(source, i % 8, random));
            made++;
        }
        Map<String, String> hostile = hostileInputs(Files.createDirectories(tmp.resolve("input/zz-hostile")),
                Files.createDirectories(tmp.resolve("outside")));
        Path output = tmp.resolve("output");
        SparkSession spark = SparkTestSession.get();
        List<String> args = new ArrayList<>(List.of("--config", "/dev/null",
                "--input", tmp.resolve("input").toString(), "--output", output.toString()));
        args.addAll(TestFixtures.NLP_PATHS);
        RunSummary summary = WireEtlJob.run(JobConfig.load(args), spark);

        long total = made + originals.size() + hostile.size();
        assertEquals(total, summary.counts().filesRead());
        assertEquals(total, summary.counts().filesParsed() + summary.counts().filesRejected());

        Dataset<Row> articles = spark.read().format("delta").load(output.resolve("articles").toString());
        Dataset<Row> rejects = spark.read().format("delta").load(output.resolve("rejects").toString());
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
        assertEquals(4, articles.filter(articles.col("source_path").contains("/good/formats/")).count(),
                () -> "the Reuters (2 stories), NITF and plain-text seeds parse; rejects: "
                        + rejects.filter(rejects.col("source_path").contains("/good/formats/"))
                        .select("source_path", "story_ref", "reason", "message").collectAsList());

        Map<String, String> reasonByFile = new TreeMap<>();
        for (Row r : rejects.select("source_path", "reason").collectAsList()) {
            String path = r.getString(0);
            reasonByFile.merge(path.substring(path.lastIndexOf('/') + 1), r.getString(1), (a, b) -> a + "," + b);
        }
        for (Map.Entry<String, String> e : hostile.entrySet()) {
            assertEquals(e.getValue(), reasonByFile.get(e.getKey()), e.getKey());
        }
        // damage that no parser can survive gives the same reason whatever the format
        Map<Integer, String> reasonByKind = Map.of(2, "NOT_TEXT", 4, "BAD_COMPRESSION", 5, "NOT_TEXT");
        for (int i = 0; i < made; i++) {
            String expected = reasonByKind.get(i % 8);
            if (expected != null) {
                String name = String.format(java.util.Locale.ROOT, "f%03d.txt", i);
                assertEquals(expected, reasonByFile.get(name), name);
            }
        }
        Set<String> known = Stream.of(RejectReason.values()).map(Enum::name).collect(Collectors.toSet());
        for (String reasons : reasonByFile.values()) {
            assertTrue(known.containsAll(List.of(reasons.split(","))), reasons);
        }
    }

    /** The inputs of issue #17 that once crashed, hung or leaked; file name → the reason it must give. */
    private static Map<String, String> hostileInputs(Path dir, Path outside) throws Exception {
        Map<String, String> expected = new TreeMap<>();
        // 64 MiB + 1 of decompressed text in ~65 KB: stops at the default input.max-file-bytes
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bomb)) {
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < 64; i++) {
                gz.write(block);
            }
            gz.write('a');
        }
        Files.write(dir.resolve("gzip-bomb.txt.gz"), bomb.toByteArray());
        expected.put("gzip-bomb.txt.gz", "TOO_LARGE");
        Files.writeString(dir.resolve("depth-bomb.xml"), "<nitf><head><docdata><date.issue norm=\"20250107\"/>"
                + "</docdata></head><body><body.content><p>" + "<person>w ".repeat(70_000) + "</person>".repeat(70_000)
                + "</p></body.content></body></nitf>", StandardCharsets.UTF_8);
        expected.put("depth-bomb.xml", "TOO_COMPLEX");
        TestFixtures.mkfifo(dir.resolve("pipe.txt"));
        expected.put("pipe.txt", "NOT_REGULAR");
        Files.createSymbolicLink(dir.resolve("environ.txt"), Path.of("/proc/self/environ"));
        expected.put("environ.txt", "NOT_REGULAR");
        Files.writeString(outside.resolve("private.txt"), "Private\n\nnot for the job.\n", StandardCharsets.UTF_8);
        Files.createSymbolicLink(dir.resolve("outside.txt"), outside.resolve("private.txt"));
        expected.put("outside.txt", "NOT_REGULAR");
        ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
        utf16.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        utf16.write("Headline\n\nBody text\u0000with a NUL.\n".getBytes(StandardCharsets.UTF_16LE));
        Files.write(dir.resolve("utf16-nul.txt"), utf16.toByteArray());
        expected.put("utf16-nul.txt", "NOT_TEXT");
        Files.writeString(dir.resolve("late-nul.txt"), "Headline\n\n" + "Body text. ".repeat(2000) + "\u0000",
                StandardCharsets.UTF_8);
        expected.put("late-nul.txt", "NOT_TEXT");
        return expected;
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
