package org.postops.app.task;

import java.time.LocalDate;

/**
 * What needs attention on an unfinished task, judged on the viewer's calendar day: past its due date,
 * due within {@link #DUE_SOON_DAYS} days, or blocked (marked so, or waiting on unfinished tasks).
 */
public record Flags(boolean overdue, boolean dueSoon, boolean blocked, int waitingOn) {

    public static final int DUE_SOON_DAYS = 3;

    /** What needs attention, as badges in words: the one place their wording lives. */
    public java.util.List<Badge> badges() {
        java.util.List<Badge> badges = new java.util.ArrayList<>(3);
        if (overdue) {
            badges.add(new Badge("badge flag-overdue", "Overdue"));
        }
        if (dueSoon) {
            badges.add(new Badge("badge flag-soon", "Due soon"));
        }
        if (blocked) {
            badges.add(new Badge("badge flag-blocked", waitingOn > 0 ? "Blocked · waiting on " + waitingOn : "Blocked"));
        }
        return badges;
    }

    public static Flags of(TaskStatus status, LocalDate due, int openDependencies, LocalDate today) {
        boolean open = status != TaskStatus.DONE;
        boolean overdue = open && due != null && due.isBefore(today);
        boolean soon = open && due != null && !overdue && !due.isAfter(today.plusDays(DUE_SOON_DAYS));
        boolean blocked = open && (status == TaskStatus.BLOCKED || openDependencies > 0);
        return new Flags(overdue, soon, blocked, open ? openDependencies : 0);
    }
}
