package org.postops.app.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.postops.app.access.MemberRole;
import org.postops.app.access.UserAccount;
import org.postops.app.access.UserService;
import org.postops.app.access.Viewer;
import org.postops.app.budget.RateCard;
import org.postops.app.budget.RateService;
import org.postops.app.budget.SubjectType;
import org.postops.app.kit.KitService.BookingRef;
import org.postops.app.kit.KitService;
import org.postops.app.production.Member;
import org.postops.app.production.Production;
import org.postops.app.production.ProductionService;
import org.postops.app.production.Stage;
import org.postops.app.risk.KitImpact.Kit;
import org.postops.app.schedule.PlanSchedule;
import org.postops.app.schedule.ScheduleService;
import org.postops.app.task.PlannedTask;
import org.postops.app.task.TaskService;
import org.postops.app.web.Paging;
import org.postops.app.web.Problem;
import org.postops.planning.MilestoneOutcome;
import org.postops.planning.WorkCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The impact of kit being down (decision 0023): from the kit through its bookings, and its room's, to the tasks,
 * people, productions and milestones behind them. For each production the viewer may see: the working hours of
 * booked work blocked, its delivery and milestones before and after (the schedule engine run again with the
 * blocked work pushed after the kit is back), and the cost of delay from the rate card. Work blocked on
 * productions the viewer may not see is one anonymous line of hours. Clients see nothing of kit: 404.
 *
 * <pre>{@code
 * public KitImpact impactOfKit(Viewer viewer, long kitId, LocalDate downFrom, int daysDown)
 * public List<RankedRisk> rank(Viewer viewer, List<RiskSubject> subjects)
 * }</pre>
 *
 * Reads: one query for the kit, one for its bookings, then per production affected its brief, plan and team, and
 * two runs of the schedule engine. Nothing is stored.
 */
@Service
public class RiskService {

    private static final int SCALE = 12;

    private final KitService kits;
    private final ProductionService productions;
    private final TaskService tasks;
    private final ScheduleService schedules;
    private final RateService rates;
    private final UserService users;

    RiskService(KitService kits, ProductionService productions, TaskService tasks, ScheduleService schedules,
            RateService rates, UserService users) {
        this.kits = kits;
        this.productions = productions;
        this.tasks = tasks;
        this.schedules = schedules;
        this.rates = rates;
        this.users = users;
    }

    /**
     * What it puts at risk if the kit stays down {@code daysDown} working days (1 to 60) from the start of
     * {@code downFrom} (today on the facility calendar when null).
     */
    @Transactional(readOnly = true)
    public KitImpact impactOfKit(Viewer viewer, long kitId, LocalDate downFrom, int daysDown) {
        mayLook(viewer);
        Kit kit = kit(kitId).orElseThrow(() -> Problem.notFound("kit"));
        return impact(viewer, List.of(kit), downFrom, daysDown);
    }

    /**
     * Each subject's kit down together for its days, most severe first (ties keep the order given). Kit ids that
     * name no kit are passed over; a subject with none has an empty impact and scores 0.
     */
    @Transactional(readOnly = true)
    public List<RankedRisk> rank(Viewer viewer, List<RiskSubject> subjects) {
        mayLook(viewer);
        Map<Long, Optional<Kit>> known = new HashMap<>();
        List<RankedRisk> ranked = new ArrayList<>();
        for (RiskSubject s : subjects) {
            List<Kit> down = s.kitIds().stream().distinct()
                    .map(id -> known.computeIfAbsent(id, this::kit)).flatMap(Optional::stream).toList();
            KitImpact impact = impact(viewer, down, s.downFrom(), s.daysDown());
            ranked.add(new RankedRisk(s, impact, impact.score()));
        }
        ranked.sort(Comparator.comparingLong(RankedRisk::score).reversed());
        return ranked;
    }

    private Optional<Kit> kit(long id) {
        return kits.find(id).map(k -> new Kit(k.id(), k.name(), k.kind(), k.status(), k.roomId(), k.roomName(),
                k.roomKind()));
    }

    private static void mayLook(Viewer viewer) {
        if (viewer.isClient()) {
            throw Problem.notFound("kit"); // clients see nothing of the support desk, not even that it exists
        }
    }

    private KitImpact impact(Viewer viewer, List<Kit> down, LocalDate downFrom, int days) {
        WorkCalendar calendar = schedules.calendar();
        Outage outage = Outage.of(calendar, downFrom != null ? downFrom : schedules.today(), days);
        Map<Long, Kit> byKit = new HashMap<>();
        Map<Long, Kit> byRoom = new HashMap<>();
        Map<Long, List<BookingRef>> byProduction = new LinkedHashMap<>();
        Set<Long> seen = new java.util.HashSet<>();
        for (Kit kit : down) {
            byKit.put(kit.id(), kit);
            if (kit.roomId() != null) {
                byRoom.putIfAbsent(kit.roomId(), kit);
            }
            for (BookingRef b : kits.dependentBookings(kit.id())) {
                if (outage.overlaps(b.firstDay(), b.lastDay()) && seen.add(b.id())) {
                    byProduction.computeIfAbsent(b.productionId(), k -> new ArrayList<>()).add(b);
                }
            }
        }
        Map<Long, String> visible = byProduction.isEmpty() ? Map.of()
                : productions.visibleNames(viewer, byProduction.keySet());
        Pricing pricing = new Pricing(viewer, outage.from());
        List<KitImpact.ProductionImpact> shown = new ArrayList<>();
        List<Long> others = new ArrayList<>();
        for (Map.Entry<Long, List<BookingRef>> e : byProduction.entrySet()) {
            if (visible.containsKey(e.getKey())) {
                shown.add(production(viewer, e.getKey(), e.getValue(), outage, pricing, byKit, byRoom));
            } else {
                others.add(e.getKey());
            }
        }
        shown.sort(Comparator.comparingLong(KitImpact.ProductionImpact::score).reversed()
                .thenComparing(KitImpact.ProductionImpact::name));
        long otherMinutes = others.isEmpty() ? 0 : otherMinutes(others, byProduction, outage);
        return summed(down, outage, calendar, shown, otherMinutes);
    }

    /**
     * Blocked minutes on productions the viewer may not see, added up. Their plans are read and scheduled
     * without a viewer (as the people's load does): nothing of them but this sum leaves this method.
     */
    private long otherMinutes(List<Long> ids, Map<Long, List<BookingRef>> byProduction, Outage outage) {
        long minutes = 0;
        for (Map.Entry<Long, PlanSchedule> e : schedules.schedulesForLoad(ids).entrySet()) {
            minutes += Blockage.of(e.getValue(), outage, byProduction.get(e.getKey())).minutes();
        }
        return minutes;
    }

    private KitImpact summed(List<Kit> down, Outage outage, WorkCalendar calendar,
            List<KitImpact.ProductionImpact> shown, long otherMinutes) {
        long windowMinutes = 0;
        for (LocalDate d = outage.from(); !d.isAfter(outage.lastDay()); d = d.plusDays(1)) {
            windowMinutes += calendar.workingMinutes(d);
        }
        KitImpact.Window window = new KitImpact.Window(outage.from(), outage.days(), outage.lastDay(),
                outage.startAt(calendar).toOffsetDateTime(), outage.restoredAt(calendar).toOffsetDateTime(),
                windowMinutes / 60.0);
        Set<Long> people = new LinkedHashSet<>();
        int taskCount = 0;
        double blocked = otherMinutes / 60.0;
        double maxSlip = 0;
        int milestones = 0;
        int deliveries = 0;
        Map<String, Long> cost = new java.util.TreeMap<>();
        double score = otherMinutes / 60.0 * Severity.BLOCKED_HOUR;
        for (KitImpact.ProductionImpact p : shown) {
            p.people().forEach(x -> people.add(x.id()));
            taskCount += p.tasks().size();
            blocked += p.blockedHours();
            maxSlip = Math.max(maxSlip, p.slipWorkingHours());
            int missed = (int) p.milestones().stream().filter(m -> m.meetsBefore() && !m.meetsAfter()).count();
            milestones += missed;
            boolean late = Boolean.TRUE.equals(p.meetsDeliveryBefore()) && Boolean.FALSE.equals(p.meetsDeliveryAfter());
            deliveries += late ? 1 : 0;
            p.costOfDelay().forEach(m -> cost.merge(m.currency(), m.amountMinor(), Long::sum));
            score += Severity.of(p.slipWorkingHours(), missed, late, p.blockedHours());
        }
        KitImpact.Totals totals = new KitImpact.Totals(shown.size(), taskCount, people.size(), blocked, maxSlip,
                milestones, deliveries, cost.entrySet().stream().map(e -> new KitImpact.Money(e.getKey(),
                e.getValue())).toList());
        return new KitImpact(down.isEmpty() ? null : down.get(0), List.copyOf(down), window, List.copyOf(shown),
                otherMinutes > 0 ? new KitImpact.OtherProductions(otherMinutes / 60.0) : null, totals,
                Math.round(score));
    }

    private KitImpact.ProductionImpact production(Viewer viewer, long id, List<BookingRef> bookings, Outage outage,
            Pricing pricing, Map<Long, Kit> byKit, Map<Long, Kit> byRoom) {
        Production p = productions.get(viewer, id);
        List<PlannedTask> plan = tasks.plan(viewer, id);
        LocalDate origin = schedules.origin(p);
        PlanSchedule before;
        PlanSchedule after;
        Blockage.Result blocked;
        try {
            before = schedules.schedule(origin, plan);
            blocked = Blockage.of(before, outage, bookings);
            after = blocked.tasks().isEmpty() ? before
                    : schedules.schedule(origin, Blockage.replanned(plan, blocked, outage));
        } catch (IllegalArgumentException e) { // a plan past the horizon: the data needs fixing, not the request
            throw Problem.conflict("The plan of " + p.name() + " cannot be scheduled: " + e.getMessage() + ".");
        }
        WorkCalendar calendar = before.calendar();

        Map<Long, String> stages = new HashMap<>();
        for (Stage s : p.stages()) {
            stages.put(s.id(), s.name());
        }
        List<KitImpact.TaskImpact> taskImpacts = new ArrayList<>();
        for (Blockage.Blocked b : blocked.tasks().values()) {
            PlannedTask t = b.task();
            taskImpacts.add(new KitImpact.TaskImpact(t.id(), t.title(), t.stageId(),
                    t.stageId() == null ? null : stages.get(t.stageId()), b.minutes() / 60.0, b.times().critical(),
                    b.times().totalFloat() / 60.0, before.start(b.times().earlyStart()),
                    before.end(b.times().earlyFinish()), t.assigneeIds()));
        }

        // people: each blocked task's minutes shared evenly among its assignees, as budgets share estimates
        Map<Long, Member> team = new HashMap<>();
        productions.members(viewer, id).forEach(m -> team.put(m.userId(), m));
        Set<Long> strangers = new LinkedHashSet<>();
        blocked.tasks().values().forEach(b -> b.task().assigneeIds().stream().filter(u -> !team.containsKey(u))
                .forEach(strangers::add));
        Map<Long, String> names = new HashMap<>();
        team.values().forEach(m -> names.put(m.userId(), m.displayName()));
        if (!strangers.isEmpty()) {
            for (UserAccount u : users.findByIds(new ArrayList<>(strangers))) {
                names.put(u.id(), u.displayName());
            }
        }
        Map<Long, BigDecimal> personMinutes = new LinkedHashMap<>();
        Map<String, BigDecimal> exact = new LinkedHashMap<>();
        Map<List<String>, BigDecimal> unpriced = new LinkedHashMap<>();
        for (Blockage.Blocked b : blocked.tasks().values()) {
            List<Long> assignees = b.task().assigneeIds();
            if (assignees.isEmpty()) {
                unpriced.merge(List.of("task", b.task().title(), "no one is assigned"),
                        BigDecimal.valueOf(b.minutes()), BigDecimal::add);
                continue;
            }
            BigDecimal share = BigDecimal.valueOf(b.minutes()).divide(BigDecimal.valueOf(assignees.size()), SCALE,
                    RoundingMode.HALF_UP);
            for (long person : assignees) {
                personMinutes.merge(person, share, BigDecimal::add);
                Member m = team.get(person);
                String name = names.getOrDefault(person, "Unknown person");
                if (m == null) {
                    unpriced.merge(List.of("person", name, "not on the production's team"), share, BigDecimal::add);
                    continue;
                }
                Optional<RateCard> rate = pricing.role(m.role(), p.currency());
                if (rate.isEmpty()) {
                    unpriced.merge(List.of("person", name, "no " + m.role().label().toLowerCase(java.util.Locale.ROOT)
                            + " rate on " + outage.from()), share, BigDecimal::add);
                    continue;
                }
                exact.merge(rate.get().currency(), price(share, rate.get()), BigDecimal::add);
            }
        }
        List<KitImpact.PersonImpact> people = new ArrayList<>();
        personMinutes.forEach((person, minutes) -> people.add(new KitImpact.PersonImpact(person,
                names.getOrDefault(person, "Unknown person"),
                team.containsKey(person) ? team.get(person).role().label() : null, hours(minutes))));
        people.sort(Comparator.comparingDouble(KitImpact.PersonImpact::blockedHours).reversed()
                .thenComparing(KitImpact.PersonImpact::name));

        // the kit's and room's booked time inside the outage, at the rate for their type where there is one
        List<KitImpact.BookingImpact> bookingImpacts = new ArrayList<>();
        for (BookingRef b : bookings) {
            long minutes = blocked.bookingMinutes().getOrDefault(b.id(), 0L);
            bookingImpacts.add(new KitImpact.BookingImpact(b.id(), b.kitId(), b.roomId(), b.stageId(), b.taskId(),
                    b.firstDay(), b.lastDay(), minutes / 60.0));
            if (minutes == 0) {
                continue;
            }
            Kit kit = b.kitId() != null ? byKit.get(b.kitId()) : null;
            Kit inRoom = b.roomId() != null ? byRoom.get(b.roomId()) : null;
            String what = kit != null ? "kit" : "room";
            String name = kit != null ? kit.name() : inRoom != null ? inRoom.roomName() : "Room";
            String key = kit != null ? kit.kind().key() : inRoom != null && inRoom.roomKind() != null
                    ? inRoom.roomKind().key() : null;
            Optional<RateCard> rate = key == null ? Optional.empty()
                    : pricing.subject(kit != null ? SubjectType.KIT : SubjectType.ROOM, key, p.currency());
            if (rate.isEmpty()) {
                unpriced.merge(List.of(what, name, "no " + what + " rate for " + (key == null ? "its type" : key)
                        + " on " + outage.from()), BigDecimal.valueOf(minutes), BigDecimal::add);
                continue;
            }
            exact.merge(rate.get().currency(), price(BigDecimal.valueOf(minutes), rate.get()), BigDecimal::add);
        }
        List<KitImpact.Money> cost = exact.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, BigDecimal> e) -> !e.getKey().equals(p.currency()))
                        .thenComparing(Map.Entry::getKey))
                .map(e -> new KitImpact.Money(e.getKey(), e.getValue().setScale(0, RoundingMode.HALF_UP)
                        .longValueExact())).toList();
        List<KitImpact.Unpriced> unpricedList = new ArrayList<>();
        unpriced.forEach((k, minutes) -> unpricedList.add(new KitImpact.Unpriced(k.get(0), k.get(1), hours(minutes),
                k.get(2))));

        // delivery and milestones, before and after
        long slip = after.finishMinute() - before.finishMinute();
        LocalDate finishedBefore = before.finish().atZoneSameInstant(calendar.zone()).toLocalDate();
        LocalDate finishedAfter = after.finish().atZoneSameInstant(calendar.zone()).toLocalDate();
        int slipDays = workingDaysBetween(calendar, finishedBefore, finishedAfter);
        LocalDate delivery = p.deliveryDate();
        Boolean meetsBefore = delivery == null ? null : before.finishMinute() <= before.endOfDayMinute(delivery);
        Boolean meetsAfter = delivery == null ? null : after.finishMinute() <= after.endOfDayMinute(delivery);
        Map<Long, MilestoneOutcome> was = new HashMap<>();
        before.milestones().forEach(m -> was.put(m.id(), m));
        List<KitImpact.MilestoneImpact> milestones = new ArrayList<>();
        int missed = 0;
        for (MilestoneOutcome m : after.milestones()) {
            PlannedTask t = after.task(m.id());
            MilestoneOutcome old = was.get(m.id());
            boolean metBefore = old == null || old.meetsTarget();
            missed += metBefore && !m.meetsTarget() ? 1 : 0;
            milestones.add(new KitImpact.MilestoneImpact(t.id(), t.title(), t.dueDate(),
                    old == null ? null : before.end(old.earlyFinish()), after.end(m.earlyFinish()), metBefore,
                    m.meetsTarget(), old == null ? 0 : old.minutesLate() / 60.0, m.minutesLate() / 60.0));
        }
        double blockedHours = blocked.minutes() / 60.0;
        boolean deliveryMissed = Boolean.TRUE.equals(meetsBefore) && Boolean.FALSE.equals(meetsAfter);
        long score = Math.round(Severity.of(slip / 60.0, missed, deliveryMissed, blockedHours));
        return new KitImpact.ProductionImpact(p.id(), p.name(), p.currency(), blockedHours, taskImpacts, people,
                bookingImpacts, before.finish(), after.finish(), delivery, meetsBefore, meetsAfter, slip / 60.0,
                slipDays, milestones, cost, unpricedList, score);
    }

    /** Minutes (a share, so perhaps not whole) at a rate, exactly: minutes × amount ÷ minutes per unit. */
    private static BigDecimal price(BigDecimal minutes, RateCard rate) {
        return minutes.multiply(BigDecimal.valueOf(rate.amountMinor()))
                .divide(BigDecimal.valueOf(rate.unit().minutes()), SCALE, RoundingMode.HALF_UP);
    }

    private static double hours(BigDecimal minutes) {
        return minutes.divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP).doubleValue();
    }

    /** Working days the finish moves by: later days counted positive, earlier negative, the same day zero. */
    static int workingDaysBetween(WorkCalendar calendar, LocalDate from, LocalDate to) {
        int sign = to.isBefore(from) ? -1 : 1;
        LocalDate a = sign > 0 ? from : to;
        LocalDate b = sign > 0 ? to : from;
        int days = 0;
        for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                days++;
            }
        }
        return sign * days;
    }

    /**
     * The rates in force on the outage's first day, read once per impact: a role's, kit type's or room type's
     * rate in the production's currency, or else in another (the first by code), whose cost then stays in it.
     */
    private final class Pricing {

        private final Viewer viewer;
        private final LocalDate day;
        private List<RateCard> roleRates;
        private final Map<String, List<RateCard>> subjects = new HashMap<>();

        Pricing(Viewer viewer, LocalDate day) {
            this.viewer = viewer;
            this.day = day;
        }

        Optional<RateCard> role(MemberRole role, String currency) {
            if (roleRates == null) {
                roleRates = rates.roleRates();
            }
            return pick(roleRates.stream().filter(r -> r.subject().equalsIgnoreCase(role.name())).toList(), currency);
        }

        Optional<RateCard> subject(SubjectType type, String key, String currency) {
            List<RateCard> inForce = subjects.computeIfAbsent(type + ":" + key,
                    k -> rates.list(viewer, type, key, null, day, Paging.of(0, Paging.MAX_SIZE)).items());
            return pick(inForce, currency);
        }

        private Optional<RateCard> pick(List<RateCard> cards, String currency) {
            RateCard other = null;
            for (RateCard r : cards) {
                if (!r.appliesOn(day)) {
                    continue;
                }
                if (r.currency().equals(currency)) {
                    return Optional.of(r);
                }
                if (other == null || r.currency().compareTo(other.currency()) < 0) {
                    other = r;
                }
            }
            return Optional.ofNullable(other);
        }
    }
}
