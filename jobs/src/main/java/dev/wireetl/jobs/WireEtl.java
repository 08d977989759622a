package dev.wireetl.jobs;

import dev.wireetl.common.config.ConfigException;
import dev.wireetl.common.config.JobConfig;
import dev.wireetl.common.entities.EvaluateNer;
import dev.wireetl.common.entities.TrainNer;
import dev.wireetl.common.figures.FigureEvaluation;
import dev.wireetl.jobs.nlp.SparkNlpCommands;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.List;

/**
 * The command line: {@code wire-etl [command] [options]}. Exit codes, which schedulers rely on (see
 * docs/operations.md): 0 success, 2 usage or configuration error, 3 the run failed (I/O, Spark).
 */
public final class WireEtl {
    public static final int EXIT_OK = 0;
    public static final int EXIT_CONFIG = 2;
    public static final int EXIT_FAILED = 3;

    private static final Logger LOG = LoggerFactory.getLogger(WireEtl.class);

    private WireEtl() {
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command and returns its exit code; never calls System.exit itself. */
    static int execute(String... args) {
        List<String> list = Arrays.asList(args);
        String command = list.isEmpty() || list.get(0).startsWith("-") ? "run" : list.get(0);
        List<String> rest = list.isEmpty() || list.get(0).startsWith("-") ? list : list.subList(1, list.size());
        if (rest.contains("--help") || rest.contains("-h") || command.equals("help")) {
            System.out.println(usage());
            return EXIT_OK;
        }
        try {
            switch (command) {
                case "run":
                    return runJob(rest);
                case "train-ner":
                    if (sparkNlpEngine(rest)) {
                        return SparkNlpCommands.trainNer(rest);
                    }
                    TrainNer.main(rest.toArray(new String[0]));
                    return EXIT_OK;
                case "evaluate-ner":
                    if (sparkNlpEngine(rest)) {
                        return SparkNlpCommands.evaluateNer(rest);
                    }
                    EvaluateNer.main(rest.toArray(new String[0]));
                    return EXIT_OK;
                case "register-tables":
                    return Catalog.registerTables(rest);
                case "sql":
                    return Catalog.sql(rest);
                case "evaluate-figures":
                    FigureEvaluation.main(rest.toArray(new String[0]));
                    return EXIT_OK;
                default:
                    throw new ConfigException("unknown command '" + command + "' (see --help)");
            }
        } catch (ConfigException e) {
            System.err.println("wire-etl: " + e.getMessage());
            return EXIT_CONFIG;
        }
    }

    /** {@code --engine sparknlp} sends train-ner and evaluate-ner to the Spark NLP engine's commands. */
    private static boolean sparkNlpEngine(List<String> args) {
        int i = args.indexOf("--engine");
        return i >= 0 && i + 1 < args.size() && args.get(i + 1).equals("sparknlp");
    }

    private static int runJob(List<String> args) {
        JobConfig config = JobConfig.load(args);
        WireEtlJob.checkPaths(config, new Configuration());
        String progress = config.get(JobConfig.JOB_PROGRESS);
        boolean showProgress = progress.equals("always") || progress.equals("auto") && System.console() != null;
        SparkSession spark = WireEtlJob.createSession(config);
        ProgressReporter reporter = null;
        if (showProgress) {
            reporter = new ProgressReporter(System.err);
            spark.sparkContext().addSparkListener(reporter);
        }
        try {
            RunSummary summary = WireEtlJob.run(config, spark);
            if (reporter != null) {
                reporter.finish();
            }
            System.out.println(summary.summaryLine());
            return EXIT_OK;
        } catch (ConfigException e) {
            throw e;
        } catch (RuntimeException e) {
            if (reporter != null) {
                reporter.finish();
            }
            LOG.error("run failed", e);
            System.err.println("wire-etl: run failed: " + e);
            return EXIT_FAILED;
        } finally {
            spark.stop();
        }
    }

    static String usage() {
        return String.join(System.lineSeparator(),
                "Usage: wire-etl [command] [options]",
                "",
                "Commands:",
                "  run                 parse wire files and write the Parquet tables (default command)",
                "  train-ner           train the default engine's NER model from CoNLL files or the GMB CSV",
                "                      (--train FILE[,FILE] --model-out DIR; see docs/entities.md)",
                "  evaluate-ner        score a NER model on a CoNLL file: --gold FILE [--model DIR]",
                "                      with --engine sparknlp: train or score a Spark NLP pipeline (docs/sparknlp.md)",
                "  evaluate-figures    score figure and date extraction: --gold GOLD.jsonl --corpus DIR",
                "  register-tables     register the output tables in the Spark catalog:",
                "                      [--output PATH] [--database NAME]",
                "  sql                 run Spark SQL over the output tables:",
                "                      [--output PATH] [--database NAME] (QUERY | -f FILE)",
                "  help                this text",
                "",
                "Options of run:",
                "  --input PATH        input.path: folder or file of wire files (file:, hdfs:, s3a:)",
                "  --output PATH       output.path: output root, one folder per table",
                "  --config FILE       properties file (default conf/wire-etl.properties when present)",
                "  --set key=value     set any configuration key; later options win",
                "",
                "Configuration keys:",
                JobConfig.describeKeys(),
                "Exit codes: 0 success, 2 usage or configuration error, 3 run failed.");
    }
}
