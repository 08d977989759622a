package dev.wireetl.common.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JobConfigTest {
    @TempDir
    Path tmp;

    private Path file(String text) throws IOException {
        Path f = tmp.resolve("job.properties");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void defaultsApplyWhenNothingIsSet() throws IOException {
        JobConfig c = JobConfig.load(List.of("--config", file("").toString()));
        assertEquals("sample-input", c.get(JobConfig.INPUT_PATH));
        assertEquals("output", c.get(JobConfig.OUTPUT_PATH));
        assertEquals(64L * 1024 * 1024, c.get(JobConfig.INPUT_MAX_FILE_BYTES));
        assertNull(c.get(JobConfig.INPUT_DEFAULT_DATE));
        assertEquals("zstd", c.get(JobConfig.OUTPUT_COMPRESSION));
    }

    @Test
    void commandLineOverridesTheFileInOrder() throws IOException {
        Path f = file("input.path = /data/in\noutput.path = /data/out\ninput.default-date = 2025-01-07\n");
        JobConfig c = JobConfig.load(List.of("--config", f.toString(), "--input", "/x",
                "--set", "input.path=/y", "--set", "output.compression=snappy"));
        assertEquals("/y", c.get(JobConfig.INPUT_PATH));
        assertEquals("/data/out", c.get(JobConfig.OUTPUT_PATH));
        assertEquals(LocalDate.of(2025, 1, 7), c.get(JobConfig.INPUT_DEFAULT_DATE));
        assertEquals("snappy", c.get(JobConfig.OUTPUT_COMPRESSION));
    }

    @Test
    void sparkKeysPassThroughToTheSession() {
        JobConfig c = JobConfig.load(List.of("--config", "/dev/null", "--set",
                "spark.delta.logStore.s3a.impl=io.delta.storage.S3DynamoDBLogStore", "--set", "job.mode=incremental"));
        assertEquals(java.util.Map.of("spark.delta.logStore.s3a.impl", "io.delta.storage.S3DynamoDBLogStore"),
                c.sparkSettings());
        assertEquals("io.delta.storage.S3DynamoDBLogStore", c.asMap().get("spark.delta.logStore.s3a.impl"));
    }

    @Test
    void unknownKeyInFileIsRejectedWithItsName() throws IOException {
        Path f = file("input.paht = /data\n");
        ConfigException e = assertThrows(ConfigException.class, () -> JobConfig.load(List.of("--config", f.toString())));
        assertEquals("unknown configuration key 'input.paht' in " + f + "; known keys: input.path, input.glob,"
                + " input.max-file-bytes, input.default-date, output.path, output.compression, job.mode,"
                + " job.master,"
                + " job.run-id, job.progress, job.partitions, nlp.engine, nlp.model-path, nlp.gazetteer-path,"
                + " nlp.sparknlp-model-path, nlp.syntax-model-path, output.tokens,"
                + " catalog.register, catalog.database, output.lease-seconds, maintain.retention-hours",
                e.getMessage());
    }

    @Test
    void badValuesNameTheKey() throws IOException {
        Path f = file("");
        assertEquals("bad value for input.max-file-bytes: '-5': must be greater than 0",
                assertThrows(ConfigException.class, () -> JobConfig.load(List.of("--config", f.toString(),
                        "--set", "input.max-file-bytes=-5"))).getMessage());
        assertEquals("bad value for input.default-date: '2025-13-01': expected YYYY-MM-DD",
                assertThrows(ConfigException.class, () -> JobConfig.load(List.of("--config", f.toString(),
                        "--set", "input.default-date=2025-13-01"))).getMessage());
        assertEquals("bad value for output.compression: 'lz5': expected one of [gzip, none, snappy, zstd]",
                assertThrows(ConfigException.class, () -> JobConfig.load(List.of("--config", f.toString(),
                        "--set", "output.compression=lz5"))).getMessage());
    }

    @Test
    void sparkNlpEngineNeedsItsModelPath() throws IOException {
        Path f = file("");
        assertEquals("nlp.sparknlp-model-path must be set when nlp.engine=sparknlp", assertThrows(ConfigException.class,
                () -> JobConfig.load(List.of("--config", f.toString(), "--set", "nlp.engine=sparknlp"))).getMessage());
        assertEquals("/models/snlp", JobConfig.load(List.of("--config", f.toString(), "--set", "nlp.engine=sparknlp",
                "--set", "nlp.sparknlp-model-path=/models/snlp")).get(JobConfig.NLP_SPARKNLP_MODEL_PATH));
    }

    @Test
    void malformedCommandLinesSayWhatIsWrong() throws IOException {
        Path f = file("");
        assertEquals("--set expects key=value, got 'input.path'", assertThrows(ConfigException.class,
                () -> JobConfig.load(List.of("--config", f.toString(), "--set", "input.path"))).getMessage());
        assertEquals("--input needs a value", assertThrows(ConfigException.class,
                () -> JobConfig.load(List.of("--input"))).getMessage());
        assertEquals("unknown option '--inptu' (see --help)", assertThrows(ConfigException.class,
                () -> JobConfig.load(List.of("--inptu", "x"))).getMessage());
        assertEquals("config file " + tmp.resolve("missing") + " does not exist or is not readable",
                assertThrows(ConfigException.class,
                        () -> JobConfig.load(List.of("--config", tmp.resolve("missing").toString()))).getMessage());
    }

    @Test
    void shippedConfigFileHoldsOnlyKnownKeysAtTheirDefaults() {
        JobConfig shipped = JobConfig.load(List.of("--config", "../conf/wire-etl.properties"));
        for (ConfigKey<?> key : JobConfig.KEYS) {
            assertEquals(key.defaultValue(), shipped.asMap().get(key.name()), key.name());
        }
    }

    @Test
    void runIdMustBeAFolderAndFileNameSafeToken() throws IOException {
        Path f = file("");
        assertEquals("2025-01-07_nightly.1", JobConfig.load(List.of("--config", f.toString(),
                "--set", "job.run-id=2025-01-07_nightly.1")).get(JobConfig.JOB_RUN_ID));
        assertEquals("", JobConfig.load(List.of("--config", f.toString())).get(JobConfig.JOB_RUN_ID));
        String expected = "expected [A-Za-z0-9][A-Za-z0-9._-]{0,100} (letters, digits, '.', '_', '-';"
                + " it names folders and files of the output)";
        for (String bad : List.of("..", "scheduled__2025-01-07T00:00:00+00:00", "a/b", ".hidden", "-x", "a b",
                "x".repeat(102))) {
            assertEquals("bad value for job.run-id: '" + bad + "': " + expected, assertThrows(ConfigException.class,
                    () -> JobConfig.load(List.of("--config", f.toString(), "--set", "job.run-id=" + bad))).getMessage(),
                    bad);
        }
        assertEquals("x".repeat(101), JobConfig.load(List.of("--config", f.toString(),
                "--set", "job.run-id=" + "x".repeat(101))).get(JobConfig.JOB_RUN_ID));
    }
}
