package dev.wireetl.jobs.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The driver's Hadoop configuration carried to executors (Hadoop's Configuration is not Serializable),
 * so that file:, hdfs: and s3a: settings given to the session apply to reads made in tasks.
 */
public final class HadoopConf implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Map<String, String> entries;
    private transient Configuration conf;

    private HadoopConf(Map<String, String> entries) {
        this.entries = entries;
    }

    public static HadoopConf of(SparkSession spark) {
        Map<String, String> entries = new HashMap<>();
        spark.sparkContext().hadoopConfiguration().forEach(e -> entries.put(e.getKey(), e.getValue()));
        return new HadoopConf(entries);
    }

    public Configuration get() {
        if (conf == null) {
            Configuration c = new Configuration(false);
            entries.forEach(c::set);
            conf = c;
        }
        return conf;
    }
}
