package org.postops.app.access;

/** Whether a production is seen by the facility at large or only by its team. */
public enum Confidentiality {
    /** Visible to all staff and support; clients still see only their own productions. */
    STANDARD,
    /** Visible only to its members and administrators; to everyone else it does not exist. */
    RESTRICTED
}
