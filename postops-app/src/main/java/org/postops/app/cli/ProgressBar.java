package org.postops.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import org.postops.media.hash.HashingProgress;

/**
 * A one-line progress bar on the terminal while files are hashed: files, bytes, MB/s and time left,
 * redrawn four times a second on stderr. Draws nothing unless the command runs on a terminal.
 */
final class ProgressBar implements AutoCloseable {

    private static final int WIDTH = 24;

    private final HashingProgress progress;
    private final PrintWriter err;
    private final Thread painter;
    private volatile boolean running = true;
    private int lastLength;

    private ProgressBar(HashingProgress progress, PrintWriter err) {
        this.progress = progress;
        this.err = err;
        this.painter = new Thread(this::paintLoop, "postops-progress");
        painter.setDaemon(true);
    }

    /** Starts a bar if {@code show}; otherwise one that does nothing. */
    static ProgressBar start(HashingProgress progress, PrintWriter err, boolean show) {
        ProgressBar bar = new ProgressBar(progress, err);
        if (show) {
            bar.painter.start();
        } else {
            bar.running = false;
        }
        return bar;
    }

    /** Whether stderr is a terminal a bar can be drawn on. */
    static boolean terminal() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    private void paintLoop() {
        try {
            while (running) {
                paint();
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void paint() {
        if (!running) {
            return;
        }
        String line = render(progress);
        err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        err.flush();
        lastLength = line.length();
    }

    static String render(HashingProgress p) {
        if (p.totalFiles() == 0 && p.files() == 0) {
            return "scanning and reading the history…";
        }
        double fraction = p.totalBytes() == 0 ? (p.totalFiles() == 0 ? 1 : (double) p.files() / p.totalFiles())
                : Math.min(1, (double) p.bytes() / p.totalBytes());
        int filled = (int) Math.round(fraction * WIDTH);
        String eta = p.remaining().map(ProgressBar::clock).orElse("--:--");
        return String.format("[%s%s] %3d%%  %d/%d files  %s/%s  %s/s  ETA %s", "#".repeat(filled),
                ".".repeat(WIDTH - filled), Math.round(fraction * 100), p.files(), p.totalFiles(), Sizes.bytes(p.bytes()),
                Sizes.bytes(p.totalBytes()), Sizes.bytes((long) p.bytesPerSecond()), eta);
    }

    private static String clock(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }

    @Override
    public synchronized void close() {
        if (running) {
            running = false;
            painter.interrupt();
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
        }
    }
}
