package org.postops.app.task;

import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.postops.app.access.ConfidentialityPolicy.Access;
import org.postops.app.access.UserAccount;
import org.postops.app.access.UserService;
import org.postops.app.access.Viewer;
import org.postops.app.audit.AuditTrail;
import org.postops.app.production.ProductionService;
import org.postops.app.production.Stage;
import org.postops.app.system.Ids;
import org.postops.app.system.SqlText;
import org.postops.app.web.FieldChecks;
import org.postops.app.web.MergePatch;
import org.postops.app.web.PageOf;
import org.postops.app.web.Paging;
import org.postops.app.web.Problem;
import org.postops.planning.DependencyGraph;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Tasks: created and changed by the production's team, assigned to its members, depending only on
 * tasks of the same production and never in a cycle. Everything is checked before anything is written.
 */
@Service
public class TaskService {

    private final TaskRepository tasks;
    private final ProductionService productions;
    private final UserService users;
    private final AuditTrail audit;
    private final MergePatch mergePatch;
    private final Validator validator;
    private final AssignmentNotices notices;

    TaskService(TaskRepository tasks, ProductionService productions, UserService users, AuditTrail audit,
            MergePatch mergePatch, Validator validator, AssignmentNotices notices) {
        this.tasks = tasks;
        this.productions = productions;
        this.users = users;
        this.audit = audit;
        this.mergePatch = mergePatch;
        this.validator = validator;
        this.notices = notices;
    }

    @Transactional
    public Task create(Viewer viewer, long productionId, TaskFields requested) {
        return create(viewer, productionId, requested, Ids.next());
    }

    /** Creates a task under an id reserved earlier (a new task proposed in a change request). */
    @Transactional
    public Task create(Viewer viewer, long productionId, TaskFields requested, long id) {
        productions.access(viewer, productionId, Access.WORK);
        TaskFields fields = requested.withDefaults();
        List<Long> assignees = checked(viewer, productionId, id, fields, List.of());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        tasks.insert(id, productionId, fields, now);
        tasks.replaceAssignees(id, assignees);
        tasks.replaceDependencies(id, fields.dependsOn());
        Task created = get(viewer, id);
        audit.record(new AuditTrail.Event(viewer.username(), "task.created", "task", id, productionId, null,
                created.fields()));
        notices.assigned(viewer, created, List.of());
        return created;
    }

    @Transactional(readOnly = true)
    public Task get(Viewer viewer, long id) {
        TaskRepository.Row row = tasks.find(viewer, id).orElseThrow(() -> Problem.notFound("task"));
        List<Person> assignees = tasks.assignees(List.of(id)).getOrDefault(id, List.of());
        return new Task(row.id(), row.version(), row.productionId(), row.productionName(), row.stageId(),
                row.stageName(), row.title(), row.description(), row.status(), hours(row.estimateMinutes()),
                row.dueDate(), row.milestone(), row.startNotBefore(), assignees, tasks.dependsOn(id), tasks.dependents(id), flags(viewer, row),
                row.createdAt(), row.updatedAt());
    }

    /** Applies a JSON merge patch (RFC 7396) to the task's editable fields. */
    @Transactional
    public Task patch(Viewer viewer, long id, JsonNode patch, Optional<Integer> expectedVersion) {
        Task before = get(viewer, id);
        return update(viewer, before, mergePatch.apply(before.fields(), patch, TaskFields.class), expectedVersion);
    }

    @Transactional
    public Task update(Viewer viewer, long id, TaskFields fields, Optional<Integer> expectedVersion) {
        return update(viewer, get(viewer, id), fields, expectedVersion);
    }

    private Task update(Viewer viewer, Task before, TaskFields requested, Optional<Integer> expectedVersion) {
        productions.access(viewer, before.productionId(), Access.WORK);
        TaskFields fields = requested.withDefaults();
        List<Long> assignees = checked(viewer, before.productionId(), before.id(), fields,
                before.assignees().stream().map(Person::username).toList());
        if (!tasks.update(before.id(), fields, expectedVersion.orElse(before.version()),
                Instant.now().truncatedTo(ChronoUnit.MICROS))) {
            throw Problem.stale("task '" + before.title() + "'");
        }
        tasks.replaceAssignees(before.id(), assignees);
        tasks.replaceDependencies(before.id(), fields.dependsOn());
        Task after = get(viewer, before.id());
        audit.record(new AuditTrail.Event(viewer.username(), "task.updated", "task", before.id(),
                before.productionId(), before.fields(), after.fields()));
        notices.assigned(viewer, after, before.assignees());
        return after;
    }

    /**
     * A task as it would be with {@code requested} fields, checked like a save but saved nowhere: for a change
     * request's proposed plan. Dependencies are not checked here, since they may name other proposed tasks;
     * the caller checks them against the whole proposed plan.
     */
    @Transactional(readOnly = true)
    public PlannedTask proposed(Viewer viewer, long productionId, long taskId, TaskFields requested,
            List<String> alreadyAssigned) {
        productions.access(viewer, productionId, Access.VIEW);
        TaskFields f = requested.withDefaults();
        List<Long> assignees = checkedFields(viewer, productionId, f, alreadyAssigned);
        return new PlannedTask(taskId, f.title(), f.stageId(), f.status(),
                f.estimateHours() == null ? null : (int) Math.round(f.estimateHours() * 60), f.milestone(),
                f.dueDate(), f.startNotBefore(), assignees, f.dependsOn().stream()
                        .map(d -> new PlannedTask.Predecessor(d.taskId(), d.type(), d.lagMinutes())).toList());
    }

    /**
     * Checks everything about the fields that needs the database: the stage belongs to the production,
     * assignees are on its team, dependencies are its tasks and close no cycle. Returns the assignees' ids.
     * People already assigned stay valid after leaving the team, so a finished task of theirs can still be
     * edited; only newly added assignees must be members.
     */
    private List<Long> checked(Viewer viewer, long productionId, long taskId, TaskFields fields,
            List<String> alreadyAssigned) {
        List<Long> ids = checkedFields(viewer, productionId, fields, alreadyAssigned);
        checkDependencies(productionId, taskId, fields);
        return ids;
    }

    private List<Long> checkedFields(Viewer viewer, long productionId, TaskFields fields,
            List<String> alreadyAssigned) {
        FieldChecks.check(validator, fields);
        if (fields.stageId() != null && productions.stages(viewer, productionId).stream().map(Stage::id)
                .noneMatch(fields.stageId()::equals)) {
            throw Problem.badField("stageId", "is not a stage of this production");
        }
        List<UserAccount> people = users.findByUsernames(fields.assignees());
        Map<String, UserAccount> byName = people.stream().collect(Collectors.toMap(UserAccount::username, u -> u));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < fields.assignees().size(); i++) {
            String name = fields.assignees().get(i);
            UserAccount user = byName.get(name);
            boolean allowed = user != null && (alreadyAssigned.contains(name)
                    || productions.membership(productionId, user.id()).isPresent());
            if (!allowed) {
                throw Problem.badField("assignees[" + i + "]",
                        "'" + name + "' is not on this production's team; add them as a member first");
            }
            ids.add(user.id());
        }
        if (fields.milestone() && fields.estimateHours() != null && fields.estimateHours() > 0) {
            throw Problem.badField("estimateHours", "a milestone takes no time: leave the estimate empty or 0");
        }
        if (fields.milestone() && fields.dueDate() == null) {
            throw Problem.badField("dueDate", "a milestone needs a date: the day it must be reached by");
        }
        return ids;
    }

    private void checkDependencies(long productionId, long taskId, TaskFields fields) {
        List<Long> deps = fields.dependsOnIds();
        if (deps.contains(taskId)) {
            throw Problem.badField("dependsOn", "a task cannot depend on itself");
        }
        Map<Long, String> titles = tasks.titles(productionId, deps);
        for (int i = 0; i < deps.size(); i++) {
            if (!titles.containsKey(deps.get(i))) {
                throw Problem.badField("dependsOn[" + i + "]", "no task " + deps.get(i) + " in this production");
            }
        }
        Map<Long, List<Long>> graph = new HashMap<>(tasks.dependencies(productionId));
        graph.put(taskId, deps);
        Optional<List<Long>> cycle = DependencyGraph.of(graph).findCycle(List.of(taskId));
        if (cycle.isPresent()) {
            List<Long> path = cycle.get();
            Map<Long, String> names = new HashMap<>(tasks.titles(productionId, path));
            names.putIfAbsent(taskId, fields.title());
            String described = path.stream().map(n -> "'" + names.getOrDefault(n, String.valueOf(n)) + "'")
                    .collect(Collectors.joining(" → "));
            throw Problem.badField("dependsOn", "would make a cycle: " + described + " (each waits for the next)");
        }
    }

    /** Every task of a production as the scheduler sees it; the viewer must be able to see the production. */
    @Transactional(readOnly = true)
    public List<PlannedTask> plan(Viewer viewer, long productionId) {
        productions.access(viewer, productionId, Access.VIEW);
        return tasks.plan(productionId);
    }

    /**
     * <strong>For working out people's load only; never to be shown with names.</strong> Every task of each
     * of these productions as the scheduler sees it, by production, asked without a viewer, so that the load view can count a person's
     * hours on productions its viewer may not see. Titles, ids and the production must never reach an answer:
     * {@code load.LoadService} turns them into anonymous "busy" hours. Anything else uses {@link #plan}.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<PlannedTask>> plansForLoad(Collection<Long> productionIds) {
        return tasks.plans(productionIds);
    }

    /**
     * <strong>For working out people's load only; never to be shown.</strong> The productions in which any of
     * these people has open (not done), estimated work, whoever may see them.
     */
    @Transactional(readOnly = true)
    public List<Long> productionsWithOpenWorkForLoad(Collection<Long> userIds) {
        return tasks.productionsWithOpenWork(userIds);
    }

    // lists

    @Transactional(readOnly = true)
    public PageOf<TaskSummary> myWork(Viewer viewer, boolean includeDone, Paging paging) {
        List<TaskRepository.Row> rows = tasks.assignedTo(viewer, includeDone, paging.offset(), paging.size());
        return paging.of(summaries(viewer, rows), () -> tasks.countAssignedTo(viewer, includeDone));
    }

    @Transactional(readOnly = true)
    public PageOf<TaskSummary> ofProduction(Viewer viewer, long productionId, TaskStatus status, Long stageId,
            Paging paging) {
        productions.access(viewer, productionId, Access.VIEW);
        List<TaskRepository.Row> rows = tasks.ofProduction(productionId, status, stageId, paging.offset(),
                paging.size());
        return paging.of(summaries(viewer, rows), () -> tasks.countOfProduction(productionId, status, stageId));
    }

    /** Tasks whose title holds the words; only in productions the viewer can see. */
    @Transactional(readOnly = true)
    public PageOf<TaskSummary> search(Viewer viewer, String query, Paging paging) {
        String like = SqlText.containing(query);
        return paging.of(summaries(viewer, tasks.search(viewer, like, paging.offset(), paging.size())),
                () -> tasks.countSearch(viewer, like));
    }

    private List<TaskSummary> summaries(Viewer viewer, List<TaskRepository.Row> rows) {
        Map<Long, List<Person>> assignees = tasks.assignees(rows.stream().map(TaskRepository.Row::id).toList());
        return rows.stream().map(r -> new TaskSummary(r.id(), r.productionId(), r.productionName(), r.stageId(),
                r.stageName(), r.title(), r.status(), hours(r.estimateMinutes()), r.dueDate(),
                assignees.getOrDefault(r.id(), List.of()), flags(viewer, r))).toList();
    }

    private static Flags flags(Viewer viewer, TaskRepository.Row row) {
        return Flags.of(row.status(), row.dueDate(), row.openDependencies(), LocalDate.now(viewer.zone()));
    }

    private static Double hours(Integer minutes) {
        return minutes == null ? null : minutes / 60.0;
    }

    // comments

    @Transactional(readOnly = true)
    public PageOf<Comment> comments(Viewer viewer, long taskId, Paging paging) {
        get(viewer, taskId);
        return paging.of(tasks.comments(taskId, paging.offset(), paging.size()), () -> tasks.countComments(taskId));
    }

    @Transactional
    public Comment comment(Viewer viewer, long taskId, String body) {
        Task task = get(viewer, taskId);
        productions.access(viewer, task.productionId(), Access.COMMENT);
        if (body == null || body.isBlank()) {
            throw Problem.badField("body", "must not be blank");
        }
        if (body.length() > 10_000) {
            throw Problem.badField("body", "must be at most 10000 characters");
        }
        long id = Ids.next();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        tasks.insertComment(id, taskId, viewer.id(), body.strip(), now);
        Comment comment = new Comment(id, new Person(viewer.username(), viewer.displayName()), body.strip(), now);
        audit.record(new AuditTrail.Event(viewer.username(), "comment.created", "comment", id, task.productionId(),
                null, Map.of("task", taskId, "body", comment.body())));
        return comment;
    }
}
