package org.postops.app.config;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.postops.app.access.Viewer;
import org.postops.app.kit.KitService;
import org.postops.app.schedule.ScheduleService;
import org.postops.app.skill.SkillNeed;
import org.postops.app.skill.SkillService;
import org.postops.app.task.SkillShortfalls;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Answers My work's question (task area) for the skills qualified configurations require: a task works with the
 * kit booked to it or to its stage (bookings ending today or later); every configuration in force of the task's
 * production or of the facility that applies to that kit's kind requires its skills at
 * {@link QualifiedConfiguration#SKILL_LEVEL}. Lives here, not in the skill area, because this area builds on
 * skills (decision 0031). At most three queries for a whole page, whatever its number of tasks: the tasks' kit,
 * then (only if there is any) the configurations, then (only if they require skills) the viewer's levels.
 *
 * <p>A production's configuration is only ever matched to that production's own tasks, which the caller has
 * already shown the viewer; the facility's are no one's secret.
 */
@Component
@Order(2)
class ConfigurationShortfalls implements SkillShortfalls {

    private final ConfigService configs;
    private final KitService kits;
    private final SkillService skills;
    private final ScheduleService schedules;

    ConfigurationShortfalls(ConfigService configs, KitService kits, SkillService skills, ScheduleService schedules) {
        this.configs = configs;
        this.kits = kits;
        this.skills = skills;
        this.schedules = schedules;
    }

    @Override
    public Map<Long, List<Shortfall>> of(Viewer viewer, Collection<Long> taskIds) {
        if (viewer.isClient() || taskIds.isEmpty()) {
            return Map.of();
        }
        List<KitService.TaskKit> taskKit = kits.kitOfTasks(taskIds, schedules.today());
        if (taskKit.isEmpty()) {
            return Map.of();
        }
        List<QualifiedConfiguration> requiring = configs.inForceFor(taskKit.stream()
                        .map(KitService.TaskKit::productionId).collect(Collectors.toSet()))
                .stream().filter(q -> !q.skillIds().isEmpty()).toList();
        if (requiring.isEmpty()) {
            return Map.of();
        }
        Set<Long> skillIds = new LinkedHashSet<>();
        requiring.forEach(q -> skillIds.addAll(q.skillIds()));
        Map<Long, SkillNeed> mine = skills.levelsOf(viewer.id(), skillIds);
        String required = QualifiedConfiguration.SKILL_LEVEL.name().toLowerCase(Locale.ROOT);

        // by task, then skill: the first kit (by name) and configuration (by name) that requires it is named
        Map<Long, Map<Long, Shortfall>> found = new LinkedHashMap<>();
        for (KitService.TaskKit tk : taskKit) {
            for (QualifiedConfiguration q : requiring) {
                if (!(q.productionId() == null || q.productionId() == tk.productionId()) || !q.appliesTo(tk.kind())) {
                    continue;
                }
                for (long skillId : q.skillIds()) {
                    SkillNeed have = mine.get(skillId);
                    if (have == null || have.level().atLeast(QualifiedConfiguration.SKILL_LEVEL)) {
                        continue;
                    }
                    found.computeIfAbsent(tk.taskId(), t -> new LinkedHashMap<>()).putIfAbsent(skillId,
                            new Shortfall(skillId, have.skill(), required,
                                    have.level().name().toLowerCase(Locale.ROOT),
                                    "qualified configuration “" + q.name() + "”, kit " + tk.kitName(), tk.kitId()));
                }
            }
        }
        Map<Long, List<Shortfall>> out = new LinkedHashMap<>();
        found.forEach((task, bySkill) -> out.put(task, List.copyOf(bySkill.values())));
        return out;
    }
}
