package org.factline.importer;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far a running import has come, read by another thread (a page's progress bar, the command's status line):
 * the rows read and the bytes of the file read, from which the rate and the time left follow; and a request to
 * stop, after which the import is rolled back whole.
 */
public final class ImportProgress {

    private final AtomicLong rows = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private volatile long totalBytes;
    private volatile boolean cancelled;
    private final long started = System.nanoTime();

    public long rows() {
        return rows.get();
    }

    /** The share of the file read, 0 to 1 (0 until the size is known). */
    public double fraction() {
        long total = totalBytes;
        return total <= 0 ? 0 : Math.min(1, bytes.get() / (double) total);
    }

    public double rowsPerSecond() {
        double seconds = (System.nanoTime() - started) / 1e9;
        return seconds <= 0 ? 0 : rows.get() / seconds;
    }

    /** Seconds left at the pace so far, or -1 before there is a pace. */
    public long secondsLeft() {
        double f = fraction();
        double seconds = (System.nanoTime() - started) / 1e9;
        return f <= 0.01 ? -1 : Math.round(seconds * (1 - f) / f);
    }

    /** "12,345 rows · 8,210 rows/s · 35% · about 0:42 left". */
    public String describe() {
        long left = secondsLeft();
        return String.format(Locale.ROOT, "%,d rows · %,.0f rows/s · %.0f%%%s", rows(), rowsPerSecond(),
                fraction() * 100, left < 0 ? "" : String.format(Locale.ROOT, " · about %d:%02d left", left / 60, left % 60));
    }

    /** Asks the import to stop; what it wrote is rolled back. */
    public void cancel() {
        cancelled = true;
    }

    public boolean cancelled() {
        return cancelled;
    }

    void totalBytes(long total) {
        totalBytes = total;
    }

    void read(long n) {
        bytes.addAndGet(n);
    }

    /** Counts a row; stops the import when it was asked to. */
    void row() {
        rows.incrementAndGet();
        if (cancelled) {
            throw new Cancelled();
        }
    }

    /** Thrown inside the import's transaction to roll it back when the import was cancelled. */
    static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("cancelled", null, false, false);
        }
    }
}
