package org.postops.app.solution;

/** Whether a solution removed the cause or worked around it. */
public enum SolutionKind {
    FIX, WORKAROUND;

    public String label() {
        return this == FIX ? "Fix" : "Workaround";
    }
}
