package dev.wireetl.jobs.table;

/**
 * Named points where the recovery tests kill the JVM on purpose: with the system property
 * {@code wireetl.halt-at=<point>} the process halts there at once, as a {@code kill -9} would (no shutdown
 * hooks, no finally blocks). Without the property these calls do nothing.
 */
public final class FaultInjection {
    public static final String PROPERTY = "wireetl.halt-at";
    /** Every table staged, nothing published yet. */
    public static final String AFTER_STAGING = "after-staging";
    /** The publish manifest written and the first folder swapped in. */
    public static final String MID_PUBLISH = "mid-publish";

    private FaultInjection() {
    }

    public static void point(String name) {
        if (name.equals(System.getProperty(PROPERTY))) {
            Runtime.getRuntime().halt(137);
        }
    }
}
