package org.postops.media.probe;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bytedeco.javacpp.Loader;

/**
 * The ffmpeg and ffprobe executables PostOps runs, and where they came from. They run as processes, never inside
 * the JVM: a crash or a hang in a decoder stays in its process, and a timeout can end it.
 *
 * @param ffmpeg the ffmpeg executable
 * @param ffprobe the ffprobe executable
 * @param origin how it was found: {@code POSTOPS_FFMPEG_DIR}, {@code bundled} or {@code PATH}
 */
public record Ffmpeg(Path ffmpeg, Path ffprobe, String origin) {

    /** Environment variable (or system property {@code postops.ffmpeg.dir}) naming a folder with ffmpeg and ffprobe. */
    public static final String DIR_VARIABLE = "POSTOPS_FFMPEG_DIR";
    public static final String DIR_PROPERTY = "postops.ffmpeg.dir";
    static final String BUNDLED = "bundled";

    /**
     * POSTOPS_FFMPEG_DIR (or {@code -Dpostops.ffmpeg.dir}) when set; otherwise the FFmpeg bundled in the jar;
     * otherwise ffmpeg and ffprobe on the PATH.
     */
    public static Ffmpeg locate() {
        return locate(System.getenv(), System.getProperty(DIR_PROPERTY));
    }

    static Ffmpeg locate(Map<String, String> env, String property) {
        String dir = property != null && !property.isBlank() ? property : env.get(DIR_VARIABLE);
        if (dir != null && !dir.isBlank()) {
            return inDirectory(Path.of(dir), DIR_VARIABLE);
        }
        Optional<Ffmpeg> bundled = bundled();
        if (bundled.isPresent()) {
            return bundled.get();
        }
        for (String entry : env.getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!entry.isEmpty() && Files.isExecutable(Path.of(entry, "ffprobe"))
                    && Files.isExecutable(Path.of(entry, "ffmpeg"))) {
                return new Ffmpeg(Path.of(entry, "ffmpeg"), Path.of(entry, "ffprobe"), "PATH");
            }
        }
        throw new FfmpegMissingException("no FFmpeg: the bundled one is not built for " + platform()
                + " and there is no ffmpeg and ffprobe on the PATH; set " + DIR_VARIABLE
                + " to a folder holding both");
    }

    /** ffmpeg and ffprobe from one folder. */
    public static Ffmpeg inDirectory(Path dir, String origin) {
        Path ffmpeg = dir.resolve("ffmpeg");
        Path ffprobe = dir.resolve("ffprobe");
        for (Path p : List.of(ffmpeg, ffprobe)) {
            if (!Files.isExecutable(p)) {
                throw new FfmpegMissingException(origin + " is " + dir + ", which has no executable "
                        + p.getFileName());
            }
        }
        return new Ffmpeg(ffmpeg, ffprobe, origin);
    }

    /**
     * The FFmpeg of org.bytedeco:ffmpeg for this platform, unpacked once into JavaCPP's cache (~/.javacpp/cache).
     * Only the files are unpacked; the native libraries are not loaded into this JVM.
     */
    public static Optional<Ffmpeg> bundled() {
        try {
            File[] dirs = Loader.cacheResources(org.bytedeco.ffmpeg.ffprobe.class,
                    "/org/bytedeco/ffmpeg/" + platform() + "/");
            if (dirs == null) {
                return Optional.empty();
            }
            for (File d : dirs) {
                Path ffmpeg = d.toPath().resolve("ffmpeg");
                Path ffprobe = d.toPath().resolve("ffprobe");
                if (Files.isRegularFile(ffmpeg) && Files.isRegularFile(ffprobe)) {
                    // the jar does not keep the executable bit
                    ffmpeg.toFile().setExecutable(true);
                    ffprobe.toFile().setExecutable(true);
                    return Optional.of(new Ffmpeg(ffmpeg, ffprobe, BUNDLED));
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    static String platform() {
        try {
            return Loader.getPlatform();
        } catch (RuntimeException | LinkageError e) {
            return System.getProperty("os.name") + "-" + System.getProperty("os.arch");
        }
    }

    /** A process running one of the executables with these arguments; the bundled one finds its libraries. */
    public ProcessBuilder process(Path executable, List<String> args) {
        List<String> command = new ArrayList<>(args.size() + 1);
        command.add(executable.toString());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        if (BUNDLED.equals(origin)) {
            // the bundled executables need the libraries beside them (libva.so.2 and FFmpeg's own)
            String dir = executable.getParent().toString();
            String old = pb.environment().get("LD_LIBRARY_PATH");
            pb.environment().put("LD_LIBRARY_PATH", old == null || old.isEmpty() ? dir : dir + File.pathSeparator + old);
        }
        return pb;
    }

    /** {@code FFmpeg 8.0.1 (bundled)}: the version ffprobe reports and where it came from. */
    public String version() {
        try {
            Process p = process(ffprobe, List.of("-hide_banner", "-version")).redirectErrorStream(true).start();
            String first;
            try (var in = p.getInputStream()) {
                String all = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                first = all.lines().findFirst().orElse("");
            }
            p.waitFor();
            int cut = first.indexOf(" Copyright");
            String v = (cut > 0 ? first.substring(0, cut) : first).replaceFirst("^ffprobe version ", "");
            return "FFmpeg " + v + " (" + origin + ")";
        } catch (IOException e) {
            throw new FfmpegMissingException("could not run " + ffprobe + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FfmpegMissingException("interrupted");
        }
    }

    /** No usable ffmpeg/ffprobe. */
    public static class FfmpegMissingException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public FfmpegMissingException(String message) {
            super(message);
        }
    }
}
