package org.postops.app.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.postops.media.probe.Ffmpeg;
import org.postops.media.probe.Processes;

/** Media for command tests, made by the bundled ffmpeg. */
final class MediaFiles {

    static final Ffmpeg FFMPEG = Ffmpeg.locate();

    private MediaFiles() {
    }

    static Path make(Path out, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("-y", "-hide_banner", "-loglevel", "error", "-nostdin"));
        all.addAll(List.of(args));
        all.add(out.toString());
        Processes.Result r = Processes.run(FFMPEG.process(FFMPEG.ffmpeg(), all), Duration.ofMinutes(5));
        if (r.exitCode() != 0) {
            throw new IllegalStateException("ffmpeg failed: " + r.err());
        }
        return out;
    }
}
