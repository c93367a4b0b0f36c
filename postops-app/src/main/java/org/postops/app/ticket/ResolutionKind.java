package org.postops.app.ticket;

/** Whether a solution removed the cause, or found a way round it. */
public enum ResolutionKind {
    FIX, WORKAROUND;

    public String label() {
        return this == FIX ? "Fix" : "Workaround";
    }
}
