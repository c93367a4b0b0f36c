package org.postops.app.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.postops.app.access.Viewer;
import org.postops.app.demo.ProductionPlan.ExtraStage;
import org.postops.app.demo.ProductionPlan.Remark;
import org.postops.app.demo.ProductionPlan.TaskPlan;
import org.postops.app.demo.ProductionPlan.TeamMember;
import org.postops.app.production.Brief;
import org.postops.app.production.Criterion;
import org.postops.app.production.Production;
import org.postops.app.production.ProductionFields;
import org.postops.app.production.ProductionService;
import org.postops.app.production.ProductionStatus;
import org.postops.app.production.Stage;
import org.postops.app.task.Dependency;
import org.postops.app.task.DependencyType;
import org.postops.app.task.Task;
import org.postops.app.task.TaskFields;
import org.postops.app.task.TaskService;
import org.postops.app.task.TaskStatus;
import org.springframework.stereotype.Component;

/**
 * Sets a {@link ProductionPlan} up through the real services, each step done by the person who would
 * do it: the supervisor starts the production and hires the team, the producer adds stages, ticks
 * criteria and plans the tasks, each task's first assignee moves it on, people comment. So every rule
 * is checked and the audit trail tells the story.
 */
@Component
class PlanLoader {

    /** One of a task's {@code after}: a key, then optionally a type (fs, ss, ff) and a lag ("+8h", "-2h"). */
    private static final Pattern AFTER =
            Pattern.compile("([\\w-]+)(?:\\s+(fs|ss|ff))?(?:\\s+([+-]\\d+(?:\\.\\d+)?)h)?");

    private final ProductionService productions;
    private final TaskService tasks;

    PlanLoader(ProductionService productions, TaskService tasks) {
        this.productions = productions;
        this.tasks = tasks;
    }

    /** Loads the plan (inside the caller's transaction) and returns the new production's id. */
    long load(ProductionPlan plan, Map<String, Viewer> people, LocalDate today) {
        Viewer supervisor = person(people, plan.supervisor());
        Viewer producer = person(people, plan.producer());
        ProductionFields wanted = plan.fields();
        Production created = productions.create(supervisor, asFirstDrafted(wanted), null);
        long id = created.id();
        for (TeamMember member : plan.team()) {
            productions.addMember(supervisor, id, member.username(), member.role());
        }
        for (ExtraStage extra : plan.extraStages()) {
            Stage before = productions.stages(producer, id).stream().filter(s -> s.name().equals(extra.before()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no stage '" + extra.before() + "'"));
            productions.addStage(producer, id, extra.name(), before.position());
        }
        List<Criterion> stored = created.brief().acceptanceCriteria();
        for (int i = 0; i < stored.size(); i++) {
            if (wanted.brief().acceptanceCriteria().get(i).done()) {
                productions.setCriterionDone(producer, id, stored.get(i).id(), true);
            }
        }
        Map<String, Long> stages = productions.stages(producer, id).stream()
                .collect(Collectors.toMap(Stage::name, Stage::id));
        Map<String, Long> taskIds = new HashMap<>();
        for (TaskPlan task : plan.tasks()) {
            taskIds.put(task.key(), addTask(task, id, producer, people, stages, taskIds, today));
        }
        for (Remark remark : plan.remarks()) {
            tasks.comment(person(people, remark.author()), known(taskIds, remark.task()), remark.body());
        }
        if (wanted.status() != ProductionStatus.PLANNING) {
            ProductionFields now = productions.get(producer, id).fields();
            productions.update(producer, id, new ProductionFields(now.name(), now.codename(), now.client(),
                    now.type(), wanted.status(), now.confidentiality(), now.startDate(), now.pictureLockDate(),
                    now.deliveryDate(), now.currency(), now.brief(), now.spec()), Optional.empty());
        }
        return id;
    }

    /** Planned first (status planning, no criterion met yet); the plan's status and ticks come later. */
    private static ProductionFields asFirstDrafted(ProductionFields f) {
        Brief b = f.brief();
        List<Criterion> open = b.acceptanceCriteria().stream()
                .map(c -> new Criterion(null, c.description(), false)).toList();
        return new ProductionFields(f.name(), f.codename(), f.client(), f.type(), ProductionStatus.PLANNING,
                f.confidentiality(), f.startDate(), f.pictureLockDate(), f.deliveryDate(), f.currency(),
                new Brief(b.synopsis(), b.objectives(), b.audience(), b.budgetCapMinor(), open), f.spec());
    }

    private long addTask(TaskPlan plan, long productionId, Viewer producer, Map<String, Viewer> people,
            Map<String, Long> stages, Map<String, Long> earlier, LocalDate today) {
        Long stageId = stages.get(plan.stage());
        if (stageId == null) {
            throw new IllegalStateException("task '" + plan.key() + "': no stage '" + plan.stage() + "'");
        }
        List<Dependency> dependsOn = new ArrayList<>();
        for (String after : plan.after()) {
            dependsOn.add(dependency(plan.key(), after, earlier));
        }
        // Work not yet begun cannot have been done in the past: the producer pins it to start no earlier than
        // today, so the schedule runs what is left from now and a late plan shows as a missed milestone.
        LocalDate notBefore = !plan.milestone() && plan.status() == TaskStatus.TODO ? today : null;
        TaskFields fields = new TaskFields(plan.title(), plan.description(), stageId, TaskStatus.TODO,
                plan.milestone() ? null : plan.hours(), today.plusDays(plan.dueInDays()), plan.assignees(), dependsOn,
                plan.milestone(), notBefore);
        Task task = tasks.create(producer, productionId, fields);
        if (plan.status() != TaskStatus.TODO) {
            Viewer worker = person(people, plan.assignees().get(0));
            tasks.update(worker, task.id(), task.fields().withStatus(plan.status()), Optional.of(task.version()));
        }
        return task.id();
    }

    static Dependency dependency(String task, String after, Map<String, Long> earlier) {
        Matcher m = AFTER.matcher(after);
        if (!m.matches()) {
            throw new IllegalStateException("task '" + task + "': cannot read '" + after
                    + "' (write a key, then optionally fs, ss or ff and a lag such as +8h)");
        }
        DependencyType type = DependencyType.FINISH_TO_START;
        if ("ss".equals(m.group(2))) {
            type = DependencyType.START_TO_START;
        } else if ("ff".equals(m.group(2))) {
            type = DependencyType.FINISH_TO_FINISH;
        }
        double lag = m.group(3) == null ? 0.0 : Double.parseDouble(m.group(3));
        return new Dependency(known(earlier, m.group(1)), type, lag);
    }

    private static long known(Map<String, Long> taskIds, String key) {
        Long id = taskIds.get(key);
        if (id == null) {
            throw new IllegalStateException("no earlier task '" + key + "' in the plan");
        }
        return id;
    }

    private static Viewer person(Map<String, Viewer> people, String username) {
        Viewer viewer = people.get(username);
        if (viewer == null) {
            throw new IllegalStateException("no demo person '" + username + "'");
        }
        return viewer;
    }
}
