package dev.wireetl.tools.sparknlp;

import dev.wireetl.common.config.ConfigException;
import dev.wireetl.jobs.cli.ExitCode;
import dev.wireetl.jobs.extract.SparkNlpEngine;
import dev.wireetl.jobs.spark.SparkSessions;
import dev.wireetl.tools.conll.NerCorpusTest;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Trains a tiny model once (seconds) and checks what must hold whatever its quality. */
class SparkNlpEngineTest {
    static final String PARAGRAPHS = "Antony Blinken visited Seoul on Tuesday.\n\n"
            + "\u201CThe Finance Ministry in Riyadh said revenue rose,\u201D a spokesman said.\n\n"
            + "Antony Blinken visited Tokyo.";
    static final String SHORT = "Emmanuel Macron visited Cairo.";

    @TempDir
    static Path tmp;
    static SparkSession spark;
    static String model;

    static Path fixture() {
        try {
            return Path.of(SparkNlpEngineTest.class.getResource("tiny-ner.conll").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void trainTinyModel() {
        spark = SparkSessions.small("wire-etl-tests");
        model = tmp.resolve("model").toString();
        assertEquals(ExitCode.OK, SparkNlpCommands.trainNer(List.of("--engine", "sparknlp",
                "--train", fixture().toString(), "--model-out", model, "--max-epochs", "30",
                "--embeddings-dim", "10"), spark));
    }

    static Dataset<Row> articles() {
        return spark.createDataFrame(List.of(RowFactory.create("a1", PARAGRAPHS), RowFactory.create("a2", SHORT)),
                new StructType().add("article_id", DataTypes.StringType).add("body", DataTypes.StringType));
    }

    @Test
    void annotateReturnsFlatChunksWithOffsetsIntoTheBody() {
        Dataset<Row> chunks = SparkNlpEngine.annotate(spark, articles(), model);

        assertEquals("struct<article_id:string,type:string,text:string,begin:int,end:int,sentence_index:int,"
                + "score:double>", chunks.schema().simpleString());
        List<Row> rows = chunks.collectAsList();
        Map<String, String> bodies = Map.of("a1", PARAGRAPHS, "a2", SHORT);
        assertFalse(rows.isEmpty());
        for (Row r : rows) {
            String text = r.getAs("text");
            assertEquals(text, bodies.get(r.<String>getAs("article_id"))
                    .substring(r.<Integer>getAs("begin"), r.<Integer>getAs("end")), r.toString());
            assertTrue(Set.of("PERSON", "ORG", "LOC", "NORP").contains(r.<String>getAs("type")), r.toString());
            double score = r.getAs("score");
            assertTrue(score > 0 && score <= 1, r.toString());
        }
        // The name repeated in training, at the start and after paragraph breaks and curly quotes.
        int second = PARAGRAPHS.lastIndexOf("Antony Blinken");
        assertEquals(113, second);
        assertTrue(hasChunk(rows, "a1", "PERSON", "Antony Blinken", 0, 14, 0), rows.toString());
        assertTrue(hasChunk(rows, "a1", "PERSON", "Antony Blinken", second, second + 14, 2), rows.toString());
        assertTrue(hasChunk(rows, "a2", "PERSON", "Emmanuel Macron", 0, 15, 0), rows.toString());
    }

    static boolean hasChunk(List<Row> rows, String articleId, String type, String text, int begin, int end,
                            int sentenceIndex) {
        return rows.stream().anyMatch(r -> r.getAs("article_id").equals(articleId) && r.getAs("type").equals(type)
                && r.getAs("text").equals(text) && r.<Integer>getAs("begin") == begin
                && r.<Integer>getAs("end") == end && r.<Integer>getAs("sentence_index") == sentenceIndex);
    }

    @Test
    void evaluateNerPrintsConllevalLines() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = SparkNlpCommands.evaluateNer(List.of("--engine", "sparknlp", "--gold", fixture().toString(),
                    "--model", model), spark);
        } finally {
            System.setOut(stdout);
        }

        assertEquals(ExitCode.OK, exit);
        List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
        String scores = "precision=\\d+\\.\\d\\d recall=\\d+\\.\\d\\d f1=\\d+\\.\\d\\d";
        List<String> patterns = List.of(
                "LOC " + scores + " gold=25 predicted=\\d+ correct=\\d+",
                "ORG " + scores + " gold=24 predicted=\\d+ correct=\\d+",
                "PER " + scores + " gold=25 predicted=\\d+ correct=\\d+",
                "overall " + scores,
                "per-loc-org " + scores,
                "sentences=37 tokens=285 seconds=\\d+\\.\\d",
                "tokens/s=\\d+");
        assertEquals(patterns.size(), lines.size(), lines.toString());
        for (int i = 0; i < patterns.size(); i++) {
            assertTrue(lines.get(i).matches(patterns.get(i)), lines.get(i));
        }
    }

    @Test
    void badArgumentsExitWith2BeforeSparkWork() {
        assertEquals(ExitCode.USAGE, SparkNlpCommands.trainNer(List.of("--train", "/no/such/file.conll",
                "--model-out", tmp.resolve("unused").toString()), spark));
        assertEquals(ExitCode.USAGE, SparkNlpCommands.evaluateNer(List.of("--gold", fixture().toString()),
                spark));
        assertEquals(ExitCode.USAGE, SparkNlpCommands.evaluateNer(List.of("--engine", "spacy", "--gold",
                fixture().toString(), "--model", model), spark));
        // A GMB CSV needs the gazetteer's demonyms; a CoNLL file (the fixture) is read without one.
        assertEquals(ExitCode.USAGE, SparkNlpCommands.trainNer(List.of("--train", NerCorpusTest.gmbFixture().toString(),
                "--model-out", tmp.resolve("unused").toString(), "--gazetteer", "/no/such/gazetteer"), spark));
        assertEquals("--gazetteer: cannot load '/no/such/gazetteer': java.nio.file.NoSuchFileException:"
                + " /no/such/gazetteer/countries.tsv", assertThrows(ConfigException.class,
                    () -> SparkNlpCommands.demonyms(NlpArguments.parse(List.of("--gazetteer", "/no/such/gazetteer"),
                        Set.of("--gazetteer")), List.of(NerCorpusTest.gmbFixture()))).getMessage());
        assertEquals("--train: no such file '/no/such/file.conll'", assertThrows(ConfigException.class,
                () -> NlpArguments.parse(List.of("--train", "/no/such/file.conll"), Set.of("--train"))
                        .existingFiles("--train")).getMessage());
        assertEquals("--max-epochs must be a whole number, not 'many'", assertThrows(ConfigException.class,
                () -> NlpArguments.parse(List.of("--max-epochs", "many"), Set.of("--max-epochs"))
                        .integer("--max-epochs", 5, 1)).getMessage());
        assertEquals("--model needs a value", assertThrows(ConfigException.class,
                () -> NlpArguments.parse(List.of("--model"), Set.of("--model"))).getMessage());
        assertEquals("unknown option '--modle' (options: --engine --model)", assertThrows(ConfigException.class,
                () -> NlpArguments.parse(List.of("--modle", "x"), Set.of("--model"))).getMessage());
    }
}
