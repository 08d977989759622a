package dev.wireetl.jobs.catalog;

import dev.wireetl.common.catalog.DuckDbCatalog;
import dev.wireetl.common.config.ConfigException;
import dev.wireetl.jobs.output.OutputContract;
import dev.wireetl.jobs.spark.SparkSessions;
import dev.wireetl.jobs.table.OutputStore;
import dev.wireetl.jobs.table.TableSpec;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.TableIdentifier;
import org.apache.spark.sql.catalyst.catalog.CatalogTable;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes the output queryable by name. {@link #register} creates (or updates) one external Parquet table per
 * output table in the Spark session catalog and recovers its partitions; {@link #writeDuckDbCatalog} writes
 * {@code OUTPUT/_catalog/duckdb.sql}, the same tables as DuckDB views.
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
    /** Partition column of each partitioned table. */
    public static final Map<String, String> PARTITION_COLUMNS = TableSpec.partitionColumns();

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
     * {@code wire-etl sql}: registers the tables in this session and prints each query's result (statements
     * separated by {@code ;}); false when a statement failed.
     */
    public static boolean sql(String output, String database, String text) {
        SparkSession spark = SparkSessions.catalog("wire-etl sql");
        try {
            register(spark, output, database);
            if (!database.equals("default")) {
                spark.sql("USE `" + database + "`");
            }
            for (String statement : text.split(";")) {
                if (!statement.isBlank()) {
                    spark.sql(statement).show(1000, false);
                }
            }
            return true;
        } catch (RuntimeException e) {
            System.err.println("wire-etl: sql failed: " + e.getMessage());
            return false;
        } finally {
            spark.stop();
        }
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
            String partitionColumn = PARTITION_COLUMNS.get(table);
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
            spark.sql("CREATE TABLE IF NOT EXISTS " + name + " (" + columnsDdl(entry.getValue()) + ") USING parquet"
                    + (partitionColumn == null ? "" : " PARTITIONED BY (`" + partitionColumn + "`)")
                    + " LOCATION '" + location.replace("\\", "\\\\").replace("'", "\\'") + "'");
            if (partitionColumn != null) {
                spark.sql("MSCK REPAIR TABLE " + name + " SYNC PARTITIONS");
            }
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

    /** {@code name type, …} of a schema, all nullable (the catalog does not enforce NOT NULL). */
    static String columnsDdl(StructType schema) {
        List<String> cols = new ArrayList<>();
        for (StructField f : schema.fields()) {
            cols.add("`" + f.name() + "` " + f.dataType().sql());
        }
        return String.join(", ", cols);
    }

    /**
     * Writes {@code OUTPUT/_catalog/duckdb.sql}, a view per table that holds at least one Parquet file (DuckDB
     * refuses a view over no files). Call at the end of each run, after publishing.
     */
    public static void writeDuckDbCatalog(SparkSession spark, String outputRoot) {
        OutputStore store = new OutputStore(outputRoot, spark.sparkContext().hadoopConfiguration());
        Path root = new Path(store.root());
        try {
            FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
            List<DuckDbCatalog.Table> tables = new ArrayList<>();
            for (String table : TABLES.keySet()) {
                boolean partitioned = PARTITION_COLUMNS.containsKey(table);
                Path glob = new Path(root, table + (partitioned ? "/*=*/*.parquet" : "/*.parquet"));
                FileStatus[] files = fs.globStatus(glob);
                if (files != null && files.length > 0) {
                    tables.add(new DuckDbCatalog.Table(table, partitioned));
                }
            }
            String script = DuckDbCatalog.render(store.root(), tables);
            try (FSDataOutputStream out = fs.create(new Path(root, DuckDbCatalog.PATH), true)) {
                out.write(script.getBytes(StandardCharsets.UTF_8));
            }
            LOG.info("wrote {} ({} views)", new Path(root, DuckDbCatalog.PATH), tables.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + DuckDbCatalog.PATH + " under " + outputRoot + ": "
                    + e.getMessage(), e);
        }
    }
}
