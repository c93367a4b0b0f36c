package org.postops.media.qc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What the one-pass analysis measured. Times are seconds from the first decoded frame (the file's start
 * timecode); events are turned into timecodes by {@link Qc}.
 *
 * @param loudness programme loudness, when the programme mix was measured
 * @param shortTerm short-term loudness (3 s window) once a second, for the curve
 * @param events raw events (black, freeze, silence, clipping, luma-range, chroma-range) in seconds
 * @param interlace what idet saw, when the picture was measured
 * @param decodedSeconds how far the decode got
 * @param problems FFmpeg's error lines while decoding (a damaged file)
 */
public record Measurements(Optional<Loudness> loudness, List<LoudnessPoint> shortTerm, List<RawEvent> events,
        Optional<Interlace> interlace, BigDecimal decodedSeconds, List<String> problems) {

    /** ITU-R BS.1770-4 / EBU R 128 figures of the programme mix. */
    public record Loudness(BigDecimal integratedLufs, BigDecimal lraLu, BigDecimal truePeakDbtp,
            Optional<BigDecimal> shortTermMaxLufs) {
    }

    public record LoudnessPoint(BigDecimal seconds, BigDecimal shortTermLufs) {
    }

    /**
     * @param type black, freeze, silence, clipping, luma-range or chroma-range
     * @param start first second affected
     * @param end first second after it
     * @param detail e.g. the extreme level or the channel
     */
    public record RawEvent(String type, BigDecimal start, BigDecimal end, String detail) {
    }

    /** idet's multi-frame counts over the sampled frames. */
    public record Interlace(int tff, int bff, int progressive, int undetermined) {

        /** progressive, top field first, bottom field first, or undetermined when no kind has a clear majority. */
        public String verdict() {
            int decided = tff + bff + progressive;
            if (decided == 0) {
                return "undetermined";
            }
            if (progressive * 10 >= decided * 8) {
                return "progressive";
            }
            if (tff * 10 >= decided * 8) {
                return "top field first";
            }
            if (bff * 10 >= decided * 8) {
                return "bottom field first";
            }
            return "undetermined";
        }
    }
}
