package dev.wireetl.common.config;

/**
 * How many tasks a step gets for a given input size: enough that each task's share stays near a fixed number
 * of bytes (so a task's memory does not grow with the input), never fewer than the cores (so none idles), and
 * a whole number of waves (so the last wave keeps every core busy).
 */
public final class TaskSizing {
    /** Input bytes per NLP task: a 64 MiB share keeps a task's cached block far below Spark's 2 GiB limit. */
    public static final long NLP_BYTES_PER_TASK = 64L * 1024 * 1024;
    /** Input bytes per shuffle partition in local mode: each partition holds rows derived from ~16 MiB of text. */
    public static final long SHUFFLE_BYTES_PER_PARTITION = 16L * 1024 * 1024;
    /** At most this many shuffle partitions (Spark's own default), so large runs keep few small files. */
    public static final int MAX_SHUFFLE_PARTITIONS = 200;

    private TaskSizing() {
    }

    /**
     * Tasks for {@code bytes} of input at {@code bytesPerTask} each: at least {@code minTasks}, rounded up to a
     * multiple of {@code cores}, at most {@code maxTasks} (itself rounded down to a multiple of cores when it
     * can be).
     */
    public static int tasks(long bytes, long bytesPerTask, int cores, int minTasks, int maxTasks) {
        if (bytesPerTask <= 0 || cores <= 0 || minTasks <= 0 || maxTasks < minTasks) {
            throw new IllegalArgumentException("bytesPerTask, cores and minTasks must be positive and maxTasks >= minTasks;"
                    + " got " + bytesPerTask + ", " + cores + ", " + minTasks + ", " + maxTasks);
        }
        long bySize = (Math.max(0, bytes) + bytesPerTask - 1) / bytesPerTask;
        long wanted = Math.max(minTasks, bySize);
        long waves = (wanted + cores - 1) / cores * cores;
        long cap = maxTasks >= cores ? maxTasks / cores * cores : maxTasks;
        return (int) Math.max(minTasks, Math.min(waves, cap));
    }
}
