package org.postops.media.qc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.postops.media.probe.MediaInfo;
import org.postops.media.qc.Measurements.LoudnessPoint;

/**
 * The outcome of checking one file against one delivery profile.
 *
 * @param verdict {@code pass} or {@code fail}: fail when any rule of severity error fails
 * @param profile the profile's id
 * @param profileName its title
 * @param file the file checked
 * @param timecodeRate the rate events are counted at, when the picture has a timecode rate
 * @param loudness the programme mix's figures, when measured
 * @param events faults found, on the file's own timecode
 * @param rules every rule's outcome, in the profile's order
 * @param shortTerm short-term loudness once a second
 * @param metadata what the probe read
 * @param ffmpeg the FFmpeg that measured
 * @param analysisSeconds wall time of the check
 */
public record QcReport(String verdict, String profile, String profileName, String file,
        Optional<String> timecodeRate, Optional<LoudnessFigures> loudness, List<Event> events,
        List<RuleOutcome> rules, List<LoudnessPoint> shortTerm, MediaInfo metadata, String ffmpeg,
        BigDecimal analysisSeconds) {

    public boolean passed() {
        return verdict.equals("pass");
    }

    /** ITU-R BS.1770-4 / EBU R 128 loudness of the programme mix. */
    public record LoudnessFigures(BigDecimal integratedLufs, BigDecimal lraLu, BigDecimal truePeakDbtp,
            Optional<BigDecimal> shortTermMaxLufs, String programme) {
    }

    /**
     * A fault with where it is.
     *
     * @param start timecode of the first frame affected (or seconds, HH:MM:SS.mmm, without a timecode rate)
     * @param end timecode of the first frame after it
     * @param frames frames affected, when counted in frames
     */
    public record Event(String type, String start, String end, Optional<Long> frames, BigDecimal startSeconds,
            BigDecimal endSeconds, String detail) {

        public BigDecimal durationSeconds() {
            return endSeconds.subtract(startSeconds);
        }
    }

    /**
     * @param outcome {@code pass}, {@code fail} or {@code not_checked}
     */
    public record RuleOutcome(String id, String check, String outcome, String expected, String actual,
            String severity, String source, boolean unconfirmed, Optional<String> note) {
    }
}
