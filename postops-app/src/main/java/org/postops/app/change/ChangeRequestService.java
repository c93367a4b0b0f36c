package org.postops.app.change;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.postops.app.access.ConfidentialityPolicy.Access;
import org.postops.app.access.Viewer;
import org.postops.app.audit.AuditTrail;
import org.postops.app.budget.BudgetService;
import org.postops.app.notify.Notifications;
import org.postops.app.production.Production;
import org.postops.app.production.ProductionFields;
import org.postops.app.production.ProductionService;
import org.postops.app.schedule.PlanSchedule;
import org.postops.app.schedule.ScheduleService;
import org.postops.app.system.Ids;
import org.postops.app.task.Dependency;
import org.postops.app.task.PlannedTask;
import org.postops.app.task.Task;
import org.postops.app.task.TaskFields;
import org.postops.app.task.TaskService;
import org.postops.app.task.TaskStatus;
import org.postops.app.web.FieldChecks;
import org.postops.app.web.Formats;
import org.postops.app.web.MergePatch;
import org.postops.app.web.PageOf;
import org.postops.app.web.Paging;
import org.postops.app.web.Problem;
import org.postops.planning.DependencyCycleException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Change requests from raising to decision. Anyone on the production's team may raise one; its managers propose
 * the changes, see the impact, and decide. Approval applies every change in one transaction through the same
 * services (and checks) as a direct edit, so an approved request leaves the plan exactly as the impact showed.
 */
@Service
public class ChangeRequestService {

    /** What a production change may touch: the spec and deliverables, and the dates the plan is held to. */
    static final Set<String> PRODUCTION_FIELDS = Set.of("spec", "pictureLockDate", "deliveryDate");

    /** A proposed change as the API takes it. */
    public record ProposalInput(ChangeKind kind, Long taskId, JsonNode task, JsonNode patch) {
    }

    /** What the decider says: approve, reject, defer, or reopen a deferred request. */
    public enum Decision {
        APPROVE, REJECT, DEFER, REOPEN
    }

    private final ChangeRequestRepository requests;
    private final ProductionService productions;
    private final TaskService tasks;
    private final ScheduleService schedules;
    private final ImpactCalculator impacts;
    private final BudgetService budgets;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final MergePatch mergePatch;
    private final JsonMapper json;
    private final Validator validator;
    private final Clock clock;

    ChangeRequestService(ChangeRequestRepository requests, ProductionService productions, TaskService tasks,
            ScheduleService schedules, ImpactCalculator impacts, BudgetService budgets, AuditTrail audit,
            Notifications notifications, MergePatch mergePatch, JsonMapper json, Validator validator, Clock clock) {
        this.budgets = budgets;
        this.notifications = notifications;
        this.requests = requests;
        this.productions = productions;
        this.tasks = tasks;
        this.schedules = schedules;
        this.impacts = impacts;
        this.audit = audit;
        this.mergePatch = mergePatch;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional
    public ChangeRequest raise(Viewer viewer, long productionId, ChangeRequestFields requested) {
        productions.access(viewer, productionId, Access.COMMENT);
        ChangeRequestFields fields = checked(requested);
        long id = Ids.next();
        Instant now = now();
        requests.insert(id, productionId, fields, viewer.id(), now);
        requests.insertStep(Ids.next(), id, now, viewer.id(), "raised", fields.reason(), null);
        audit.record(new AuditTrail.Event(viewer.username(), "change-request.raised", "change-request", id,
                productionId, null, fields));
        return get(viewer, id);
    }

    @Transactional(readOnly = true)
    public ChangeRequest get(Viewer viewer, long id) {
        ChangeRequestRepository.Row row = find(viewer, id);
        List<ChangeRequestRepository.Item> items = requests.items(id);
        List<String> summaries = items.isEmpty() ? List.of() : proposal(viewer, row, items, false).summaries();
        List<ProposedChange> changes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ChangeRequestRepository.Item item = items.get(i);
            changes.add(new ProposedChange(item.id(), item.kind(), item.taskId(), read(item.body()),
                    summaries.get(i)));
        }
        return new ChangeRequest(row.id(), row.version(), row.productionId(), row.productionName(), row.title(),
                row.requestedBy(), row.reason(), row.status(), row.raisedBy(), row.raisedAt(), row.decidedBy(),
                row.decidedAt(), row.decisionNote(), changes, requests.history(id));
    }

    @Transactional(readOnly = true)
    public PageOf<ChangeRequestSummary> list(Viewer viewer, long productionId, ChangeStatus status, Paging paging) {
        productions.access(viewer, productionId, Access.VIEW);
        List<ChangeRequestSummary> rows = requests.ofProduction(productionId, status, paging.offset(), paging.size())
                .stream().map(r -> new ChangeRequestSummary(r.id(), r.productionId(), r.title(), r.requestedBy(),
                        r.status(), r.raisedBy(), r.raisedAt(), r.decidedAt(), r.changes()))
                .toList();
        return paging.of(rows, () -> requests.countOfProduction(productionId, status));
    }

    /** Changes the request's title, requester or reason: its raiser or a manager, while it is undecided. */
    @Transactional
    public ChangeRequest patch(Viewer viewer, long id, JsonNode patch, Optional<Integer> expectedVersion) {
        ChangeRequest before = get(viewer, id);
        if (!before.raisedBy().username().equals(viewer.username())) {
            productions.access(viewer, before.productionId(), Access.MANAGE);
        }
        undecided(before.status());
        ChangeRequestFields fields = checked(mergePatch.apply(before.fields(), patch, ChangeRequestFields.class));
        if (!requests.update(id, fields, expectedVersion.orElse(before.version()))) {
            throw Problem.stale("change request '" + before.title() + "'");
        }
        audit.record(new AuditTrail.Event(viewer.username(), "change-request.updated", "change-request", id,
                before.productionId(), before.fields(), fields));
        return get(viewer, id);
    }

    /** Adds a proposed change, after checking the whole proposed plan still holds together. */
    @Transactional
    public ProposedChange propose(Viewer viewer, long id, ProposalInput input, Optional<Integer> expectedVersion) {
        ChangeRequestRepository.Row row = find(viewer, id);
        productions.access(viewer, row.productionId(), Access.MANAGE);
        undecided(row.status());
        ChangeRequestRepository.Item item = item(row, input);
        List<ChangeRequestRepository.Item> items = new ArrayList<>(requests.items(id));
        items.add(item);
        Proposal proposal = proposal(viewer, row, items, true);
        if (!requests.touch(id, expectedVersion.orElse(row.version()))) {
            throw Problem.stale("change request '" + row.title() + "'");
        }
        requests.insertItem(item.id(), id, item.kind(), item.taskId(), item.body());
        String summary = proposal.summaries().get(items.size() - 1);
        requests.insertStep(Ids.next(), id, now(), viewer.id(), "proposed", summary, null);
        audit.record(new AuditTrail.Event(viewer.username(), "change-request.change-proposed", "change-request", id,
                row.productionId(), null, Map.of("kind", item.kind(), "taskId", String.valueOf(item.taskId()),
                        "body", read(item.body()))));
        return new ProposedChange(item.id(), item.kind(), item.taskId(), read(item.body()), summary);
    }

    /** Withdraws a proposed change; refused if later changes build on a task it adds. */
    @Transactional
    public void withdraw(Viewer viewer, long id, long changeId) {
        ChangeRequestRepository.Row row = find(viewer, id);
        productions.access(viewer, row.productionId(), Access.MANAGE);
        undecided(row.status());
        List<ChangeRequestRepository.Item> items = new ArrayList<>(requests.items(id));
        ChangeRequestRepository.Item gone = items.stream().filter(i -> i.id() == changeId).findFirst()
                .orElseThrow(() -> Problem.notFound("proposed change"));
        String summary = proposal(viewer, row, items, false).summaries().get(items.indexOf(gone));
        items.remove(gone);
        proposal(viewer, row, items, true);
        requests.deleteItem(id, changeId);
        requests.touch(id, row.version());
        requests.insertStep(Ids.next(), id, now(), viewer.id(), "withdrawn", summary, null);
        audit.record(new AuditTrail.Event(viewer.username(), "change-request.change-withdrawn", "change-request",
                id, row.productionId(), Map.of("kind", gone.kind(), "body", read(gone.body())), null));
    }

    /** The impact; its cost only for those who may see the production's money (not clients). */
    @Transactional(readOnly = true)
    public Impact impact(Viewer viewer, long id) {
        ChangeRequestRepository.Row row = find(viewer, id);
        Proposal proposal = proposal(viewer, row, requests.items(id), false);
        Impact impact = impacts.of(viewer, row.id(), row.status(), proposal);
        return budgets.mayCost(viewer, row.productionId()) ? impact.withCost(impacts.cost(proposal)) : impact;
    }

    /**
     * Approves (applying every change in one transaction and recording the impact as it stood), rejects,
     * defers or reopens the request. Only its production's managers decide; the note says why.
     */
    @Transactional
    public ChangeRequest decide(Viewer viewer, long id, Decision decision, String note,
            Optional<Integer> expectedVersion) {
        ChangeRequestRepository.Row row = find(viewer, id);
        productions.access(viewer, row.productionId(), Access.MANAGE);
        if (decision == null) {
            throw Problem.badField("decision", "must be one of: approve, reject, defer, reopen");
        }
        if (note != null && note.length() > 2000) {
            throw Problem.badField("note", "must be at most 2000 characters");
        }
        String why = note == null || note.isBlank() ? null : note.strip();
        ChangeStatus next = next(row.status(), decision);
        List<ChangeRequestRepository.Item> items = requests.items(id);
        Impact impact = null;
        Set<Long> affected = items.isEmpty() ? new HashSet<>() : affected(viewer, proposal(viewer, row, items, false));
        affected.add(row.raisedById());
        if (decision == Decision.APPROVE) {
            if (items.isEmpty()) {
                throw Problem.conflict("Nothing to approve: propose the changes that meet the request first, "
                        + "or reject it.");
            }
            Proposal proposal = proposal(viewer, row, items, true);
            impact = impacts.of(viewer, row.id(), row.status(), proposal).withCost(impacts.cost(proposal));
            apply(viewer, row.productionId(), items);
        }
        Instant now = now();
        boolean decided = next != ChangeStatus.OPEN;
        if (!requests.decide(id, next, decided ? viewer.id() : null, decided ? now : null, decided ? why : null,
                expectedVersion.orElse(row.version()))) {
            throw Problem.stale("change request '" + row.title() + "'");
        }
        String action = decision.name().toLowerCase(java.util.Locale.ROOT) + (decision == Decision.REOPEN ? "ed"
                : decision == Decision.APPROVE ? "d" : decision == Decision.DEFER ? "red" : "ed");
        requests.insertStep(Ids.next(), id, now, viewer.id(), action, why,
                impact == null ? null : json.writeValueAsString(impact));
        affected.remove(viewer.id());
        notifications.notify(affected, row.productionId(), "change-request." + action,
                viewer.displayName() + " " + action + " the change request “" + row.title() + "”"
                        + (impact == null || impact.delivery().slipHours() <= 0 ? ""
                                : ": delivery moves " + Formats.workTime(Math.round(impact.delivery().slipHours() * 60))
                                        + " later"),
                "/change-requests/" + id);
        audit.record(new AuditTrail.Event(viewer.username(), "change-request." + action, "change-request", id,
                row.productionId(), Map.of("status", row.status()),
                impact == null ? Map.of("status", next, "note", String.valueOf(why))
                        : Map.of("status", next, "note", String.valueOf(why), "impact", impact)));
        return get(viewer, id);
    }

    /**
     * The people a decision concerns: whoever is assigned to a task the request adds or changes (before or
     * after the change), whoever works on a task the change would make late, and whoever it would overload.
     */
    private Set<Long> affected(Viewer viewer, Proposal proposal) {
        Map<Long, PlannedTask> before = new HashMap<>();
        proposal.before().forEach(t -> before.put(t.id(), t));
        Set<Long> people = new HashSet<>();
        for (PlannedTask t : proposal.after()) {
            PlannedTask was = before.get(t.id());
            if (was == null || !was.equals(t)) {
                people.addAll(t.assigneeIds());
                if (was != null) {
                    people.addAll(was.assigneeIds());
                }
            }
        }
        Impact impact = impacts.of(viewer, 0, ChangeStatus.OPEN, proposal);
        Map<Long, PlannedTask> after = new HashMap<>();
        proposal.after().forEach(t -> after.put(t.id(), t));
        impact.negativeFloat().forEach(f -> people.addAll(after.get(f.taskId()).assigneeIds()));
        impact.overloadedPeople().forEach(o -> people.add(o.userId()));
        return people;
    }

    private static ChangeStatus next(ChangeStatus now, Decision decision) {
        if (decision == Decision.REOPEN) {
            if (now != ChangeStatus.DEFERRED) {
                throw Problem.conflict("Only a deferred change request can be reopened; this one is "
                        + now.name().toLowerCase(java.util.Locale.ROOT) + ".");
            }
            return ChangeStatus.OPEN;
        }
        undecided(now);
        if (decision == Decision.DEFER && now == ChangeStatus.DEFERRED) {
            throw Problem.conflict("This change request is already deferred.");
        }
        return decision == Decision.APPROVE ? ChangeStatus.APPROVED
                : decision == Decision.REJECT ? ChangeStatus.REJECTED : ChangeStatus.DEFERRED;
    }

    /** Applies the changes through the task and production services: new tasks first, then every change in order. */
    private void apply(Viewer viewer, long productionId, List<ChangeRequestRepository.Item> items) {
        for (ChangeRequestRepository.Item item : items) {
            if (item.kind() == ChangeKind.NEW_TASK) {
                TaskFields f = readFields(read(item.body()), "task");
                tasks.create(viewer, productionId, new TaskFields(f.title(), f.description(), f.stageId(), f.status(),
                        f.estimateHours(), f.dueDate(), f.assignees(), List.of(), f.milestone(), f.startNotBefore()),
                        item.taskId());
            }
        }
        for (ChangeRequestRepository.Item item : items) {
            JsonNode body = read(item.body());
            if (item.kind() == ChangeKind.NEW_TASK) {
                if (body.has("dependsOn") && !body.get("dependsOn").isEmpty()) {
                    ObjectNode deps = json.createObjectNode();
                    deps.set("dependsOn", body.get("dependsOn"));
                    tasks.patch(viewer, item.taskId(), deps, Optional.empty());
                }
            } else if (item.kind() == ChangeKind.CHANGE_TASK) {
                tasks.patch(viewer, item.taskId(), body, Optional.empty());
            } else {
                productions.patch(viewer, productionId, body, Optional.empty());
            }
        }
    }

    /**
     * The plan now and with the changes. With {@code strict}, every change must still hold (the task it changes
     * still exists, dependencies name tasks of the plan, no cycle); otherwise a change that no longer applies is
     * described as such and left out, so a request whose plan moved on can still be read.
     */
    Proposal proposal(Viewer viewer, ChangeRequestRepository.Row row, List<ChangeRequestRepository.Item> items,
            boolean strict) {
        Production production = productions.get(viewer, row.productionId());
        List<PlannedTask> before = tasks.plan(viewer, row.productionId());
        Map<Long, PlannedTask> after = new LinkedHashMap<>();
        before.forEach(t -> after.put(t.id(), t));
        Map<Long, TaskFields> changed = new HashMap<>();
        Map<Long, List<String>> assigned = new HashMap<>();
        ProductionFields productionAfter = production.fields();
        List<String> summaries = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ChangeRequestRepository.Item item = items.get(i);
            JsonNode body = read(item.body());
            try {
                if (item.kind() == ChangeKind.NEW_TASK) {
                    TaskFields f = readFields(body, "task").withDefaults();
                    after.put(item.taskId(), tasks.proposed(viewer, row.productionId(), item.taskId(), f, List.of()));
                    changed.put(item.taskId(), f);
                    summaries.add(Describe.newTask(f));
                } else if (item.kind() == ChangeKind.CHANGE_TASK) {
                    long taskId = item.taskId();
                    TaskFields current = changed.get(taskId);
                    if (current == null) {
                        Task stored = stored(viewer, row.productionId(), taskId);
                        current = stored.fields();
                        assigned.put(taskId, current.assignees());
                    }
                    TaskFields patched = mergePatch.apply(current, body, TaskFields.class).withDefaults();
                    after.put(taskId, tasks.proposed(viewer, row.productionId(), taskId, patched,
                            assigned.getOrDefault(taskId, List.of())));
                    summaries.add(Describe.changedTask(current, patched, titles(after)));
                    changed.put(taskId, patched);
                } else {
                    ProductionFields patched = mergePatch.apply(productionAfter, body, ProductionFields.class);
                    FieldChecks.check(validator, patched);
                    summaries.add(Describe.changedProduction(productionAfter, patched));
                    productionAfter = patched;
                }
            } catch (Problem p) {
                if (strict) {
                    boolean aboutTheTask = p.errors().stream().anyMatch(e -> e.field().equals("taskId"));
                    throw aboutTheTask ? p : p.under(item.kind() == ChangeKind.NEW_TASK ? "task" : "patch");
                }
                summaries.add("No longer applies: " + p.getMessage());
            }
        }
        List<PlannedTask> plan = new ArrayList<>(after.values());
        for (PlannedTask t : plan) {
            for (PlannedTask.Predecessor p : t.dependsOn()) {
                if (!after.containsKey(p.taskId())) {
                    if (strict) {
                        throw Problem.badField("dependsOn", "no task " + p.taskId() + " in this production (for '"
                                + t.title() + "')");
                    }
                    after.put(t.id(), t.withDependsOn(t.dependsOn().stream()
                            .filter(d -> after.containsKey(d.taskId())).toList()));
                }
            }
        }
        try {
            schedules.schedule(LocalDate.now(clock), new ArrayList<>(after.values()));
        } catch (DependencyCycleException e) {
            Map<Long, String> names = titles(after);
            throw Problem.badField("dependsOn", "would make a cycle: " + e.cycle().stream()
                    .map(n -> "'" + names.getOrDefault(n, String.valueOf(n)) + "'")
                    .collect(Collectors.joining(" → ")) + " (each waits for the next)");
        } catch (IllegalArgumentException e) {
            throw Problem.badField("changes", e.getMessage());
        }
        return new Proposal(production, productionAfter, before, new ArrayList<>(after.values()), summaries);
    }

    private Task stored(Viewer viewer, long productionId, long taskId) {
        try {
            Task task = tasks.get(viewer, taskId);
            if (task.productionId() == productionId) {
                return task;
            }
        } catch (Problem p) {
            // answered below, as for any task not in this production
        }
        throw Problem.badField("taskId", "no task " + taskId + " in this production");
    }

    private static Map<Long, String> titles(Map<Long, PlannedTask> plan) {
        Map<Long, String> titles = new HashMap<>();
        plan.values().forEach(t -> titles.put(t.id(), t.title()));
        return titles;
    }

    /** Checks the shape of a proposed change and makes its stored form; a new task gets its id now. */
    private ChangeRequestRepository.Item item(ChangeRequestRepository.Row row, ProposalInput input) {
        if (input == null || input.kind() == null) {
            throw Problem.badField("kind", "must be one of: new_task, change_task, change_production");
        }
        switch (input.kind()) {
            case NEW_TASK:
                if (input.task() == null || !input.task().isObject()) {
                    throw Problem.badField("task", "must be the new task's fields, as a task create takes them");
                }
                readFields(input.task(), "task");
                return new ChangeRequestRepository.Item(Ids.next(), ChangeKind.NEW_TASK, Ids.next(),
                        json.writeValueAsString(input.task()));
            case CHANGE_TASK:
                if (input.taskId() == null) {
                    throw Problem.badField("taskId", "must name the task to change");
                }
                if (input.patch() == null || !input.patch().isObject() || input.patch().isEmpty()) {
                    throw Problem.badField("patch", "must be a JSON merge patch of the task's fields");
                }
                return new ChangeRequestRepository.Item(Ids.next(), ChangeKind.CHANGE_TASK, input.taskId(),
                        json.writeValueAsString(input.patch()));
            default:
                if (input.patch() == null || !input.patch().isObject() || input.patch().isEmpty()) {
                    throw Problem.badField("patch", "must be a JSON merge patch of the production's "
                            + String.join(", ", PRODUCTION_FIELDS.stream().sorted().toList()));
                }
                for (String name : input.patch().propertyNames()) {
                    if (!PRODUCTION_FIELDS.contains(name)) {
                        throw Problem.badField("patch." + name, "a change request may change only the spec, "
                                + "deliverables, picture lock and delivery dates; change the rest on the production");
                    }
                }
                return new ChangeRequestRepository.Item(Ids.next(), ChangeKind.CHANGE_PRODUCTION, null,
                        json.writeValueAsString(input.patch()));
        }
    }

    private TaskFields readFields(JsonNode body, String path) {
        try {
            TaskFields f = json.treeToValue(body, TaskFields.class);
            return new TaskFields(f.title(), f.description(), f.stageId(),
                    f.status() == null ? TaskStatus.TODO : f.status(), f.estimateHours(), f.dueDate(), f.assignees(),
                    f.dependsOn() == null ? List.<Dependency>of() : f.dependsOn(), f.milestone(), f.startNotBefore());
        } catch (JacksonException e) {
            throw org.postops.app.web.ApiProblems.fromJson(e).under(path);
        }
    }

    private JsonNode read(String body) {
        return json.readTree(body);
    }

    private ChangeRequestFields checked(ChangeRequestFields requested) {
        if (requested == null) {
            throw Problem.badField("title", "must not be blank");
        }
        ChangeRequestFields fields = requested.stripped();
        FieldChecks.check(validator, fields);
        return fields;
    }

    private ChangeRequestRepository.Row find(Viewer viewer, long id) {
        return requests.find(viewer, id).orElseThrow(() -> Problem.notFound("change request"));
    }

    private static void undecided(ChangeStatus status) {
        if (!status.undecided()) {
            throw Problem.conflict("This change request is already " + status.name().toLowerCase(java.util.Locale.ROOT)
                    + "; raise a new one for further changes.");
        }
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
