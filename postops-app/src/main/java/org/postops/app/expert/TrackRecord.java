package org.postops.app.expert;

/**
 * An expert's record on tickets like this one (same category, or same kit type): how many they resolved, the
 * median hours to resolve them, and the share of their solutions that proved effective (0..1).
 */
public record TrackRecord(int similarResolved, double medianHoursToResolve, double effectiveness) {

    public static final TrackRecord NONE = new TrackRecord(0, 0, 0);
}
