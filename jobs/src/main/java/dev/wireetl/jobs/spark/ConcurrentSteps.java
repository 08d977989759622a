package dev.wireetl.jobs.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs independent Spark actions (one table's staging each) from several driver threads at once. A small
 * table's write is mostly fixed latency (planning, scheduling, listing the staged folder), so overlapping
 * them shortens a run; large writes share the executors' cores as one job would. Threads are created here,
 * so they inherit the caller's Spark job description.
 */
public final class ConcurrentSteps {
    /** At most this many actions at once: enough to hide latency, few enough to keep task memory bounded. */
    static final int THREADS = 4;

    private ConcurrentSteps() {
    }

    /** Runs every staging step and returns their manifest lines in the order given (see {@link #all}). */
    public static List<String> run(List<Supplier<List<String>>> steps) {
        List<String> lines = new ArrayList<>();
        all(steps).forEach(lines::addAll);
        return lines;
    }

    /**
     * Runs every step and returns their results in the order given. Waits for all of them; when any fails,
     * rethrows the first failure (in the given order) once the others have finished.
     */
    public static <T> List<T> all(List<Supplier<T>> steps) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(THREADS, steps.size()));
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Supplier<T> step : steps) {
                futures.add(pool.submit(step::get));
            }
            List<T> results = new ArrayList<>();
            RuntimeException failure = null;
            for (Future<T> future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof RuntimeException r ? r
                                : new IllegalStateException(e.getCause().getMessage(), e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for Spark actions", e);
                }
            }
            if (failure != null) {
                throw failure;
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
