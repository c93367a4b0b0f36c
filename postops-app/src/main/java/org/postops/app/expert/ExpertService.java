package org.postops.app.expert;

import jakarta.validation.Validator;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.postops.app.access.Role;
import org.postops.app.access.UserAccount;
import org.postops.app.access.UserService;
import org.postops.app.access.Viewer;
import org.postops.app.audit.AuditTrail;
import org.postops.app.kit.KitType;
import org.postops.app.skill.SkillNeed;
import org.postops.app.skill.SkillService;
import org.postops.app.system.Ids;
import org.postops.app.web.FieldChecks;
import org.postops.app.web.MergePatch;
import org.postops.app.web.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The register of experts (staff, freelancers, vendor lines) and the ranking that suggests them for a ticket.
 * Technical support and administrators change it; clients see none of it (every call of theirs is "not
 * found"). Skills come from {@link SkillService}: the register never reads the skill tables itself.
 */
@Service
public class ExpertService {

    private final ExpertRepository experts;
    private final SkillService skills;
    private final UserService users;
    private final AuditTrail audit;
    private final MergePatch mergePatch;
    private final Validator validator;

    ExpertService(ExpertRepository experts, SkillService skills, UserService users, AuditTrail audit,
            MergePatch mergePatch, Validator validator) {
        this.experts = experts;
        this.skills = skills;
        this.users = users;
        this.audit = audit;
        this.mergePatch = mergePatch;
        this.validator = validator;
    }

    // for other areas (no viewer: the caller has already checked what its viewer may see)

    /** Every active expert, by name. */
    @Transactional(readOnly = true)
    public List<Expert> experts() {
        return assemble(experts.all(false));
    }

    @Transactional(readOnly = true)
    public Optional<Expert> expert(long id) {
        return experts.find(id).map(r -> assemble(List.of(r)).get(0));
    }

    /** The register's entry for a member of staff, if they are in it. */
    @Transactional(readOnly = true)
    public Optional<Expert> expertForUser(long userId) {
        return experts.findByUser(userId).map(r -> assemble(List.of(r)).get(0));
    }

    /**
     * Active experts ranked for a ticket, best first, each with its reasons ({@link ExpertRanking}).
     * {@code records} and {@code openLoad} are by expert id; missing means none.
     */
    @Transactional(readOnly = true)
    public List<ExpertSuggestion> suggest(TicketFacts facts, Map<Long, TrackRecord> records,
            Map<Long, Integer> openLoad) {
        return ExpertRanking.rank(experts(), facts, records, openLoad);
    }

    // the register, as a viewer sees it

    @Transactional(readOnly = true)
    public List<Expert> experts(Viewer viewer, boolean includeInactive) {
        noClients(viewer);
        return assemble(experts.all(includeInactive));
    }

    @Transactional(readOnly = true)
    public Expert expert(Viewer viewer, long id) {
        noClients(viewer);
        return expert(id).orElseThrow(() -> Problem.notFound("expert"));
    }

    /** Whether the viewer may change the register: administrators and technical support. */
    public static boolean mayChangeExperts(Viewer viewer) {
        return viewer.role() == Role.ADMIN || viewer.role() == Role.SUPPORT;
    }

    /**
     * Refuses anyone who may not change the register: "not found" to clients (who learn nothing of it),
     * "forbidden" to staff. A form asks this before it reads what was posted.
     */
    public static void requireMayChange(Viewer viewer) {
        noClients(viewer);
        supportOnly(viewer);
    }

    @Transactional
    public Expert createExpert(Viewer viewer, ExpertFields requested) {
        requireMayChange(viewer);
        long id = Ids.next();
        ExpertFields f = checked(requested, id);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        experts.insert(id, f, now);
        experts.replaceSkillsAndKit(id, f.skills(), f.kitTypes());
        Expert created = expert(id).orElseThrow();
        audit.record(new AuditTrail.Event(viewer.username(), "expert.created", "expert", id, null, null,
                created.fields()));
        return created;
    }

    @Transactional
    public Expert patchExpert(Viewer viewer, long id, JsonNode patch, Optional<Integer> expectedVersion) {
        Expert before = expert(viewer, id);
        return updateExpert(viewer, id, mergePatch.apply(before.fields(), patch, ExpertFields.class),
                expectedVersion);
    }

    @Transactional
    public Expert updateExpert(Viewer viewer, long id, ExpertFields requested, Optional<Integer> expectedVersion) {
        Expert before = expert(viewer, id);
        supportOnly(viewer);
        ExpertFields f = checked(requested, id);
        if (!experts.update(id, f, expectedVersion.orElse(before.version()),
                Instant.now().truncatedTo(ChronoUnit.MICROS))) {
            throw Problem.stale("expert '" + before.name() + "'");
        }
        experts.replaceSkillsAndKit(id, f.skills(), f.kitTypes());
        Expert after = expert(id).orElseThrow();
        audit.record(new AuditTrail.Event(viewer.username(), "expert.updated", "expert", id, null, before.fields(),
                after.fields()));
        return after;
    }

    private ExpertFields checked(ExpertFields requested, long id) {
        ExpertFields f = FieldChecks.check(validator, requested).withDefaults();
        String name = f.name();
        if (f.kind() == ExpertKind.STAFF) {
            if (f.userId() == null) {
                throw Problem.badField("userId", "a staff expert is one of the facility's users: choose who");
            }
            UserAccount user = users.findById(f.userId()).filter(u -> u.role() != Role.CLIENT)
                    .orElseThrow(() -> Problem.badField("userId", "no member of staff " + f.userId()));
            if (experts.userTaken(user.id(), id)) {
                throw Problem.badField("userId", user.displayName() + " is already in the register");
            }
            if (name == null) {
                name = user.displayName();
            }
        } else if (f.userId() != null) {
            throw Problem.badField("userId", "only a staff expert is linked to a user");
        }
        if (name == null) {
            throw Problem.badField("name", "must not be blank");
        }
        if (f.url() != null && !f.url().matches("(?i)https?://\\S+")) {
            throw Problem.badField("url", "must be a web address starting with https:// or http://");
        }
        checkHours(f.hours());
        skills.needs("skills", f.skills()); // known skills, each once, none retired
        return new ExpertFields(f.kind(), f.userId(), name, f.organisation(), f.email(), f.phone(), f.url(),
                f.notes(), f.hours(), f.skills(), f.kitTypes(), f.active(), f.version());
    }

    private static void checkHours(SupportHours h) {
        if (h.always()) {
            return;
        }
        if (h.days().isEmpty()) {
            throw Problem.badField("hours.days", "name the days the line is open, or make it open 24/7");
        }
        if (h.opens() == null) {
            throw Problem.badField("hours.opens", "must be a time of day such as 09:00");
        }
        if (h.closes() == null) {
            throw Problem.badField("hours.closes", "must be a time of day such as 18:00");
        }
        if (!h.closes().isAfter(h.opens())) {
            throw Problem.badField("hours.closes", "must be after the opening time");
        }
        if (h.zone() == null) {
            throw Problem.badField("hours.zone", "must be a time zone such as Europe/London");
        }
        try {
            ZoneId.of(h.zone());
        } catch (DateTimeException e) {
            throw Problem.badField("hours.zone", "must be a time zone such as Europe/London");
        }
    }

    private List<Expert> assemble(List<ExpertRepository.Row> rows) {
        List<Long> ids = rows.stream().map(ExpertRepository.Row::id).toList();
        Map<Long, List<SkillNeed>> listed = experts.skills(ids);
        Map<Long, List<KitType>> kit = experts.kitTypes(ids);
        Map<Long, List<SkillNeed>> own = skills.assessmentsOf(rows.stream().map(ExpertRepository.Row::userId)
                .filter(Objects::nonNull).toList());
        return rows.stream().map(r -> new Expert(r.id(), r.version(), r.kind(), r.userId(), r.username(), r.name(),
                r.organisation(), r.email(), r.phone(), r.url(), r.notes(), r.hours(),
                listed.getOrDefault(r.id(), List.of()), r.userId() == null ? List.of()
                        : own.getOrDefault(r.userId(), List.of()),
                kit.getOrDefault(r.id(), List.of()).stream().sorted().toList(), r.active(),
                r.createdAt(), r.updatedAt())).toList();
    }

    // who may

    private static void noClients(Viewer viewer) {
        if (viewer.isClient()) {
            throw Problem.notFound("page");
        }
    }

    private static void supportOnly(Viewer viewer) {
        if (!mayChangeExperts(viewer)) {
            throw Problem.forbidden("only technical support and administrators may change the experts register");
        }
    }
}
