package org.postops.app.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.postops.app.access.MemberRole;
import org.postops.app.access.Role;
import org.postops.app.access.UserService;
import org.postops.app.access.Viewer;
import org.postops.app.budget.RateFields;
import org.postops.app.budget.RateService;
import org.postops.app.budget.RateUnit;
import org.postops.app.budget.SubjectType;
import org.postops.app.task.Person;
import org.postops.app.task.TaskService;
import org.postops.app.task.TaskStatus;
import org.postops.app.task.TaskSummary;
import org.postops.app.time.TimeRequest;
import org.postops.app.time.TimeService;
import org.postops.app.web.Paging;
import org.springframework.stereotype.Component;

/**
 * The demo facility's rate card and the time its people have logged, through the real services, so that
 * budgets have figures: finished work logged at or around its estimate (some over, some under), work in
 * hand partly logged, on weekdays before today, never more than eight hours a day for anyone. The remote
 * VFX artist is paid in US dollars, so every production shows a second currency kept apart.
 */
@Component
class DemoBudgets {

    /** How much of its estimate finished work took, in turn: on the nose, over, under, well over... */
    private static final double[] FINISHED = {1.0, 1.15, 0.9, 1.3, 1.0, 0.85, 1.2, 1.05};
    private static final int DAY_LIMIT = 8 * 60;
    private static final int LONGEST_ENTRY = 7 * 60;

    private final RateService rates;
    private final TimeService time;
    private final TaskService tasks;

    DemoBudgets(RateService rates, TimeService time, TaskService tasks) {
        this.rates = rates;
        this.time = time;
        this.tasks = tasks;
    }

    /** Loads the rate card, then each production's time (inside the caller's transaction). */
    void load(Map<String, Viewer> people, List<Long> productions, Viewer producer, LocalDate today) {
        rateCard(today);
        Map<String, Map<LocalDate, Integer>> booked = new HashMap<>();
        int n = 0;
        for (long production : productions) {
            for (TaskSummary t : tasks.ofProduction(producer, production, null, null, Paging.of(0, Paging.MAX_SIZE))
                    .items()) {
                double share = share(t.status(), n++);
                if (share == 0 || t.estimateHours() == null || t.assignees().isEmpty()) {
                    continue;
                }
                int each = quarterHours(t.estimateHours() * 60 * share / t.assignees().size());
                LocalDate last = t.dueDate() == null || !t.dueDate().isBefore(today) ? today.minusDays(1)
                        : t.dueDate();
                for (Person p : t.assignees()) {
                    log(people.get(p.username()), t, each, last, booked.computeIfAbsent(p.username(),
                            k -> new HashMap<>()));
                }
            }
        }
    }

    private void rateCard(LocalDate today) {
        Viewer demo = new Viewer(0, "postops-demo", "PostOps demo", Role.ADMIN, ZoneId.of(UserService.DEFAULT_ZONE));
        LocalDate from = today.minusYears(1).withDayOfMonth(1);
        // last year's editor rate, ended when this year's began: budgets price old work at old rates
        rates.create(demo, role(MemberRole.EDITOR, RateUnit.HOUR, 5500, "GBP", from.minusYears(2), from.minusDays(1)));
        rates.create(demo, role(MemberRole.EDITOR, RateUnit.HOUR, 6000, "GBP", from, null));
        rates.create(demo, role(MemberRole.SUPERVISOR, RateUnit.HOUR, 8500, "GBP", from, null));
        rates.create(demo, role(MemberRole.PRODUCER, RateUnit.HOUR, 7500, "GBP", from, null));
        rates.create(demo, role(MemberRole.ASSISTANT_EDITOR, RateUnit.HOUR, 3200, "GBP", from, null));
        rates.create(demo, role(MemberRole.COLOURIST, RateUnit.DAY, 65000, "GBP", from, null));
        rates.create(demo, role(MemberRole.ONLINE_EDITOR, RateUnit.HOUR, 7000, "GBP", from, null));
        rates.create(demo, role(MemberRole.SOUND, RateUnit.DAY, 52000, "GBP", from, null));
        rates.create(demo, role(MemberRole.TECH_SUPPORT, RateUnit.HOUR, 4500, "GBP", from, null));
        rates.create(demo, role(MemberRole.VFX_ARTIST, RateUnit.HOUR, 9500, "USD", from, null));
        rates.create(demo, new RateFields(SubjectType.ROOM, "grading-theatre", RateUnit.DAY, 95000L, "GBP", from,
                null));
        rates.create(demo, new RateFields(SubjectType.ROOM, "dubbing-stage", RateUnit.DAY, 120000L, "GBP", from,
                null));
        rates.create(demo, new RateFields(SubjectType.KIT, "hdr-reference-monitor", RateUnit.DAY, 25000L, "GBP", from,
                null));
    }

    private static RateFields role(MemberRole role, RateUnit unit, long amount, String currency,
            java.time.LocalDate from, java.time.LocalDate to) {
        return new RateFields(SubjectType.ROLE, role.name().toLowerCase(java.util.Locale.ROOT), unit, amount,
                currency, from, to);
    }

    /** What part of the estimate has been logged, by where the task stands. */
    private static double share(TaskStatus status, int n) {
        return switch (status) {
            case DONE -> FINISHED[n % FINISHED.length];
            case IN_REVIEW -> 0.9;
            case IN_PROGRESS -> 0.5;
            case BLOCKED -> 0.3;
            case TODO -> 0;
        };
    }

    private static int quarterHours(double minutes) {
        return (int) Math.max(15, Math.round(minutes / 15) * 15);
    }

    /** Logs the minutes on weekdays back from {@code last}, up to a full day each, in pieces of up to 7 h. */
    private void log(Viewer person, TaskSummary task, int minutes, LocalDate last, Map<LocalDate, Integer> booked) {
        LocalDate day = last;
        int left = minutes;
        for (int tries = 0; left > 0 && tries < 120; tries++, day = day.minusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            int free = DAY_LIMIT - booked.getOrDefault(day, 0);
            int piece = Math.min(Math.min(left, free), LONGEST_ENTRY);
            if (piece < 15) {
                continue;
            }
            time.log(person, task.id(), new TimeRequest(day, java.math.BigDecimal.valueOf(piece / 60),
                    java.math.BigDecimal.valueOf(piece % 60), null, null, null));
            booked.merge(day, piece, Integer::sum);
            left -= piece;
        }
    }
}
