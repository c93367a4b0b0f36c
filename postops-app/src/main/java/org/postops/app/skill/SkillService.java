package org.postops.app.skill;

import jakarta.validation.Validator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.postops.app.access.ConfidentialityPolicy.Access;
import org.postops.app.access.Role;
import org.postops.app.access.UserAccount;
import org.postops.app.access.UserService;
import org.postops.app.access.Viewer;
import org.postops.app.audit.AuditTrail;
import org.postops.app.production.ProductionService;
import org.postops.app.system.Ids;
import org.postops.app.task.Task;
import org.postops.app.task.TaskService;
import org.postops.app.web.FieldChecks;
import org.postops.app.web.MergePatch;
import org.postops.app.web.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Skills: the taxonomy (admins change it), everyone's self-assessment, the skills a task needs and the gaps
 * between the two. Clients see none of it: every call of theirs is "not found". Builds on tasks; tasks never
 * call here. The experts register (org.postops.app.expert) builds on this service.
 */
@Service
public class SkillService {

    private final SkillRepository skills;
    private final TaskService tasks;
    private final ProductionService productions;
    private final UserService users;
    private final AuditTrail audit;
    private final MergePatch mergePatch;
    private final Validator validator;

    SkillService(SkillRepository skills, TaskService tasks, ProductionService productions, UserService users,
            AuditTrail audit, MergePatch mergePatch, Validator validator) {
        this.skills = skills;
        this.tasks = tasks;
        this.productions = productions;
        this.users = users;
        this.audit = audit;
        this.mergePatch = mergePatch;
        this.validator = validator;
    }

    // for other areas (no viewer: the caller has already checked what its viewer may see)

    /** The skills in use, by category then name. */
    @Transactional(readOnly = true)
    public List<Skill> skills() {
        return skills.all(false);
    }

    @Transactional(readOnly = true)
    public Optional<Skill> skill(long id) {
        return skills.find(id);
    }

    /** What a task needs of whoever works on it; empty for a task that needs nothing (or does not exist). */
    @Transactional(readOnly = true)
    public List<SkillNeed> needsOfTask(long taskId) {
        return skills.ofTask(taskId);
    }

    /** A person's own assessment, by category then name; skills never assessed are absent (read as none). */
    @Transactional(readOnly = true)
    public List<SkillNeed> assessmentOf(long userId) {
        return skills.ofUser(userId);
    }

    /** The own assessments of several people at once, by user id; people who assessed nothing are absent. */
    @Transactional(readOnly = true)
    public Map<Long, List<SkillNeed>> assessmentsOf(Collection<Long> userIds) {
        return skills.ofUsers(userIds);
    }

    /**
     * Turns skill ids and levels (from a ticket, a qualified configuration) into needs, refusing unknown or
     * retired skills and repeats as bad {@code field} entries.
     */
    @Transactional(readOnly = true)
    public List<SkillNeed> needs(String field, List<LevelOf> levels) {
        Map<Long, Skill> known = checkedLevels(field, levels, true);
        return levels.stream().map(l -> {
            Skill s = known.get(l.skillId());
            return new SkillNeed(s.id(), s.name(), s.category(), l.level());
        }).toList();
    }

    /**
     * The person's own level of each of these skills, by skill id: the skill's name and category with their
     * level (none if never assessed). Unknown skills are absent; retired ones are there (they may still be named).
     */
    @Transactional(readOnly = true)
    public Map<Long, SkillNeed> levelsOf(long userId, Collection<Long> skillIds) {
        return skills.levelsOf(userId, skillIds);
    }

    /** Where the person falls short of what these tasks need: by task id, only tasks with a gap. */
    @Transactional(readOnly = true)
    public Map<Long, List<SkillGap>> gaps(long userId, Collection<Long> taskIds) {
        Map<Long, List<SkillGap>> gaps = new LinkedHashMap<>();
        skills.gaps(userId, taskIds).forEach(e -> gaps.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                .add(e.getValue()));
        return gaps;
    }

    // the taxonomy

    @Transactional(readOnly = true)
    public List<Skill> taxonomy(Viewer viewer, boolean includeRetired) {
        noClients(viewer);
        return skills.all(includeRetired);
    }

    @Transactional(readOnly = true)
    public Skill skill(Viewer viewer, long id) {
        noClients(viewer);
        return skills.find(id).orElseThrow(() -> Problem.notFound("skill"));
    }

    @Transactional
    public Skill createSkill(Viewer viewer, SkillFields requested) {
        noClients(viewer);
        adminOnly(viewer);
        SkillFields f = checked(requested, 0);
        long id = Ids.next();
        skills.insert(id, f);
        Skill created = skills.find(id).orElseThrow();
        audit.record(new AuditTrail.Event(viewer.username(), "skill.created", "skill", id, null, null, created));
        return created;
    }

    @Transactional
    public Skill patchSkill(Viewer viewer, long id, JsonNode patch, Optional<Integer> expectedVersion) {
        Skill before = skill(viewer, id);
        SkillFields current = new SkillFields(before.category(), before.name(), before.description(),
                before.retired(), before.version());
        return updateSkill(viewer, id, mergePatch.apply(current, patch, SkillFields.class), expectedVersion);
    }

    @Transactional
    public Skill updateSkill(Viewer viewer, long id, SkillFields requested, Optional<Integer> expectedVersion) {
        Skill before = skill(viewer, id);
        adminOnly(viewer);
        SkillFields f = checked(requested, id);
        if (!skills.update(id, f, expectedVersion.orElse(before.version()))) {
            throw Problem.stale("skill '" + before.name() + "'");
        }
        Skill after = skills.find(id).orElseThrow();
        audit.record(new AuditTrail.Event(viewer.username(), "skill.updated", "skill", id, null, before, after));
        return after;
    }

    private SkillFields checked(SkillFields requested, long id) {
        SkillFields f = FieldChecks.check(validator, requested).withDefaults();
        if (skills.nameTaken(f.name(), id)) {
            throw Problem.badField("name", "another skill is already called '" + f.name() + "'");
        }
        return f;
    }

    // self-assessment

    @Transactional(readOnly = true)
    public List<SkillNeed> mySkills(Viewer viewer) {
        noClients(viewer);
        return skills.ofUser(viewer.id());
    }

    /** Replaces the viewer's assessment of every skill in use: skills not listed become none. */
    @Transactional
    public List<SkillNeed> saveMySkills(Viewer viewer, List<LevelOf> levels) {
        noClients(viewer);
        checkedLevels("skills", levels, true);
        List<SkillNeed> before = skills.ofUser(viewer.id());
        skills.replaceOfUser(viewer.id(), levels, Instant.now().truncatedTo(ChronoUnit.MICROS));
        List<SkillNeed> after = skills.ofUser(viewer.id());
        audit.record(new AuditTrail.Event(viewer.username(), "skills.assessed", "user", viewer.id(), null, before,
                after));
        return after;
    }

    /** A colleague's self-assessment: facility people may read each other's; clients, nobody's. */
    @Transactional(readOnly = true)
    public List<SkillNeed> skillsOf(Viewer viewer, long userId) {
        noClients(viewer);
        UserAccount user = users.findById(userId).orElseThrow(() -> Problem.notFound("user"));
        if (user.role() == Role.CLIENT) {
            throw Problem.notFound("user");
        }
        return skills.ofUser(userId);
    }

    // tasks

    /** What a task needs, as the viewer may see the task (a restricted production's task is "not found"). */
    @Transactional(readOnly = true)
    public List<SkillNeed> taskSkills(Viewer viewer, long taskId) {
        noClients(viewer);
        tasks.get(viewer, taskId);
        return skills.ofTask(taskId);
    }

    /** Sets what a task needs; the viewer must be able to work on the task's production. */
    @Transactional
    public List<SkillNeed> setTaskSkills(Viewer viewer, long taskId, List<LevelOf> levels) {
        noClients(viewer);
        Task task = tasks.get(viewer, taskId);
        productions.access(viewer, task.productionId(), Access.WORK);
        checkedLevels("skills", levels, true);
        List<SkillNeed> before = skills.ofTask(taskId);
        skills.replaceOfTask(taskId, levels);
        List<SkillNeed> after = skills.ofTask(taskId);
        audit.record(new AuditTrail.Event(viewer.username(), "task.skills", "task", taskId, task.productionId(),
                before, after));
        return after;
    }

    /** Checks a list of levels: known skills, each once, none retired (unless set to none). */
    private Map<Long, Skill> checkedLevels(String field, List<LevelOf> levels, boolean refuseRetired) {
        if (levels == null) {
            throw Problem.badField(field, "must be a list, possibly empty");
        }
        if (levels.size() > 500) {
            throw Problem.badField(field, "must hold at most 500 skills");
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            LevelOf l = levels.get(i);
            if (l == null) {
                throw Problem.badField(field + "[" + i + "]", "must not be null");
            }
            if (l.skillId() == null) {
                throw Problem.badField(field + "[" + i + "].skillId", "must not be null");
            }
            if (l.level() == null) {
                throw Problem.badField(field + "[" + i + "].level", "must be one of none, basic, working, expert");
            }
            if (!seen.add(l.skillId())) {
                throw Problem.badField(field + "[" + i + "].skillId", "skill " + l.skillId() + " is listed twice");
            }
        }
        Map<Long, Skill> known = skills.byIds(seen);
        for (int i = 0; i < levels.size(); i++) {
            LevelOf l = levels.get(i);
            Skill s = known.get(l.skillId());
            if (s == null) {
                throw Problem.badField(field + "[" + i + "].skillId", "no skill " + l.skillId());
            }
            if (refuseRetired && s.retired() && l.level() != SkillLevel.NONE) {
                throw Problem.badField(field + "[" + i + "].skillId", "'" + s.name() + "' is retired");
            }
        }
        return known;
    }

    // who may

    private static void noClients(Viewer viewer) {
        if (viewer.isClient()) {
            throw Problem.notFound("page");
        }
    }

    private static void adminOnly(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw Problem.forbidden("only administrators may change the skills taxonomy");
        }
    }
}
