package org.postops.app.load;

/** Why a person is not working: the reason is kept short, so a day off tells colleagues nothing private. */
public enum DayOffKind {
    /** Holiday leave. */
    HOLIDAY,
    /** A course, a conference. */
    TRAINING,
    /** Anything else (sickness, appointments): "away" is all the facility needs to know. */
    OTHER;

    public String label() {
        return switch (this) {
            case HOLIDAY -> "Holiday";
            case TRAINING -> "Training";
            case OTHER -> "Away";
        };
    }
}
