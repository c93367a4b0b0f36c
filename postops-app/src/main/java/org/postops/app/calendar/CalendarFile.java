package org.postops.app.calendar;

import java.util.List;
import org.postops.app.access.Viewer;
import org.postops.app.task.TaskCalendar;

/**
 * A person's feed as an iCalendar file: one all-day event per dated task, UIDs stable across fetches
 * ({@code task-<id>@postops}) so calendars update events instead of duplicating them.
 */
final class CalendarFile {

    static final String PRODID = "-//PostOps//Calendar feed 1.0//EN";

    private CalendarFile() {
    }

    static ICalendar of(Viewer person, List<TaskCalendar.Entry> entries, String base) {
        ICalendar ics = new ICalendar()
                .raw("BEGIN", "VCALENDAR")
                .raw("VERSION", "2.0")
                .raw("PRODID", PRODID)
                .raw("CALSCALE", "GREGORIAN")
                .text("X-WR-CALNAME", "PostOps — " + person.displayName())
                .text("X-WR-CALDESC", "Due dates of your open tasks and milestones of your productions")
                .raw("REFRESH-INTERVAL;VALUE=DURATION", "PT1H")
                .raw("X-PUBLISHED-TTL", "PT1H");
        for (TaskCalendar.Entry e : entries) {
            String link = base + "/tasks/" + e.taskId();
            String stamp = ICalendar.utc(e.updatedAt());
            StringBuilder description = new StringBuilder()
                    .append(e.milestone() ? "Milestone" : "Status: " + e.status().label())
                    .append("\nProduction: ").append(e.productionName());
            if (e.stageName() != null) {
                description.append("\nStage: ").append(e.stageName());
            }
            if (e.milestone()) {
                description.append("\nStatus: ").append(e.status().label());
            }
            description.append('\n').append(link);
            ics.raw("BEGIN", "VEVENT")
                    .raw("UID", "task-" + e.taskId() + "@postops")
                    .raw("DTSTAMP", stamp)
                    .raw("LAST-MODIFIED", stamp)
                    .raw("DTSTART;VALUE=DATE", ICalendar.date(e.date()))
                    .raw("DTEND;VALUE=DATE", ICalendar.date(e.date().plusDays(1)))
                    .text("SUMMARY", (e.milestone() ? "Milestone: " : "") + e.title() + " — " + e.productionName())
                    .text("DESCRIPTION", description.toString())
                    .raw("URL", link)
                    .raw("TRANSP", "TRANSPARENT");
            if (e.milestone()) {
                ics.text("CATEGORIES", "Milestone");
            }
            ics.raw("END", "VEVENT");
        }
        return ics.raw("END", "VCALENDAR");
    }
}
