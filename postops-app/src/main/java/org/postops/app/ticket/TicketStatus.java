package org.postops.app.ticket;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a ticket stands, and where it may go from there. Resolved and closed tickets may be reopened (back to in
 * progress). The resolution clock runs in every open state but waiting on the requester (the facility is not the
 * one holding it up), and stops once resolved; waiting on a vendor does not stop it: the fault still stops work.
 */
public enum TicketStatus {
    NEW, TRIAGED, IN_PROGRESS, WAITING_ON_VENDOR, WAITING_ON_REQUESTER, RESOLVED, CLOSED;

    /** The states this one may move to. */
    public Set<TicketStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(TRIAGED, IN_PROGRESS);
            case TRIAGED -> EnumSet.of(IN_PROGRESS, WAITING_ON_VENDOR, WAITING_ON_REQUESTER, RESOLVED);
            case IN_PROGRESS -> EnumSet.of(WAITING_ON_VENDOR, WAITING_ON_REQUESTER, RESOLVED);
            case WAITING_ON_VENDOR, WAITING_ON_REQUESTER -> EnumSet.of(IN_PROGRESS, RESOLVED);
            case RESOLVED -> EnumSet.of(CLOSED, IN_PROGRESS);
            case CLOSED -> EnumSet.of(IN_PROGRESS);
        };
    }

    public boolean mayMoveTo(TicketStatus to) {
        return next().contains(to);
    }

    public boolean open() {
        return this != RESOLVED && this != CLOSED;
    }

    /** Whether the service clocks count time spent in this state. */
    public boolean clockRuns() {
        return open() && this != WAITING_ON_REQUESTER;
    }

    public String label() {
        String s = name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** For messages: "in progress". */
    public String words() {
        return name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}
