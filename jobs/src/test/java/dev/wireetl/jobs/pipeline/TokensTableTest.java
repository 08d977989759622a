package dev.wireetl.jobs.pipeline;

import dev.wireetl.common.config.JobConfig;
import dev.wireetl.jobs.SparkTestSession;
import dev.wireetl.jobs.TestFixtures;
import dev.wireetl.jobs.table.Tables;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The optional {@code tokens} table: written with {@code output.tokens=true}, absent by default. */
class TokensTableTest {
    private static final String ARTICLE_ID = "MENAFN04032025000999000001ID1109990001";

    @TempDir
    static Path tmp;
    static Path input;
    static SparkSession spark;

    @BeforeAll
    static void setUp() {
        spark = SparkTestSession.get();
        input = TestFixtures.copyTree("tokens-tree", tmp.resolve("input"));
    }

    static JobConfig config(Path output, String... extra) {
        Path defaults = tmp.resolve("empty.properties");
        try {
            Files.writeString(defaults, "# defaults only\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> args = new ArrayList<>(List.of("--config", defaults.toString(),
                "--input", input.toString(), "--output", output.toString(), "--set", "job.run-id=tokens-run",
                "--set", "nlp.syntax-model-path=../conf/models/syntax"));
        args.addAll(TestFixtures.NLP_PATHS);
        args.addAll(List.of(extra));
        return JobConfig.load(args);
    }

    /** One line per word of a sentence of the fixture article: index text begin-end lemma upos xpos head deprel. */
    private static List<String> sentence(Path output, int sentence) {
        List<String> lines = new ArrayList<>();
        for (Row r : spark.read().format("delta").load(output.resolve(Tables.TOKENS).toString())
                .filter("article_id = '" + ARTICLE_ID + "' AND sentence_index = " + sentence)
                .orderBy("token_index").collectAsList()) {
            lines.add(r.getAs("token_index") + " " + r.getAs("text") + " " + r.getAs("begin") + "-" + r.getAs("end")
                    + " " + r.getAs("lemma") + " " + r.getAs("upos") + " " + r.getAs("xpos") + " " + r.getAs("head")
                    + " " + r.getAs("deprel") + " " + r.getAs("run_id") + " " + r.getAs("pub_date"));
        }
        return lines;
    }

    @Test
    void tokensOnWritesEveryWordAndARerunWithTokensOffRemovesTheReplacedRows() {
        Path output = tmp.resolve("out-tokens");
        WireEtlJob.run(config(output, "--set", "output.tokens=true"), spark);

        assertEquals(List.of(
                "1 The 0-3 the DET DT 2 det tokens-run 2025-03-04",
                "2 minister 4-12 minister NOUN NN 3 nsubj tokens-run 2025-03-04",
                "3 said 13-17 say VERB VBD 0 root tokens-run 2025-03-04",
                "4 the 18-21 the DET DT 5 det tokens-run 2025-03-04",
                "5 talks 22-27 talk NOUN NNS 7 nsubj tokens-run 2025-03-04",
                "6 had 28-31 have AUX VBD 7 aux tokens-run 2025-03-04",
                "7 failed 32-38 fail VERB VBN 3 ccomp tokens-run 2025-03-04",
                "8 . 38-39 . PUNCT . 3 punct tokens-run 2025-03-04"), sentence(output, 0));
        assertEquals(List.of(
                "1 Officials 40-49 official NOUN NNS 2 nsubj tokens-run 2025-03-04",
                "2 gave 50-54 give VERB VBD 0 root tokens-run 2025-03-04",
                "3 no 55-57 no DET DT 4 det tokens-run 2025-03-04",
                "4 details 58-65 detail NOUN NNS 2 obj tokens-run 2025-03-04",
                "5 . 65-66 . PUNCT . 2 punct tokens-run 2025-03-04"), sentence(output, 1));
        String body = spark.read().format("delta").load(output.resolve(Tables.ARTICLES).toString()).first().getAs("body");
        assertEquals("Officials", body.substring(40, 49)); // offsets index into articles.body
        assertEquals(13, spark.read().format("delta").load(output.resolve(Tables.TOKENS).toString()).count());

        WireEtlJob.run(config(output), spark);
        assertEquals(0, spark.read().format("delta").load(output.resolve(Tables.TOKENS).toString()).count());
    }

    @Test
    void theTableIsAbsentByDefault() {
        Path output = tmp.resolve("out-default");
        WireEtlJob.run(config(output), spark);

        assertFalse(Files.exists(output.resolve(Tables.TOKENS)));
        assertEquals(1, spark.read().format("delta").load(output.resolve(Tables.ARTICLES).toString()).count());
    }
}
