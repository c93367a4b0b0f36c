package org.postops.app.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * One QC of an asset against a delivery profile. {@code state} is where it stands: {@code queued},
 * {@code running}, {@code cancelled}, or its verdict: {@code pass}, {@code fail}, or {@code could_not_check} (the
 * file could not be checked: damaged, cut short, no audio for a loudness rule… — never a pass). {@code report} (the
 * whole JSON report) only comes with a single run.
 */
public record QcRun(long id, long assetId, String assetLabel, long productionId, long jobRunId, String state,
        String verdict, Long deliverableId, String profileId, String profileName, BigDecimal integratedLufs,
        BigDecimal lraLu, BigDecimal truePeakDbtp, Integer rulesFailed, Integer rulesWarned, Integer events,
        String message, boolean htmlReport, long createdById, String createdBy, Instant createdAt,
        Instant finishedAt, JsonNode report) {

    public static final String PASS = "pass";
    public static final String FAIL = "fail";
    public static final String COULD_NOT_CHECK = "could_not_check";

    public boolean finished() {
        return !state.equals("queued") && !state.equals("running");
    }

    QcRun withReport(JsonNode report) {
        return new QcRun(id, assetId, assetLabel, productionId, jobRunId, state, verdict, deliverableId, profileId,
                profileName, integratedLufs, lraLu, truePeakDbtp, rulesFailed, rulesWarned, events, message,
                htmlReport, createdById, createdBy, createdAt, finishedAt, report);
    }

    /** The badge's colour class (postops.css): "could not check" is neither a pass's green nor a fail's red. */
    public String badge() {
        return switch (state) {
            case PASS -> "job-succeeded";
            case FAIL -> "job-failed";
            case COULD_NOT_CHECK -> "qc-not-checked";
            case "queued" -> "job-queued";
            case "running" -> "job-running";
            default -> "job-cancelled";
        };
    }

    /** The badge's word: Pass, Fail, Could not check, Queued, Running, Cancelled. */
    public String word() {
        return switch (state) {
            case PASS -> "Pass";
            case FAIL -> "Fail";
            case COULD_NOT_CHECK -> "Could not check";
            case "queued" -> "Queued";
            case "running" -> "Running";
            default -> "Cancelled";
        };
    }
}
