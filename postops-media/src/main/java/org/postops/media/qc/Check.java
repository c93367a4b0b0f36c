package org.postops.media.qc;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a rule checks; {@link #key()} is the name profiles use. */
public enum Check {
    CONTAINER("container", Kind.TEXT, "container, e.g. 'MXF OP1a', 'QuickTime'"),
    VIDEO_CODEC("video.codec", Kind.TEXT, "FFmpeg's codec name: prores, h264, mpeg2video, dnxhd"),
    VIDEO_PROFILE("video.profile", Kind.TEXT, "codec profile: HQ, 4444, High 10 Intra"),
    VIDEO_FRAME_SIZE("video.frame-size", Kind.TEXT, "WIDTHxHEIGHT, e.g. 1920x1080"),
    VIDEO_FRAME_RATE("video.frame-rate", Kind.TEXT, "frame rate as named: 25, 29.97, 23.976"),
    VIDEO_SCAN("video.scan", Kind.TEXT, "progressive or interlaced (as flagged)"),
    VIDEO_FIELD_ORDER("video.field-order", Kind.TEXT, "top field first or bottom field first"),
    VIDEO_PIXEL_FORMAT("video.pixel-format", Kind.TEXT, "FFmpeg's pixel format: yuv422p10le"),
    VIDEO_BIT_DEPTH("video.bit-depth", Kind.NUMBER, "bits per component"),
    VIDEO_CHROMA("video.chroma-subsampling", Kind.TEXT, "4:2:0, 4:2:2, 4:4:4"),
    VIDEO_PRIMARIES("video.colour-primaries", Kind.TEXT, "bt709, bt2020"),
    VIDEO_TRANSFER("video.colour-transfer", Kind.TEXT, "bt709, smpte2084, arib-std-b67"),
    VIDEO_MATRIX("video.colour-matrix", Kind.TEXT, "bt709, bt2020nc"),
    VIDEO_RANGE("video.colour-range", Kind.TEXT, "limited or full"),
    AUDIO_TRACKS("audio.tracks", Kind.NUMBER, "number of audio tracks"),
    AUDIO_CODEC("audio.codec", Kind.TEXT, "every audio track's codec: pcm_s24le, aac"),
    AUDIO_CHANNELS("audio.channels", Kind.NUMBER, "channels in every audio track"),
    AUDIO_LAYOUT("audio.layout", Kind.TEXT, "every audio track's channel layout: mono, stereo, 5.1"),
    AUDIO_SAMPLE_RATE("audio.sample-rate", Kind.NUMBER, "every audio track's sample rate in Hz"),
    AUDIO_BIT_DEPTH("audio.bit-depth", Kind.NUMBER, "every audio track's bits per sample"),
    START_TIMECODE("timecode.start", Kind.TEXT, "start timecode, e.g. 10:00:00:00"),
    DURATION("duration", Kind.NUMBER, "duration in seconds"),
    LOUDNESS_INTEGRATED("loudness.integrated", Kind.NUMBER, "programme loudness, LUFS (ITU-R BS.1770-4)"),
    LOUDNESS_DIALOGUE("loudness.dialogue-integrated", Kind.NUMBER,
            "dialogue-gated loudness, LKFS: not measured by PostOps"),
    LOUDNESS_RANGE("loudness.range", Kind.NUMBER, "loudness range, LU (EBU Tech 3342)"),
    TRUE_PEAK("loudness.true-peak", Kind.NUMBER, "maximum true peak, dBTP"),
    SHORT_TERM_MAX("loudness.short-term-max", Kind.NUMBER, "maximum short-term (3 s) loudness, LUFS"),
    BLACK("signal.black", Kind.EVENTS, "black picture of at least min-duration seconds"),
    FREEZE("signal.freeze", Kind.EVENTS, "frozen picture of at least min-duration seconds"),
    SILENCE("signal.silence", Kind.EVENTS, "programme audio below threshold dBFS for min-duration seconds"),
    CLIPPING("signal.clipping", Kind.EVENTS, "audio samples held at full scale, any track"),
    LUMA_RANGE("signal.luma-range", Kind.EVENTS, "luma outside min..max (8-bit code values, scaled to the depth)"),
    CHROMA_RANGE("signal.chroma-range", Kind.EVENTS, "chroma outside min..max (8-bit code values, scaled)"),
    SCAN_DETECTED("signal.scan", Kind.TEXT, "interlace as the pictures show it (idet) against the flag");

    /** How a rule's expectation reads. */
    public enum Kind {
        /** equals / one-of */
        TEXT,
        /** equals, min, max, target ± tolerance */
        NUMBER,
        /** at most max-events events (default 0) */
        EVENTS
    }

    private final String key;
    private final Kind kind;
    private final String meaning;

    Check(String key, Kind kind, String meaning) {
        this.key = key;
        this.kind = kind;
        this.meaning = meaning;
    }

    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    public String meaning() {
        return meaning;
    }

    /** True when the check needs the one-pass decode rather than the metadata alone. */
    public boolean needsSignal() {
        return key.startsWith("loudness.") || key.startsWith("signal.");
    }

    public boolean needsAudio() {
        return key.startsWith("loudness.") || this == SILENCE || this == CLIPPING;
    }

    public static Optional<Check> byKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }

    public static String keys() {
        return Arrays.stream(values()).map(Check::key).collect(Collectors.joining(", "));
    }
}
