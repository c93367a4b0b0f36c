package org.postops.media.hash;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Files and bytes hashed so far out of a known total, updated by the hashing threads and read by
 * whoever shows progress (the command line's progress bar, a job's status). Thread-safe.
 */
public final class HashingProgress {

    private final AtomicLong files = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private volatile long totalFiles;
    private volatile long totalBytes;
    private volatile long startNanos = System.nanoTime();
    private volatile long endNanos;

    /** Starts counting towards a new total. */
    public void start(long totalFiles, long totalBytes) {
        this.totalFiles = totalFiles;
        this.totalBytes = totalBytes;
        files.set(0);
        bytes.set(0);
        endNanos = 0;
        startNanos = System.nanoTime();
    }

    /** Stops the clock: the last file is hashed. */
    void finish() {
        endNanos = System.nanoTime();
    }

    void addBytes(long n) {
        bytes.addAndGet(n);
    }

    void fileDone() {
        files.incrementAndGet();
    }

    public long files() {
        return files.get();
    }

    public long bytes() {
        return bytes.get();
    }

    public long totalFiles() {
        return totalFiles;
    }

    public long totalBytes() {
        return totalBytes;
    }

    /** Time from the start to the last file hashed (or to now while hashing). */
    public Duration elapsed() {
        long end = endNanos;
        return Duration.ofNanos((end != 0 ? end : System.nanoTime()) - startNanos);
    }

    /** Bytes per second since the start (0 before the first millisecond). */
    public double bytesPerSecond() {
        long nanos = elapsed().toNanos();
        return nanos < 1_000_000 ? 0 : bytes.get() * 1e9 / nanos;
    }

    /** Time left at the rate so far, if there is a rate yet. */
    public java.util.Optional<Duration> remaining() {
        double rate = bytesPerSecond();
        long left = Math.max(0, totalBytes - bytes.get());
        if (rate <= 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Duration.ofMillis((long) (left / rate * 1000)));
    }
}
