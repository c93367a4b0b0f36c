package org.postops.app.budget;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.postops.app.access.ConfidentialityPolicy.Access;
import org.postops.app.access.MemberRole;
import org.postops.app.access.UserAccount;
import org.postops.app.access.UserService;
import org.postops.app.access.Viewer;
import org.postops.app.production.ProductionService;
import org.postops.app.production.ProductionService.Permitted;
import org.postops.app.time.LoggedWork;
import org.postops.app.time.TimeService;
import org.postops.app.web.Formats;
import org.postops.app.web.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Production budgets: planned, actual, forecast and variance by stage, kept per currency, computed from
 * the plan, the team's roles, the rate card and the time logged. Nothing is stored: a budget is always
 * worked out afresh, so it follows every change of plan, team, rate or time at once.
 *
 * <p>For what-ifs (change requests) the same calculation prices any plan without saving it:
 *
 * <pre>{@code
 * public BudgetEstimate estimate(long productionId, List<PlannedWork> work)
 * public BudgetEstimate estimate(long productionId, List<PlannedWork> work, LocalDate today)
 * public List<PlannedWork> plan(Viewer viewer, long productionId)   // the stored plan, to modify
 *
 * record PlannedWork(long taskId, Long stageId, long estimateMinutes, List<Long> assigneeIds, boolean done,
 *                    LocalDate due)
 * }</pre>
 *
 * {@code work} is the whole plan as it would be (start from {@link #plan} and add, drop or change tasks;
 * new tasks take ids no stored task has). Time already logged on the production counts as actual whatever
 * the plan says, in the stage the plan puts its task in. {@code estimate} checks no viewer: call
 * {@link ProductionService#access} first and keep amounts from clients (as {@link #budget} does).
 * The rules of the arithmetic are on {@link Costing}; see also docs/decisions/0011-money-per-currency.md.
 */
@Service
public class BudgetService {

    private final BudgetRepository budgets;
    private final RateService rates;
    private final TimeService time;
    private final ProductionService productions;
    private final UserService users;
    private final Clock clock;
    private final Formats formats;

    BudgetService(BudgetRepository budgets, RateService rates, TimeService time, ProductionService productions,
            UserService users, Clock clock, Formats formats) {
        this.budgets = budgets;
        this.rates = rates;
        this.time = time;
        this.productions = productions;
        this.users = users;
        this.clock = clock;
        this.formats = formats;
    }

    /** The production's budget from its stored plan, for anyone who may see it other than clients. */
    @Transactional(readOnly = true)
    public BudgetEstimate budget(Viewer viewer, long productionId) {
        maySee(viewer, productionId);
        return estimate(productionId, storedPlan(productionId), LocalDate.ofInstant(clock.instant(), viewer.zone()));
    }

    /** The production's tasks as a plan, for a what-if to change and {@link #estimate} to price. */
    @Transactional(readOnly = true)
    public List<PlannedWork> plan(Viewer viewer, long productionId) {
        maySee(viewer, productionId);
        return storedPlan(productionId);
    }

    /** Prices the plan with today's date in the facility's zone for tasks without a due date. */
    @Transactional(readOnly = true)
    public BudgetEstimate estimate(long productionId, List<PlannedWork> work) {
        return estimate(productionId, work, LocalDate.ofInstant(clock.instant(), ZoneId.of(UserService.DEFAULT_ZONE)));
    }

    /** Prices the plan; {@code today} prices tasks that have no due date. Saves nothing. */
    @Transactional(readOnly = true)
    public BudgetEstimate estimate(long productionId, List<PlannedWork> work, LocalDate today) {
        BudgetRepository.Money money = budgets.money(productionId)
                .orElseThrow(() -> Problem.notFound("production"));
        List<LoggedWork> logged = time.loggedForCosting(productionId);
        Map<Long, MemberRole> roles = new HashMap<>();
        Set<Long> people = new LinkedHashSet<>();
        for (PlannedWork w : work) {
            for (long person : w.assigneeIds()) {
                if (people.add(person)) {
                    productions.membership(productionId, person).ifPresent(r -> roles.put(person, r));
                }
            }
        }
        logged.forEach(l -> people.add(l.userId()));
        Map<Long, String> usernames = new HashMap<>();
        for (UserAccount u : users.findByIds(new ArrayList<>(people))) {
            usernames.put(u.id(), u.username());
        }
        Map<Long, String> titles = new HashMap<>();
        budgets.tasks(productionId).forEach(t -> titles.put(t.id(), t.title()));
        return Costing.cost(new Costing.Inputs(productionId, money.currency(), money.capMinor(),
                budgets.stages(productionId), List.copyOf(work), roles, rates.roleRates(), logged, titles,
                usernames, today, formats::money));
    }

    private List<PlannedWork> storedPlan(long productionId) {
        Map<Long, List<Long>> assignees = budgets.assignees(productionId);
        return budgets.tasks(productionId).stream()
                .map(t -> new PlannedWork(t.id(), t.stageId(), t.estimateMinutes() == null ? 0 : t.estimateMinutes(),
                        assignees.getOrDefault(t.id(), List.of()), t.done(), t.due()))
                .toList();
    }

    /** Whether the viewer may see this production's money: anyone who can see it, except clients. */
    @Transactional(readOnly = true)
    public boolean mayCost(Viewer viewer, long productionId) {
        Permitted permitted = productions.access(viewer, productionId, Access.VIEW);
        return !viewer.isClient() && permitted.myRole().orElse(null) != MemberRole.CLIENT;
    }

    private void maySee(Viewer viewer, long productionId) {
        if (!mayCost(viewer, productionId)) {
            throw Problem.forbidden("clients do not see budgets: they hold the facility's rates");
        }
    }
}
