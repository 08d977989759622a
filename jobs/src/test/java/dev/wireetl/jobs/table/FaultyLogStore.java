package dev.wireetl.jobs.table;

import io.delta.storage.HDFSLogStore;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.util.Iterator;
import java.util.regex.Pattern;

/**
 * Delta's own file-system LogStore, with one fault at the first commit of one table: the recovery tests put it
 * in a child JVM's session ({@code --set spark.delta.logStore.file.impl=…}). {@code -Dwireetl.test.fault=MODE}
 * and {@code -Dwireetl.test.fault-table=TABLE}; MODE is {@code halt-before} (the process dies as {@code kill -9}
 * would, the table's data files written and its commit not: mid-commit), {@code halt-after} (dies right after
 * the table's commit: between tables) or {@code fail} (the commit fails with an IOException).
 */
public class FaultyLogStore extends HDFSLogStore {
    public static final String MODE = "wireetl.test.fault";
    public static final String TABLE = "wireetl.test.fault-table";
    /** The process's exit status when halted, as after {@code kill -9}. */
    public static final int HALTED = 137;
    private static final Pattern COMMIT = Pattern.compile("\\d{20}\\.json");

    public FaultyLogStore(Configuration conf) {
        super(conf);
    }

    @Override
    public void write(Path path, Iterator<String> actions, Boolean overwrite, Configuration conf) throws IOException {
        boolean target = COMMIT.matcher(path.getName()).matches()
                && path.getParent().getParent().getName().equals(System.getProperty(TABLE));
        String mode = target ? System.getProperty(MODE, "") : "";
        if (mode.equals("halt-before")) {
            Runtime.getRuntime().halt(HALTED);
        }
        if (mode.equals("fail")) {
            throw new IOException("injected commit failure at " + path);
        }
        super.write(path, actions, overwrite, conf);
        if (mode.equals("halt-after")) {
            Runtime.getRuntime().halt(HALTED);
        }
    }
}
