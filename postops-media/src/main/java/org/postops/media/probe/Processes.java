package org.postops.media.probe;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Runs an FFmpeg executable to the end (or a deadline), collecting its output. */
public final class Processes {

    private Processes() {
    }

    /** Exit code and the two output streams as text. */
    public record Result(int exitCode, String out, String err) {
    }

    /** Runs to completion; stdout and stderr are drained at once so neither can fill and block the process. */
    public static Result run(ProcessBuilder pb, Duration timeout) throws IOException, InterruptedException {
        return run(pb, timeout, line -> { });
    }

    /** As {@link #run(ProcessBuilder, Duration)}, handing each stderr line to {@code stderrLines} as it comes. */
    public static Result run(ProcessBuilder pb, Duration timeout, Consumer<String> stderrLines)
            throws IOException, InterruptedException {
        return run(pb, timeout, null, stderrLines, true);
    }

    /**
     * Runs to completion, handing lines of both streams over as they come (stdout lines only when
     * {@code stdoutLines} is given, and then its text is not kept); {@code keepStderr} false keeps only the last
     * 200 lines of stderr, for long runs that log a line per frame.
     */
    public static Result run(ProcessBuilder pb, Duration timeout, Consumer<String> stdoutLines,
            Consumer<String> stderrLines, boolean keepStderr) throws IOException, InterruptedException {
        pb.redirectInput(ProcessBuilder.Redirect.PIPE);
        Process p = pb.start();
        p.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> stdoutLines == null
                ? drain(p.getInputStream()) : lines(p.getInputStream(), stdoutLines, false));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> lines(p.getErrorStream(), stderrLines,
                keepStderr));
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IOException("did not finish within " + timeout.toSeconds() + " s");
            }
            return new Result(p.exitValue(), out.join(), err.join());
        } catch (InterruptedException e) {
            p.destroyForcibly();
            throw e;
        }
    }

    private static String drain(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lines(InputStream in, Consumer<String> each, boolean keepAll) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        java.util.ArrayDeque<String> last = new java.util.ArrayDeque<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try (in) {
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                if (keepAll) {
                    all.write(buf, 0, n);
                }
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    // ffmpeg ends progress lines with \r
                    if (b == '\n' || b == '\r') {
                        if (line.size() > 0) {
                            String text = line.toString(StandardCharsets.UTF_8);
                            each.accept(text);
                            if (!keepAll) {
                                last.addLast(text);
                                if (last.size() > 200) {
                                    last.removeFirst();
                                }
                            }
                            line.reset();
                        }
                    } else {
                        line.write(b);
                    }
                }
            }
            if (line.size() > 0) {
                String text = line.toString(StandardCharsets.UTF_8);
                each.accept(text);
                last.addLast(text);
            }
            return keepAll ? all.toString(StandardCharsets.UTF_8) : String.join("\n", last);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
