package dev.wireetl.jobs;

import org.apache.spark.sql.SparkSession;

/** Public access to the job's session settings for commands outside this package (the NLP commands). */
public final class JobSessions {
    private JobSessions() {
    }

    /** {@link WireEtlJob#configure}: the settings the job's output depends on. */
    public static SparkSession.Builder configure(SparkSession.Builder builder) {
        return WireEtlJob.configure(builder);
    }
}
