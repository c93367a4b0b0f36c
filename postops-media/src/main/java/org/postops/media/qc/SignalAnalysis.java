package org.postops.media.qc;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postops.media.probe.Ffmpeg;
import org.postops.media.probe.MediaInfo;
import org.postops.media.probe.Processes;
import org.postops.media.qc.DeliveryProfile.Programme;
import org.postops.media.qc.Measurements.Interlace;
import org.postops.media.qc.Measurements.Loudness;
import org.postops.media.qc.Measurements.LoudnessPoint;
import org.postops.media.qc.Measurements.RawEvent;

/**
 * One ffmpeg decode that runs every measurement at once:
 * <ul>
 * <li>picture, on 8×8-pixel averages: blackdetect, freezedetect, signalstats (luma and chroma extremes per frame);
 * <li>picture, one second in every minute at full size: idet;
 * <li>programme mix (the profile's tracks joined, in their own layout, never downmixed): ebur128 with true peak,
 * silencedetect;
 * <li>every audio track, in windows of one video frame: astats peak level and flat factor (clipping).
 * </ul>
 * Each branch is its own filter graph (ffmpeg gives each graph a thread) ending in its own null output, so that no
 * branch waits for another; the decoder feeds them all.
 */
public final class SignalAnalysis {

    private static final Pattern BLACK = Pattern.compile("black_start:\\s*([-\\d.e]+)\\s+black_end:\\s*([-\\d.e]+)");
    private static final Pattern FREEZE = Pattern.compile("freeze_(start|end|duration):\\s*([-\\d.e]+)");
    private static final Pattern SILENCE_START = Pattern.compile("silence_start:\\s*([-\\d.e]+)");
    private static final Pattern SILENCE_END = Pattern.compile("silence_end:\\s*([-\\d.e]+)");
    private static final Pattern FRAME_LOG = Pattern.compile("\\bt:\\s*([\\d.]+)\\s+TARGET:.*?\\bS:\\s*(-?[\\d.]+|-inf)");
    private static final Pattern IDET = Pattern.compile("Multi frame detection:\\s*TFF:\\s*(\\d+)\\s*BFF:\\s*(\\d+)\\s*"
            + "Progressive:\\s*(\\d+)\\s*Undetermined:\\s*(\\d+)");
    private static final Pattern PROGRESS = Pattern.compile("^out_time_us=(\\d+)");
    private static final Pattern SUMMARY_I = Pattern.compile("\\bI:\\s+(-?[\\d.]+|-inf) LUFS");
    private static final Pattern SUMMARY_LRA = Pattern.compile("\\bLRA:\\s+(-?[\\d.]+) LU\\b");
    private static final Pattern SUMMARY_PEAK = Pattern.compile("\\bPeak:\\s+(-?[\\d.]+|-inf) dBFS");
    private static final Pattern PTS = Pattern.compile("pts_time:\\s*([-\\d.e]+)");

    /** What to measure and how, from the profile's rules. */
    public record Settings(boolean picture, boolean interlace, boolean programme, boolean clipping,
            Programme mix, BigDecimal blackMinDuration, BigDecimal blackPixelThreshold, BigDecimal blackPictureRatio,
            BigDecimal freezeNoiseDb, BigDecimal freezeMinDuration, BigDecimal silenceThresholdDb,
            BigDecimal silenceMinDuration, int[] lumaLimits8bit, int[] chromaLimits8bit) {
    }

    private final Ffmpeg ffmpeg;
    private final Duration timeout;

    public SignalAnalysis(Ffmpeg ffmpeg, Duration timeout) {
        this.ffmpeg = ffmpeg;
        this.timeout = timeout;
    }

    /** The arguments of the one ffmpeg run (visible for tests and for people who want to run it by hand). */
    static List<String> arguments(MediaInfo info, Settings s, Path work) {
        List<String> graph = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        Optional<MediaInfo.VideoTrack> video = info.mainVideo();
        if (video.isPresent() && (s.picture() || s.interlace())) {
            String in = "[0:" + video.get().index() + "]";
            if (s.picture()) {
                graph.add(in + "scale=trunc(iw/16)*2:trunc(ih/16)*2:flags=area,"
                        + "blackdetect=d=" + plain(s.blackMinDuration()) + ":pix_th=" + plain(s.blackPixelThreshold())
                        + ":pic_th=" + plain(s.blackPictureRatio()) + ",freezedetect=n=" + plain(s.freezeNoiseDb())
                        + "dB:d=" + plain(s.freezeMinDuration()) + ",signalstats,metadata=mode=print:file="
                        + work.resolve("picture.txt") + "[vout]");
                outputs.add("[vout]");
            }
            if (s.interlace()) {
                graph.add(in + "select='lt(mod(n,1500),25)',idet[videt]");
                outputs.add("[videt]");
            }
        }
        List<MediaInfo.AudioTrack> audio = info.audio();
        if (s.programme() && !audio.isEmpty()) {
            Programme mix = s.mix();
            StringBuilder b = new StringBuilder();
            int channels = 0;
            for (int t : mix.tracks()) {
                MediaInfo.AudioTrack track = audio.get(t - 1);
                b.append("[0:").append(track.index()).append(']');
                channels += track.channels();
            }
            if (mix.tracks().size() > 1) {
                b.append("amerge=inputs=").append(mix.tracks().size()).append(',');
            }
            // a pure 1:1 channel map: sets the layout ebur128 weights by, mixes nothing
            b.append("pan=").append(mix.layout());
            for (int c = 0; c < mix.channels(); c++) {
                b.append("|c").append(c).append("=c").append(c);
            }
            b.append(",ebur128=peak=true,silencedetect=n=").append(plain(s.silenceThresholdDb())).append("dB:d=")
                    .append(plain(s.silenceMinDuration())).append("[aprog]");
            graph.add(b.toString());
            outputs.add("[aprog]");
            if (channels < mix.channels()) {
                throw new IllegalStateException("programme needs " + mix.channels() + " channels");
            }
        }
        if (s.clipping() && !audio.isEmpty()) {
            StringBuilder b = new StringBuilder();
            for (MediaInfo.AudioTrack t : audio) {
                b.append("[0:").append(t.index()).append(']');
            }
            if (audio.size() > 1) {
                b.append("amerge=inputs=").append(audio.size()).append(',');
            }
            int rate = audio.get(0).sampleRate() > 0 ? audio.get(0).sampleRate() : 48000;
            int window = video.flatMap(MediaInfo.VideoTrack::timecodeRate)
                    .map(r -> (int) Math.max(1, r.frameDuration().times(rate).floor())).orElse(rate / 25);
            // only windows whose loudest channel reaches -0.1 dBFS are written out; the rest cannot be clipped
            b.append("asetnsamples=n=").append(window).append(",astats=metadata=1:reset=1:measure_perchannel="
                    + "Peak_level+Flat_factor:measure_overall=Peak_level,ametadata=mode=select:"
                    + "key=lavfi.astats.Overall.Peak_level:value=-0.1:function=greater,ametadata=mode=print:file=")
                    .append(work.resolve("clipping.txt")).append("[aclip]");
            graph.add(b.toString());
            outputs.add("[aclip]");
        }
        List<String> args = new ArrayList<>(List.of("-hide_banner", "-nostdin", "-nostats", "-loglevel", "info",
                "-progress", "pipe:1", "-i", "file:" + Path.of(info.file()).toAbsolutePath()));
        // one graph per branch: ffmpeg runs each filter graph in its own thread, one graph would run them in turn
        for (String g : graph) {
            args.addAll(List.of("-filter_complex", g));
        }
        for (String o : outputs) {
            args.addAll(List.of("-map", o, "-f", "null", "-"));
        }
        return args;
    }

    /** Runs the pass; {@code progress} receives the fraction done (0–1) as ffmpeg reports it. */
    public Measurements run(MediaInfo info, Settings s, DoubleConsumer progress) throws QcException {
        Path work;
        try {
            work = Files.createTempDirectory("postops-qc");
        } catch (IOException e) {
            throw new QcException("no temporary folder for the analysis: " + e.getMessage());
        }
        if (!work.toString().matches("[A-Za-z0-9/._-]+")) {
            throw new QcException("the temporary folder " + work + " has characters FFmpeg's filter syntax would"
                    + " misread; set java.io.tmpdir to a plain path");
        }
        try {
            return run(info, s, work, progress);
        } finally {
            for (String f : new String[] {"picture.txt", "clipping.txt"}) {
                try {
                    Files.deleteIfExists(work.resolve(f));
                } catch (IOException ignored) {
                    // a temp file left behind is harmless
                }
            }
            try {
                Files.deleteIfExists(work);
            } catch (IOException ignored) {
                // as above
            }
        }
    }

    private Measurements run(MediaInfo info, Settings s, Path work, DoubleConsumer progress) throws QcException {
        List<String> args = arguments(info, s, work);
        double total = info.durationSeconds().map(BigDecimal::doubleValue).orElse(0.0);
        Parser parser = new Parser();
        long[] lastUs = {0};
        Processes.Result r;
        try {
            r = Processes.run(ffmpeg.process(ffmpeg.ffmpeg(), args), timeout, line -> {
                Matcher m = PROGRESS.matcher(line);
                if (m.find()) {
                    lastUs[0] = Math.max(lastUs[0], Long.parseLong(m.group(1)));
                    if (total > 0) {
                        progress.accept(Math.min(1.0, lastUs[0] / 1e6 / total));
                    }
                }
            }, parser::line, false);
        } catch (IOException e) {
            throw new QcException("ffmpeg (" + ffmpeg.ffmpeg() + ") " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QcException("interrupted");
        }
        if (r.exitCode() != 0) {
            List<String> tail = r.err().lines().filter(l -> !l.contains(" t: ")).toList();
            throw new QcException("ffmpeg could not decode " + info.file() + ": "
                    + String.join(" / ", tail.subList(Math.max(0, tail.size() - 3), tail.size())));
        }
        // ffmpeg's progress clock is its slowest output's, and idet's sees one second in every minute: how far the decode
        // got is the latest time any measurement saw
        BigDecimal[] lastPicture = {BigDecimal.ZERO};
        List<RawEvent> pictureEvents = new ArrayList<>();
        int depth = info.mainVideo().flatMap(MediaInfo.VideoTrack::bitDepth).orElse(8);
        if (s.picture() && Files.exists(work.resolve("picture.txt"))) {
            pictureEvents.addAll(levels(work.resolve("picture.txt"), depth, s, info, lastPicture));
        }
        BigDecimal frame = info.mainVideo().flatMap(MediaInfo.VideoTrack::timecodeRate)
                .map(fr -> fr.frameDuration().toBigDecimal(6, RoundingMode.HALF_EVEN)).orElse(BigDecimal.ZERO);
        BigDecimal decoded = BigDecimal.valueOf(lastUs[0]).movePointLeft(6)
                .max(s.picture() ? lastPicture[0].add(frame) : BigDecimal.ZERO)
                .max(s.programme() ? parser.lastAudio.add(new BigDecimal("0.1")) : BigDecimal.ZERO);
        if (!s.picture() && !s.programme()) {
            // idet and the clipping windows write out only what they sample: nothing to judge the decode by
            decoded = info.durationSeconds().orElse(decoded).max(decoded);
        }
        List<RawEvent> events = new ArrayList<>(parser.events(decoded));
        events.addAll(pictureEvents);
        if (s.clipping() && Files.exists(work.resolve("clipping.txt"))) {
            events.addAll(clipping(work.resolve("clipping.txt"), info));
        }
        events = withoutFreezesInBlack(events, info);
        events.sort(java.util.Comparator.comparing(RawEvent::start).thenComparing(RawEvent::type));
        progress.accept(1.0);
        return new Measurements(parser.loudness(), parser.curve, List.copyOf(events), parser.interlace(), decoded,
                List.copyOf(parser.problems));
    }

    /** Black pictures are also identical pictures: a freeze inside a black segment is the black, reported once. */
    static List<RawEvent> withoutFreezesInBlack(List<RawEvent> events, MediaInfo info) {
        BigDecimal slack = info.mainVideo().flatMap(MediaInfo.VideoTrack::timecodeRate)
                .map(r -> r.frameDuration().toBigDecimal(6, RoundingMode.CEILING)).orElse(new BigDecimal("0.05"));
        List<RawEvent> black = events.stream().filter(e -> e.type().equals("black")).toList();
        List<RawEvent> out = new ArrayList<>();
        for (RawEvent e : events) {
            boolean inBlack = e.type().equals("freeze") && black.stream().anyMatch(b ->
                    e.start().compareTo(b.start().subtract(slack)) >= 0 && e.end().compareTo(b.end().add(slack)) <= 0);
            if (!inBlack) {
                out.add(e);
            }
        }
        return out;
    }

    /** Frames whose luma or chroma extremes leave the limits, joined into events. */
    private static List<RawEvent> levels(Path file, int depth, Settings s, MediaInfo info, BigDecimal[] last)
            throws QcException {
        int scale = 1 << Math.max(0, depth - 8);
        BigDecimal frame = info.mainVideo().flatMap(MediaInfo.VideoTrack::timecodeRate)
                .map(r -> r.frameDuration().toBigDecimal(9, RoundingMode.HALF_EVEN)).orElse(new BigDecimal("0.04"));
        Runs luma = new Runs("luma-range", frame);
        Runs chroma = new Runs("chroma-range", frame);
        int yMin = s.lumaLimits8bit()[0] * scale;
        int yMax = s.lumaLimits8bit()[1] * scale + (scale - 1);
        int cMin = s.chromaLimits8bit()[0] * scale;
        int cMax = s.chromaLimits8bit()[1] * scale + (scale - 1);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            BigDecimal t = null;
            int[] v = new int[6];
            while ((line = in.readLine()) != null) {
                if (line.startsWith("frame:")) {
                    if (t != null) {
                        frameLevels(t, v, yMin, yMax, cMin, cMax, luma, chroma);
                    }
                    Matcher m = PTS.matcher(line);
                    t = m.find() ? new BigDecimal(m.group(1)) : null;
                    if (t != null) {
                        last[0] = last[0].max(t);
                    }
                    java.util.Arrays.fill(v, -1);
                } else if (line.startsWith("lavfi.signalstats.")) {
                    int eq = line.indexOf('=');
                    String key = line.substring(18, eq);
                    int idx = switch (key) {
                        case "YMIN" -> 0;
                        case "YMAX" -> 1;
                        case "UMIN" -> 2;
                        case "UMAX" -> 3;
                        case "VMIN" -> 4;
                        case "VMAX" -> 5;
                        default -> -1;
                    };
                    if (idx >= 0) {
                        v[idx] = (int) Double.parseDouble(line.substring(eq + 1));
                    }
                }
            }
            if (t != null) {
                frameLevels(t, v, yMin, yMax, cMin, cMax, luma, chroma);
            }
        } catch (IOException | NumberFormatException e) {
            throw new QcException("could not read the picture measurements: " + e.getMessage());
        }
        List<RawEvent> out = new ArrayList<>(luma.close());
        out.addAll(chroma.close());
        return out;
    }

    private static void frameLevels(BigDecimal t, int[] v, int yMin, int yMax, int cMin, int cMax, Runs luma,
            Runs chroma) {
        if (v[0] >= 0 && (v[0] < yMin || v[1] > yMax)) {
            luma.hit(t, "Y " + v[0] + "–" + v[1]);
        } else {
            luma.miss(t);
        }
        int lo = Math.min(v[2], v[4]);
        int hi = Math.max(v[3], v[5]);
        if (v[2] >= 0 && (lo < cMin || hi > cMax)) {
            chroma.hit(t, "Cb/Cr " + lo + "–" + hi);
        } else {
            chroma.miss(t);
        }
    }

    /** Windows of one frame where a track's peak is at full scale with flat runs: clipped samples. */
    private static List<RawEvent> clipping(Path file, MediaInfo info) throws QcException {
        int rate = info.audio().get(0).sampleRate() > 0 ? info.audio().get(0).sampleRate() : 48000;
        BigDecimal window = info.mainVideo().flatMap(MediaInfo.VideoTrack::timecodeRate)
                .map(r -> BigDecimal.valueOf(Math.max(1, r.frameDuration().times(rate).floor()))
                        .divide(BigDecimal.valueOf(rate), 9, RoundingMode.HALF_EVEN))
                .orElse(BigDecimal.valueOf(rate / 25).divide(BigDecimal.valueOf(rate), 9, RoundingMode.HALF_EVEN));
        Runs runs = new Runs("clipping", window);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            BigDecimal t = null;
            java.util.Map<String, Double> peak = new java.util.HashMap<>();
            java.util.Set<String> clipped = new java.util.TreeSet<>();
            while ((line = in.readLine()) != null) {
                if (line.startsWith("frame:")) {
                    if (t != null) {
                        clipWindow(t, clipped, runs, info);
                    }
                    Matcher m = PTS.matcher(line);
                    t = m.find() ? new BigDecimal(m.group(1)) : null;
                    peak.clear();
                    clipped.clear();
                } else if (line.startsWith("lavfi.astats.") && !line.startsWith("lavfi.astats.Overall.")) {
                    int dot = line.indexOf('.', 13);
                    int eq = line.indexOf('=');
                    String channel = line.substring(13, dot);
                    String key = line.substring(dot + 1, eq);
                    double value = parse(line.substring(eq + 1));
                    if (key.equals("Peak_level")) {
                        peak.put(channel, value);
                    } else if (key.equals("Flat_factor") && value > 0
                            && peak.getOrDefault(channel, -200.0) >= -0.1) {
                        clipped.add(channel);
                    }
                }
            }
            if (t != null) {
                clipWindow(t, clipped, runs, info);
            }
        } catch (IOException | NumberFormatException e) {
            throw new QcException("could not read the audio measurements: " + e.getMessage());
        }
        return runs.close();
    }

    private static void clipWindow(BigDecimal t, java.util.Set<String> channels, Runs runs, MediaInfo info) {
        if (channels.isEmpty()) {
            runs.miss(t);
            return;
        }
        // amerge numbers the channels of all tracks in order; name them as track (and channel)
        List<String> names = new ArrayList<>();
        for (String c : channels) {
            names.add(trackOf(Integer.parseInt(c), info));
        }
        runs.hit(t, String.join(", ", names));
    }

    private static String trackOf(int channel, MediaInfo info) {
        int n = channel;
        for (int i = 0; i < info.audio().size(); i++) {
            int ch = info.audio().get(i).channels();
            if (n <= ch) {
                return "track " + (i + 1) + (ch > 1 ? " channel " + n : "");
            }
            n -= ch;
        }
        return "channel " + channel;
    }

    private static double parse(String v) {
        String s = v.strip();
        if (s.equals("-inf")) {
            return Double.NEGATIVE_INFINITY;
        }
        if (s.equals("inf")) {
            return Double.POSITIVE_INFINITY;
        }
        return Double.parseDouble(s);
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    /** Consecutive frames (or windows) that share a fault, joined into one event. */
    private static final class Runs {
        private final String type;
        private final BigDecimal step;
        private final List<RawEvent> events = new ArrayList<>();
        private BigDecimal start;
        private BigDecimal last;
        private String detail;

        Runs(String type, BigDecimal step) {
            this.type = type;
            this.step = step;
        }

        void hit(BigDecimal t, String what) {
            // windows not written out (below the threshold) leave gaps: a gap ends the run
            if (start != null && t.subtract(last).compareTo(step.multiply(new BigDecimal("1.5"))) > 0) {
                events.add(new RawEvent(type, start, last.add(step), detail));
                start = null;
            }
            if (start == null) {
                start = t;
                detail = what;
            }
            last = t;
        }

        void miss(BigDecimal t) {
            if (start != null) {
                events.add(new RawEvent(type, start, t, detail));
                start = null;
            }
        }

        List<RawEvent> close() {
            if (start != null) {
                events.add(new RawEvent(type, start, last.add(step), detail));
                start = null;
            }
            return events;
        }
    }

    /** Reads ffmpeg's log lines as they come: filter results, per-frame loudness, errors. */
    static final class Parser {
        private final List<RawEvent> events = new ArrayList<>();
        private final List<LoudnessPoint> curve = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private BigDecimal freezeStart;
        private BigDecimal silenceStart;
        private boolean summary;
        private String section = "";
        private BigDecimal integrated;
        private BigDecimal lra;
        private BigDecimal truePeak;
        private BigDecimal shortTermMax;
        private BigDecimal nextCurveSecond = BigDecimal.ZERO;
        private BigDecimal lastAudio = BigDecimal.ZERO;
        private Interlace interlace;

        /**
         * One stderr line. Filter graphs run in threads of their own and ebur128 writes each frame's line in several
         * calls, so another filter's message can land in the middle of it: every pattern is looked for anywhere in
         * every line, and none ends the search for the others.
         */
        void line(String line) {
            frameLog(line);
            Matcher m = BLACK.matcher(line);
            if (m.find()) {
                events.add(new RawEvent("black", new BigDecimal(m.group(1)), new BigDecimal(m.group(2)), ""));
            }
            m = FREEZE.matcher(line);
            while (m.find()) {
                if (m.group(1).equals("start")) {
                    freezeStart = new BigDecimal(m.group(2));
                } else if (m.group(1).equals("end") && freezeStart != null) {
                    events.add(new RawEvent("freeze", freezeStart, new BigDecimal(m.group(2)), ""));
                    freezeStart = null;
                }
            }
            m = SILENCE_START.matcher(line);
            if (m.find()) {
                silenceStart = new BigDecimal(m.group(1)).max(BigDecimal.ZERO);
            }
            m = SILENCE_END.matcher(line);
            if (m.find() && silenceStart != null) {
                events.add(new RawEvent("silence", silenceStart, new BigDecimal(m.group(1)), ""));
                silenceStart = null;
            }
            m = IDET.matcher(line);
            if (m.find()) {
                Interlace seen = new Interlace(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
                // idet reports once per graph configuration; the one that saw frames counts
                if (interlace == null || total(seen) >= total(interlace)) {
                    interlace = seen;
                }
            }
            if (line.contains("Summary:")) {
                summary = true;
            }
            if (summary) {
                summaryLine(line);
            }
            if (!line.contains(" t: ") && !summary) {
                String lower = line.toLowerCase(java.util.Locale.ROOT);
                if (lower.contains("error") || lower.contains("corrupt") || lower.contains("invalid data")
                        || lower.contains("truncat")) {
                    problems.add(line.replaceFirst("^\\[([\\w@,]+) @ 0x[0-9a-f]+\\] ", "$1: "));
                }
            }
        }

        private static int total(Interlace i) {
            return i.tff() + i.bff() + i.progressive() + i.undetermined();
        }

        private void frameLog(String line) {
            Matcher m = FRAME_LOG.matcher(line);
            if (!m.find() || m.group(2).equals("-inf")) {
                return;
            }
            BigDecimal t = new BigDecimal(m.group(1));
            lastAudio = lastAudio.max(t);
            BigDecimal s = new BigDecimal(m.group(2));
            // the 3 s window is full from t = 3 s; before that ebur128 reports a partial window
            if (t.compareTo(BigDecimal.valueOf(3)) >= 0 && s.compareTo(BigDecimal.valueOf(-70)) > 0) {
                shortTermMax = shortTermMax == null ? s : shortTermMax.max(s);
            }
            if (t.compareTo(nextCurveSecond) >= 0) {
                curve.add(new LoudnessPoint(t.setScale(1, RoundingMode.HALF_EVEN), s));
                nextCurveSecond = t.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE);
            }
        }

        private void summaryLine(String line) {
            if (line.contains("Integrated loudness")) {
                section = "I";
            } else if (line.contains("Loudness range")) {
                section = "LRA";
            } else if (line.contains("True peak")) {
                section = "TP";
            }
            Matcher m;
            if (section.equals("I") && (m = SUMMARY_I.matcher(line)).find()) {
                integrated = number(m.group(1));
            } else if (section.equals("LRA") && (m = SUMMARY_LRA.matcher(line)).find()) {
                lra = number(m.group(1));
            } else if (section.equals("TP") && (m = SUMMARY_PEAK.matcher(line)).find()) {
                truePeak = number(m.group(1));
            }
        }

        private static BigDecimal number(String v) {
            // ebur128 says -inf for digital silence; BS.1770's absolute gate makes that -70 LUFS or below
            return v.endsWith("inf") ? BigDecimal.valueOf(-200) : new BigDecimal(v);
        }

        List<RawEvent> events(BigDecimal decoded) {
            List<RawEvent> all = new ArrayList<>(events);
            if (freezeStart != null) {
                all.add(new RawEvent("freeze", freezeStart, decoded, "to the end"));
            }
            if (silenceStart != null) {
                all.add(new RawEvent("silence", silenceStart, decoded, "to the end"));
            }
            return all;
        }

        Optional<Loudness> loudness() {
            if (integrated == null || lra == null || truePeak == null) {
                return Optional.empty();
            }
            return Optional.of(new Loudness(integrated, lra, truePeak, Optional.ofNullable(shortTermMax)));
        }

        Optional<Interlace> interlace() {
            return Optional.ofNullable(interlace);
        }
    }

    static BigDecimal round(BigDecimal v, int scale) {
        return v.round(MathContext.DECIMAL64).setScale(scale, RoundingMode.HALF_EVEN);
    }
}
