package org.postops.app.ticket;

/** A way to restore service an engineer may weigh. */
public enum OptionKind {
    REPAIR, WORKAROUND, SUBSTITUTE_KIT, VENDOR_CALL_OUT, OTHER;

    public String label() {
        return switch (this) {
            case REPAIR -> "Repair";
            case WORKAROUND -> "Workaround";
            case SUBSTITUTE_KIT -> "Substitute kit";
            case VENDOR_CALL_OUT -> "Vendor call-out";
            case OTHER -> "Other";
        };
    }
}
