package org.postops.app.time;

import org.postops.app.web.PageOf;

/**
 * A task's time: its estimate against what has been logged on it (minutes, and said as "7 h 30 min"),
 * what remains of the estimate or by how much it is over, and a page of its entries, newest day first.
 * The estimate fields are null for a task nobody has estimated.
 */
public record TaskTime(long taskId, Long estimateMinutes, String estimate, long actualMinutes, String actual,
        Long remainingMinutes, String remaining, Long overMinutes, String over, PageOf<TimeEntry> entries) {
}
