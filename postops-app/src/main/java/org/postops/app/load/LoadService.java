package org.postops.app.load;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.postops.app.access.ConfidentialityPolicy.Access;
import org.postops.app.web.Formats;
import org.postops.app.access.MemberRole;
import org.postops.app.access.UserAccount;
import org.postops.app.access.UserService;
import org.postops.app.access.Viewer;
import org.postops.app.load.LoadReport.DayLoad;
import org.postops.app.load.LoadReport.PersonLoad;
import org.postops.app.load.LoadReport.ProductionHours;
import org.postops.app.load.LoadReport.ProductionRef;
import org.postops.app.production.ProductionService;
import org.postops.app.schedule.PlanSchedule;
import org.postops.app.schedule.ScheduleService;
import org.postops.app.task.PlannedTask;
import org.postops.app.task.TaskService;
import org.postops.app.web.Paging;
import org.postops.app.web.Problem;
import org.postops.planning.WorkCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's load: hours per person per day across all their productions, against their capacity, with the
 * days they are over it. Work on a production the viewer may not see counts like any other but is shown only
 * as anonymous "busy" hours: {@link #entries} is the one place that rule is applied (decision 0015).
 *
 * <p>The load is the work still to do: each production with open work for the people asked about is
 * scheduled once per request exactly as its Gantt is ({@link ScheduleService#schedule}: nothing not done
 * starts before today), and each open task's work is spread over the working days from its early start to
 * its early finish, split evenly between its assignees; done tasks count nothing. A person's
 * capacity on a day is the facility calendar's working time less their days off: zero at weekends, on bank
 * holidays and on days off, so planned work on such a day is all over-allocation.
 */
@Service
public class LoadService {

    /** The longest window one answer covers. */
    public static final int MAX_DAYS = 366;
    /** The most people one page of load holds: each brings every day of the window. */
    public static final int MAX_PEOPLE = 100;
    /** Without dates: this week and the three after it. */
    static final int DEFAULT_DAYS = 28;
    /** The label of work on productions the viewer may not see. */
    public static final String BUSY = "busy";

    /** The days of a load answer, {@code from} to {@code to} inclusive. */
    public record Window(LocalDate from, LocalDate to) {

        public long days() {
            return ChronoUnit.DAYS.between(from, to) + 1;
        }
    }

    private final ScheduleService schedules;
    private final TaskService tasks;
    private final ProductionService productions;
    private final UserService users;
    private final DayOffRepository daysOff;

    LoadService(ScheduleService schedules, TaskService tasks, ProductionService productions, UserService users,
            DayOffRepository daysOff) {
        this.schedules = schedules;
        this.tasks = tasks;
        this.productions = productions;
        this.users = users;
        this.daysOff = daysOff;
    }

    /**
     * The window asked for: both ends, one end and four weeks from (or to) it, or, with neither, this week and
     * the three after it (Monday to Sunday, on the facility's calendar). At most {@value #MAX_DAYS} days.
     */
    public Window window(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            from = schedules.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        if (from == null) {
            from = to.minusDays(DEFAULT_DAYS - 1);
        }
        if (to == null) {
            to = from.plusDays(DEFAULT_DAYS - 1);
        }
        if (to.isBefore(from)) {
            throw Problem.badField("to", "must not be before from (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw Problem.badField("to", "the window is at most " + MAX_DAYS + " days: from " + from
                    + ", to may be " + from.plusDays(MAX_DAYS - 1) + " at the latest");
        }
        return new Window(from, to);
    }

    /**
     * The load of {@code people} (user ids), or with none, of the people the viewer works with: everyone on
     * the teams they are on (every team for an administrator). Staff, support and administrators may ask
     * about anyone; a client only about themselves.
     */
    @Transactional(readOnly = true)
    public LoadReport people(Viewer viewer, List<Long> people, LocalDate from, LocalDate to, Paging paging) {
        Window window = window(from, to);
        checkSize(paging);
        List<UserAccount> chosen = people == null || people.isEmpty() ? defaultPeople(viewer) : asked(viewer, people);
        return report(viewer, window, null, chosen, paging, Map.of());
    }

    /** One person's load; "not found" for a client asking about anyone else. */
    @Transactional(readOnly = true)
    public LoadReport person(Viewer viewer, long userId, LocalDate from, LocalDate to) {
        UserAccount person = users.get(viewer, userId);
        return report(viewer, window(from, to), null, List.of(person), new Paging(0, 1), Map.of());
    }

    /**
     * The load of a production's team (clients on it only if they have work) over the production's remaining
     * schedule (at most {@value #MAX_DAYS} days) unless dates are given. Their work on other productions the
     * viewer may not see is "busy". A client sees only their own load, as everywhere.
     */
    @Transactional(readOnly = true)
    public LoadReport production(Viewer viewer, long productionId, LocalDate from, LocalDate to, Paging paging) {
        productions.access(viewer, productionId, Access.VIEW);
        checkSize(paging);
        PlanSchedule plan = schedules.schedulesForLoad(List.of(productionId)).get(productionId);
        Window window = from == null && to == null && plan != null ? clipped(span(plan, schedules.today()))
                : window(from, to);
        Set<Long> working = LoadCalculator.workingOn(plan);
        List<Long> team = productions.members(viewer, productionId).stream()
                .filter(m -> m.role() != MemberRole.CLIENT || working.contains(m.userId()))
                .filter(m -> !viewer.isClient() || m.userId() == viewer.id()) // clients: only themselves
                .map(org.postops.app.production.Member::userId).toList();
        return report(viewer, window, productionId, users.findByIds(team), paging,
                plan == null ? Map.of() : Map.of(productionId, plan));
    }

    /**
     * Who a changed plan of one production would put over capacity, or further over, and on which days: for a
     * change request's impact. Signature:
     *
     * <pre>{@code
     * List<LoadImpact> impactOf(Viewer viewer, long productionId, LocalDate origin, List<PlannedTask> changedPlan)
     * }</pre>
     *
     * Both the plan as stored now and the changed one are scheduled as the load view schedules them
     * ({@link ScheduleService#schedule}: nothing not done before today), together with everything else the
     * people concerned have on other productions. Saves nothing.
     *
     * @param viewer who asks; must be able to see the production ("not found" otherwise)
     * @param productionId the production the change is to
     * @param origin the day the changed plan starts from, as for {@link ScheduleService#schedule} (usually
     *        {@link ScheduleService#origin} of the production)
     * @param changedPlan every task of the production as the change would leave it: {@link TaskService#plan}
     *        with new tasks added, estimates, assignees, dependencies or dates changed
     * @return each person with an open task in either plan whose load the change pushes over capacity on some
     *         day, or further over, with those days: capacity, load before and after across all their
     *         productions (none named), excess before and after; by name; empty when nobody goes over
     * @throws IllegalArgumentException (a {@link org.postops.planning.DependencyCycleException} among them)
     *         if the changed plan cannot be scheduled
     */
    @Transactional(readOnly = true)
    public List<LoadImpact> impactOf(Viewer viewer, long productionId, LocalDate origin,
            List<PlannedTask> changedPlan) {
        productions.access(viewer, productionId, Access.VIEW);
        PlanSchedule after = schedules.schedule(origin, changedPlan);
        PlanSchedule before = schedules.schedulesForLoad(List.of(productionId)).get(productionId);
        Set<Long> people = new HashSet<>(LoadCalculator.workingOn(after));
        people.addAll(LoadCalculator.workingOn(before));
        if (people.isEmpty()) {
            return List.of();
        }
        Map<Long, PlanSchedule> plansBefore = plans(people, before == null ? Map.of() : Map.of(productionId,
                before));
        if (before == null) {
            plansBefore.remove(productionId);
        }
        Map<Long, PlanSchedule> plansAfter = new HashMap<>(plansBefore);
        plansAfter.put(productionId, after);
        LocalDate today = schedules.today();
        Window window = span(after, today);
        if (before != null) {
            Window was = span(before, today);
            window = new Window(min(window.from(), was.from()), max(window.to(), was.to()));
        }
        Map<Long, Map<LocalDate, Long>> loadBefore = LoadCalculator.totals(
                LoadCalculator.minutes(plansBefore, people, window.from(), window.to()));
        Map<Long, Map<LocalDate, Long>> loadAfter = LoadCalculator.totals(
                LoadCalculator.minutes(plansAfter, people, window.from(), window.to()));
        Map<Long, List<DayOff>> off = daysOff.ofPeople(people, window.from(), window.to());
        List<LoadImpact> impacts = new ArrayList<>();
        for (UserAccount person : byName(users.findByIds(List.copyOf(people)))) {
            WorkCalendar calendar = calendarOf(off.getOrDefault(person.id(), List.of()), window);
            Map<LocalDate, Long> was = loadBefore.getOrDefault(person.id(), Map.of());
            List<LoadImpact.Day> days = new ArrayList<>();
            loadAfter.getOrDefault(person.id(), Map.of()).forEach((day, minutes) -> {
                long capacity = calendar.workingMinutes(day);
                long overBefore = Math.max(0, was.getOrDefault(day, 0L) - capacity);
                long overAfter = Math.max(0, minutes - capacity);
                if (overAfter > overBefore) {
                    days.add(new LoadImpact.Day(day, Durations.hours(capacity),
                            Durations.hours(was.getOrDefault(day, 0L)), Durations.hours(minutes),
                            Durations.hours(overBefore), Durations.hours(overAfter), Formats.workTime(overAfter),
                            overBefore == 0));
                }
            });
            if (!days.isEmpty()) {
                impacts.add(new LoadImpact(person.id(), person.username(), person.displayName(), days));
            }
        }
        return impacts;
    }

    // the report

    private LoadReport report(Viewer viewer, Window window, Long productionId, List<UserAccount> people,
            Paging paging, Map<Long, PlanSchedule> known) {
        List<UserAccount> sorted = byName(people);
        int start = (int) Math.min(paging.offset(), sorted.size());
        List<UserAccount> page = sorted.subList(start, Math.min(sorted.size(), start + paging.size()));
        return new LoadReport(window.from(), window.to(), schedules.calendar().zone().getId(), productionId,
                loads(viewer, window, page, known), paging.page(), paging.size(), sorted.size());
    }

    private List<PersonLoad> loads(Viewer viewer, Window window, List<UserAccount> people,
            Map<Long, PlanSchedule> known) {
        if (people.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new HashSet<>();
        people.forEach(p -> ids.add(p.id()));
        Map<Long, PlanSchedule> plans = plans(ids, known);
        Map<Long, Map<LocalDate, Map<Long, Long>>> minutes = LoadCalculator.minutes(plans, ids, window.from(),
                window.to());
        Map<Long, String> visible = productions.visibleNames(viewer, plans.keySet());
        Map<Long, List<DayOff>> off = daysOff.ofPeople(ids, window.from(), window.to());
        return people.stream().map(p -> personLoad(p, window, minutes.getOrDefault(p.id(), Map.of()),
                off.getOrDefault(p.id(), List.of()), visible)).toList();
    }

    /** Every production these people have open work on, scheduled once: those already known are reused. */
    private Map<Long, PlanSchedule> plans(Set<Long> people, Map<Long, PlanSchedule> known) {
        List<Long> needed = tasks.productionsWithOpenWorkForLoad(people).stream()
                .filter(id -> !known.containsKey(id)).toList();
        Map<Long, PlanSchedule> plans = new HashMap<>(known);
        plans.putAll(schedules.schedulesForLoad(needed));
        return plans;
    }

    private PersonLoad personLoad(UserAccount person, Window window, Map<LocalDate, Map<Long, Long>> minutes,
            List<DayOff> off, Map<Long, String> visible) {
        WorkCalendar calendar = calendarOf(off, window);
        long capacityTotal = 0;
        long loadTotal = 0;
        long overTotal = 0;
        List<LocalDate> overDays = new ArrayList<>();
        List<DayLoad> days = new ArrayList<>((int) window.days());
        for (LocalDate day = window.from(); !day.isAfter(window.to()); day = day.plusDays(1)) {
            long capacity = calendar.workingMinutes(day);
            Map<Long, Long> byProduction = minutes.getOrDefault(day, Map.of());
            long load = byProduction.values().stream().mapToLong(Long::longValue).sum();
            long over = Math.max(0, load - capacity);
            capacityTotal += capacity;
            loadTotal += load;
            overTotal += over;
            if (over > 0) {
                overDays.add(day);
            }
            days.add(new DayLoad(day, calendar.isWorkingDay(day), kindOn(off, day),
                    calendar.holidays().nameOf(day).orElse(null), Durations.hours(capacity),
                    Formats.workTime(capacity), Durations.hours(load), Formats.workTime(load), Durations.hours(over),
                    Formats.workTime(over), over > 0, entries(byProduction, visible)));
        }
        return new PersonLoad(person.id(), person.username(), person.displayName(), Durations.hours(capacityTotal),
                Formats.workTime(capacityTotal), Durations.hours(loadTotal), Formats.workTime(loadTotal),
                Durations.hours(overTotal), Formats.workTime(overTotal), overDays, days);
    }

    /**
     * The confidentiality rule of the load view, in this one place: hours on a production the viewer may see
     * are shown under its name; all the rest of the day's hours become one anonymous "busy" entry with no id,
     * no name, no task and no count, however many productions they come from.
     *
     * @param visible names of the productions the viewer may see ({@link ProductionService#visibleNames})
     */
    static List<ProductionHours> entries(Map<Long, Long> minutesByProduction, Map<Long, String> visible) {
        List<ProductionHours> named = new ArrayList<>();
        long busy = 0;
        for (Map.Entry<Long, Long> e : minutesByProduction.entrySet()) {
            String name = visible.get(e.getKey());
            if (name == null) {
                busy += e.getValue();
            } else {
                named.add(new ProductionHours(new ProductionRef(e.getKey(), name), name,
                        Durations.hours(e.getValue()), Formats.workTime(e.getValue())));
            }
        }
        named.sort(Comparator.comparing((ProductionHours h) -> h.label().toLowerCase(Locale.ROOT))
                .thenComparing(h -> h.production().id()));
        if (busy > 0) {
            named.add(new ProductionHours(null, BUSY, Durations.hours(busy), Formats.workTime(busy)));
        }
        return named;
    }

    // people

    private List<UserAccount> defaultPeople(Viewer viewer) {
        if (viewer.isClient()) {
            return List.of(users.get(viewer, viewer.id()));
        }
        return users.findByIds(productions.teammates(viewer));
    }

    private List<UserAccount> asked(Viewer viewer, List<Long> people) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(people));
        if (ids.size() > Paging.MAX_SIZE) {
            throw Problem.badField("people", "at most " + Paging.MAX_SIZE + " people at a time");
        }
        Map<Long, UserAccount> found = new HashMap<>();
        for (UserAccount u : users.findByIds(ids)) {
            found.put(u.id(), u);
        }
        List<UserAccount> result = new ArrayList<>();
        for (long id : ids) {
            UserAccount u = found.get(id);
            // a client knows of no one but themselves: anyone else is as unknown as an id nobody has
            if (u == null || viewer.isClient() && id != viewer.id()) {
                throw Problem.badField("people", "no person with id " + id);
            }
            result.add(u);
        }
        return result;
    }

    private static List<UserAccount> byName(List<UserAccount> people) {
        return people.stream().sorted(Comparator.comparing((UserAccount u) -> u.displayName().toLowerCase(Locale.ROOT))
                .thenComparing(UserAccount::id)).toList();
    }

    private static void checkSize(Paging paging) {
        if (paging.size() > MAX_PEOPLE) {
            throw Problem.badField("size", "must be between 1 and " + MAX_PEOPLE
                    + " for load: each person brings every day of the window");
        }
    }

    // calendars and windows

    /** The facility's calendar with this person's days off in the window. */
    private WorkCalendar calendarOf(List<DayOff> off, Window window) {
        if (off.isEmpty()) {
            return schedules.calendar();
        }
        List<LocalDate> days = new ArrayList<>();
        for (DayOff d : off) {
            for (LocalDate day = max(d.from(), window.from()); !day.isAfter(min(d.to(), window.to()));
                    day = day.plusDays(1)) {
                days.add(day);
            }
        }
        return schedules.calendar().withDaysOff(days);
    }

    private static DayOffKind kindOn(List<DayOff> off, LocalDate day) {
        for (DayOff d : off) {
            if (d.covers(day)) {
                return d.kind();
            }
        }
        return null;
    }

    /** The days from the plan's start, or today if later, to its finish: the days its open work can fall on. */
    private static Window span(PlanSchedule plan, LocalDate today) {
        LocalDate from = max(plan.start().toLocalDate(), today);
        return new Window(from, max(from, plan.finish().toLocalDate()));
    }

    /** The first {@value #MAX_DAYS} days of the window at most. */
    private static Window clipped(Window window) {
        return new Window(window.from(), min(window.to(), window.from().plusDays(MAX_DAYS - 1)));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
