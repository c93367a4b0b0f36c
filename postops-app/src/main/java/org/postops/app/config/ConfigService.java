package org.postops.app.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.postops.app.access.ConfidentialityPolicy.Access;
import org.postops.app.access.MemberRole;
import org.postops.app.access.Role;
import org.postops.app.access.Viewer;
import org.postops.app.audit.AuditTrail;
import org.postops.app.kit.KitService;
import org.postops.app.kit.KitStatus;
import org.postops.app.kit.KitType;
import org.postops.app.notify.Notifications;
import org.postops.app.skill.Skill;
import org.postops.app.skill.SkillService;
import org.postops.app.production.ProductionService;
import org.postops.app.schedule.ScheduleService;
import org.postops.app.system.Ids;
import org.postops.app.web.MergePatch;
import org.postops.app.web.PageOf;
import org.postops.app.web.Paging;
import org.postops.app.web.Problem;
import org.postops.planning.config.Configuration;
import org.postops.planning.config.ConfigurationDiff;
import org.postops.planning.config.QualifiedRules;
import org.postops.planning.config.Rule;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Configurations of kit: snapshots and their diffs, qualified configurations, compliance, and the drift warning.
 *
 * <p>Who: kit is the facility's, so anyone but a client (administrators, staff, support; people or their CLI
 * tokens) reads and submits snapshots; clients are told "not found". Facility configurations are written by
 * administrators and support; a production's by its supervisors and producers or its tech support members
 * (docs/decisions/0021-configurations.md), and read by anyone but a client who may see the production.
 */
@Service
public class ConfigService {

    /** How far ahead of the server's clock a machine's own clock may be when it says when it was snapshotted. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final int MAX_RULES = 500;
    private static final TypeReference<List<RuleFields>> RULES = new TypeReference<>() {
    };
    private static final TypeReference<List<KitType>> KINDS = new TypeReference<>() {
    };
    private static final TypeReference<List<Long>> IDS = new TypeReference<>() {
    };

    private final SnapshotRepository snapshots;
    private final QualifiedConfigurationRepository configurations;
    private final SnapshotReader reader;
    private final ProductionService productions;
    private final KitService kits;
    private final SkillService skills;
    private final ScheduleService schedules;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final MergePatch mergePatch;
    private final JsonMapper json;
    private final Clock clock;

    ConfigService(SnapshotRepository snapshots, QualifiedConfigurationRepository configurations, SnapshotReader reader, KitService kits, SkillService skills,
            ProductionService productions, ScheduleService schedules, AuditTrail audit, Notifications notifications,
            MergePatch mergePatch, JsonMapper json, Clock clock) {
        this.snapshots = snapshots;
        this.configurations = configurations;
        this.reader = reader;
        this.productions = productions;
        this.kits = kits;
        this.skills = skills;
        this.schedules = schedules;
        this.audit = audit;
        this.notifications = notifications;
        this.mergePatch = mergePatch;
        this.json = json;
        this.clock = clock;
    }

    // for other areas (tickets, solutions, the technical brief)

    /**
     * What changed before a fault: the diff from the snapshot before the last one taken at or before
     * {@code faultAt} to that last one; empty when the kit has fewer than two such snapshots. No viewer: kit
     * configurations are not confidential; the caller has already decided the viewer may see the ticket.
     */
    @Transactional(readOnly = true)
    public Optional<SnapshotDiff> whatChanged(long kitId, Instant faultAt) {
        List<SnapshotSummary> two = snapshots.lastTwoAtOrBefore(kitId, faultAt);
        if (two.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(diff(kitId, two.get(1), two.get(0)));
    }

    /** Each kit booked to the production (today or later), checked; "not found" for who may not see it. */
    @Transactional(readOnly = true)
    public List<KitCompliance> complianceOf(Viewer viewer, long productionId) {
        notClient(viewer, "production");
        productions.access(viewer, productionId, Access.VIEW);
        List<QualifiedConfiguration> applicable = new ArrayList<>(inForce(productionId));
        applicable.addAll(inForce(null));
        List<KitCompliance> result = new ArrayList<>();
        Map<QualifiedConfiguration, QualifiedRules> rules = new IdentityHashMap<>();
        for (SnapshotRepository.KitRef kit : kitBookedTo(productionId)) {
            Optional<SnapshotSummary> latest = snapshots.latest(kit.id());
            List<ConfigurationCheck> checks = latest.isEmpty() ? List.of()
                    : checks(configuration(latest.get().id()), applicable, kit.kind(), rules);
            result.add(new KitCompliance(kit.id(), kit.name(), kit.kind(), latest.map(SnapshotSummary::id).orElse(null),
                    latest.map(SnapshotSummary::takenAt).orElse(null), status(latest, checks), checks));
        }
        return result;
    }

    /** The id of the kit's latest snapshot (by when it was taken), if it has any. */
    @Transactional(readOnly = true)
    public Optional<Long> latestSnapshotId(long kitId) {
        return snapshots.latest(kitId).map(SnapshotSummary::id);
    }

    // snapshots

    /**
     * Stores a snapshot read from {@code body} (see {@link SnapshotReader}), and warns each production the kit is
     * booked to, today or later, that it now drifts from, if it did not before.
     */
    @Transactional
    public KitSnapshot submit(Viewer viewer, long kitId, byte[] body, SnapshotSource defaultSource) {
        notClient(viewer, "kit");
        // the body is judged first, as a request body is everywhere in the API: malformed is 400 whatever it names
        SnapshotReader.Submitted submitted = reader.read(body, defaultSource);
        SnapshotRepository.KitRef kit = kit(viewer, kitId);
        Instant now = now();
        Instant takenAt = submitted.takenAt() == null ? now : submitted.takenAt().truncatedTo(ChronoUnit.MICROS);
        if (takenAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw Problem.badField("takenAt", "is in the future; leave it out to mean now");
        }
        snapshots.lockKit(kitId);
        Optional<SnapshotSummary> before = snapshots.latest(kitId);
        long id = Ids.next();
        SortedMap<String, String> values = submitted.configuration().values();
        snapshots.insert(id, kitId, takenAt, now, submitted.source(), viewer.id(),
                json.writeValueAsString(submitted.body()), values);
        audit.record(new AuditTrail.Event(viewer.username(), "kit-snapshot.submitted", "kit-snapshot", id, null, null,
                Map.of("kitId", kitId, "keys", values.size(), "source", submitted.source(), "takenAt", takenAt)));
        if (before.isEmpty() || !takenAt.isBefore(before.get().takenAt())) {
            warnOfDrift(viewer, kit, id, submitted.configuration(), before);
        }
        return snapshot(viewer, kitId, id);
    }

    private void warnOfDrift(Viewer viewer, SnapshotRepository.KitRef kit, long snapshotId, Configuration now,
            Optional<SnapshotSummary> before) {
        List<Long> booked = kits.productionsBooking(kit.id(), schedules.today());
        if (booked.isEmpty()) {
            return;
        }
        List<QualifiedConfiguration> facility = inForce(null);
        Configuration previous = before.map(s -> configuration(s.id())).orElse(null);
        Map<QualifiedConfiguration, QualifiedRules> rules = new IdentityHashMap<>();
        for (long productionId : booked) {
            List<QualifiedConfiguration> applicable = new ArrayList<>(inForce(productionId));
            applicable.addAll(facility);
            List<ConfigurationCheck> after = checks(now, applicable, kit.kind(), rules);
            List<QualifiedRules.Failure> failures = after.stream().flatMap(c -> c.failures().stream()).toList();
            if (failures.isEmpty()) {
                continue;
            }
            boolean drifted = previous != null && checks(previous, applicable, kit.kind(), rules).stream()
                    .anyMatch(c -> !c.compliant());
            if (drifted) {
                continue; // already drifting: they were told when it started
            }
            QualifiedRules.Failure first = failures.get(0);
            String title = "Kit “" + kit.name() + "” drifted from its qualified configuration: " + first.key() + " is "
                    + first.actual() + ", expected " + first.expected()
                    + (failures.size() > 1 ? " (and " + (failures.size() - 1) + " more)" : "");
            notifications.notify(productions.memberIds(productionId, MemberRole.TECH_SUPPORT), productionId,
                    "config-drift", title, "/kit/" + kit.id() + "/configuration");
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("kitId", kit.id());
            detail.put("snapshotId", snapshotId);
            detail.put("failures", failures);
            audit.record(new AuditTrail.Event(viewer.username(), "kit.config-drift", "kit", kit.id(),
                    productionId, null, detail));
        }
    }

    @Transactional(readOnly = true)
    public PageOf<SnapshotSummary> history(Viewer viewer, long kitId, Paging paging) {
        kit(viewer, kitId);
        return paging.of(snapshots.history(kitId, paging.offset(), paging.size()), () -> snapshots.count(kitId));
    }

    @Transactional(readOnly = true)
    public KitSnapshot snapshot(Viewer viewer, long kitId, long snapshotId) {
        SnapshotRepository.KitRef kit = kit(viewer, kitId);
        SnapshotSummary s = snapshots.find(kitId, snapshotId).orElseThrow(() -> Problem.notFound("snapshot"));
        JsonNode body = json.readTree(snapshots.body(snapshotId).orElse("{}"));
        return new KitSnapshot(s.id(), kitId, kit.name(), s.takenAt(), s.receivedAt(), s.source(), s.submittedBy(),
                body, snapshots.values(snapshotId));
    }

    /** The diff between two of the kit's snapshots; 400 naming the one that is not the kit's. */
    @Transactional(readOnly = true)
    public SnapshotDiff diff(Viewer viewer, long kitId, long from, long to) {
        kit(viewer, kitId);
        SnapshotSummary a = snapshots.find(kitId, from)
                .orElseThrow(() -> Problem.badField("from", "is not a snapshot of this kit"));
        SnapshotSummary b = snapshots.find(kitId, to)
                .orElseThrow(() -> Problem.badField("to", "is not a snapshot of this kit"));
        return diff(kitId, a, b);
    }

    private SnapshotDiff diff(long kitId, SnapshotSummary from, SnapshotSummary to) {
        ConfigurationDiff d = configuration(from.id()).diff(configuration(to.id()));
        return new SnapshotDiff(kitId, from, to, d.added(), d.removed(), d.changed());
    }

    /** The kit's name, for pages; "not found" for clients and unknown kit. */
    @Transactional(readOnly = true)
    public String kitName(Viewer viewer, long kitId) {
        return kit(viewer, kitId).name();
    }

    // qualified configurations

    /** The facility's configurations (with withdrawn ones when asked), by name. */
    @Transactional(readOnly = true)
    public PageOf<QualifiedConfiguration> facilityConfigurations(Viewer viewer, boolean withRetired, Paging paging) {
        notClient(viewer, "qualified configuration");
        return paging.of(configurations.of(null, withRetired, paging.offset(), paging.size()).stream()
                .map(this::view).toList(), () -> configurations.count(null, withRetired));
    }

    @Transactional(readOnly = true)
    public PageOf<QualifiedConfiguration> productionConfigurations(Viewer viewer, long productionId,
            boolean withRetired, Paging paging) {
        notClient(viewer, "production");
        productions.access(viewer, productionId, Access.VIEW);
        return paging.of(configurations.of(productionId, withRetired, paging.offset(), paging.size()).stream()
                .map(this::view).toList(), () -> configurations.count(productionId, withRetired));
    }

    @Transactional(readOnly = true)
    public QualifiedConfiguration configuration(Viewer viewer, long id) {
        notClient(viewer, "qualified configuration");
        return configurations.find(viewer, id).map(this::view)
                .orElseThrow(() -> Problem.notFound("qualified configuration"));
    }

    /** Declares a configuration: the facility's when {@code productionId} is null. */
    @Transactional
    public QualifiedConfiguration declare(Viewer viewer, Long productionId, QualifiedConfigurationFields requested) {
        mayWrite(viewer, productionId);
        QualifiedConfigurationFields fields = checked(requested);
        long id = Ids.next();
        configurations.insert(id, productionId, fields.name(), write(fields.kitKinds()), write(fields.rules()),
                write(fields.skillIds()), viewer.id(), now());
        audit.record(new AuditTrail.Event(viewer.username(), "qualified-configuration.declared",
                "qualified-configuration", id, productionId, null, fields));
        return configuration(viewer, id);
    }

    @Transactional
    public QualifiedConfiguration patch(Viewer viewer, long id, JsonNode patch, Optional<Integer> expectedVersion) {
        QualifiedConfiguration before = configuration(viewer, id);
        mayWrite(viewer, before.productionId());
        if (before.retiredAt() != null) {
            throw Problem.conflict("qualified configuration “" + before.name() + "” was withdrawn");
        }
        QualifiedConfigurationFields fields = checked(mergePatch.apply(before.fields(), patch,
                QualifiedConfigurationFields.class));
        if (!configurations.update(id, fields.name(), write(fields.kitKinds()), write(fields.rules()),
                write(fields.skillIds()), now(), expectedVersion.orElse(before.version()))) {
            throw Problem.stale("qualified configuration “" + before.name() + "”");
        }
        audit.record(new AuditTrail.Event(viewer.username(), "qualified-configuration.changed",
                "qualified-configuration", id, before.productionId(), before.fields(), fields));
        return configuration(viewer, id);
    }

    /** Withdraws a configuration: it is kept, for what referred to it, and no longer checked. */
    @Transactional
    public void withdraw(Viewer viewer, long id, Optional<Integer> expectedVersion) {
        QualifiedConfiguration before = configuration(viewer, id);
        mayWrite(viewer, before.productionId());
        if (before.retiredAt() != null) {
            return;
        }
        if (!configurations.retire(id, now(), expectedVersion.orElse(before.version()))) {
            throw Problem.stale("qualified configuration “" + before.name() + "”");
        }
        audit.record(new AuditTrail.Event(viewer.username(), "qualified-configuration.withdrawn",
                "qualified-configuration", id, before.productionId(), before.fields(), null));
    }

    /** Whether the viewer may declare and change this production's (null: the facility's) configurations. */
    @Transactional(readOnly = true)
    public boolean mayDeclare(Viewer viewer, Long productionId) {
        try {
            mayWrite(viewer, productionId);
            return true;
        } catch (Problem p) {
            return false;
        }
    }

    private void mayWrite(Viewer viewer, Long productionId) {
        if (productionId == null) {
            notClient(viewer, "qualified configuration");
            if (!viewer.isAdmin() && viewer.role() != Role.SUPPORT) {
                throw Problem.forbidden("only administrators and support engineers may change the facility's "
                        + "qualified configurations");
            }
            return;
        }
        notClient(viewer, "production");
        Optional<MemberRole> role = productions.access(viewer, productionId, Access.VIEW).myRole();
        if (!viewer.isAdmin() && !role.map(r -> r.manages() || r == MemberRole.TECH_SUPPORT).orElse(false)) {
            throw Problem.forbidden("only this production's supervisors, producers and tech support may change its "
                    + "qualified configurations");
        }
    }

    // compliance

    /** The kit against the productions it is booked to that the viewer may see, and the facility. */
    @Transactional(readOnly = true)
    public KitComplianceReport kitCompliance(Viewer viewer, long kitId) {
        SnapshotRepository.KitRef kit = kit(viewer, kitId);
        Optional<SnapshotSummary> latest = snapshots.latest(kitId);
        Configuration now = latest.map(s -> configuration(s.id())).orElse(null);
        Map<QualifiedConfiguration, QualifiedRules> rules = new IdentityHashMap<>();
        List<KitComplianceReport.ProductionCompliance> each = new ArrayList<>();
        List<ConfigurationCheck> all = new ArrayList<>();
        for (SnapshotRepository.Booked b : productionsOfKit(kitId, viewer)) {
            List<ConfigurationCheck> checks = now == null ? List.of()
                    : checks(now, inForce(b.productionId()), kit.kind(), rules);
            all.addAll(checks);
            each.add(new KitComplianceReport.ProductionCompliance(b.productionId(), b.productionName(),
                    status(latest, checks), checks));
        }
        List<ConfigurationCheck> facility = now == null ? List.of() : checks(now, inForce(null), kit.kind(), rules);
        all.addAll(facility);
        return new KitComplianceReport(kit.id(), kit.name(), kit.kind(), latest.map(SnapshotSummary::id).orElse(null),
                latest.map(SnapshotSummary::takenAt).orElse(null), status(latest, all), each, facility);
    }

    private List<ConfigurationCheck> checks(Configuration configuration, List<QualifiedConfiguration> candidates,
            KitType kind, Map<QualifiedConfiguration, QualifiedRules> rules) {
        List<ConfigurationCheck> checks = new ArrayList<>();
        for (QualifiedConfiguration q : candidates) {
            if (!q.appliesTo(kind)) {
                continue;
            }
            List<QualifiedRules.Failure> failures = rules.computeIfAbsent(q, ConfigService::rules).check(configuration);
            checks.add(new ConfigurationCheck(q.id(), q.name(), q.productionId(), failures.isEmpty(), failures));
        }
        return checks;
    }

    private static Compliance status(Optional<SnapshotSummary> latest, List<ConfigurationCheck> checks) {
        if (latest.isEmpty()) {
            return Compliance.NO_SNAPSHOT;
        }
        return checks.stream().allMatch(ConfigurationCheck::compliant) ? Compliance.COMPLIANT : Compliance.DRIFTED;
    }

    private static QualifiedRules rules(QualifiedConfiguration q) {
        return new QualifiedRules(q.rules().stream().map(ConfigService::rule).toList());
    }

    private static Rule rule(RuleFields r) {
        boolean required = r.required() == null || r.required();
        if (r.range() != null) {
            return new Rule(r.key(), Rule.Kind.RANGE, r.range(), required);
        }
        if (r.equalTo() != null) {
            return new Rule(r.key(), Rule.Kind.EQUALS, r.equalTo(), required);
        }
        return new Rule(r.key(), Rule.Kind.MATCHES, r.matches(), required);
    }

    /** The configurations in force of the facility and of these productions, by name, in one query (no viewer). */
    List<QualifiedConfiguration> inForceFor(Collection<Long> productionIds) {
        return configurations.inForceFor(productionIds).stream().map(this::view).toList();
    }

    private List<QualifiedConfiguration> inForce(Long productionId) {
        return configurations.of(productionId, false, 0, 10_000).stream().map(this::view).toList();
    }

    private Configuration configuration(long snapshotId) {
        return new Configuration(snapshots.values(snapshotId));
    }

    // checks and conversions

    private QualifiedConfigurationFields checked(QualifiedConfigurationFields f) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String name = f.name() == null ? "" : f.name().strip();
        if (name.isEmpty()) {
            errors.add(new Problem.FieldError("name", "is required"));
        } else if (name.length() > 200) {
            errors.add(new Problem.FieldError("name", "is longer than 200 characters"));
        }
        if (f.rules().isEmpty()) {
            errors.add(new Problem.FieldError("rules", "needs at least one rule, such as "
                    + "{\"key\": \"os.version\", \"range\": \"9\"}"));
        } else if (f.rules().size() > MAX_RULES) {
            errors.add(new Problem.FieldError("rules", "at most " + MAX_RULES + " rules"));
        }
        List<RuleFields> rules = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < f.rules().size() && i < MAX_RULES; i++) {
            RuleFields r = f.rules().get(i);
            String at = "rules[" + i + "]";
            if (r == null) {
                errors.add(new Problem.FieldError(at, "must be an object"));
                continue;
            }
            int given = (r.range() == null ? 0 : 1) + (r.equalTo() == null ? 0 : 1) + (r.matches() == null ? 0 : 1);
            if (given != 1) {
                errors.add(new Problem.FieldError(at, "give exactly one of range, equals or matches"));
                continue;
            }
            try {
                Rule rule = rule(r);
                if (!keys.add(rule.key())) {
                    errors.add(new Problem.FieldError(at + ".key", "“" + rule.key()
                            + "” already has a rule in this configuration"));
                    continue;
                }
                rules.add(new RuleFields(rule.key(), rule.kind() == Rule.Kind.RANGE ? rule.expected() : null,
                        rule.kind() == Rule.Kind.EQUALS ? rule.expected() : null,
                        rule.kind() == Rule.Kind.MATCHES ? rule.expected() : null, rule.required()));
            } catch (Rule.InvalidRule e) {
                errors.add(new Problem.FieldError(at + "." + e.part(), e.getMessage()));
            }
        }
        if (f.kitKinds().size() > KitType.values().length || f.kitKinds().stream().anyMatch(java.util.Objects::isNull)) {
            errors.add(new Problem.FieldError("kitKinds", "must be kinds of kit, each once"));
        }
        if (f.skillIds().size() > 50 || f.skillIds().stream().anyMatch(s -> s == null || s <= 0)) {
            errors.add(new Problem.FieldError("skillIds", "must be at most 50 skill ids"));
        } else {
            for (int i = 0; i < f.skillIds().size(); i++) {
                Optional<Skill> skill = skills.skill(f.skillIds().get(i));
                if (skill.isEmpty() || skill.get().retired()) {
                    errors.add(new Problem.FieldError("skillIds[" + i + "]", skill.isEmpty()
                            ? "no skill " + f.skillIds().get(i) + " in the taxonomy"
                            : "“" + skill.get().name() + "” is retired from the taxonomy"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw Problem.badRequest(errors);
        }
        return new QualifiedConfigurationFields(name, f.kitKinds().stream().distinct().sorted().toList(), rules,
                f.skillIds().stream().distinct().toList());
    }

    private QualifiedConfiguration view(QualifiedConfigurationRepository.Row r) {
        return new QualifiedConfiguration(r.id(), r.version(), r.productionId(), r.name(), json.readValue(r.kitKinds(),
                KINDS), json.readValue(r.rules(), RULES), json.readValue(r.skillIds(), IDS), r.createdAt(),
                r.updatedAt(), r.retiredAt());
    }

    private String write(Object value) {
        return json.writeValueAsString(value);
    }

    private SnapshotRepository.KitRef kit(Viewer viewer, long kitId) {
        notClient(viewer, "kit");
        return kits.find(kitId).map(k -> new SnapshotRepository.KitRef(k.id(), k.name(), k.kind()))
                .orElseThrow(() -> Problem.notFound("kit"));
    }

    /** The kit (not retired) booked to the production by bookings ending today or later, by name. */
    private List<SnapshotRepository.KitRef> kitBookedTo(long productionId) {
        return kits.findAll(kits.kitBookedTo(productionId, schedules.today())).values().stream()
                .filter(k -> k.status() != KitStatus.RETIRED)
                .sorted(Comparator.comparing(KitService.KitRef::name).thenComparing(KitService.KitRef::id))
                .map(k -> new SnapshotRepository.KitRef(k.id(), k.name(), k.kind())).toList();
    }

    /** The productions the viewer may see that the kit is booked to, today or later, by name. */
    private List<SnapshotRepository.Booked> productionsOfKit(long kitId, Viewer viewer) {
        Map<Long, String> visible = productions.visibleNames(viewer, kits.productionsBooking(kitId, schedules.today()));
        return visible.entrySet().stream().map(e -> new SnapshotRepository.Booked(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(SnapshotRepository.Booked::productionName)
                        .thenComparing(SnapshotRepository.Booked::productionId))
                .toList();
    }

    /** Clients see nothing of the support desk: the same "not found" as for what does not exist. */
    private static void notClient(Viewer viewer, String what) {
        if (viewer.isClient()) {
            throw Problem.notFound(what);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
