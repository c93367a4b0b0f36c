package org.postops.media.hash;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hashes many files on a fixed number of threads. Each thread owns one {@link FileHasher}, so memory is
 * {@code threads × 2 × bufferSize} however many or large the files; large files are streamed. Files are
 * started largest first, so that the last big file does not run alone while other threads idle.
 */
public final class HashingPool {

    /** One file to hash and the formats wanted. */
    public record Job(Path file, Set<HashFormat> formats, long expectedSize) {
    }

    /** The hashes of a job's file, or the problem that prevented them. */
    public static final class Outcome {
        private final FileHashes hashes;
        private final FileProblem problem;

        private Outcome(FileHashes hashes, FileProblem problem) {
            this.hashes = hashes;
            this.problem = problem;
        }

        public Optional<FileHashes> hashes() {
            return Optional.ofNullable(hashes);
        }

        public Optional<FileProblem> problem() {
            return Optional.ofNullable(problem);
        }
    }

    private final int threads;
    private final int bufferSize;

    public HashingPool(int threads, int bufferSize) {
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("threads must be between 1 and 256");
        }
        this.threads = threads;
        this.bufferSize = bufferSize;
    }

    /** As many threads as the machine has cores, 1 MiB chunks. */
    public static HashingPool forThisMachine() {
        return new HashingPool(Runtime.getRuntime().availableProcessors(), FileHasher.DEFAULT_BUFFER);
    }

    public int threads() {
        return threads;
    }

    /**
     * Hashes every job's file; returns the outcomes in the order of {@code jobs}.
     *
     * @param progress counts files and bytes as they are hashed (started here with the jobs' totals)
     */
    public List<Outcome> hashAll(List<Job> jobs, HashingProgress progress) throws InterruptedException {
        long totalBytes = jobs.stream().mapToLong(j -> Math.max(0, j.expectedSize())).sum();
        progress.start(jobs.size(), totalBytes);
        Integer[] order = new Integer[jobs.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> jobs.get(i).expectedSize()).reversed());
        Outcome[] outcomes = new Outcome[jobs.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> crash = new AtomicReference<>();
        int n = Math.min(threads, Math.max(1, jobs.size()));
        List<Thread> workers = new ArrayList<>(n);
        for (int t = 0; t < n; t++) {
            Thread worker = new Thread(() -> {
                FileHasher hasher = new FileHasher(bufferSize, totalBytes >= FileHasher.VECTORS_FROM);
                try {
                    for (int k = next.getAndIncrement(); k < order.length; k = next.getAndIncrement()) {
                        if (Thread.currentThread().isInterrupted() || crash.get() != null) {
                            return;
                        }
                        int i = order[k];
                        Job job = jobs.get(i);
                        try {
                            outcomes[i] = new Outcome(hasher.hash(job.file(), job.formats(), progress::addBytes), null);
                        } catch (FileProblem.Exception e) {
                            outcomes[i] = new Outcome(null, e.problem());
                        }
                        progress.fileDone();
                    }
                } catch (RuntimeException | Error e) {
                    crash.compareAndSet(null, e);
                }
            }, "postops-hash-" + t);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        try {
            for (Thread w : workers) {
                w.join();
            }
        } catch (InterruptedException e) {
            workers.forEach(Thread::interrupt);
            throw e;
        }
        progress.finish();
        if (crash.get() != null) {
            throw new IllegalStateException("hashing failed: " + crash.get(), crash.get());
        }
        return Collections.unmodifiableList(Arrays.asList(outcomes));
    }
}
