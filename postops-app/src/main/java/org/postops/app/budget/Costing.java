package org.postops.app.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.postops.app.access.MemberRole;
import org.postops.app.budget.BudgetEstimate.Amounts;
import org.postops.app.budget.BudgetEstimate.Kind;
import org.postops.app.budget.BudgetEstimate.Reason;
import org.postops.app.budget.BudgetEstimate.StageBudget;
import org.postops.app.budget.BudgetEstimate.UnpricedWork;
import org.postops.app.production.Stage;
import org.postops.app.time.LoggedWork;
import org.postops.app.time.Minutes;

/**
 * The budget arithmetic, pure: given a plan, the team's roles, the role rates and the time logged, what
 * the work costs by stage and currency. It reads nothing and writes nothing.
 *
 * <ul>
 * <li>A role's rate on a day is the one in force in the production's currency; when the card has none in
 * that currency, the one in force in another (the first by currency code), whose cost then stays in that
 * currency. Never converted.
 * <li>Planned: each task's estimate, shared evenly among its assignees, each share priced at the assignee's
 * role on the production, at the rate in force on the task's due date (today when it has none).
 * <li>Actual: each day's logged minutes priced at the role the person had when logging it, at the rate in
 * force on that day.
 * <li>Remaining: for tasks not done, what is left of the estimate after the time logged on it (never below
 * zero), priced as planned. Done tasks have none. Forecast = actual + remaining; variance = planned − forecast.
 * <li>A day rate buys 8 working hours. Amounts are added exactly and rounded half up to a minor unit once per
 * stage and currency; totals add the rounded stage figures, so stages always sum to the total.
 * </ul>
 */
final class Costing {

    /** Everything the arithmetic needs, already read. */
    record Inputs(long productionId, String currency, Long capMinor, List<Stage> stages, List<PlannedWork> work,
            Map<Long, MemberRole> roles, List<RateCard> roleRates, List<LoggedWork> logged,
            Map<Long, String> titles, Map<Long, String> usernames, LocalDate today,
            BiFunction<Long, String, String> money) {
    }

    static final String BOOKINGS_NOTE = "Kit and room bookings are not in PostOps yet (they arrive with kit): "
            + "these figures price people's time only. Kit and room rates on the rate card wait for them.";
    private static final int SCALE = 12;

    private Costing() {
    }

    /** Exact sums for one stage in one currency. */
    private static final class Exact {
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal actual = BigDecimal.ZERO;
        BigDecimal remaining = BigDecimal.ZERO;
    }

    /** One stage's running figures. */
    private static final class StageSums {
        final Long stageId;
        final String name;
        long plannedMinutes;
        long actualMinutes;
        long remainingMinutes;
        final Map<String, Exact> byCurrency = new HashMap<>();

        StageSums(Long stageId, String name) {
            this.stageId = stageId;
            this.name = name;
        }

        Exact in(String currency) {
            return byCurrency.computeIfAbsent(currency, c -> new Exact());
        }
    }

    static BudgetEstimate cost(Inputs in) {
        Map<Long, StageSums> stages = new LinkedHashMap<>();
        StageSums loose = new StageSums(null, "No stage");
        for (Stage s : in.stages()) {
            stages.put(s.id(), new StageSums(s.id(), s.name()));
        }
        RoleRates rates = new RoleRates(in.roleRates(), in.currency());
        Map<Long, PlannedWork> planned = new HashMap<>();
        in.work().forEach(w -> planned.put(w.taskId(), w));
        List<UnpricedWork> unpriced = new ArrayList<>();
        BigDecimal unpricedPlanned = BigDecimal.ZERO;
        BigDecimal unpricedRemaining = BigDecimal.ZERO;
        long unpricedActual = 0;

        // actual: everything logged on the production, in the stage the plan puts its task in
        Map<Long, Long> loggedByTask = new HashMap<>();
        Map<List<Object>, Long> unpricedLogged = new LinkedHashMap<>();
        for (LoggedWork l : in.logged()) {
            PlannedWork w = planned.get(l.taskId());
            Long stageId = w != null ? w.stageId() : l.stageId();
            StageSums stage = stage(stages, loose, stageId);
            stage.actualMinutes += l.minutes();
            loggedByTask.merge(l.taskId(), l.minutes(), Long::sum);
            Optional<RateCard> rate = l.role() == null ? Optional.empty() : rates.on(l.role(), l.date());
            if (rate.isEmpty()) {
                Reason reason = l.role() == null ? Reason.NOT_ON_TEAM : Reason.NO_RATE;
                unpricedLogged.merge(List.of(l.taskId(), Objects.toString(stageId, ""), l.userId(), reason),
                        l.minutes(), Long::sum);
                unpricedActual += l.minutes();
                continue;
            }
            Exact e = stage.in(rate.get().currency());
            e.actual = e.actual.add(price(BigDecimal.valueOf(l.minutes()), rate.get()));
        }
        for (Map.Entry<List<Object>, Long> u : unpricedLogged.entrySet()) {
            long taskId = (Long) u.getKey().get(0);
            String stage = (String) u.getKey().get(1);
            long userId = (Long) u.getKey().get(2);
            unpriced.add(new UnpricedWork(Kind.ACTUAL, taskId, in.titles().get(taskId),
                    stage.isEmpty() ? null : Long.valueOf(stage), in.usernames().get(userId), u.getValue(),
                    Minutes.human(u.getValue()), (Reason) u.getKey().get(3)));
        }

        // planned and remaining, task by task
        long unestimated = 0;
        for (PlannedWork w : in.work()) {
            StageSums stage = stage(stages, loose, w.stageId());
            long estimate = w.estimateMinutes();
            long remaining = w.done() ? 0 : Math.max(estimate - loggedByTask.getOrDefault(w.taskId(), 0L), 0);
            stage.plannedMinutes += estimate;
            stage.remainingMinutes += remaining;
            if (estimate == 0) {
                unestimated += w.done() ? 0 : 1;
                continue;
            }
            LocalDate day = w.due() != null ? w.due() : in.today();
            if (w.assigneeIds().isEmpty()) {
                unpriced.add(new UnpricedWork(Kind.PLANNED, w.taskId(), in.titles().get(w.taskId()), w.stageId(),
                        null, estimate, Minutes.human(estimate), Reason.NO_ASSIGNEE));
                unpricedPlanned = unpricedPlanned.add(BigDecimal.valueOf(estimate));
                unpricedRemaining = unpricedRemaining.add(BigDecimal.valueOf(remaining));
                continue;
            }
            BigDecimal people = BigDecimal.valueOf(w.assigneeIds().size());
            BigDecimal share = BigDecimal.valueOf(estimate).divide(people, SCALE, RoundingMode.HALF_UP);
            BigDecimal remainingShare = BigDecimal.valueOf(remaining).divide(people, SCALE, RoundingMode.HALF_UP);
            for (long person : w.assigneeIds()) {
                MemberRole role = in.roles().get(person);
                Optional<RateCard> rate = role == null ? Optional.empty() : rates.on(role, day);
                if (rate.isEmpty()) {
                    long minutes = share.setScale(0, RoundingMode.HALF_UP).longValueExact();
                    unpriced.add(new UnpricedWork(Kind.PLANNED, w.taskId(), in.titles().get(w.taskId()),
                            w.stageId(), in.usernames().get(person), minutes, Minutes.human(minutes),
                            role == null ? Reason.NOT_ON_TEAM : Reason.NO_RATE));
                    unpricedPlanned = unpricedPlanned.add(share);
                    unpricedRemaining = unpricedRemaining.add(remainingShare);
                    continue;
                }
                Exact e = stage.in(rate.get().currency());
                e.planned = e.planned.add(price(share, rate.get()));
                e.remaining = e.remaining.add(price(remainingShare, rate.get()));
            }
        }

        // round per stage and currency; totals add the rounded figures
        List<StageSums> ordered = new ArrayList<>();
        if (loose.plannedMinutes > 0 || loose.actualMinutes > 0 || !loose.byCurrency.isEmpty()) {
            ordered.add(loose);
        }
        ordered.addAll(stages.values());
        TreeSet<String> others = new TreeSet<>();
        ordered.forEach(s -> others.addAll(s.byCurrency.keySet()));
        others.remove(in.currency());
        List<String> currencies = new ArrayList<>();
        currencies.add(in.currency());
        currencies.addAll(others);

        Map<String, long[]> totals = new LinkedHashMap<>();
        currencies.forEach(c -> totals.put(c, new long[3]));
        List<StageBudget> stageBudgets = new ArrayList<>();
        for (StageSums s : ordered) {
            Map<String, Amounts> amounts = new LinkedHashMap<>();
            for (String c : currencies) {
                Exact e = s.byCurrency.get(c);
                if (e == null && !c.equals(in.currency())) {
                    continue;
                }
                long p = e == null ? 0 : round(e.planned);
                long a = e == null ? 0 : round(e.actual);
                long r = e == null ? 0 : round(e.remaining);
                amounts.put(c, amounts(p, a, r));
                long[] t = totals.get(c);
                t[0] += p;
                t[1] += a;
                t[2] += r;
            }
            stageBudgets.add(new StageBudget(s.stageId, s.name, s.plannedMinutes, s.actualMinutes,
                    s.remainingMinutes, amounts));
        }
        Map<String, Amounts> totalAmounts = new LinkedHashMap<>();
        totals.forEach((c, t) -> totalAmounts.put(c, amounts(t[0], t[1], t[2])));

        long plannedUnpriced = round(unpricedPlanned);
        long remainingUnpriced = round(unpricedRemaining);
        unpriced.sort(Comparator.comparing(UnpricedWork::kind).thenComparing(u -> u.taskTitle() == null ? ""
                : u.taskTitle()).thenComparing(UnpricedWork::taskId));
        BudgetEstimate.Unpriced unpricedWork = new BudgetEstimate.Unpriced(plannedUnpriced,
                Minutes.human(plannedUnpriced), unpricedActual, Minutes.human(unpricedActual), remainingUnpriced,
                Minutes.human(remainingUnpriced), unpriced);

        Amounts home = totalAmounts.get(in.currency());
        List<String> warnings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean overCap = in.capMinor() != null && home.forecastMinor() > in.capMinor();
        Long overBy = overCap ? home.forecastMinor() - in.capMinor() : null;
        if (overCap) {
            warnings.add("The forecast at completion, " + in.money().apply(home.forecastMinor(), in.currency())
                    + ", is over the budget cap of " + in.money().apply(in.capMinor(), in.currency()) + " by "
                    + in.money().apply(overBy, in.currency()) + ".");
        } else if (in.capMinor() != null && home.plannedMinor() > in.capMinor()) {
            warnings.add("The plan costs " + in.money().apply(home.plannedMinor(), in.currency()) + ", more than the budget cap"
                    + " of " + in.money().apply(in.capMinor(), in.currency()) + ".");
        }
        if (plannedUnpriced + unpricedActual > 0) {
            warnings.add(Minutes.human(plannedUnpriced) + " planned and " + Minutes.human(unpricedActual)
                    + " logged have no price (no assignee, not on the team, or no rate): the amounts leave them out,"
                    + " so the real cost is higher.");
        }
        for (String c : others) {
            Amounts a = totalAmounts.get(c);
            notes.add("Some cost is in " + c + " (forecast " + in.money().apply(a.forecastMinor(), c) + "); it stays in " + c
                    + " and cannot be compared with the " + in.currency() + " budget cap.");
        }
        if (in.capMinor() == null) {
            notes.add("The brief sets no budget cap.");
        }
        if (unestimated > 0) {
            notes.add(unestimated + (unestimated == 1 ? " task has" : " tasks have") + " no estimate and add"
                    + (unestimated == 1 ? "s" : "") + " nothing to the plan.");
        }
        return new BudgetEstimate(in.productionId(), in.currency(), in.capMinor(), totalAmounts, stageBudgets,
                unpricedWork, unestimated, overCap, overBy, warnings, notes,
                new BudgetEstimate.Bookings(List.of(), BOOKINGS_NOTE));
    }

    private static StageSums stage(Map<Long, StageSums> stages, StageSums loose, Long stageId) {
        if (stageId == null) {
            return loose;
        }
        return stages.computeIfAbsent(stageId, id -> new StageSums(id, null));
    }

    /** Minutes (possibly a share, so not whole) at a rate, exactly: minutes × amount ÷ minutes per unit. */
    static BigDecimal price(BigDecimal minutes, RateCard rate) {
        return minutes.multiply(BigDecimal.valueOf(rate.amountMinor()))
                .divide(BigDecimal.valueOf(rate.unit().minutes()), SCALE, RoundingMode.HALF_UP);
    }

    private static long round(BigDecimal exact) {
        return exact.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static Amounts amounts(long planned, long actual, long remaining) {
        long forecast = actual + remaining;
        return new Amounts(planned, actual, remaining, forecast, planned - forecast);
    }

    /** "52000.00 GBP": money written plainly, for callers with no formatting of their own. */
    static String money(long minor, String currency) {
        int digits = 2;
        try {
            digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        } catch (IllegalArgumentException e) {
            // an unknown code keeps two places
        }
        return BigDecimal.valueOf(minor, digits).toPlainString() + " " + currency;
    }

    /** The role rates in force on a day, preferring the production's currency. */
    private static final class RoleRates {

        private final Map<MemberRole, List<RateCard>> byRole = new HashMap<>();
        private final String home;

        RoleRates(List<RateCard> rates, String home) {
            this.home = home;
            for (RateCard r : rates) {
                if (r.subjectType() != SubjectType.ROLE) {
                    continue;
                }
                MemberRole role;
                try {
                    role = MemberRole.valueOf(r.subject().toUpperCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    continue;
                }
                byRole.computeIfAbsent(role, k -> new ArrayList<>()).add(r);
            }
            byRole.values().forEach(l -> l.sort(Comparator.comparing(RateCard::currency)));
        }

        Optional<RateCard> on(MemberRole role, LocalDate day) {
            RateCard other = null;
            for (RateCard r : byRole.getOrDefault(role, List.of())) {
                if (!r.appliesOn(day)) {
                    continue;
                }
                if (r.currency().equals(home)) {
                    return Optional.of(r);
                }
                if (other == null) {
                    other = r;
                }
            }
            return Optional.ofNullable(other);
        }
    }
}
