package dev.wireetl.tools.bench;

import dev.wireetl.jobs.cli.ExitCode;
import dev.wireetl.jobs.cli.Subcommand;
import dev.wireetl.jobs.input.WireFileListing;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Locale;

/**
 * Driver-side cost of listing many input files: time and heap of {@link WireFileListing#list} (what
 * {@code readWireFiles} runs on the driver before Spark distributes the list), without Spark.
 *
 * <pre>
 * ListingCheck --input DIR [--glob G]
 * </pre>
 */
@Command(name = "bench-listing", mixinStandardHelpOptions = true,
        description = "Time and heap of listing the input alone (bench/README.md).")
public final class ListingCheck implements Subcommand {
    public ListingCheck() {
    }

    @Option(names = "--input", required = true, paramLabel = "DIR")
    String input;
    @Option(names = "--glob", defaultValue = "*", paramLabel = "G")
    String glob;

    @Override
    public Integer call() {
        Configuration conf = new Configuration();
        long before = liveHeap();
        BenchmarkRunner.HeapWatch watch = BenchmarkRunner.HeapWatch.start();
        long t0 = System.nanoTime();
        List<Row> files = WireFileListing.list(input, glob, conf);
        double s = (System.nanoTime() - t0) / 1e9;
        watch.stop();
        long after = liveHeap();
        long bytes = files.stream().mapToLong(r -> r.getLong(1)).sum();
        int partitions = WireFileListing.partitions(files, 2, 64L * 1024 * 1024);
        long retained = Math.max(0, after - before);
        System.out.printf(Locale.ROOT, "listing: files=%d input_MB=%.1f time=%.2fs files/s=%.0f retained_heap=%dMB"
                        + " (%d bytes/file) peak_heap_used=%dMB max_heap=%dMB parse_tasks=%d load=%s%n",
                files.size(), bytes / 1e6, s, files.size() / s, retained >> 20,
                files.isEmpty() ? 0 : retained / files.size(), watch.peakUsed() >> 20,
                Runtime.getRuntime().maxMemory() >> 20, partitions, BenchmarkRunner.loadAverage());
        if (files.size() > 1) {
            System.out.println("listing: first=" + files.get(0).getString(0));
        }
        return ExitCode.OK;
    }

    private static long liveHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
