package org.postops.app.time;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postops.app.access.ConfidentialityPolicy;
import org.postops.app.access.ConfidentialityPolicy.Access;
import org.postops.app.access.MemberRole;
import org.postops.app.access.UserAccount;
import org.postops.app.access.UserService;
import org.postops.app.access.Viewer;
import org.postops.app.audit.AuditTrail;
import org.postops.app.production.ProductionService;
import org.postops.app.production.ProductionService.Permitted;
import org.postops.app.production.Stage;
import org.postops.app.system.Ids;
import org.postops.app.task.Task;
import org.postops.app.task.TaskService;
import org.postops.app.task.TaskStatus;
import org.postops.app.web.Inputs;
import org.postops.app.web.PageOf;
import org.postops.app.web.Paging;
import org.postops.app.web.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Time logs. People log hours and minutes on tasks of productions they work on (Access.WORK); the
 * production's supervisors and producers may log, change and delete time for anyone on its team, everyone
 * else only their own. No day may hold more than 24 hours of one person's time, no entry is for a day after
 * today (in the viewer's zone), and every change is in the audit trail. Clients see no time records.
 */
@Service
public class TimeService {

    /** The longest range My time answers at once. */
    static final int MAX_RANGE_DAYS = 366;
    private static final Pattern CLOCK = Pattern.compile("\\s*(\\d{1,3}):(\\d{1,3})\\s*");
    private static final Set<String> PATCHABLE = Set.of("taskId", "date", "hours", "minutes", "duration", "note",
            "version");

    private final TimeRepository time;
    private final TaskService tasks;
    private final ProductionService productions;
    private final UserService users;
    private final AuditTrail audit;
    private final Clock clock;

    TimeService(TimeRepository time, TaskService tasks, ProductionService productions, UserService users,
            AuditTrail audit, Clock clock) {
        this.time = time;
        this.tasks = tasks;
        this.productions = productions;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** The viewer's calendar day, which no entry may be after. */
    public LocalDate today(Viewer viewer) {
        return LocalDate.ofInstant(clock.instant(), viewer.zone());
    }

    // logging

    /** Logs time on the task the address names: a task the viewer cannot see is "not found". */
    @Transactional
    public TimeEntry log(Viewer viewer, long taskId, TimeRequest request) {
        return log(viewer, task(viewer, taskId, false), request);
    }

    /**
     * Logs time on a task chosen in a form: there the task is a field like the others, so one that does
     * not exist, or that the viewer cannot log time on, is refused as a bad field (400), never stored.
     */
    @Transactional
    public TimeEntry logChosen(Viewer viewer, Long taskId, TimeRequest request) {
        if (taskId == null) {
            throw Problem.badField("taskId", "choose the task you worked on");
        }
        Task task = task(viewer, taskId, true);
        try {
            productions.access(viewer, task.productionId(), Access.WORK);
        } catch (Problem p) {
            throw p.status() == HttpStatus.FORBIDDEN ? cannotLogOn(taskId) : p;
        }
        return log(viewer, task, request);
    }

    private TimeEntry log(Viewer viewer, Task task, TimeRequest r) {
        Permitted permitted = productions.access(viewer, task.productionId(), Access.WORK);
        Inputs in = new Inputs();
        Worker worker = worker(viewer, permitted, r.person(), in);
        String field = r.duration() != null ? "duration" : "hours";
        int minutes = duration(in, r.hours(), r.minutes(), r.duration());
        LocalDate date = r.date() == null ? today(viewer) : r.date();
        checkDate(in, viewer, date);
        String note = note(in, r.note());
        in.check();
        withinOneDay(worker.userId(), worker.name(), date, minutes, 0, field);
        long id = Ids.next();
        time.insert(id, task.id(), worker.userId(), worker.role(), date, minutes, note, viewer.id(), now());
        TimeEntry entry = time.find(viewer, id).orElseThrow().entry();
        audit.record(new AuditTrail.Event(viewer.username(), "time.logged", "time-entry", id, task.productionId(),
                null, entry));
        return entry;
    }

    /** Whose time it is: the viewer's own, or (for managers) a team member's, with their role. */
    private record Worker(long userId, String name, MemberRole role) {
    }

    private Worker worker(Viewer viewer, Permitted permitted, String person, Inputs in) {
        String username = person == null || person.isBlank() ? viewer.username() : person.strip();
        if (username.equals(viewer.username())) {
            return new Worker(viewer.id(), "you", permitted.myRole().orElse(null));
        }
        if (!ConfidentialityPolicy.allows(viewer, permitted.myRole(), Access.MANAGE)) {
            throw Problem.forbidden("only this production's supervisors and producers may log time for someone "
                    + "else");
        }
        Optional<UserAccount> user = users.findByUsername(username);
        Optional<MemberRole> role = user.flatMap(u -> productions.membership(permitted.productionId(), u.id()));
        if (role.isEmpty() || role.get() == MemberRole.CLIENT) {
            in.add("person", "'" + username + "' is not on this production's team (clients log no time)");
            return new Worker(0, username, null);
        }
        return new Worker(user.get().id(), user.get().displayName(), role.get());
    }

    // changing and deleting

    /** Applies a JSON merge patch: any of taskId, date, hours, minutes (or duration), note. */
    @Transactional
    public TimeEntry change(Viewer viewer, long id, JsonNode patch, Optional<Integer> expectedVersion) {
        TimeRepository.Stored stored = find(viewer, id);
        mayChange(viewer, stored);
        if (patch == null || !patch.isObject()) {
            throw Problem.badField("body", "must be a JSON object naming the fields to change");
        }
        TimeEntry before = stored.entry();
        Inputs in = new Inputs();
        for (String name : patch.propertyNames()) {
            if (name.equals("person")) {
                in.add("person", "cannot be changed: delete the entry and log the time for the right person");
            } else if (!PATCHABLE.contains(name)) {
                in.add(name, "is not a known field");
            }
        }
        long taskId = before.taskId();
        if (patch.has("taskId")) {
            JsonNode node = patch.get("taskId");
            if (!node.isIntegralNumber() || !node.canConvertToLong()) {
                in.add("taskId", "must be the id of a task");
            } else if (node.longValue() != before.taskId()) {
                taskId = node.longValue();
                Task moved = task(viewer, taskId, true);
                if (moved.productionId() != before.productionId()) {
                    in.add("taskId", "must be a task of the same production; to move time to another production, "
                            + "delete this entry and log it there");
                }
            }
        }
        LocalDate date = before.date();
        if (patch.has("date")) {
            date = date(in, patch.get("date"));
        }
        int minutes = before.totalMinutes();
        String field = "hours";
        if (patch.has("duration")) {
            field = "duration";
            if (patch.has("hours") || patch.has("minutes")) {
                in.add("duration", "give either duration or hours and minutes, not both");
            } else {
                JsonNode d = patch.get("duration");
                minutes = duration(in, null, null, d.isString() ? d.asString() : d.isNull() ? "" : d.toString());
            }
        } else if (patch.has("hours") || patch.has("minutes")) {
            BigDecimal hours = patch.has("hours") ? number(in, "hours", patch.get("hours"))
                    : BigDecimal.valueOf(before.hours());
            BigDecimal mins = patch.has("minutes") ? number(in, "minutes", patch.get("minutes"))
                    : BigDecimal.valueOf(before.minutes());
            minutes = duration(in, hours, mins, null);
        }
        String note = before.note();
        if (patch.has("note")) {
            JsonNode n = patch.get("note");
            if (!n.isNull() && !n.isString()) {
                in.add("note", "must be text");
            } else {
                note = note(in, n.isNull() ? null : n.asString());
            }
        }
        return apply(viewer, stored, in, taskId, date, minutes, note, field,
                expectedVersion.orElse(before.version()));
    }

    /** Replaces an entry's day, time and note, as the edit form sends them all. */
    @Transactional
    public TimeEntry change(Viewer viewer, long id, TimeRequest r, Optional<Integer> expectedVersion) {
        TimeRepository.Stored stored = find(viewer, id);
        mayChange(viewer, stored);
        Inputs in = new Inputs();
        if (r.person() != null && !r.person().isBlank()
                && !r.person().strip().equals(stored.entry().person().username())) {
            in.add("person", "cannot be changed: delete the entry and log the time for the right person");
        }
        int minutes = duration(in, r.hours(), r.minutes(), r.duration());
        if (r.date() == null) {
            in.add("date", "choose the day you worked");
        }
        String note = note(in, r.note());
        return apply(viewer, stored, in, stored.entry().taskId(), r.date(), minutes, note,
                r.duration() != null ? "duration" : "hours", expectedVersion.orElse(stored.entry().version()));
    }

    private TimeEntry apply(Viewer viewer, TimeRepository.Stored stored, Inputs in, long taskId, LocalDate date,
            int minutes, String note, String field, int expectedVersion) {
        if (date != null) {
            checkDate(in, viewer, date);
        }
        in.check();
        TimeEntry before = stored.entry();
        String name = stored.userId() == viewer.id() ? "you" : before.person().displayName();
        withinOneDay(stored.userId(), name, date, minutes, before.id(), field);
        if (!time.update(before.id(), taskId, date, minutes, note, expectedVersion, now())) {
            throw Problem.stale("the time entry");
        }
        TimeEntry after = time.find(viewer, before.id()).orElseThrow().entry();
        audit.record(new AuditTrail.Event(viewer.username(), "time.changed", "time-entry", before.id(),
                before.productionId(), before, after));
        return after;
    }

    @Transactional
    public void delete(Viewer viewer, long id, Optional<Integer> expectedVersion) {
        TimeRepository.Stored stored = find(viewer, id);
        mayChange(viewer, stored);
        TimeEntry before = stored.entry();
        if (!time.delete(id, expectedVersion.orElse(before.version()))) {
            throw Problem.stale("the time entry");
        }
        audit.record(new AuditTrail.Event(viewer.username(), "time.deleted", "time-entry", id,
                before.productionId(), before, null));
    }

    @Transactional(readOnly = true)
    public TimeEntry get(Viewer viewer, long id) {
        TimeRepository.Stored stored = find(viewer, id);
        Permitted permitted = productions.access(viewer, stored.entry().productionId(), Access.VIEW);
        refuseClients(viewer, permitted);
        return stored.entry();
    }

    /** Whether the viewer may change or delete this entry: their own, or any on a production they manage. */
    @Transactional(readOnly = true)
    public boolean mayChange(Viewer viewer, TimeEntry entry) {
        Permitted permitted = productions.access(viewer, entry.productionId(), Access.VIEW);
        return ConfidentialityPolicy.allows(viewer, permitted.myRole(), Access.WORK)
                && (entry.person().username().equals(viewer.username())
                || ConfidentialityPolicy.allows(viewer, permitted.myRole(), Access.MANAGE));
    }

    private TimeRepository.Stored find(Viewer viewer, long id) {
        return time.find(viewer, id).orElseThrow(() -> Problem.notFound("time entry"));
    }

    private void mayChange(Viewer viewer, TimeRepository.Stored stored) {
        Permitted permitted = productions.access(viewer, stored.entry().productionId(), Access.WORK);
        if (stored.userId() != viewer.id() && !ConfidentialityPolicy.allows(viewer, permitted.myRole(),
                Access.MANAGE)) {
            throw Problem.forbidden("you may change only your own time; this production's supervisors and "
                    + "producers may change anyone's");
        }
    }

    // reading

    /** A task's estimate against its logged time, with a page of its entries. */
    @Transactional(readOnly = true)
    public TaskTime ofTask(Viewer viewer, long taskId, Paging paging) {
        Task task = tasks.get(viewer, taskId);
        refuseClients(viewer, productions.access(viewer, task.productionId(), Access.VIEW));
        PageOf<TimeEntry> entries = paging.of(time.ofTask(taskId, paging.offset(), paging.size()),
                () -> time.countOfTask(taskId));
        long actual = time.loggedOnTask(taskId);
        Long estimate = task.estimateHours() == null ? null : Math.round(task.estimateHours() * 60);
        Long remaining = estimate == null ? null : Math.max(estimate - actual, 0);
        Long over = estimate == null ? null : Math.max(actual - estimate, 0);
        return new TaskTime(taskId, estimate, Minutes.human(estimate), actual, Minutes.human(actual), remaining,
                Minutes.human(remaining), over, Minutes.human(over), entries);
    }

    /** The viewer's own time from one day to another; this week (Monday to Sunday) when neither is given. */
    @Transactional(readOnly = true)
    public MyTime mine(Viewer viewer, LocalDate from, LocalDate to) {
        LocalDate monday = today(viewer).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate start = from != null ? from : to != null ? to.minusDays(6) : monday;
        LocalDate end = to != null ? to : from != null ? from.plusDays(6) : monday.plusDays(6);
        if (end.isBefore(start)) {
            throw Problem.badField("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_RANGE_DAYS) {
            throw Problem.badField("to", "must be at most " + MAX_RANGE_DAYS + " days after from");
        }
        List<TimeEntry> entries = time.mine(viewer, start, end);
        Map<LocalDate, Long> byDay = new LinkedHashMap<>();
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            byDay.put(d, 0L);
        }
        entries.forEach(e -> byDay.merge(e.date(), (long) e.totalMinutes(), Long::sum));
        Map<LocalDate, Long> byWeek = new LinkedHashMap<>();
        byDay.forEach((d, m) -> byWeek.merge(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), m,
                Long::sum));
        long total = byDay.values().stream().mapToLong(Long::longValue).sum();
        return new MyTime(start, end, total, Minutes.human(total),
                byDay.entrySet().stream().map(e -> new MyTime.Day(e.getKey(), e.getValue(),
                        Minutes.human(e.getValue()))).toList(),
                byWeek.entrySet().stream().map(e -> new MyTime.Week(e.getKey(), e.getValue(),
                        Minutes.human(e.getValue()))).toList(),
                entries);
    }

    /** Estimate against actual for every task of the production, by stage and by person. */
    @Transactional(readOnly = true)
    public TimeSummary summary(Viewer viewer, long productionId) {
        refuseClients(viewer, productions.access(viewer, productionId, Access.VIEW));
        List<TimeRepository.TaskLine> lines = time.taskLines(productionId);
        List<Stage> stages = productions.stages(viewer, productionId);
        Map<Long, String> stageNames = new HashMap<>();
        stages.forEach(s -> stageNames.put(s.id(), s.name()));
        Map<Long, List<Long>> assignees = time.assignees(productionId);

        List<TimeSummary.TaskFigures> taskFigures = new ArrayList<>();
        Map<Long, long[]> byStage = new HashMap<>(); // stage id (or 0 for none) -> estimate, actual
        Map<Long, BigDecimal> estimateByPerson = new HashMap<>();
        long estimateTotal = 0;
        long actualTotal = 0;
        for (TimeRepository.TaskLine t : lines) {
            Long estimate = t.estimateMinutes() == null ? null : (long) t.estimateMinutes();
            taskFigures.add(new TimeSummary.TaskFigures(t.id(), t.title(), t.stageId(),
                    t.stageId() == null ? null : stageNames.get(t.stageId()),
                    TaskStatus.valueOf(t.status()), estimate, Minutes.human(estimate), t.loggedMinutes(),
                    Minutes.human(t.loggedMinutes())));
            long[] stage = byStage.computeIfAbsent(t.stageId() == null ? 0L : t.stageId(), k -> new long[2]);
            stage[0] += estimate == null ? 0 : estimate;
            stage[1] += t.loggedMinutes();
            estimateTotal += estimate == null ? 0 : estimate;
            actualTotal += t.loggedMinutes();
            List<Long> people = assignees.getOrDefault(t.id(), List.of());
            if (estimate != null && !people.isEmpty()) {
                BigDecimal share = BigDecimal.valueOf(estimate).divide(BigDecimal.valueOf(people.size()), 6,
                        RoundingMode.HALF_UP);
                people.forEach(p -> estimateByPerson.merge(p, share, BigDecimal::add));
            }
        }
        List<TimeSummary.StageFigures> stageFigures = new ArrayList<>();
        if (byStage.containsKey(0L)) {
            long[] loose = byStage.get(0L);
            stageFigures.add(new TimeSummary.StageFigures(null, "No stage", loose[0], Minutes.human(loose[0]),
                    loose[1], Minutes.human(loose[1])));
        }
        for (Stage s : stages) {
            long[] f = byStage.getOrDefault(s.id(), new long[2]);
            stageFigures.add(new TimeSummary.StageFigures(s.id(), s.name(), f[0], Minutes.human(f[0]), f[1],
                    Minutes.human(f[1])));
        }
        Map<Long, Long> actualByPerson = time.loggedByPerson(productionId);
        List<Long> personIds = new ArrayList<>(estimateByPerson.keySet());
        actualByPerson.keySet().stream().filter(p -> !estimateByPerson.containsKey(p)).forEach(personIds::add);
        List<TimeSummary.PersonFigures> people = users.findByIds(personIds).stream().map(u -> {
            long estimate = estimateByPerson.getOrDefault(u.id(), BigDecimal.ZERO).setScale(0, RoundingMode.HALF_UP)
                    .longValueExact();
            long actual = actualByPerson.getOrDefault(u.id(), 0L);
            return new TimeSummary.PersonFigures(u.username(), u.displayName(), estimate, Minutes.human(estimate),
                    actual, Minutes.human(actual));
        }).sorted(Comparator.comparing(p -> p.displayName().toLowerCase(Locale.ROOT))).toList();
        return new TimeSummary(productionId, estimateTotal, Minutes.human(estimateTotal), actualTotal,
                Minutes.human(actualTotal), taskFigures, stageFigures, people);
    }

    /**
     * Everything logged on a production, summed by task, person, role and day, for costing. It checks no
     * viewer: callers (budgets) have already asked {@link ProductionService#access} for the production.
     */
    @Transactional(readOnly = true)
    public List<LoggedWork> loggedForCosting(long productionId) {
        return time.logged(productionId);
    }

    /**
     * Clients see no time records: what a facility's people spend on a production is the facility's own
     * business. They can see the production, so the refusal tells them nothing new.
     */
    private static void refuseClients(Viewer viewer, Permitted permitted) {
        if (viewer.isClient() || permitted.myRole().orElse(null) == MemberRole.CLIENT) {
            throw Problem.forbidden("clients do not see the facility's time records");
        }
    }

    // checks

    private Task task(Viewer viewer, long taskId, boolean asField) {
        try {
            return tasks.get(viewer, taskId);
        } catch (Problem p) {
            if (asField && p.status() == HttpStatus.NOT_FOUND) {
                throw cannotLogOn(taskId);
            }
            throw p;
        }
    }

    private static Problem cannotLogOn(long taskId) {
        return Problem.badField("taskId", "no task " + taskId + " that you can log time on");
    }

    /**
     * Worked time from hours and minutes (whole numbers, minutes below 60) or a duration "2:30"; adds what
     * is wrong to {@code in} and answers 0 then. More than zero and at most 24 hours.
     */
    static int duration(Inputs in, BigDecimal hours, BigDecimal minutes, String duration) {
        long total;
        String field;
        if (duration != null) {
            field = "duration";
            if (hours != null || minutes != null) {
                in.add("duration", "give either duration or hours and minutes, not both");
                return 0;
            }
            Matcher m = CLOCK.matcher(duration);
            if (!m.matches()) {
                in.add("duration", "must be hours and minutes written like 2:30");
                return 0;
            }
            long h = Long.parseLong(m.group(1));
            long min = Long.parseLong(m.group(2));
            if (min >= 60) {
                in.add("duration", "minutes must be less than 60 (write 2:30, not 1:90)");
                return 0;
            }
            total = h * 60 + min;
        } else {
            field = "hours";
            if (hours == null && minutes == null) {
                in.add("hours", "give the time worked as hours and minutes (or a duration such as \"2:30\")");
                return 0;
            }
            Long h = whole(in, "hours", hours);
            Long min = whole(in, "minutes", minutes);
            if (h == null || min == null) {
                return 0;
            }
            if (min >= 60) {
                in.add("minutes", "must be less than 60; give whole hours as hours");
                return 0;
            }
            if (h > 24) {
                in.add("hours", "must be at most 24");
                return 0;
            }
            total = h * 60 + min;
        }
        if (total == 0) {
            in.add(field, "must be more than zero");
            return 0;
        }
        if (total > Minutes.DAY) {
            in.add(field, "must be at most 24 hours");
            return 0;
        }
        return (int) total;
    }

    /** A whole, non-negative number of hours or minutes (0 when not given); null with a complaint if not. */
    private static Long whole(Inputs in, String field, BigDecimal value) {
        if (value == null) {
            return 0L;
        }
        if (value.signum() < 0) {
            in.add(field, "must not be negative");
            return null;
        }
        if (value.stripTrailingZeros().scale() > 0) {
            in.add(field, field.equals("hours") ? "must be a whole number; give parts of an hour as minutes"
                    : "must be a whole number of minutes");
            return null;
        }
        if (value.compareTo(BigDecimal.valueOf(100_000)) > 0) {
            in.add(field, "is far too large");
            return null;
        }
        return value.longValueExact();
    }

    private static BigDecimal number(Inputs in, String field, JsonNode node) {
        if (node.isNull()) {
            return BigDecimal.ZERO;
        }
        if (!node.isNumber()) {
            in.add(field, "must be a whole number");
            return null;
        }
        return node.decimalValue();
    }

    private static LocalDate date(Inputs in, JsonNode node) {
        if (node.isString()) {
            try {
                return LocalDate.parse(node.asString());
            } catch (DateTimeParseException e) {
                // fall through to the complaint
            }
        }
        in.add("date", "must be a date written YYYY-MM-DD");
        return null;
    }

    private void checkDate(Inputs in, Viewer viewer, LocalDate date) {
        LocalDate today = today(viewer);
        if (date.isAfter(today)) {
            in.add("date", "must not be after today (" + today + "); log time once it is worked");
        }
    }

    private static String note(Inputs in, String note) {
        String clean = Inputs.text(note);
        if (clean != null && clean.length() > 2000) {
            in.add("note", "must be at most 2000 characters");
        }
        return clean;
    }

    /** Refuses time that would put more than 24 hours on one person's day, summed over everything logged. */
    private void withinOneDay(long userId, String name, LocalDate date, int minutes, long exceptEntry,
            String field) {
        time.lockPerson(userId);
        // no amounts in the message: part of the day may be logged on productions the viewer cannot see
        if (time.minutesOn(userId, date, exceptEntry) + minutes > Minutes.DAY) {
            throw Problem.badField(field, "would make more than 24 hours logged " + (name.equals("you")
                    ? "by you" : "for " + name) + " on " + date + "; check the day's other entries");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
