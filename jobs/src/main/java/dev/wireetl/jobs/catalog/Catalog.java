package dev.wireetl.jobs.catalog;

import dev.wireetl.common.catalog.DuckDbCatalog;
import dev.wireetl.common.config.ConfigException;
import dev.wireetl.jobs.output.OutputContract;
import dev.wireetl.jobs.spark.SparkSessions;
import dev.wireetl.jobs.table.OutputStore;
import dev.wireetl.jobs.table.TableSpec;
import dev.wireetl.jobs.table.Tables;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.plans.logical.Command;
import org.apache.spark.sql.catalyst.plans.logical.InsertIntoStatement;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.ParsedStatement;
import org.apache.spark.sql.catalyst.TableIdentifier;
import org.apache.spark.sql.catalyst.catalog.CatalogTable;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.apache.spark.sql.functions.col;

/**
 * Makes the output queryable by name. {@link #register} creates (or updates) one external Delta table per
 * output table in the Spark session catalog; {@link #sql} reads a run's table versions; {@link
 * #writeDuckDbCatalog} writes {@code OUTPUT/_catalog/duckdb.sql}, the same tables as DuckDB views.
 *
 * <p>Where registrations live: with {@code spark.sql.catalogImplementation=hive} and Spark's Hive classes on
 * the classpath (a cluster's spark-submit), in the Hive metastore ({@code hive.metastore.uris}, or Spark's
 * embedded Derby metastore {@code metastore_db/} in the working directory when none is configured), so
 * they outlive the command. Otherwise (the local {@code bin/wire-etl}, which ships no Hive) in Spark's
 * in-memory catalog, which lasts as long as the session: the {@code sql} command registers and queries in
 * one session. Registering never moves or changes data: the tables are external.
 */
public final class Catalog {
    private static final Logger LOG = LoggerFactory.getLogger(Catalog.class);

    /** Every table the job writes: name → schema (the {@link TableSpec} registry). */
    public static final Map<String, StructType> TABLES = TableSpec.schemas();

    private Catalog() {
    }

    /** A database name for the DDL: letters, digits and _ (it is quoted into statements). */
    public static String checkDatabase(String database) {
        if (!database.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new ConfigException("--database expects a name of letters, digits and _, got '" + database
                    + "'");
        }
        return database;
    }

    /** {@code wire-etl register-tables}: registers and writes the DuckDB catalog; false when it failed. */
    public static boolean registerTables(String output, String database) {
        SparkSession spark = SparkSessions.catalog("wire-etl register-tables");
        try {
            List<String> tables = register(spark, output, database);
            writeDuckDbCatalog(spark, output);
            System.out.println("wire-etl register-tables: " + tables.size() + " table(s) in database "
                    + database + " (" + spark.conf().get("spark.sql.catalogImplementation") + " catalog): "
                    + String.join(", ", tables));
            return true;
        } catch (RuntimeException e) {
            LOG.error("register-tables failed", e);
            System.err.println("wire-etl: register-tables failed: " + e);
            return false;
        } finally {
            spark.stop();
        }
    }

    /**
     * {@code wire-etl sql}: prints each query's result (statements separated by {@code ;}); false when a
     * statement failed. Read-only by default: every table is a temporary view at the version the run
     * {@code runId} (the latest run when null) recorded, so the tables agree with each other, and a statement
     * that would write is refused. With {@code allowWrites} the tables are registered in {@code database} at
     * their latest versions and any statement runs.
     */
    public static boolean sql(String output, String database, String text, String runId, boolean allowWrites) {
        SparkSession spark = SparkSessions.catalog("wire-etl sql");
        try {
            if (allowWrites) {
                register(spark, output, database);
                if (!database.equals("default")) {
                    spark.sql("USE `" + database + "`");
                }
            } else {
                OutputStore store = new OutputStore(output, spark.sparkContext().hadoopConfiguration());
                Map<String, Long> versions = runVersions(spark, store, runId);
                for (TableSpec spec : TableSpec.ALL) {
                    if (versions.containsKey(spec.name())) {
                        store.read(spark, spec.name(), versions.get(spec.name())).createOrReplaceTempView(spec.name());
                    } else if (spec.replace() == TableSpec.Replace.APPEND && store.exists(spec.name())) {
                        store.read(spark, spec.name()).createOrReplaceTempView(spec.name());
                    }
                }
            }
            for (String statement : text.split(";")) {
                if (!statement.isBlank()) {
                    if (!allowWrites) {
                        checkReadOnly(spark, statement);
                    }
                    spark.sql(statement).show(1000, false);
                }
            }
            return true;
        } catch (ConfigException e) {
            throw e;
        } catch (RuntimeException e) {
            System.err.println("wire-etl: sql failed: " + e.getMessage());
            return false;
        } finally {
            spark.stop();
        }
    }

    /** Statements {@code sql} runs without {@code --allow-writes}: queries, SHOW, DESCRIBE, EXPLAIN, USE. */
    public static void checkReadOnly(SparkSession spark, String statement) {
        LogicalPlan plan;
        try {
            plan = spark.sessionState().sqlParser().parsePlan(statement);
        } catch (org.apache.spark.sql.catalyst.parser.ParseException | RuntimeException e) {
            return; // Spark reports the syntax error when it runs the statement
        }
        String kind = plan.getClass().getSimpleName();
        boolean command = plan instanceof Command || plan instanceof InsertIntoStatement
                || plan instanceof ParsedStatement;
        if (command && !kind.startsWith("Show") && !kind.startsWith("Describe") && !kind.equals("ExplainCommand")
                && !kind.equals("SetCatalogAndNamespace")) {
            throw new ConfigException("sql is read-only: '" + statement.strip() + "' (" + kind + ") would change"
                    + " the catalog or the data; pass --allow-writes to run it");
        }
    }

    /**
     * The table versions of a run, from its {@code runs} row ({@code runId}, or the latest run when null); every
     * table's latest version when the output has no {@code runs} table yet and no run was asked for.
     */
    public static Map<String, Long> runVersions(SparkSession spark, OutputStore store, String runId) {
        if (!store.exists(Tables.RUNS)) {
            if (runId != null) {
                throw new ConfigException("no run " + runId + " under " + store.root() + ": it has no runs table");
            }
            return latestVersions(spark, store);
        }
        Dataset<Row> runs = store.read(spark, Tables.RUNS);
        if (runId != null) {
            runs = runs.filter(col("run_id").equalTo(runId));
        }
        List<Row> rows = runs.orderBy(col("finished_at").desc()).limit(1).select("table_versions").collectAsList();
        if (rows.isEmpty()) {
            throw new ConfigException("no run " + runId + " in " + store.table(Tables.RUNS));
        }
        if (rows.get(0).isNullAt(0)) {
            if (runId != null) {
                throw new ConfigException("run " + runId + " predates table versions (a migrated output)");
            }
            return latestVersions(spark, store); // the latest run is a migrated one: nothing newer to agree with
        }
        return new LinkedHashMap<>(rows.get(0).<String, Long>getJavaMap(0));
    }

    private static Map<String, Long> latestVersions(SparkSession spark, OutputStore store) {
        Map<String, Long> versions = new LinkedHashMap<>();
        for (TableSpec spec : TableSpec.ALL) {
            if (spec.replace() != TableSpec.Replace.APPEND && store.exists(spec.name())) {
                versions.put(spec.name(), store.version(spec.name()));
            }
        }
        return versions;
    }

    /**
     * Creates or updates an external table {@code database.table} for every table folder under the output,
     * with the contract's schema, and recovers partitions (adds new ones, drops vanished ones). A table
     * registered before with another location or schema is dropped (external: its data stays) and created
     * again. Returns the names registered.
     */
    public static List<String> register(SparkSession spark, String outputRoot, String database) {
        OutputStore store = new OutputStore(outputRoot, spark.sparkContext().hadoopConfiguration());
        if (!spark.catalog().databaseExists(database)) {
            spark.sql("CREATE DATABASE IF NOT EXISTS `" + database + "`");
        }
        List<String> registered = new ArrayList<>();
        for (Map.Entry<String, StructType> entry : TABLES.entrySet()) {
            String table = entry.getKey();
            if (!store.exists(table)) {
                continue;
            }
            String name = "`" + database + "`.`" + table + "`";
            String location = store.table(table);
            TableIdentifier id = new TableIdentifier(table, Option.apply(database));
            if (spark.sessionState().catalog().tableExists(id)) {
                CatalogTable existing = metadata(spark, id);
                boolean sameLocation = new Path(existing.location()).equals(new Path(location));
                boolean sameSchema = OutputContract.difference(entry.getValue(), existing.schema()) == null;
                if (!sameLocation || !sameSchema) {
                    LOG.info("re-creating {}: {}", name, sameLocation ? "schema changed" : "location changed");
                    spark.sql("DROP TABLE " + name);
                }
            }
            // A Delta table: its schema and partitions come from its log, so nothing to repair after a run.
            spark.sql("CREATE TABLE IF NOT EXISTS " + name + " USING delta LOCATION '"
                    + location.replace("\\", "\\\\").replace("'", "\\'") + "'");
            spark.catalog().refreshTable(database + "." + table);
            registered.add(table);
        }
        LOG.info("registered {} table(s) in {}: {}", registered.size(), database, registered);
        return registered;
    }

    private static CatalogTable metadata(SparkSession spark, TableIdentifier id) {
        try {
            return spark.sessionState().catalog().getTableMetadata(id);
        } catch (org.apache.spark.sql.catalyst.analysis.NoSuchDatabaseException
                 | org.apache.spark.sql.catalyst.analysis.NoSuchTableException e) {
            throw new IllegalStateException("table " + id + " vanished while registering", e);
        }
    }

    /**
     * Writes {@code OUTPUT/_catalog/duckdb.sql} (each table's view over the exact Parquet files of the version the
     * latest run recorded) and {@code OUTPUT/_catalog/duckdb_delta.sql} (the same through DuckDB's delta
     * extension). Call at the end of each run, after its {@code runs} row.
     */
    public static void writeDuckDbCatalog(SparkSession spark, String outputRoot) {
        OutputStore store = new OutputStore(outputRoot, spark.sparkContext().hadoopConfiguration());
        String runId = store.exists(Tables.RUNS) ? store.read(spark, Tables.RUNS)
                .orderBy(col("finished_at").desc()).select("run_id").first().getString(0) : "(none)";
        writeDuckDbCatalog(spark, outputRoot, runId, runVersions(spark, store, null));
    }

    /**
     * The same for a run that has just committed {@code versions} (its {@code runs} row's): what a run calls, so
     * the catalog needs no read of the {@code runs} table.
     */
    public static void writeDuckDbCatalog(SparkSession spark, String outputRoot, String runId,
                                          Map<String, Long> versions) {
        OutputStore store = new OutputStore(outputRoot, spark.sparkContext().hadoopConfiguration());
        Path root = new Path(store.root());
        List<TableSpec> present = TableSpec.ALL.stream().filter(t -> store.exists(t.name())).toList();
        List<String> names = present.stream().map(TableSpec::name).toList();
        // A file list is a replay of the table's log, or a small Spark job where that cannot tell: side by side.
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(4, Math.max(1, names.size())));
        List<DuckDbCatalog.Table> tables;
        try {
            List<Future<DuckDbCatalog.Table>> listed = new ArrayList<>();
            for (TableSpec spec : present) {
                String name = spec.name();
                long version = versions.containsKey(name) ? versions.get(name) : store.version(name);
                listed.add(pool.submit(() -> new DuckDbCatalog.Table(name, spec.partitioned(),
                        store.files(spark, name, version))));
            }
            tables = new ArrayList<>();
            for (Future<DuckDbCatalog.Table> table : listed) {
                tables.add(table.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while listing the tables' files for the DuckDB catalog", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        try {
            FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
            write(fs, new Path(root, DuckDbCatalog.PATH), DuckDbCatalog.render(store.root(), runId, tables));
            write(fs, new Path(root, DuckDbCatalog.DELTA_PATH), DuckDbCatalog.renderDelta(store.root(), names));
            LOG.info("wrote {} ({} views)", new Path(root, DuckDbCatalog.PATH), tables.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + DuckDbCatalog.PATH + " under " + outputRoot + ": "
                    + e.getMessage(), e);
        }
    }

    /** Writes a small file whole: to a temporary name, then renamed over the old one. */
    private static void write(FileSystem fs, Path target, String text) throws IOException {
        Path tmp = new Path(target.getParent(), "." + target.getName() + ".tmp");
        try (FSDataOutputStream out = fs.create(tmp, true)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        fs.delete(target, false);
        if (!fs.rename(tmp, target)) {
            throw new IOException("cannot rename " + tmp + " to " + target);
        }
    }
}
