package org.postops.media.qc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import org.postops.media.probe.Ffmpeg;
import org.postops.media.probe.MediaInfo;
import org.postops.media.probe.MediaInfo.AudioTrack;
import org.postops.media.probe.MediaInfo.VideoTrack;
import org.postops.media.probe.MediaProbe;
import org.postops.media.probe.ProbeException;
import org.postops.media.qc.DeliveryProfile.Expectation;
import org.postops.media.qc.DeliveryProfile.Programme;
import org.postops.media.qc.DeliveryProfile.Rule;
import org.postops.media.qc.Measurements.RawEvent;
import org.postops.media.qc.QcReport.Event;
import org.postops.media.qc.QcReport.LoudnessFigures;
import org.postops.media.qc.QcReport.RuleOutcome;
import org.postops.media.timecode.FrameRate;
import org.postops.media.timecode.Rational;
import org.postops.media.timecode.Timecode;

/** Checks a file against a delivery profile: the probe, one analysis pass when a rule needs the signal, a verdict. */
public final class Qc {

    static final String PASS = "pass";
    static final String FAIL = "fail";
    static final String NOT_CHECKED = "not_checked";

    private final Ffmpeg ffmpeg;
    private final Duration timeout;

    public Qc(Ffmpeg ffmpeg) {
        this(ffmpeg, Duration.ofHours(12));
    }

    public Qc(Ffmpeg ffmpeg, Duration timeout) {
        this.ffmpeg = ffmpeg;
        this.timeout = timeout;
    }

    public QcReport check(Path file, DeliveryProfile profile, DoubleConsumer progress) throws QcException {
        long started = System.nanoTime();
        MediaInfo info;
        try {
            info = new MediaProbe(ffmpeg).probe(file);
        } catch (ProbeException e) {
            throw new QcException(e.getMessage());
        }
        if (!info.warnings().isEmpty()) {
            throw new QcException("FFmpeg reported damage while reading " + file + " (" + String.join("; ",
                    info.warnings()) + "); a damaged file is not checked");
        }
        boolean signal = profile.rules().stream().anyMatch(r -> r.check().needsSignal()
                && r.check() != Check.LOUDNESS_DIALOGUE);
        Optional<Measurements> measured = Optional.empty();
        if (signal) {
            SignalAnalysis.Settings settings = settings(profile, info);
            Measurements m = new SignalAnalysis(ffmpeg, timeout).run(info, settings, progress);
            if (!m.problems().isEmpty()) {
                throw new QcException("FFmpeg reported errors while decoding " + file + " ("
                        + String.join("; ", m.problems().subList(0, Math.min(3, m.problems().size())))
                        + "); a damaged file is not checked");
            }
            Optional<BigDecimal> duration = info.durationSeconds();
            if (duration.isPresent() && duration.get().compareTo(BigDecimal.ONE) > 0
                    && m.decodedSeconds().compareTo(duration.get().multiply(new BigDecimal("0.9"))) < 0) {
                throw new QcException("only " + m.decodedSeconds().setScale(1, RoundingMode.HALF_EVEN) + " s of "
                        + file + " could be decoded, of " + duration.get().setScale(1, RoundingMode.HALF_EVEN)
                        + " s its header states: cut short?");
            }
            if (settings.programme() && m.loudness().isEmpty()) {
                throw new QcException("the loudness of " + file + " could not be measured (no ebur128 summary)");
            }
            measured = Optional.of(m);
        }
        Clock clock = new Clock(info);
        List<Event> events = new ArrayList<>();
        for (RawEvent e : measured.map(Measurements::events).orElse(List.of())) {
            events.add(clock.event(e));
        }
        List<RuleOutcome> outcomes = new ArrayList<>();
        for (Rule r : profile.rules()) {
            outcomes.add(evaluate(r, info, measured, events, clock));
        }
        boolean failed = outcomes.stream().anyMatch(o -> o.outcome().equals(FAIL) && o.severity().equals("error"));
        Optional<LoudnessFigures> loudness = measured.flatMap(Measurements::loudness)
                .map(l -> new LoudnessFigures(l.integratedLufs(), l.lraLu(), l.truePeakDbtp(), l.shortTermMaxLufs(),
                        describe(profile.programme())));
        BigDecimal seconds = BigDecimal.valueOf(System.nanoTime() - started).movePointLeft(9)
                .setScale(2, RoundingMode.HALF_EVEN);
        return new QcReport(failed ? FAIL : PASS, profile.id(), profile.name(), file.toString(),
                clock.rate.map(FrameRate::label), loudness, List.copyOf(events), List.copyOf(outcomes),
                measured.map(Measurements::shortTerm).orElse(List.of()), info, ffmpeg.version(), seconds);
    }

    private static String describe(Programme p) {
        return p.layout() + " from audio track" + (p.tracks().size() > 1 ? "s " : " ")
                + String.join("+", p.tracks().stream().map(String::valueOf).toList());
    }

    /** The analysis settings the rules ask for, after checking the file has what they measure. */
    static SignalAnalysis.Settings settings(DeliveryProfile profile, MediaInfo info) throws QcException {
        Set<Check> checks = new LinkedHashSet<>();
        profile.rules().forEach(r -> checks.add(r.check()));
        boolean programme = checks.stream().anyMatch(c -> c.key().startsWith("loudness.") && c != Check.LOUDNESS_DIALOGUE)
                || checks.contains(Check.SILENCE);
        boolean clipping = checks.contains(Check.CLIPPING);
        boolean picture = checks.contains(Check.BLACK) || checks.contains(Check.FREEZE)
                || checks.contains(Check.LUMA_RANGE) || checks.contains(Check.CHROMA_RANGE);
        boolean interlace = checks.contains(Check.SCAN_DETECTED);
        if ((programme || clipping) && info.audio().isEmpty()) {
            throw new QcException(info.file() + " has no audio track, and profile " + profile.id()
                    + " measures its sound (loudness, silence or clipping)");
        }
        if ((picture || interlace) && info.mainVideo().isEmpty()) {
            throw new QcException(info.file() + " has no video track, and profile " + profile.id()
                    + " measures its picture");
        }
        Programme mix = profile.programme();
        if (programme) {
            int channels = 0;
            for (int t : mix.tracks()) {
                if (t > info.audio().size()) {
                    throw new QcException("profile " + profile.id() + " takes its programme from audio track " + t
                            + ", but " + info.file() + " has " + info.audio().size() + " audio track"
                            + (info.audio().size() == 1 ? "" : "s"));
                }
                channels += info.audio().get(t - 1).channels();
            }
            if (channels < mix.channels()) {
                throw new QcException("profile " + profile.id() + " measures a " + mix.layout() + " programme ("
                        + mix.channels() + " channels) from audio track" + (mix.tracks().size() > 1 ? "s " : " ")
                        + mix.tracks() + ", which hold " + channels + " channel" + (channels == 1 ? "" : "s")
                        + "; set the profile's programme tracks");
            }
        }
        Function<Check, Optional<Rule>> first = profile::firstRule;
        BigDecimal blackMin = first.apply(Check.BLACK).flatMap(r -> r.setting("min-duration")).orElse(BigDecimal.ONE);
        BigDecimal freezeMin = first.apply(Check.FREEZE).flatMap(r -> r.setting("min-duration"))
                .orElse(BigDecimal.valueOf(2));
        BigDecimal silenceMin = first.apply(Check.SILENCE).flatMap(r -> r.setting("min-duration"))
                .orElse(BigDecimal.valueOf(2));
        int[] luma = first.apply(Check.LUMA_RANGE).map(r -> new int[] {r.expect().min().orElseThrow().intValue(),
            r.expect().max().orElseThrow().intValue()}).orElse(new int[] {0, 255});
        int[] chroma = first.apply(Check.CHROMA_RANGE).map(r -> new int[] {r.expect().min().orElseThrow().intValue(),
            r.expect().max().orElseThrow().intValue()}).orElse(new int[] {0, 255});
        return new SignalAnalysis.Settings(picture, interlace, programme, clipping, mix,
                minimum(profile, Check.BLACK, "min-duration", blackMin),
                first.apply(Check.BLACK).flatMap(r -> r.setting("pixel-threshold")).orElse(new BigDecimal("0.10")),
                first.apply(Check.BLACK).flatMap(r -> r.setting("picture-ratio")).orElse(new BigDecimal("0.98")),
                first.apply(Check.FREEZE).flatMap(r -> r.setting("noise")).orElse(BigDecimal.valueOf(-60)),
                minimum(profile, Check.FREEZE, "min-duration", freezeMin),
                first.apply(Check.SILENCE).flatMap(r -> r.setting("threshold")).orElse(BigDecimal.valueOf(-60)),
                minimum(profile, Check.SILENCE, "min-duration", silenceMin), luma, chroma);
    }

    private static BigDecimal minimum(DeliveryProfile p, Check check, String setting, BigDecimal fallback) {
        return p.rules().stream().filter(r -> r.check() == check).map(r -> r.setting(setting).orElse(fallback))
                .min(BigDecimal::compareTo).orElse(fallback);
    }

    private RuleOutcome evaluate(Rule r, MediaInfo info, Optional<Measurements> m, List<Event> events, Clock clock) {
        Optional<VideoTrack> v = info.mainVideo();
        Optional<Measurements.Loudness> loud = m.flatMap(Measurements::loudness);
        return switch (r.check()) {
            case CONTAINER -> text(r, Optional.of(info.container().name()));
            case VIDEO_CODEC -> text(r, v.map(VideoTrack::codec));
            case VIDEO_PROFILE -> text(r, v.flatMap(VideoTrack::profile));
            case VIDEO_FRAME_SIZE -> text(r, v.map(t -> t.width() + "x" + t.height()));
            case VIDEO_FRAME_RATE -> text(r, v.flatMap(VideoTrack::frameRate));
            case VIDEO_SCAN -> text(r, v.map(VideoTrack::scan));
            case VIDEO_FIELD_ORDER -> text(r, v.map(t -> t.fieldOrder().orElse(t.scan())));
            case VIDEO_PIXEL_FORMAT -> text(r, v.flatMap(VideoTrack::pixelFormat));
            case VIDEO_BIT_DEPTH -> number(r, v.flatMap(VideoTrack::bitDepth).map(BigDecimal::valueOf));
            case VIDEO_CHROMA -> text(r, v.flatMap(VideoTrack::chromaSubsampling));
            case VIDEO_PRIMARIES -> text(r, v.flatMap(t -> t.colour().primaries()));
            case VIDEO_TRANSFER -> text(r, v.flatMap(t -> t.colour().transfer()));
            case VIDEO_MATRIX -> text(r, v.flatMap(t -> t.colour().matrix()));
            case VIDEO_RANGE -> text(r, v.flatMap(t -> t.colour().range()));
            case AUDIO_TRACKS -> number(r, Optional.of(BigDecimal.valueOf(info.audio().size())));
            case AUDIO_CODEC -> everyTrack(r, info, t -> Optional.of(t.codec()));
            case AUDIO_CHANNELS -> everyTrack(r, info, t -> Optional.of(Integer.toString(t.channels())));
            case AUDIO_LAYOUT -> everyTrack(r, info, AudioTrack::layout);
            case AUDIO_SAMPLE_RATE -> everyTrack(r, info, t -> Optional.of(Integer.toString(t.sampleRate())));
            case AUDIO_BIT_DEPTH -> everyTrack(r, info, t -> t.bitDepth().map(String::valueOf));
            case START_TIMECODE -> text(r, info.startTimecode());
            case DURATION -> number(r, info.durationSeconds());
            case LOUDNESS_INTEGRATED -> number(r, loud.map(Measurements.Loudness::integratedLufs));
            case LOUDNESS_RANGE -> number(r, loud.map(Measurements.Loudness::lraLu));
            case TRUE_PEAK -> number(r, loud.map(Measurements.Loudness::truePeakDbtp));
            case SHORT_TERM_MAX -> number(r, loud.flatMap(Measurements.Loudness::shortTermMaxLufs));
            case LOUDNESS_DIALOGUE -> outcome(r, NOT_CHECKED,
                    "not measured: dialogue-gated loudness needs a dialogue detector PostOps does not have");
            case SCAN_DETECTED -> scan(r, m, v);
            case BLACK, FREEZE, SILENCE, CLIPPING, LUMA_RANGE, CHROMA_RANGE -> events(r, events, info);
        };
    }

    private static RuleOutcome outcome(Rule r, String outcome, String actual) {
        return new RuleOutcome(r.id(), r.check().key(), outcome, r.expect().describe(), actual, r.severity().key(),
                r.source(), r.unconfirmed(), r.note());
    }

    private static boolean textMatches(Expectation e, String actual) {
        if (e.equalsText().isPresent() && !e.equalsText().get().equalsIgnoreCase(actual)) {
            return false;
        }
        return e.oneOf().isEmpty() || e.oneOf().stream().anyMatch(o -> o.equalsIgnoreCase(actual));
    }

    private static RuleOutcome text(Rule r, Optional<String> actual) {
        if (actual.isEmpty()) {
            return outcome(r, FAIL, "not stated");
        }
        return outcome(r, textMatches(r.expect(), actual.get()) ? PASS : FAIL, actual.get());
    }

    private static boolean numberMatches(Expectation e, BigDecimal a) {
        if (e.equalsText().isPresent() && new BigDecimal(e.equalsText().get()).compareTo(a) != 0) {
            return false;
        }
        if (!e.oneOf().isEmpty() && e.oneOf().stream().noneMatch(o -> {
            try {
                return new BigDecimal(o).compareTo(a) == 0;
            } catch (NumberFormatException x) {
                return false;
            }
        })) {
            return false;
        }
        if (e.min().isPresent() && a.compareTo(e.min().get()) < 0) {
            return false;
        }
        if (e.max().isPresent() && a.compareTo(e.max().get()) > 0) {
            return false;
        }
        if (e.target().isPresent()) {
            BigDecimal tolerance = e.tolerance().orElse(BigDecimal.ZERO);
            return a.subtract(e.target().get()).abs().compareTo(tolerance) <= 0;
        }
        return true;
    }

    private static RuleOutcome number(Rule r, Optional<BigDecimal> actual) {
        if (actual.isEmpty()) {
            return outcome(r, FAIL, "not stated");
        }
        BigDecimal a = actual.get();
        return outcome(r, numberMatches(r.expect(), a) ? PASS : FAIL, a.stripTrailingZeros().toPlainString());
    }

    private static RuleOutcome everyTrack(Rule r, MediaInfo info, Function<AudioTrack, Optional<String>> value) {
        if (info.audio().isEmpty()) {
            return outcome(r, FAIL, "no audio track");
        }
        boolean ok = true;
        Set<String> seen = new LinkedHashSet<>();
        for (AudioTrack t : info.audio()) {
            Optional<String> v = value.apply(t);
            String shown = v.orElse("not stated");
            seen.add(shown);
            boolean match;
            if (v.isEmpty()) {
                match = false;
            } else if (r.check().kind() == Check.Kind.NUMBER) {
                match = numberMatches(r.expect(), new BigDecimal(v.get()));
            } else {
                match = textMatches(r.expect(), v.get());
            }
            ok &= match;
        }
        String actual = seen.size() == 1 ? seen.iterator().next() + (info.audio().size() > 1 ? " (every track)" : "")
                : String.join(", ", seen);
        return outcome(r, ok ? PASS : FAIL, actual);
    }

    private static RuleOutcome scan(Rule r, Optional<Measurements> m, Optional<VideoTrack> v) {
        Optional<Measurements.Interlace> idet = m.flatMap(Measurements::interlace);
        if (idet.isEmpty()) {
            return outcome(r, NOT_CHECKED, "not measured");
        }
        Measurements.Interlace i = idet.get();
        String seen = i.verdict();
        String counts = " (idet on sampled frames: TFF " + i.tff() + ", BFF " + i.bff() + ", progressive "
                + i.progressive() + ", undetermined " + i.undetermined() + ")";
        Expectation e = r.expect();
        if (e.equalsText().filter(t -> t.equalsIgnoreCase("as flagged")).isPresent()) {
            String flagged = v.map(t -> t.fieldOrder().orElse(t.scan())).orElse("unknown");
            if (flagged.equals("unknown")) {
                return outcome(r, NOT_CHECKED, seen + counts + "; the file does not flag its scan");
            }
            return outcome(r, seen.equals(flagged) ? PASS : FAIL, seen + ", flagged " + flagged + counts);
        }
        RuleOutcome o = text(r, Optional.of(seen));
        return outcome(r, o.outcome(), seen + counts);
    }

    private static RuleOutcome events(Rule r, List<Event> all, MediaInfo info) {
        String type = switch (r.check()) {
            case BLACK -> "black";
            case FREEZE -> "freeze";
            case SILENCE -> "silence";
            case CLIPPING -> "clipping";
            case LUMA_RANGE -> "luma-range";
            default -> "chroma-range";
        };
        BigDecimal minDuration = r.setting("min-duration").orElse(BigDecimal.ZERO);
        BigDecimal head = r.setting("ignore-head").orElse(BigDecimal.ZERO);
        BigDecimal tail = r.setting("ignore-tail").orElse(BigDecimal.ZERO);
        BigDecimal end = info.durationSeconds().orElse(BigDecimal.valueOf(Long.MAX_VALUE));
        List<Event> hits = all.stream().filter(e -> e.type().equals(type))
                .filter(e -> e.durationSeconds().compareTo(minDuration) >= 0 || minDuration.signum() == 0)
                .filter(e -> e.endSeconds().compareTo(head) > 0)
                .filter(e -> e.startSeconds().compareTo(end.subtract(tail)) < 0)
                .toList();
        int allowed = r.expect().maxEvents().orElse(0);
        String actual = hits.isEmpty() ? "none" : hits.size() + " (" + String.join(", ", hits.stream().limit(5)
                .map(e -> e.start() + "–" + e.end()).toList()) + (hits.size() > 5 ? ", …" : "") + ")";
        return outcome(r, hits.size() <= allowed ? PASS : FAIL, actual);
    }

    /** The file's own timecode: its start timecode at its picture rate, else seconds. */
    static final class Clock {
        final Optional<FrameRate> rate;
        final Optional<Timecode> start;

        Clock(MediaInfo info) {
            this.rate = info.mainVideo().flatMap(VideoTrack::timecodeRate);
            Optional<Timecode> s = info.start();
            if (s.isEmpty() && rate.isPresent()) {
                s = Optional.of(Timecode.zero(rate.get(), false));
            }
            this.start = s;
        }

        Event event(RawEvent e) {
            if (start.isEmpty()) {
                return new Event(e.type(), seconds(e.start()), seconds(e.end()), Optional.empty(), e.start(), e.end(),
                        e.detail());
            }
            Rational fps = rate.orElseThrow().fps();
            // to the nearest frame boundary: picture events are on frames already, sound events within half a frame
            long from = Rational.of(e.start()).times(fps).round(RoundingMode.HALF_UP);
            long to = Rational.of(e.end()).times(fps).round(RoundingMode.HALF_UP);
            from = Math.max(0, from);
            to = Math.max(from, to);
            return new Event(e.type(), start.get().plus(from).toString(), start.get().plus(to).toString(),
                    Optional.of(to - from), e.start(), e.end(), e.detail());
        }

        static String seconds(BigDecimal s) {
            long ms = s.movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValue();
            return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60,
                    ms / 1000 % 60, ms % 1000);
        }
    }
}
