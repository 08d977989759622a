package dev.wireetl.jobs.cli;

import dev.wireetl.jobs.catalog.Catalog;
import picocli.CommandLine.Option;

/** The options the catalog commands share: which output and which database. */
final class CatalogOptions {
    @Option(names = "--output", paramLabel = "PATH", defaultValue = "output", description = "output root (default ${DEFAULT-VALUE})")
    String output;

    @Option(names = "--database", paramLabel = "NAME", defaultValue = "default", description = "database (default ${DEFAULT-VALUE})")
    private String database;

    /** The database name, checked before any session starts. */
    String database() {
        return Catalog.checkDatabase(database);
    }
}
