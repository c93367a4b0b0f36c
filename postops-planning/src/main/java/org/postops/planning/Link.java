package org.postops.planning;

/**
 * How one task's dates hold back another's. The lag is added to the predecessor's date; a negative lag is a
 * lead (the grade may start two hours before the conform finishes).
 */
public enum Link {
    /** The successor starts no earlier than the predecessor's finish plus the lag. */
    FINISH_TO_START,
    /** The successor starts no earlier than the predecessor's start plus the lag. */
    START_TO_START,
    /** The successor finishes no earlier than the predecessor's finish plus the lag. */
    FINISH_TO_FINISH
}
