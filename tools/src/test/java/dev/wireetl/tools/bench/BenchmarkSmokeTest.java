package dev.wireetl.tools.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CI smoke run of the benchmark: a tiny generated corpus, every engine; no timing assertions. */
@Tag("slow")
class BenchmarkSmokeTest {
    @TempDir
    Path tmp;

    @Test
    void runnerCompletesAndPrintsItsBlock() throws Exception {
        Path corpus = tmp.resolve("corpus");
        CorpusGenerator.generate(corpus, 50, 1, 3, false);
        Path empty = tmp.resolve("empty.properties");
        Files.writeString(empty, "# defaults only\n");
        Path root = projectRoot();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            code = BenchmarkRunner.run(new String[] {"--input", corpus.toString(), "--cores", "1", "--label", "smoke",
                    "--keep-output", tmp.resolve("out").toString(),
                    "--set", "nlp.model-path=" + root.resolve("conf/models/ner"),
                    "--set", "nlp.gazetteer-path=" + root.resolve("conf/gazetteer"),
                    "--set", "nlp.syntax-model-path=" + root.resolve("conf/models/syntax")}, out);
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, printed);
        for (String expected : new String[] {"=== wire-etl benchmark: smoke ===", "articles: 50 files: 50",
                "throughput: articles/s=", "tokens/s per core: ", "stages: read+parse=", "driver peak heap: ",
                "executor peak: ", "output articles: partitions=3 files=3", "output figures: ", "baseline: files=50",
                "ratio baseline/job per core: ", "sparknlp: ", "=== end ==="}) {
            assertTrue(printed.contains(expected), "missing '" + expected + "' in:\n" + printed);
        }
    }

    /** The project root (the folder holding conf/), from the module folder Maven runs tests in. */
    private static Path projectRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("conf/gazetteer"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("conf/gazetteer not found above " + Path.of("").toAbsolutePath());
        }
        return p;
    }
}
