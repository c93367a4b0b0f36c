package org.postops.app.expert;

/** Who an expert is: a member of staff (an app user), a freelancer, or a vendor's support line. */
public enum ExpertKind {
    STAFF, FREELANCER, VENDOR;

    public String label() {
        return switch (this) {
            case STAFF -> "Staff";
            case FREELANCER -> "Freelancer";
            case VENDOR -> "Vendor support line";
        };
    }
}
