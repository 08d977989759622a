package dev.wireetl.jobs.cli;

import dev.wireetl.common.config.ConfigException;
import dev.wireetl.jobs.catalog.Catalog;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code wire-etl sql}: Spark SQL over the output tables at one run's versions; read-only unless asked. */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "Run Spark SQL over the output tables (statements separated by ;), read-only, at the table"
                + " versions of the latest run or of --run ID.")
public final class SqlCommand implements Subcommand {
    @Mixin
    CatalogOptions catalog;

    @Option(names = "--run", paramLabel = "ID", description = "read the table versions run ID recorded (default: the latest run)")
    String runId;

    @Option(names = "--allow-writes", description = "register the tables (latest versions) and allow statements that write")
    boolean allowWrites;

    @ArgGroup(multiplicity = "1")
    Query query;

    /** The query as an argument or in a file: exactly one. */
    static final class Query {
        @Parameters(paramLabel = "QUERY", description = "the SQL text")
        String text;

        @Option(names = "-f", paramLabel = "FILE", description = "read the SQL from FILE")
        Path file;
    }

    @Override
    public Integer call() {
        String text = query.text;
        if (query.file != null) {
            try {
                text = Files.readString(query.file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ConfigException("cannot read " + query.file + ": " + e.getMessage());
            }
        }
        return Catalog.sql(catalog.output, catalog.database(), text, runId, allowWrites) ? ExitCode.OK
                : ExitCode.FAILED;
    }
}
