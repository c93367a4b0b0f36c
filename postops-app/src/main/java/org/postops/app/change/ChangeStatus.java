package org.postops.app.change;

/** Where a change request stands. Open and deferred ones can still be changed and decided. */
public enum ChangeStatus {
    OPEN, APPROVED, REJECTED, DEFERRED;

    public boolean undecided() {
        return this == OPEN || this == DEFERRED;
    }
}
