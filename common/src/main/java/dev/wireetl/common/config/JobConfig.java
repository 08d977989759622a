package dev.wireetl.common.config;

import dev.wireetl.common.format.ParserSettings;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The {@code run} command's configuration: every key with its default, documentation and check.
 * Sources, lowest precedence first: key defaults, the properties file ({@code --config FILE}, else
 * {@code conf/wire-etl.properties} when present), then command-line flags and {@code --set key=value}
 * in the order given. Unknown keys and bad values fail here, before Spark starts.
 */
public final class JobConfig {
    public static final String DEFAULT_CONFIG_FILE = "conf/wire-etl.properties";

    public static final ConfigKey<String> INPUT_PATH = ConfigKey.string("input.path", "sample-input",
            "Directory (or file) of wire files, read recursively. A path or URI: file:, hdfs:, s3a:.");
    public static final ConfigKey<String> INPUT_GLOB = ConfigKey.string("input.glob", "*",
            "Glob on file names (not folders) selecting input files, e.g. *.txt or *.{txt,sgm,xml,gz}.");
    public static final ConfigKey<Long> INPUT_MAX_FILE_BYTES = ConfigKey.positiveLong("input.max-file-bytes",
            ParserSettings.DEFAULT_MAX_FILE_BYTES, "Largest file accepted, in bytes, raw or decompressed; larger ones are TOO_LARGE rejects.");
    public static final ConfigKey<LocalDate> INPUT_DEFAULT_DATE = new ConfigKey<>("input.default-date", "",
            "Publication date (YYYY-MM-DD) for formats that carry none and whose path has no date; empty = use the file's modification time.",
            v -> {
                if (v.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(v.strip());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("expected YYYY-MM-DD");
                }
            });
    public static final ConfigKey<String> OUTPUT_PATH = ConfigKey.string("output.path", "output",
            "Output root; each table is a folder below it (articles/, rejects/, runs/, …). A path or URI.");
    public static final ConfigKey<String> OUTPUT_COMPRESSION = ConfigKey.oneOf("output.compression", "zstd",
            Set.of("zstd", "snappy", "gzip", "none"), "Parquet compression codec.");
    public static final ConfigKey<String> JOB_MODE = ConfigKey.oneOf("job.mode", "full",
            Set.of("full", "incremental"),
            "full = process every input file; incremental = only files not in the processed_files ledger or changed since (path, size, modification time).");
    public static final ConfigKey<String> JOB_MASTER = ConfigKey.string("job.master", "local[*]",
            "Spark master used when none is given by spark-submit (spark.master); ignored under spark-submit.");
    /** A run id names staging folders and report files: no separators, no {@code ..}, no {@code :}. */
    static final java.util.regex.Pattern RUN_ID = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,100}");
    public static final ConfigKey<String> JOB_RUN_ID = new ConfigKey<>("job.run-id", "",
            "Identifier of this run, recorded in every row and naming its staging folder and report: letters, digits,"
                    + " '.', '_', '-', starting with a letter or digit, at most 101 characters; empty = generated"
                    + " (UTC timestamp + random suffix).",
            v -> {
                if (!v.isEmpty() && !RUN_ID.matcher(v).matches()) {
                    throw new IllegalArgumentException("expected [A-Za-z0-9][A-Za-z0-9._-]{0,100} (letters, digits,"
                            + " '.', '_', '-'; it names folders and files of the output)");
                }
                return v;
            });
    public static final ConfigKey<String> JOB_PROGRESS = ConfigKey.oneOf("job.progress", "auto",
            Set.of("auto", "always", "never"),
            "Progress line on stderr: auto = only when stderr is a terminal.");
    public static final ConfigKey<Integer> JOB_PARTITIONS = ConfigKey.nonNegativeInt("job.partitions", 0,
            "Partitions for the NLP and figure steps after parsing; 0 = one per 64 MiB of input, at least Spark's"
                    + " default parallelism, in whole waves of it.");

    public static final ConfigKey<String> NLP_ENGINE = ConfigKey.oneOf("nlp.engine", "default",
            Set.of("default", "sparknlp", "none"),
            "Entity engine: default = the project's tagger + gazetteers (fast, pure Java); sparknlp = a Spark NLP"
                    + " PipelineModel from nlp.sparknlp-model-path, normalised with the same gazetteers; none = no entities.");
    public static final ConfigKey<String> NLP_SPARKNLP_MODEL_PATH = ConfigKey.optional("nlp.sparknlp-model-path",
            "Folder of a saved Spark NLP NER PipelineModel (train-ner --engine sparknlp); required when nlp.engine=sparknlp.");
    public static final ConfigKey<String> NLP_MODEL_PATH = ConfigKey.string("nlp.model-path", "conf/models/ner",
            "Folder of the default engine's NER model (local path or hdfs:/s3a: URI).");
    public static final ConfigKey<String> NLP_GAZETTEER_PATH = ConfigKey.string("nlp.gazetteer-path",
            "conf/gazetteer", "Folder of the gazetteers (countries, places, names, organisation cues).");
    public static final ConfigKey<String> NLP_SYNTAX_MODEL_PATH = ConfigKey.string("nlp.syntax-model-path",
            "conf/models/syntax", "Folder of the syntax model (POS tagger, lemmatizer, dependency parser); local path or hdfs:/s3a: URI.");
    public static final ConfigKey<Boolean> OUTPUT_TOKENS = ConfigKey.bool("output.tokens", false,
            "Write the optional tokens table (every sentence tagged and parsed: lemma, UPOS, XPOS, head, relation).");

    public static final ConfigKey<Boolean> CATALOG_REGISTER = ConfigKey.bool("catalog.register", false,
            "Register the output tables in the Spark catalog at the end of each run (Hive metastore when spark.sql.catalogImplementation=hive).");
    public static final ConfigKey<String> CATALOG_DATABASE = ConfigKey.string("catalog.database", "default",
            "Database that catalog.register and register-tables use.");

    public static final ConfigKey<Long> OUTPUT_LEASE_SECONDS = ConfigKey.positiveLong("output.lease-seconds",
            600L, "Lifetime of a run's lease on output.path, refreshed while the run lives; a lease older than this is"
                    + " taken over (docs/operations.md).");
    public static final ConfigKey<Integer> MAINTAIN_RETENTION_HOURS = ConfigKey.nonNegativeInt(
            "maintain.retention-hours", 168, "maintain: VACUUM removes files no table version of the last N hours"
                    + " reads (Delta refuses less than 168 unless spark.databricks.delta.retentionDurationCheck.enabled=false).");

    /** Every key, in the order documented. */
    public static final List<ConfigKey<?>> KEYS = List.of(INPUT_PATH, INPUT_GLOB, INPUT_MAX_FILE_BYTES,
            INPUT_DEFAULT_DATE, OUTPUT_PATH, OUTPUT_COMPRESSION, JOB_MODE, JOB_MASTER, JOB_RUN_ID, JOB_PROGRESS,
            JOB_PARTITIONS, NLP_ENGINE, NLP_MODEL_PATH, NLP_GAZETTEER_PATH, NLP_SPARKNLP_MODEL_PATH,
            NLP_SYNTAX_MODEL_PATH, OUTPUT_TOKENS, CATALOG_REGISTER, CATALOG_DATABASE, OUTPUT_LEASE_SECONDS,
            MAINTAIN_RETENTION_HOURS);

    private static final Map<String, String> FLAGS = Map.of(
            "--input", INPUT_PATH.name(),
            "--output", OUTPUT_PATH.name(),
            "--mode", JOB_MODE.name());

    private final Map<String, String> values;

    private JobConfig(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** Parses {@code run}'s arguments (the command word already removed) and validates every key. */
    public static JobConfig load(List<String> args) {
        Path configFile = null;
        List<String[]> overrides = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--config")) {
                configFile = Path.of(valueOf(args, i++, arg));
            } else if (arg.equals("--set")) {
                String kv = valueOf(args, i++, arg);
                int eq = kv.indexOf('=');
                if (eq <= 0) {
                    throw new ConfigException("--set expects key=value, got '" + kv + "'");
                }
                overrides.add(new String[] {kv.substring(0, eq).strip(), kv.substring(eq + 1)});
            } else if (FLAGS.containsKey(arg)) {
                overrides.add(new String[] {FLAGS.get(arg), valueOf(args, i++, arg)});
            } else {
                throw new ConfigException("unknown option '" + arg + "' (see --help)");
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (ConfigKey<?> key : KEYS) {
            values.put(key.name(), key.defaultValue());
        }
        Path file = configFile != null ? configFile : Path.of(DEFAULT_CONFIG_FILE);
        if (configFile != null || Files.isRegularFile(file)) {
            readFile(file).forEach((k, v) -> put(values, k, v, "in " + file));
        }
        for (String[] kv : overrides) {
            put(values, kv[0], kv[1], "on the command line");
        }
        JobConfig config = new JobConfig(values);
        for (ConfigKey<?> key : KEYS) {
            config.get(key);
        }
        if (config.get(NLP_ENGINE).equals("sparknlp") && config.get(NLP_SPARKNLP_MODEL_PATH).isBlank()) {
            throw new ConfigException(NLP_SPARKNLP_MODEL_PATH.name() + " must be set when nlp.engine=sparknlp");
        }
        return config;
    }

    private static String valueOf(List<String> args, int i, String flag) {
        if (i + 1 >= args.size()) {
            throw new ConfigException(flag + " needs a value");
        }
        return args.get(i + 1);
    }

    /** Keys passed to the Spark session as they are (Delta's LogStore and S3 settings, for example). */
    public static final String SPARK_PREFIX = "spark.";

    private static void put(Map<String, String> values, String key, String value, String where) {
        if (!values.containsKey(key) && !key.startsWith(SPARK_PREFIX)) {
            throw new ConfigException("unknown configuration key '" + key + "' " + where
                    + "; known keys: " + String.join(", ", values.keySet()));
        }
        values.put(key, value.strip());
    }

    private static Map<String, String> readFile(Path file) {
        if (!Files.isReadable(file)) {
            throw new ConfigException("config file " + file + " does not exist or is not readable");
        }
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : props.stringPropertyNames()) {
            out.put(name, props.getProperty(name));
        }
        return out;
    }

    public <T> T get(ConfigKey<T> key) {
        return key.parse(values.get(key.name()));
    }

    /** The {@code spark.*} settings given with {@code --set} or in the file, for the session. */
    public Map<String, String> sparkSettings() {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(SPARK_PREFIX)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** The effective configuration as text, recorded with each run. */
    public Map<String, String> asMap() {
        return values;
    }

    /** The documentation of every key, as {@code --help} prints it. */
    public static String describeKeys() {
        StringBuilder out = new StringBuilder();
        for (ConfigKey<?> key : KEYS) {
            out.append(String.format(java.util.Locale.ROOT, "  %-22s default '%s'%n      %s%n",
                    key.name(), key.defaultValue(), key.description()));
        }
        return out.toString();
    }
}
