package dev.wireetl.jobs;

import dev.wireetl.jobs.spark.SparkSessions;
import org.apache.spark.sql.SparkSession;

/** The one local[2] SparkSession all job tests share (starting Spark costs seconds). */
public final class SparkTestSession {
    private static SparkSession spark;

    private SparkTestSession() {
    }

    public static synchronized SparkSession get() {
        if (spark == null) {
            spark = SparkSessions.small("wire-etl-tests");
        }
        return spark;
    }
}
