package org.postops.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.postops.media.probe.Ffmpeg;
import org.postops.media.probe.Processes;

/** Real media for server and page tests, made by the bundled FFmpeg from its test sources (lavfi). */
public final class Clips {

    private Clips() {
    }

    /** Runs {@code ffmpeg <args> <out>} quietly, overwriting {@code out}; fails the test when FFmpeg does. */
    public static Path make(Path out, String... args) throws Exception {
        Ffmpeg ffmpeg = Ffmpeg.locate();
        List<String> all = new ArrayList<>(List.of("-y", "-hide_banner", "-loglevel", "error", "-nostdin"));
        all.addAll(List.of(args));
        all.add(out.toString());
        Processes.Result r = Processes.run(ffmpeg.process(ffmpeg.ffmpeg(), all), Duration.ofMinutes(2));
        assertThat(r.exitCode()).as(r.err()).isZero();
        return out;
    }
}
