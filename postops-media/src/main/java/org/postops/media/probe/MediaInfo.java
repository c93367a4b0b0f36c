package org.postops.media.probe;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.postops.media.timecode.FrameRate;
import org.postops.media.timecode.Rational;
import org.postops.media.timecode.Timecode;
import org.postops.media.timecode.TimecodeException;

/**
 * What a media file is, as read by ffprobe. Values the file does not state are empty, never guessed.
 *
 * @param file the path probed
 * @param sizeBytes its size
 * @param container the container format
 * @param durationSeconds the container's duration
 * @param startTimecode the start timecode as the file states it (container, video track or timecode track)
 * @param video picture tracks (cover art is listed with {@code other})
 * @param audio sound tracks
 * @param other timecode, data, subtitle and attachment tracks
 * @param warnings what FFmpeg complained about while reading (a truncated file shows up here)
 */
public record MediaInfo(String file, long sizeBytes, Container container, Optional<BigDecimal> durationSeconds,
        Optional<String> startTimecode, List<VideoTrack> video, List<AudioTrack> audio, List<OtherTrack> other,
        List<String> warnings) {

    /**
     * @param format ffprobe's short name, e.g. {@code mxf}, {@code mov,mp4,m4a,3gp,3g2,mj2}
     * @param name e.g. {@code MXF OP1a}, {@code QuickTime}, {@code MP4}
     * @param brand the ISO/QuickTime major brand
     * @param operationalPattern the MXF operational pattern, e.g. {@code OP1a}, {@code OPAtom}
     * @param bitRate overall bits per second
     */
    public record Container(String format, String name, Optional<String> brand, Optional<String> operationalPattern,
            Optional<Long> bitRate) {
    }

    /**
     * @param scan {@code progressive}, {@code interlaced} or {@code unknown}
     * @param fieldOrder {@code top field first} or {@code bottom field first} for interlaced pictures
     * @param frameRate the frame rate's usual name ({@code 29.97}) when it is a timecode rate, else its decimal
     * @param frameRateExact the rate as a fraction, e.g. {@code 30000/1001}
     */
    public record VideoTrack(int index, String codec, String codecName, Optional<String> profile, int width,
            int height, Optional<String> sampleAspectRatio, Optional<String> displayAspectRatio,
            Optional<String> frameRate, Optional<String> frameRateExact, String scan, Optional<String> fieldOrder,
            Optional<String> pixelFormat, Optional<Integer> bitDepth, Optional<String> chromaSubsampling,
            Colour colour, Optional<MasteringDisplay> masteringDisplay, Optional<ContentLight> contentLight,
            Optional<String> timecode, Optional<Long> frames, Optional<BigDecimal> durationSeconds) {

        /** The frame rate as a timecode rate, when it is one. */
        public Optional<FrameRate> timecodeRate() {
            return frameRateExact.flatMap(r -> {
                try {
                    return FrameRate.of(Rational.parse(r));
                } catch (NumberFormatException | ArithmeticException e) {
                    return Optional.empty();
                }
            });
        }

        /** True for PQ (SMPTE ST 2084) or HLG (ARIB STD-B67) transfer. */
        public boolean isHdr() {
            return colour.transfer().filter(t -> t.equals("smpte2084") || t.equals("arib-std-b67")).isPresent();
        }
    }

    /** Colour description as flagged in the file (ffprobe's names: bt709, smpte2084, bt2020nc, tv/pc). */
    public record Colour(Optional<String> primaries, Optional<String> transfer, Optional<String> matrix,
            Optional<String> range) {
    }

    /** CIE 1931 xy chromaticity. */
    public record Chromaticity(BigDecimal x, BigDecimal y) {
        @Override
        public String toString() {
            return "(" + x.toPlainString() + ", " + y.toPlainString() + ")";
        }
    }

    /** SMPTE ST 2086 mastering display colour volume; luminance in cd/m². */
    public record MasteringDisplay(Chromaticity red, Chromaticity green, Chromaticity blue,
            Chromaticity whitePoint, BigDecimal minLuminance, BigDecimal maxLuminance) {
    }

    /** CTA-861.3 content light levels in cd/m²: MaxCLL and MaxFALL. */
    public record ContentLight(int maxCll, int maxFall) {
    }

    /**
     * @param layout ffprobe's channel layout name ({@code stereo}, {@code 5.1(side)}) when the file states one
     * @param bitDepth bits per sample as stored (24 for 24-bit PCM in 32-bit words)
     */
    public record AudioTrack(int index, String codec, String codecName, int channels, Optional<String> layout,
            int sampleRate, Optional<Integer> bitDepth, Optional<String> language,
            Optional<BigDecimal> durationSeconds) {
    }

    /**
     * @param type {@code data}, {@code subtitle}, {@code attachment} or {@code video} (cover art)
     * @param tag the four-character code, e.g. {@code tmcd}
     * @param timecode what a timecode track says
     * @param handler the track's handler or title, when named
     */
    public record OtherTrack(int index, String type, String codec, Optional<String> tag, Optional<String> timecode,
            Optional<String> handler) {
    }

    /** The first picture track. */
    public Optional<VideoTrack> mainVideo() {
        return video.stream().findFirst();
    }

    /** The start timecode read at the picture's rate, when both exist and agree. */
    public Optional<Timecode> start() {
        Optional<FrameRate> rate = mainVideo().flatMap(VideoTrack::timecodeRate);
        if (startTimecode.isEmpty() || rate.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Timecode.parse(startTimecode.get(), rate.get()));
        } catch (TimecodeException e) {
            return Optional.empty();
        }
    }
}
