package org.postops.app.job;

/** How a piece of work ended: succeeded or failed, with the sentence people read. */
public record JobOutcome(boolean ok, String message) {

    public static JobOutcome succeeded(String message) {
        return new JobOutcome(true, message);
    }

    public static JobOutcome failed(String message) {
        return new JobOutcome(false, message);
    }
}
