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
        pb.redirectInput(ProcessBuilder.Redirect.PIPE);
        Process p = pb.start();
        p.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> drain(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> lines(p.getErrorStream(), stderrLines));
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

    private static String lines(InputStream in, Consumer<String> each) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try (in) {
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                all.write(buf, 0, n);
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    // ffmpeg ends progress lines with \r
                    if (b == '\n' || b == '\r') {
                        if (line.size() > 0) {
                            each.accept(line.toString(StandardCharsets.UTF_8));
                            line.reset();
                        }
                    } else {
                        line.write(b);
                    }
                }
            }
            if (line.size() > 0) {
                each.accept(line.toString(StandardCharsets.UTF_8));
            }
            return all.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
