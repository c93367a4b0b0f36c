package org.postops.app.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.postops.media.probe.Ffmpeg;
import org.postops.media.probe.MediaInfo;
import org.postops.media.probe.MediaInfo.AudioTrack;
import org.postops.media.probe.MediaInfo.OtherTrack;
import org.postops.media.probe.MediaInfo.VideoTrack;
import org.postops.media.probe.MediaProbe;
import org.postops.media.probe.ProbeException;
import org.postops.media.timecode.Timecode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postops probe}: a media file's technical metadata. */
@Command(name = "probe", description = {"Show a media file's technical metadata.", "",
        "Container, duration, start timecode; each video track's codec, profile,",
        "frame size, aspect ratios, frame rate, scan and field order, pixel format,",
        "bit depth, chroma subsampling, colour description and HDR mastering",
        "metadata; each audio track's codec, channels, layout, sample rate and bit",
        "depth; timecode and data tracks. Read by the FFmpeg bundled with PostOps",
        "(POSTOPS_FFMPEG_DIR chooses another)."},
        footer = {"", "Examples:", "  postops probe MASTER.mxf", "  postops probe --json A001C001.mov | jq .video", "",
                "Exit codes:", "  0  read",
                "  1  read, but FFmpeg reported problems (listed under Warnings; a file cut",
                "     short often shows this way)",
                "  2  could not be read: no such file, empty, a folder, not a media file,",
                "     a QuickTime/MP4 file without its index, no FFmpeg; or wrong usage"})
class ProbeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The media file.")
    Path file;

    @Option(names = "--json", description = "Print the metadata as JSON.")
    boolean json;

    @Option(names = "--help", usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--debug", description = "Print stack traces of failures.")
    boolean debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MediaInfo info;
        try {
            info = new MediaProbe(Ffmpeg.locate()).probe(file);
        } catch (ProbeException | Ffmpeg.FfmpegMissingException e) {
            err.println("postops: " + e.getMessage());
            return PostOps.USAGE;
        }
        out.print(json ? JsonText.of(info) + "\n" : text(info));
        out.flush();
        return info.warnings().isEmpty() ? PostOps.OK : PostOps.FOUND_PROBLEM;
    }

    static String text(MediaInfo info) {
        List<String[]> rows = new ArrayList<>();
        rows.add(row("File", info.file() + " (" + bytes(info.sizeBytes()) + ")"));
        MediaInfo.Container c = info.container();
        rows.add(row("Container", c.name() + " (" + c.format() + ")"
                + c.bitRate().map(b -> ", " + megabits(b)).orElse("")));
        Optional<VideoTrack> main = info.mainVideo();
        info.durationSeconds().ifPresent(d -> rows.add(row("Duration", duration(d, main))));
        info.startTimecode().ifPresent(tc -> rows.add(row("Timecode", tc + info.start()
                .flatMap(start -> main.flatMap(VideoTrack::frames).filter(n -> n > 0)
                        .map(n -> " – " + start.plus(n - 1) + " (first – last frame)"))
                .orElse(""))));
        for (VideoTrack v : info.video()) {
            rows.add(row("Video #" + v.index(), v.codec() + v.profile().map(p -> " " + p).orElse("") + ", "
                    + v.width() + "×" + v.height() + v.sampleAspectRatio().map(s -> ", SAR " + s).orElse("")
                    + v.displayAspectRatio().map(s -> ", DAR " + s).orElse("")
                    + v.frameRate().map(r -> ", " + r + " fps").orElse("")
                    + ", " + v.scan() + v.fieldOrder().map(o -> " (" + o + ")").orElse("")));
            rows.add(row("", v.pixelFormat().orElse("pixel format unknown")
                    + v.bitDepth().map(b -> ", " + b + "-bit").orElse("")
                    + v.chromaSubsampling().map(s -> " " + s).orElse("") + ", colour " + colour(v.colour())));
            v.masteringDisplay().ifPresent(md -> rows.add(row("", "mastering display R" + md.red() + " G"
                    + md.green() + " B" + md.blue() + " WP" + md.whitePoint() + ", "
                    + md.minLuminance().toPlainString() + "–" + md.maxLuminance().toPlainString() + " cd/m²")));
            v.contentLight().ifPresent(cl -> rows.add(row("", "MaxCLL " + cl.maxCll() + " cd/m², MaxFALL "
                    + cl.maxFall() + " cd/m²")));
        }
        for (AudioTrack a : info.audio()) {
            rows.add(row("Audio #" + a.index(), a.codec() + ", " + a.channels() + " ch"
                    + a.layout().map(l -> " (" + l + ")").orElse("") + ", "
                    + BigDecimal.valueOf(a.sampleRate(), 3).stripTrailingZeros().toPlainString() + " kHz"
                    + a.bitDepth().map(b -> ", " + b + "-bit").orElse("")
                    + a.language().map(l -> ", " + l).orElse("")));
        }
        for (OtherTrack o : info.other()) {
            rows.add(row(capital(o.type()) + " #" + o.index(), o.tag().orElse(o.codec())
                    + o.timecode().map(t -> ", timecode " + t).orElse("")
                    + o.handler().map(h -> " (" + h + ")").orElse("")));
        }
        for (int i = 0; i < info.warnings().size(); i++) {
            rows.add(row(i == 0 ? "Warnings" : "", info.warnings().get(i)));
        }
        StringBuilder b = new StringBuilder();
        for (String[] r : rows) {
            b.append(String.format(Locale.ROOT, "%-11s %s%n", r[0], r[1]));
        }
        return b.toString();
    }

    private static String[] row(String label, String value) {
        return new String[] {label, value};
    }

    private static String duration(BigDecimal seconds, Optional<VideoTrack> video) {
        String s = seconds.setScale(3, RoundingMode.HALF_EVEN).toPlainString() + " s";
        Optional<String> frames = video.flatMap(v -> v.timecodeRate().flatMap(rate -> v.frames()
                .filter(n -> n < rate.framesPerDay(false))
                .map(n -> Timecode.ofFrames(n, rate, false) + " (" + s + ", " + n + " frames)")));
        return frames.orElse(s);
    }

    private static String colour(MediaInfo.Colour c) {
        if (c.primaries().isEmpty() && c.transfer().isEmpty() && c.matrix().isEmpty() && c.range().isEmpty()) {
            return "not stated";
        }
        return c.primaries().orElse("?") + "/" + c.transfer().orElse("?") + "/" + c.matrix().orElse("?")
                + c.range().map(r -> ", " + r + " range").orElse("") + " (primaries/transfer/matrix)";
    }

    private static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }

    private static String megabits(long bitsPerSecond) {
        return String.format(Locale.ROOT, "%.1f Mb/s", bitsPerSecond / 1e6);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
