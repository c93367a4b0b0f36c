package org.postops.media.probe;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.postops.media.probe.MediaInfo.AudioTrack;
import org.postops.media.probe.MediaInfo.Chromaticity;
import org.postops.media.probe.MediaInfo.Colour;
import org.postops.media.probe.MediaInfo.Container;
import org.postops.media.probe.MediaInfo.ContentLight;
import org.postops.media.probe.MediaInfo.MasteringDisplay;
import org.postops.media.probe.MediaInfo.OtherTrack;
import org.postops.media.probe.MediaInfo.VideoTrack;
import org.postops.media.timecode.FrameRate;
import org.postops.media.timecode.Rational;

/** Reads a file's technical metadata with ffprobe (one run; a second reads one frame when HDR metadata hides in it). */
public final class MediaProbe {

    private static final Pattern LOG_PREFIX = Pattern.compile("^\\[([\\w,]+) @ 0x[0-9a-f]+\\] ");
    private final Ffmpeg ffmpeg;
    private final Duration timeout;

    public MediaProbe(Ffmpeg ffmpeg) {
        this(ffmpeg, Duration.ofMinutes(2));
    }

    public MediaProbe(Ffmpeg ffmpeg, Duration timeout) {
        this.ffmpeg = ffmpeg;
        this.timeout = timeout;
    }

    public MediaInfo probe(Path file) throws ProbeException {
        long size = check(file);
        String target = "file:" + file.toAbsolutePath();
        Processes.Result run = ffprobe(List.of("-hide_banner", "-v", "warning", "-show_error", "-print_format", "flat",
                "-show_format", "-show_streams", target));
        FlatOutput flat = FlatOutput.parse(run.out());
        List<String> warnings = warnings(run.err());
        if (flat.has("error") || !flat.has("format")) {
            String why = flat.get("error.string").orElse("ffprobe failed (exit code " + run.exitCode() + ")");
            String detail = warnings.stream().filter(w -> w.contains("moov atom not found")).findFirst()
                    .map(w -> " (no 'moov' index: a QuickTime/MP4 file cut short or still being written?)")
                    .orElse("");
            throw new ProbeException(ProbeException.Reason.NOT_MEDIA,
                    file + " is not a media file FFmpeg can read: " + why + detail);
        }
        if (flat.text("format.format_name", "").equals("tty") || flat.count("streams.stream") == 0) {
            throw new ProbeException(ProbeException.Reason.NOT_MEDIA, file + " holds no audio or video tracks");
        }
        List<VideoTrack> video = new ArrayList<>();
        List<AudioTrack> audio = new ArrayList<>();
        List<OtherTrack> other = new ArrayList<>();
        int streams = flat.count("streams.stream");
        for (int i = 0; i < streams; i++) {
            String s = "streams.stream." + i + ".";
            String type = flat.text(s + "codec_type", "data");
            boolean coverArt = flat.text(s + "disposition.attached_pic", "0").equals("1");
            if (type.equals("video") && !coverArt) {
                video.add(video(flat, s, target));
            } else if (type.equals("audio")) {
                audio.add(audio(flat, s));
            } else {
                other.add(new OtherTrack(flat.integer(s + "index").orElse(i), type,
                        flat.text(s + "codec_name", "unknown"), tag(flat, s), flat.get(s + "tags.timecode"),
                        flat.get(s + "tags.handler_name").or(() -> flat.get(s + "tags.title"))));
            }
        }
        return new MediaInfo(file.toString(), size, container(flat, file), flat.decimal("format.duration"),
                startTimecode(flat, streams), List.copyOf(video), List.copyOf(audio), List.copyOf(other),
                List.copyOf(warnings));
    }

    private static long check(Path file) throws ProbeException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new ProbeException(ProbeException.Reason.MISSING, file + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new ProbeException(ProbeException.Reason.NOT_A_FILE, file + " is not a file"
                    + (Files.isDirectory(file) ? " but a folder" : ""));
        }
        if (!Files.isReadable(file)) {
            throw new ProbeException(ProbeException.Reason.UNREADABLE, file + " cannot be read (permissions)");
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new ProbeException(ProbeException.Reason.EMPTY, file + " is empty (0 bytes)");
            }
            return size;
        } catch (IOException e) {
            throw new ProbeException(ProbeException.Reason.UNREADABLE, file + " cannot be read: " + e.getMessage());
        }
    }

    private Processes.Result ffprobe(List<String> args) throws ProbeException {
        try {
            return Processes.run(ffmpeg.process(ffmpeg.ffprobe(), args), timeout);
        } catch (IOException e) {
            throw new ProbeException(ProbeException.Reason.FFMPEG, "ffprobe (" + ffmpeg.ffprobe() + ") "
                    + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProbeException(ProbeException.Reason.FFMPEG, "interrupted");
        }
    }

    /** FFmpeg's complaints, one per distinct message, without the {@code [mxf @ 0x…]} noise. */
    static List<String> warnings(String stderr) {
        Set<String> seen = new LinkedHashSet<>();
        for (String line : stderr.split("\\R")) {
            String l = line.strip();
            // a timecode or data track FFmpeg has no decoder for is normal, not a fault
            if (l.isEmpty() || l.contains("misdetection possible") || l.startsWith("Unsupported codec with id 0 for")) {
                continue;
            }
            var m = LOG_PREFIX.matcher(l);
            seen.add(m.find() ? m.group(1) + ": " + l.substring(m.end()) : l);
        }
        return List.copyOf(seen);
    }

    private static Container container(FlatOutput flat, Path file) {
        String format = flat.text("format.format_name", "unknown");
        Optional<String> brand = flat.get("format.tags.major_brand").map(String::strip);
        Optional<String> op = flat.get("format.tags.operational_pattern_ul").flatMap(MediaProbe::operationalPattern);
        String ext = extension(file);
        String name;
        if (format.equals("mxf")) {
            name = "MXF" + op.map(o -> " " + o).orElse("");
        } else if (format.startsWith("mov,")) {
            name = brand.map(b -> b.equals("qt") ? "QuickTime" : b.startsWith("3g") ? "3GP" : "MP4")
                    .orElse(ext.equals("mov") ? "QuickTime" : "MP4");
        } else if (format.equals("matroska,webm")) {
            name = ext.equals("webm") ? "WebM" : "Matroska";
        } else if (format.equals("mpegts")) {
            name = "MPEG-TS";
        } else {
            name = flat.text("format.format_long_name", format);
        }
        return new Container(format, name, brand, op, flat.whole("format.bit_rate"));
    }

    /** The operational pattern named by an MXF OP label: bytes 13 and 14 give item and package complexity. */
    static Optional<String> operationalPattern(String ul) {
        String hex = ul.replace(".", "").toLowerCase(Locale.ROOT);
        if (hex.length() != 32 || !hex.startsWith("060e2b34")) {
            return Optional.empty();
        }
        int item = Integer.parseInt(hex.substring(24, 26), 16);
        int pack = Integer.parseInt(hex.substring(26, 28), 16);
        if (item == 0x10) {
            return Optional.of("OPAtom");
        }
        if (item >= 1 && item <= 3 && pack >= 1 && pack <= 3) {
            return Optional.of("OP" + item + (char) ('a' + pack - 1));
        }
        return Optional.empty();
    }

    private VideoTrack video(FlatOutput flat, String s, String target) throws ProbeException {
        int index = flat.integer(s + "index").orElse(0);
        Optional<String> exact = flat.get(s + "avg_frame_rate").filter(MediaProbe::positiveRate)
                .or(() -> flat.get(s + "r_frame_rate").filter(MediaProbe::positiveRate))
                .map(r -> Rational.parse(r).toString());
        Optional<String> label = exact.map(r -> {
            Rational q = Rational.parse(r);
            return FrameRate.of(q).map(FrameRate::label)
                    .orElse(q.toBigDecimal(3, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString());
        });
        String fieldOrder = flat.text(s + "field_order", "unknown");
        String scan = switch (fieldOrder) {
            case "progressive" -> "progressive";
            case "tt", "bb", "tb", "bt" -> "interlaced";
            default -> "unknown";
        };
        // ffmpeg's tb and bt name the coded order first and the displayed one second
        Optional<String> order = switch (fieldOrder) {
            case "tt", "bt" -> Optional.of("top field first");
            case "bb", "tb" -> Optional.of("bottom field first");
            default -> Optional.empty();
        };
        Optional<String> pixfmt = flat.get(s + "pix_fmt");
        Optional<PixelFormats.Sampling> sampling = pixfmt.flatMap(PixelFormats::of);
        Optional<Integer> depth = flat.integer(s + "bits_per_raw_sample").filter(b -> b > 0)
                .or(() -> sampling.map(PixelFormats.Sampling::bitDepth));
        Colour colour = new Colour(flat.get(s + "color_primaries"), flat.get(s + "color_transfer"),
                flat.get(s + "color_space"), flat.get(s + "color_range").map(r -> switch (r) {
                    case "tv" -> "limited";
                    case "pc" -> "full";
                    default -> r;
                }));
        Optional<MasteringDisplay> mastering = mastering(flat, s + "side_data_list.side_data");
        Optional<ContentLight> light = contentLight(flat, s + "side_data_list.side_data");
        boolean hdrTransfer = colour.transfer().filter(t -> t.equals("smpte2084") || t.equals("arib-std-b67"))
                .isPresent();
        if (hdrTransfer && mastering.isEmpty() && light.isEmpty()) {
            // not in the container: look in the first frame (HEVC SEI, AV1 metadata OBUs)
            FlatOutput frame = FlatOutput.parse(ffprobe(List.of("-hide_banner", "-v", "error", "-print_format",
                    "flat", "-select_streams", Integer.toString(index), "-read_intervals", "%+#1", "-show_frames",
                    target)).out());
            mastering = mastering(frame, "frames.frame.0.side_data_list.side_data");
            light = contentLight(frame, "frames.frame.0.side_data_list.side_data");
        }
        Optional<BigDecimal> duration = flat.decimal(s + "duration");
        Optional<Long> frames = flat.whole(s + "nb_frames").filter(n -> n > 0)
                .or(() -> duration.flatMap(d -> exact.map(r -> Rational.of(d).times(Rational.parse(r))
                        .round(RoundingMode.HALF_UP))));
        return new VideoTrack(index, flat.text(s + "codec_name", "unknown"),
                flat.text(s + "codec_long_name", flat.text(s + "codec_name", "unknown")), flat.get(s + "profile"),
                flat.integer(s + "width").orElse(0), flat.integer(s + "height").orElse(0),
                flat.get(s + "sample_aspect_ratio").filter(r -> !r.startsWith("0:")),
                flat.get(s + "display_aspect_ratio").filter(r -> !r.startsWith("0:")), label, exact, scan, order,
                pixfmt, depth, sampling.map(PixelFormats.Sampling::chroma), colour, mastering, light,
                flat.get(s + "tags.timecode"), frames, duration);
    }

    private static boolean positiveRate(String r) {
        try {
            return Rational.parse(r).signum() > 0;
        } catch (NumberFormatException | ArithmeticException e) {
            return false;
        }
    }

    private static Optional<MasteringDisplay> mastering(FlatOutput flat, String list) {
        for (int i = 0; flat.has(list + "." + i); i++) {
            String p = list + "." + i + ".";
            if (flat.text(p + "side_data_type", "").equals("Mastering display metadata")
                    && flat.get(p + "max_luminance").isPresent()) {
                return Optional.of(new MasteringDisplay(xy(flat, p + "red"), xy(flat, p + "green"),
                        xy(flat, p + "blue"), xy(flat, p + "white_point"), fraction(flat, p + "min_luminance", 4),
                        fraction(flat, p + "max_luminance", 4)));
            }
        }
        return Optional.empty();
    }

    private static Optional<ContentLight> contentLight(FlatOutput flat, String list) {
        for (int i = 0; flat.has(list + "." + i); i++) {
            String p = list + "." + i + ".";
            if (flat.text(p + "side_data_type", "").equals("Content light level metadata")) {
                return Optional.of(new ContentLight(flat.integer(p + "max_content").orElse(0),
                        flat.integer(p + "max_average").orElse(0)));
            }
        }
        return Optional.empty();
    }

    private static Chromaticity xy(FlatOutput flat, String prefix) {
        return new Chromaticity(fraction(flat, prefix + "_x", 4), fraction(flat, prefix + "_y", 4));
    }

    private static BigDecimal fraction(FlatOutput flat, String key, int scale) {
        return flat.get(key).map(v -> Rational.parse(v).toBigDecimal(scale, RoundingMode.HALF_EVEN)
                .stripTrailingZeros()).map(d -> d.scale() < 0 ? d.setScale(0) : d).orElse(BigDecimal.ZERO);
    }

    private static AudioTrack audio(FlatOutput flat, String s) {
        Optional<Integer> depth = flat.integer(s + "bits_per_raw_sample").filter(b -> b > 0)
                .or(() -> flat.integer(s + "bits_per_sample").filter(b -> b > 0));
        return new AudioTrack(flat.integer(s + "index").orElse(0), flat.text(s + "codec_name", "unknown"),
                flat.text(s + "codec_long_name", flat.text(s + "codec_name", "unknown")),
                flat.integer(s + "channels").orElse(0), flat.get(s + "channel_layout"),
                flat.integer(s + "sample_rate").orElse(0), depth, flat.get(s + "tags.language").filter(l -> !l.equals("und")),
                flat.decimal(s + "duration"));
    }

    private static Optional<String> tag(FlatOutput flat, String s) {
        return flat.get(s + "codec_tag_string").filter(t -> !t.startsWith("[0]"));
    }

    /** The container's timecode, else the picture track's, else a timecode track's. */
    private static Optional<String> startTimecode(FlatOutput flat, int streams) {
        Optional<String> tc = flat.get("format.tags.timecode");
        for (String type : new String[] {"video", "data"}) {
            for (int i = 0; i < streams && tc.isEmpty(); i++) {
                String s = "streams.stream." + i + ".";
                if (flat.text(s + "codec_type", "").equals(type)) {
                    tc = flat.get(s + "tags.timecode");
                }
            }
        }
        return tc;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
