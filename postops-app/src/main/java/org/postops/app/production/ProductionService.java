package org.postops.app.production;

import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postops.app.access.ConfidentialityPolicy;
import org.postops.app.access.ConfidentialityPolicy.Access;
import org.postops.app.access.MemberRole;
import org.postops.app.access.Role;
import org.postops.app.access.UserAccount;
import org.postops.app.access.UserService;
import org.postops.app.access.Viewer;
import org.postops.app.audit.AuditTrail;
import org.postops.app.system.Ids;
import org.postops.app.web.FieldChecks;
import org.postops.app.web.MergePatch;
import org.postops.app.web.PageOf;
import org.postops.app.web.Paging;
import org.postops.app.web.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Productions: creating them (from the type's template or from an earlier production), changing them,
 * their stages and their team. Every call takes the viewer and asks the {@link ConfidentialityPolicy}.
 */
@Service
public class ProductionService {

    /** What another area needs to know about a production it has been asked about. */
    public record Permitted(long productionId, String name, Optional<MemberRole> myRole) {
    }

    private final ProductionRepository productions;
    private final UserService users;
    private final AuditTrail audit;
    private final MergePatch mergePatch;
    private final Validator validator;

    ProductionService(ProductionRepository productions, UserService users, AuditTrail audit, MergePatch mergePatch,
            Validator validator) {
        this.productions = productions;
        this.users = users;
        this.audit = audit;
        this.mergePatch = mergePatch;
        this.validator = validator;
    }

    @Transactional
    public Production create(Viewer viewer, ProductionFields requested, Long copyFrom) {
        if (!ConfidentialityPolicy.mayCreateProductions(viewer)) {
            throw Problem.forbidden("only staff and administrators may start productions");
        }
        ProductionFields fields = requested.withDefaults();
        List<String> stageNames = StageTemplates.forType(fields.type());
        if (copyFrom != null) {
            Production source = productions.find(viewer, copyFrom)
                    .orElseThrow(() -> Problem.badField("copyFrom", "no production " + copyFrom + " to copy from"));
            stageNames = source.stages().stream().map(Stage::name).toList();
            fields = new ProductionFields(fields.name(), fields.codename(), fields.client(), fields.type(),
                    fields.status(), fields.confidentiality(), fields.startDate(), fields.pictureLockDate(),
                    fields.deliveryDate(), fields.currency(), fields.brief(),
                    isEmpty(requested.spec()) ? source.spec().copied() : fields.spec());
        }
        FieldChecks.check(validator, fields);
        checkDates(fields);
        long id = Ids.next();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        productions.insert(id, fields, now);
        int position = 0;
        for (String stage : stageNames) {
            productions.insertStage(id, Ids.next(), stage, position++);
        }
        productions.addMember(id, viewer.id(), MemberRole.SUPERVISOR);
        Production created = productions.find(viewer, id).orElseThrow();
        audit.record(new AuditTrail.Event(viewer.username(), "production.created", "production", id, id, null,
                copyFrom == null ? created : Map.of("production", created, "copiedFrom", copyFrom)));
        return created;
    }

    private static boolean isEmpty(Spec spec) {
        return spec == null || spec.equals(Spec.empty());
    }

    /** Whether the database holds any production at all (for start-up code such as the demo facility). */
    @Transactional(readOnly = true)
    public boolean anyProductions() {
        return productions.any();
    }

    @Transactional(readOnly = true)
    public Production get(Viewer viewer, long id) {
        return productions.find(viewer, id).orElseThrow(() -> Problem.notFound("production"));
    }

    @Transactional(readOnly = true)
    public PageOf<ProductionSummary> list(Viewer viewer, String query, Paging paging) {
        return paging.of(productions.list(viewer, query, paging.offset(), paging.size()),
                () -> productions.count(viewer, query));
    }

    /** Applies a JSON merge patch (RFC 7396) to the production's editable fields. */
    @Transactional
    public Production patch(Viewer viewer, long id, JsonNode patch, Optional<Integer> expectedVersion) {
        Production before = require(viewer, id, Access.MANAGE);
        ProductionFields fields = mergePatch.apply(before.fields(), patch, ProductionFields.class);
        return update(viewer, before, fields, expectedVersion);
    }

    @Transactional
    public Production update(Viewer viewer, long id, ProductionFields fields, Optional<Integer> expectedVersion) {
        return update(viewer, require(viewer, id, Access.MANAGE), fields, expectedVersion);
    }

    private Production update(Viewer viewer, Production before, ProductionFields fields,
            Optional<Integer> expectedVersion) {
        FieldChecks.check(validator, fields);
        checkDates(fields);
        int expected = expectedVersion.orElse(before.version());
        if (!productions.update(before.id(), fields, expected, Instant.now().truncatedTo(ChronoUnit.MICROS))) {
            throw Problem.stale("production " + before.name());
        }
        Production after = productions.find(viewer, before.id()).orElseThrow();
        audit.record(new AuditTrail.Event(viewer.username(), "production.updated", "production", before.id(),
                before.id(), before, after));
        return after;
    }

    @Transactional
    public Production setCriterionDone(Viewer viewer, long productionId, long criterionId, boolean done) {
        Production before = require(viewer, productionId, Access.MANAGE);
        Criterion criterion = before.brief().acceptanceCriteria().stream().filter(c -> c.id() == criterionId)
                .findFirst().orElseThrow(() -> Problem.notFound("acceptance criterion"));
        productions.setCriterionDone(productionId, criterionId, done);
        productions.bumpVersion(productionId, Instant.now().truncatedTo(ChronoUnit.MICROS));
        audit.record(new AuditTrail.Event(viewer.username(), done ? "criterion.met" : "criterion.reopened",
                "acceptance-criterion", criterionId, productionId, criterion,
                new Criterion(criterionId, criterion.description(), done)));
        return productions.find(viewer, productionId).orElseThrow();
    }

    private static void checkDates(ProductionFields f) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (f.startDate() != null && f.pictureLockDate() != null && f.pictureLockDate().isBefore(f.startDate())) {
            errors.add(new Problem.FieldError("pictureLockDate", "must not be before the start date"));
        }
        if (f.pictureLockDate() != null && f.deliveryDate() != null
                && f.deliveryDate().isBefore(f.pictureLockDate())) {
            errors.add(new Problem.FieldError("deliveryDate", "must not be before picture lock"));
        }
        if (f.startDate() != null && f.deliveryDate() != null && f.deliveryDate().isBefore(f.startDate())) {
            errors.add(new Problem.FieldError("deliveryDate", "must not be before the start date"));
        }
        if (!errors.isEmpty()) {
            throw Problem.badRequest(errors);
        }
    }

    // access, for this and other areas

    /** The production if the viewer may do this to it; "not found" if they cannot see it at all. */
    @Transactional(readOnly = true)
    public Permitted access(Viewer viewer, long productionId, Access access) {
        ProductionRepository.Visible visible = productions.findVisible(viewer, productionId)
                .orElseThrow(() -> Problem.notFound("production"));
        if (!ConfidentialityPolicy.allows(viewer, visible.myRole(), access)) {
            throw Problem.forbidden(refusal(access));
        }
        return new Permitted(visible.id(), visible.name(), visible.myRole());
    }

    private Production require(Viewer viewer, long id, Access access) {
        Production production = get(viewer, id);
        if (!ConfidentialityPolicy.allows(viewer, Optional.ofNullable(production.myRole()), access)) {
            throw Problem.forbidden(refusal(access));
        }
        return production;
    }

    private static String refusal(Access access) {
        return switch (access) {
            case VIEW -> "you may not see this production";
            case COMMENT -> "only members of this production may comment on it";
            case WORK -> "only members of this production's team may change its tasks";
            case MANAGE -> "only this production's supervisors and producers may change it";
        };
    }

    // stages

    @Transactional
    public Stage addStage(Viewer viewer, long productionId, String name, Integer position) {
        require(viewer, productionId, Access.MANAGE);
        String clean = stageName(name);
        List<Stage> stages = new ArrayList<>(productions.stages(productionId));
        if (stages.size() >= 100) {
            throw Problem.conflict("a production has at most 100 stages");
        }
        Stage stage = new Stage(Ids.next(), clean, stages.size());
        productions.insertStage(productionId, stage.id(), clean, stages.size());
        stages.add(at(position, stages.size()), stage);
        productions.reorderStages(stages);
        audit.record(new AuditTrail.Event(viewer.username(), "stage.created", "stage", stage.id(), productionId,
                null, stage));
        return productions.stages(productionId).stream().filter(s -> s.id() == stage.id()).findFirst().orElseThrow();
    }

    @Transactional
    public Stage changeStage(Viewer viewer, long stageId, String name, Integer position) {
        long productionId = stageProduction(viewer, stageId);
        require(viewer, productionId, Access.MANAGE);
        List<Stage> stages = new ArrayList<>(productions.stages(productionId));
        Stage before = stages.stream().filter(s -> s.id() == stageId).findFirst().orElseThrow();
        stages.remove(before);
        Stage after = new Stage(stageId, name == null ? before.name() : stageName(name), before.position());
        stages.add(position == null ? Math.min(before.position(), stages.size()) : at(position, stages.size()), after);
        productions.reorderStages(stages);
        Stage saved = productions.stages(productionId).stream().filter(s -> s.id() == stageId).findFirst()
                .orElseThrow();
        audit.record(new AuditTrail.Event(viewer.username(), "stage.updated", "stage", stageId, productionId, before,
                saved));
        return saved;
    }

    @Transactional
    public void deleteStage(Viewer viewer, long stageId) {
        long productionId = stageProduction(viewer, stageId);
        require(viewer, productionId, Access.MANAGE);
        long tasks = productions.tasksInStage(stageId);
        if (tasks > 0) {
            throw Problem.conflict("the stage still holds " + tasks + (tasks == 1 ? " task" : " tasks")
                    + "; move them to another stage first");
        }
        List<Stage> stages = new ArrayList<>(productions.stages(productionId));
        Stage before = stages.stream().filter(s -> s.id() == stageId).findFirst().orElseThrow();
        stages.remove(before);
        try {
            productions.deleteStage(stageId);
        } catch (org.springframework.dao.DataIntegrityViolationException e) { // only bookings still point at it
            throw Problem.conflict("kit or rooms are still booked to the stage; cancel or move those bookings first");
        }
        productions.reorderStages(stages);
        audit.record(new AuditTrail.Event(viewer.username(), "stage.deleted", "stage", stageId, productionId, before,
                null));
    }

    @Transactional(readOnly = true)
    public List<Stage> stages(Viewer viewer, long productionId) {
        access(viewer, productionId, Access.VIEW);
        return productions.stages(productionId);
    }

    private long stageProduction(Viewer viewer, long stageId) {
        long productionId = productions.stageProduction(stageId).orElseThrow(() -> Problem.notFound("stage"));
        if (productions.findVisible(viewer, productionId).isEmpty()) {
            throw Problem.notFound("stage");
        }
        return productionId;
    }

    private static String stageName(String name) {
        if (name == null || name.isBlank()) {
            throw Problem.badField("name", "must not be blank");
        }
        if (name.strip().length() > 100) {
            throw Problem.badField("name", "must be at most 100 characters");
        }
        return name.strip();
    }

    private static int at(Integer position, int size) {
        if (position == null) {
            return size;
        }
        if (position < 0) {
            throw Problem.badField("position", "must be 0 or more");
        }
        return Math.min(position, size);
    }

    // members

    /** The ids of the production's members in this role, with no viewer check: for notices the system sends. */
    @Transactional(readOnly = true)
    public List<Long> memberIds(long productionId, MemberRole role) {
        return productions.members(productionId).stream().filter(m -> m.role() == role).map(Member::userId).toList();
    }

    @Transactional(readOnly = true)
    public List<Member> members(Viewer viewer, long productionId) {
        access(viewer, productionId, Access.VIEW);
        return productions.members(productionId);
    }

    @Transactional
    public Member addMember(Viewer viewer, long productionId, String username, MemberRole role) {
        require(viewer, productionId, Access.MANAGE);
        UserAccount user = memberAccount(username, role);
        if (productions.membership(productionId, user.id()).isPresent()) {
            throw Problem.conflict(user.username() + " is already on this production's team");
        }
        productions.addMember(productionId, user.id(), role);
        Member member = new Member(user.id(), user.username(), user.displayName(), role);
        audit.record(new AuditTrail.Event(viewer.username(), "member.added", "member", user.username(), productionId,
                null, member));
        return member;
    }

    @Transactional
    public Member changeMember(Viewer viewer, long productionId, String username, MemberRole role) {
        require(viewer, productionId, Access.MANAGE);
        // the path names a member: someone who is not one is "not found", before the new role is judged
        long userId = users.findByUsername(username).orElseThrow(() -> Problem.notFound("member")).id();
        MemberRole before = productions.membership(productionId, userId)
                .orElseThrow(() -> Problem.notFound("member"));
        UserAccount user = memberAccount(username, role);
        if (before.manages() && !role.manages()) {
            requireAnotherManager(productionId, user.id());
        }
        productions.changeMember(productionId, user.id(), role);
        Member member = new Member(user.id(), user.username(), user.displayName(), role);
        audit.record(new AuditTrail.Event(viewer.username(), "member.changed", "member", user.username(),
                productionId, new Member(user.id(), user.username(), user.displayName(), before), member));
        return member;
    }

    @Transactional
    public void removeMember(Viewer viewer, long productionId, String username) {
        require(viewer, productionId, Access.MANAGE);
        UserAccount user = users.findByUsername(username).orElseThrow(() -> Problem.notFound("member"));
        MemberRole role = productions.membership(productionId, user.id()).orElseThrow(() -> Problem.notFound("member"));
        long open = productions.openTasksAssigned(productionId, user.id());
        if (open > 0) {
            throw Problem.conflict(user.displayName() + " is assigned " + open + (open == 1 ? " open task" : " open tasks")
                    + " on this production; reassign them first");
        }
        if (role.manages()) {
            requireAnotherManager(productionId, user.id());
        }
        productions.removeMember(productionId, user.id());
        audit.record(new AuditTrail.Event(viewer.username(), "member.removed", "member", user.username(),
                productionId, new Member(user.id(), user.username(), user.displayName(), role), null));
    }

    /** Whether the user is on the production's team, and how. For other areas' checks (assignees). */
    @Transactional(readOnly = true)
    public Optional<MemberRole> membership(long productionId, long userId) {
        return productions.membership(productionId, userId);
    }

    /**
     * The names of those of {@code productionIds} the viewer may see, by id; the others are left out, so a
     * caller can tell only that it may not name them.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> visibleNames(Viewer viewer, Collection<Long> productionIds) {
        return productions.visibleNames(viewer, productionIds);
    }

    /**
     * The viewer and the people they work with: everyone (not clients, not deactivated) on the teams of the
     * productions the viewer is on; for an administrator, who sees every production, everyone on any team.
     */
    @Transactional(readOnly = true)
    public List<Long> teammates(Viewer viewer) {
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        if (!viewer.isAdmin()) { // an administrator on no team runs the installation and has no load of their own
            ids.add(viewer.id());
        }
        ids.addAll(productions.teammates(viewer.isAdmin() ? null : viewer.id()));
        return List.copyOf(ids);
    }

    /**
     * <strong>For working out people's load only; never to be shown.</strong> The start dates of these
     * productions (null for none), asked without a viewer: the load view needs them to schedule work on
     * productions its viewer may not see, which it then shows only as anonymous "busy" hours.
     */
    @Transactional(readOnly = true)
    public Map<Long, LocalDate> startDatesForLoad(Collection<Long> productionIds) {
        return productions.startDates(productionIds);
    }

    private void requireAnotherManager(long productionId, long leavingUserId) {
        boolean another = productions.members(productionId).stream()
                .anyMatch(m -> m.userId() != leavingUserId && m.role().manages());
        if (!another) {
            throw Problem.conflict("a production needs at least one supervisor or producer; add another first");
        }
    }

    private UserAccount memberAccount(String username, MemberRole role) {
        if (username == null || username.isBlank()) {
            throw Problem.badField("username", "must not be blank");
        }
        if (role == null) {
            throw Problem.badField("role", "must not be null");
        }
        UserAccount user = users.findByUsername(username.strip())
                .orElseThrow(() -> Problem.badField("username", "no user '" + username.strip() + "'"));
        if (!user.active()) {
            throw Problem.badField("username", user.username() + "'s account is deactivated");
        }
        if (user.role() == Role.CLIENT && role != MemberRole.CLIENT) {
            throw Problem.badField("role", user.username() + " is a client and can only join as client");
        }
        return user;
    }
}
