package dev.wireetl.jobs.cli;

/**
 * The exit codes of every command, product and tool, which schedulers rely on (docs/operations.md). A command
 * returns one of these from {@code call()}; nothing else calls {@code System.exit}.
 */
public final class ExitCode {
    /** The command did what it was asked. */
    public static final int OK = 0;
    /** Usage or configuration error: nothing was run (unknown option, missing file, bad key). */
    public static final int USAGE = 2;
    /** The run failed (I/O, Spark, a failed training or evaluation). */
    public static final int FAILED = 3;
    /** Another run holds the output's lease: nothing was run; retry after it ends. */
    public static final int LOCKED = 4;

    private ExitCode() {
    }
}
