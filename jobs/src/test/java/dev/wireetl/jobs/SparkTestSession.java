package dev.wireetl.jobs;

import org.apache.spark.sql.SparkSession;

/** The one local[2] SparkSession all job tests share (starting Spark costs seconds). */
public final class SparkTestSession {
    private static SparkSession spark;

    private SparkTestSession() {
    }

    public static synchronized SparkSession get() {
        if (spark == null) {
            spark = WireEtlJob.configure(SparkSession.builder()
                            .master("local[2]")
                            .appName("wire-etl-tests")
                            .config("spark.ui.enabled", "false")
                            .config("spark.sql.shuffle.partitions", "4"))
                    .getOrCreate();
        }
        return spark;
    }
}
