package dev.wireetl.jobs.spark;

import dev.wireetl.jobs.pipeline.WireEtlJob;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-line progress display for terminals: the running step (the job description set by
 * {@link WireEtlJob}) and its stage's task count, redrawn in place on stderr.
 */
public final class ProgressReporter extends SparkListener {
    private final PrintStream out;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile String label = "";
    private volatile long lastDraw;

    public ProgressReporter(PrintStream out) {
        this.out = out;
    }

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted event) {
        String description = event.properties() == null ? null
                : event.properties().getProperty("spark.job.description");
        label = (description == null ? "spark" : description) + " stage " + event.stageInfo().stageId();
        total = event.stageInfo().numTasks();
        done.set(0);
        draw(true);
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd event) {
        done.incrementAndGet();
        draw(false);
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted event) {
        draw(true);
    }

    private void draw(boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = now;
        out.print(String.format(Locale.ROOT, "\r\u001b[2K[%s] %d/%d tasks", label, done.get(), total));
        out.flush();
    }

    /** Ends the progress line so the summary starts on a clean line. */
    public void finish() {
        out.print("\r\u001b[2K");
        out.flush();
    }
}
