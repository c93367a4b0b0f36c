package org.postops.app.ticket;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.postops.app.access.ConfidentialityPolicy.Access;
import org.postops.app.access.Role;
import org.postops.app.access.UserAccount;
import org.postops.app.access.UserService;
import org.postops.app.access.Viewer;
import org.postops.app.audit.AuditTrail;
import org.postops.app.expert.Expert;
import org.postops.app.expert.ExpertService;
import org.postops.app.kit.KitService;
import org.postops.app.kit.KitType;
import org.postops.app.notify.Notifications;
import org.postops.app.production.ProductionService;
import org.postops.app.schedule.ScheduleService;
import org.postops.app.skill.SkillCategory;
import org.postops.app.solution.Recurrence;
import org.postops.app.solution.SolutionInput;
import org.postops.app.solution.SolutionKind;
import org.postops.app.solution.SolutionService;
import org.postops.app.system.Ids;
import org.postops.app.task.Task;
import org.postops.app.task.TaskService;
import org.postops.app.ticket.sla.ServiceClock;
import org.postops.app.ticket.sla.ServiceLevel;
import org.postops.app.ticket.sla.ServiceTargets;
import org.postops.app.web.FieldChecks;
import org.postops.app.web.MergePatch;
import org.postops.app.web.PageOf;
import org.postops.app.web.Paging;
import org.postops.app.web.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Tickets from raising to closing. Staff, support and administrators raise and work them; clients never learn
 * they exist. A ticket on a production follows its confidentiality: whoever may not see the production is told
 * the ticket does not exist. Every change is one transaction, audited, and bumps the ticket's version.
 */
@Service
public class TicketService {

    /** Lists filtered on the service clocks work them out for at most this many open tickets. */
    private static final int CLOCK_FILTER_LIMIT = 5000;

    /** A list's filters, as the API and the list page take them. */
    public record Filter(TicketStatus status, Severity severity, boolean open, boolean mine, boolean assignedToMe,
            boolean breached, Long productionId, Long kitId, String query) {

        public static Filter none() {
            return new Filter(null, null, false, false, false, false, null, null, null);
        }
    }

    /** The fields a ticket's editor may change afterwards. */
    public record Editable(String summary, String symptoms, String errorText, Severity severity, SkillCategory category) {
    }

    /** An option to restore service as the engineer records it; time to restore in hours and minutes. */
    public record OptionFields(OptionKind kind, @Size(max = 2000) String description, Long costMinor,
            String currency, Integer restoreHours, Integer restoreMinutes, @Size(max = 2000) String feasibility) {
    }

    /** The solution a ticket is resolved with. */
    public record ResolutionFields(@Size(max = 10000) String whatWasDone, ResolutionKind kind,
            Boolean workaroundAcceptable, @Size(max = 2000) String whyNotAcceptable, Long snapshotId,
            Instant restoredAt, @Size(max = 10000) String note) {
    }

    private final TicketRepository tickets;
    private final SolutionService solutions;
    private final ExpertService experts;
    private final KitService kits;
    private final ProductionService productions;
    private final TaskService tasks;
    private final UserService users;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final MergePatch mergePatch;
    private final Validator validator;
    private final ServiceClock serviceClock;
    private final Map<Severity, ServiceTargets.Target> targets;
    private final Clock clock;

    TicketService(TicketRepository tickets, SolutionService solutions, ExpertService experts, KitService kits,
            ProductionService productions, TaskService tasks, UserService users, AuditTrail audit,
            Notifications notifications, MergePatch mergePatch, Validator validator, ScheduleService schedules,
            ServiceTargets.Settings targets, Clock clock) {
        this.tickets = tickets;
        this.solutions = solutions;
        this.experts = experts;
        this.kits = kits;
        this.productions = productions;
        this.tasks = tasks;
        this.users = users;
        this.audit = audit;
        this.notifications = notifications;
        this.mergePatch = mergePatch;
        this.validator = validator;
        this.serviceClock = new ServiceClock(schedules.calendar());
        this.targets = targets.resolved();
        this.clock = clock;
    }

    /** The targets in force, per severity (for pages and docs). */
    public Map<Severity, ServiceTargets.Target> targets() {
        return targets;
    }

    // raising and reading

    /**
     * Raises a ticket; the viewer is its requester. Kit must be in the register; a production must be one the
     * viewer may see; tasks must be visible and of that production (tasks without a production name theirs).
     */
    @Transactional
    public Ticket raise(Viewer viewer, TicketFields requested) {
        return raise(viewer, requested, now());
    }

    /**
     * Raises a ticket as of an earlier instant, for history brought in from elsewhere (a facility's previous
     * desk, the demo): its clocks count from then. Not offered over the API.
     */
    @Transactional
    public Ticket raiseAsOf(Viewer viewer, TicketFields requested, Instant raisedAt) {
        if (raisedAt.isAfter(now())) {
            throw new IllegalArgumentException("a ticket cannot be raised in the future: " + raisedAt);
        }
        return raise(viewer, requested, raisedAt.truncatedTo(ChronoUnit.MICROS));
    }

    private Ticket raise(Viewer viewer, TicketFields requested, Instant now) {
        supportDesk(viewer);
        if (requested == null) {
            throw Problem.badField("summary", "must not be blank");
        }
        TicketFields fields = requested.stripped();
        FieldChecks.check(validator, fields);
        fields = linked(viewer, fields);
        long id = Ids.next();
        tickets.insert(id, fields, viewer.id(), now);
        tickets.insertEvent(Ids.next(), id, now, viewer.id(), "raised", null, TicketStatus.NEW, null);
        audit.record(new AuditTrail.Event(viewer.username(), "ticket.raised", "ticket", id, fields.productionId(),
                null, fields));
        noteRecurrence(id, fields.kitIds(), fields.category(), now);
        return get(viewer, id);
    }

    /** Checks what the ticket links to, and fills in the production from its tasks when none was named. */
    private TicketFields linked(Viewer viewer, TicketFields f) {
        java.util.Set<Long> known = kits.findAll(f.kitIds()).keySet();
        List<Long> unknown = f.kitIds().stream().filter(k -> !known.contains(k)).toList();
        if (!unknown.isEmpty()) {
            throw Problem.badField("kitIds", "no kit " + unknown.stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")) + " in the register");
        }
        Long production = f.productionId();
        if (production != null) {
            productions.access(viewer, production, Access.VIEW);
        }
        for (long taskId : f.taskIds()) {
            Task task;
            try {
                task = tasks.get(viewer, taskId);
            } catch (Problem p) {
                throw Problem.badField("taskIds", "no task " + taskId + (production == null ? ""
                        : " in this production"));
            }
            if (production == null) {
                production = task.productionId();
            } else if (task.productionId() != production) {
                throw Problem.badField("taskIds", "no task " + taskId + " in this production: a ticket's tasks "
                        + "are all of its production");
            }
        }
        return new TicketFields(f.summary(), f.symptoms(), f.errorText(), f.severity(), f.category(), f.kitIds(),
                production, f.taskIds());
    }

    @Transactional(readOnly = true)
    public Ticket get(Viewer viewer, long id) {
        TicketRepository.Row row = find(viewer, id);
        List<ServiceClock.Span> history = tickets.history(List.of(id)).getOrDefault(id, List.of());
        Optional<TicketRepository.Solution> solution = tickets.latestSolution(id);
        Long recurrenceOf = row.recurrenceOf() != null && tickets.isVisible(viewer, row.recurrenceOf())
                ? row.recurrenceOf() : null;
        return new Ticket(row.id(), row.version(), row.summary(), row.symptoms(), row.errorText(), row.severity(),
                row.category(), row.status(), row.status().next(), row.requester(), row.assignee(), row.expertId(),
                row.expertId() == null ? null : experts.expert(row.expertId()).map(Expert::name).orElse(null),
                row.productionId(), row.productionName(), kitLinks(tickets.kit(List.of(id)).getOrDefault(id, List.of())),
                tickets.tasks(id), row.raisedAt(), row.firstResponseAt(), recurrenceOf,
                solution.map(TicketService::resolution).orElse(null), tickets.timeline(id), tickets.options(id),
                serviceLevel(row, history));
    }

    /** Tickets the viewer may see, newest first; {@code breached} filters on the service clocks now. */
    @Transactional(readOnly = true)
    public PageOf<TicketSummary> list(Viewer viewer, Filter filter, Paging paging) {
        supportDesk(viewer);
        String q = filter.query() == null || filter.query().isBlank() ? null : filter.query().strip();
        if (q != null && q.length() > 200) {
            throw Problem.badField("q", "must be at most 200 characters");
        }
        TicketRepository.Filter f = new TicketRepository.Filter(filter.status(), filter.severity(),
                filter.open() || filter.breached() ? Boolean.TRUE : null, filter.mine() ? viewer.id() : null,
                filter.assignedToMe() ? viewer.id() : null, filter.productionId(), filter.kitId(), q);
        if (!filter.breached()) {
            return paging.of(summaries(tickets.list(viewer, f, paging.offset(), paging.size())),
                    () -> tickets.count(viewer, f));
        }
        List<TicketSummary> breached = summaries(tickets.list(viewer, f, 0, CLOCK_FILTER_LIMIT)).stream()
                .filter(t -> t.serviceLevel().breached()).toList();
        int from = (int) Math.min(paging.offset(), breached.size());
        int to = Math.min(from + paging.size(), breached.size());
        return new PageOf<>(breached.subList(from, to), paging.page(), paging.size(), breached.size());
    }

    private List<TicketSummary> summaries(List<TicketRepository.Row> rows) {
        Map<Long, List<ServiceClock.Span>> history = tickets.history(rows.stream().map(TicketRepository.Row::id)
                .toList());
        return rows.stream().map(r -> new TicketSummary(r.id(), r.summary(), r.severity(), r.category(), r.status(),
                r.requester(), r.assignee(), r.productionId(), r.productionName(), r.raisedAt(),
                serviceLevel(r, history.getOrDefault(r.id(), List.of())))).toList();
    }

    private ServiceLevel serviceLevel(TicketRepository.Row row, List<ServiceClock.Span> history) {
        List<ServiceClock.Span> spans = history.isEmpty()
                ? List.of(new ServiceClock.Span(row.raisedAt(), TicketStatus.NEW)) : history;
        return ServiceLevel.of(serviceClock.measure(targets.get(row.severity()), spans,
                Optional.ofNullable(row.firstResponseAt()), now()));
    }

    // changing

    /** Changes what was raised: summary, symptoms, error text, severity, category (a JSON merge patch). */
    @Transactional
    public Ticket patch(Viewer viewer, long id, JsonNode patch, Optional<Integer> expectedVersion) {
        TicketRepository.Row row = find(viewer, id);
        Editable before = new Editable(row.summary(), row.symptoms(), row.errorText(), row.severity(),
                row.category());
        Editable after = mergePatch.apply(before, patch, Editable.class);
        TicketFields checked = new TicketFields(after.summary(), after.symptoms(), after.errorText(),
                after.severity(), after.category(), List.of(), null, List.of()).stripped();
        FieldChecks.check(validator, checked);
        Instant now = now();
        if (!tickets.updateFields(id, checked.summary(), checked.symptoms(), checked.errorText(), checked.severity(),
                checked.category(), expectedVersion.orElse(row.version()), now)) {
            throw stale(row);
        }
        tickets.insertEvent(Ids.next(), id, now, viewer.id(), "edited", null, null, null);
        audit.record(new AuditTrail.Event(viewer.username(), "ticket.updated", "ticket", id, row.productionId(),
                before, new Editable(checked.summary(), checked.symptoms(), checked.errorText(), checked.severity(),
                        checked.category())));
        return get(viewer, id);
    }

    /**
     * Moves the ticket on. Resolving goes through {@link #resolve}, which records the solution; moving a resolved
     * or closed ticket back to in progress reopens it. Refused (409) with the moves allowed from where it is.
     */
    @Transactional
    public Ticket move(Viewer viewer, long id, TicketStatus to, String note, Optional<Integer> expectedVersion) {
        return move(viewer, id, to, note, expectedVersion, null);
    }

    private Ticket move(Viewer viewer, long id, TicketStatus to, String note, Optional<Integer> expectedVersion,
            Instant at) {
        TicketRepository.Row row = find(viewer, id);
        if (to == null) {
            throw Problem.badField("status", "must be one of: " + words(Set.of(TicketStatus.values())));
        }
        String why = note(note, "note", 10000);
        if (!row.status().mayMoveTo(to)) {
            throw Problem.conflict("A ticket " + row.status().words() + " cannot move to " + to.words()
                    + "; from " + row.status().words() + " it may move to " + words(row.status().next()) + ".");
        }
        if (to == TicketStatus.RESOLVED) {
            throw Problem.conflict("Resolve a ticket by recording its solution: POST /api/v1/tickets/" + id
                    + "/resolution (what was done, fix or workaround).");
        }
        Instant now = when(row, at);
        if (!tickets.setStatus(id, to, expectedVersion.orElse(row.version()), now)) {
            throw stale(row);
        }
        boolean reopened = !row.status().open() && to.open();
        tickets.insertEvent(Ids.next(), id, now, viewer.id(), reopened ? "reopened" : "status", row.status(), to,
                why);
        responded(viewer, row, now);
        audit.record(new AuditTrail.Event(viewer.username(), reopened ? "ticket.reopened" : "ticket.status-changed",
                "ticket", id, row.productionId(), Map.of("status", row.status()), why == null
                        ? Map.of("status", to) : Map.of("status", to, "note", why)));
        tell(viewer, row, Set.of(), reopened ? "ticket.reopened" : "ticket.status-changed", viewer.displayName()
                + (reopened ? " reopened “" + row.summary() + "”" : " moved “" + row.summary() + "” to "
                        + to.words()));
        if (reopened) {
            noteRecurrence(id, tickets.kit(List.of(id)).getOrDefault(id, List.of()), row.category(), now);
        }
        return get(viewer, id);
    }

    /**
     * Assigns the ticket to a person (support, staff or an administrator who may see its production), or to
     * nobody with a blank username; and to an expert of the experts register (by id), or none.
     */
    @Transactional
    public Ticket assign(Viewer viewer, long id, String username, Long expertId, Optional<Integer> expectedVersion) {
        return assign(viewer, id, username, expertId, expectedVersion, null);
    }

    private Ticket assign(Viewer viewer, long id, String username, Long expertId, Optional<Integer> expectedVersion,
            Instant at) {
        TicketRepository.Row row = find(viewer, id);
        Long assigneeId = null;
        UserAccount assignee = null;
        if (username != null && !username.isBlank()) {
            assignee = users.findByUsername(username.strip()).filter(UserAccount::active)
                    .orElseThrow(() -> Problem.badField("assignee", "no active user '" + username.strip() + "'"));
            if (assignee.role() == Role.CLIENT) {
                throw Problem.badField("assignee", "clients cannot work tickets; assign support, staff or an "
                        + "administrator");
            }
            if (row.productionId() != null) {
                try {
                    productions.access(assignee.asViewer(), row.productionId(), Access.VIEW);
                } catch (Problem p) {
                    throw Problem.badField("assignee", assignee.displayName() + " may not see this ticket's "
                            + "production; add them to its team first");
                }
            }
            assigneeId = assignee.id();
        }
        Expert expert = null;
        if (expertId != null) {
            expert = experts.expert(expertId).orElseThrow(() -> Problem.badField("expertId",
                    "no expert " + expertId + " in the register"));
            if (!expert.active()) {
                throw Problem.badField("expertId", expert.name() + " is no longer active in the experts register");
            }
        }
        Instant now = when(row, at);
        if (!tickets.assign(id, assigneeId, expertId, expectedVersion.orElse(row.version()), now)) {
            throw stale(row);
        }
        String whom = assignee == null ? "nobody" : assignee.displayName();
        tickets.insertEvent(Ids.next(), id, now, viewer.id(), "assigned", null, null,
                "Assigned to " + whom + (expert == null ? "" : " (expert: " + expert.name() + ")"));
        audit.record(new AuditTrail.Event(viewer.username(), "ticket.assigned", "ticket", id, row.productionId(),
                assignment(row.assigneeId(), row.expertId()), assignment(assigneeId, expertId)));
        tell(viewer, row, assigneeId == null ? Set.of() : Set.of(assigneeId), "ticket.assigned",
                viewer.displayName() + " assigned “" + row.summary() + "” to " + (assigneeId != null
                        && assigneeId == viewer.id() ? "themselves" : whom));
        return get(viewer, id);
    }

    private static Map<String, Object> assignment(Long assignee, Long expert) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("assigneeId", assignee);
        m.put("expertId", expert);
        return m;
    }

    /**
     * A public update on the timeline. From someone other than the requester it is a first response; from the
     * requester while the ticket waits on them, it puts the ticket back in progress (they have answered).
     */
    @Transactional
    public Ticket addUpdate(Viewer viewer, long id, String body, Optional<Integer> expectedVersion) {
        TicketRepository.Row row = find(viewer, id);
        String text = note(body, "body", 10000);
        if (text == null) {
            throw Problem.badField("body", "must not be blank");
        }
        Instant now = now();
        boolean answered = row.status() == TicketStatus.WAITING_ON_REQUESTER && row.requesterId() == viewer.id();
        boolean saved = answered ? tickets.setStatus(id, TicketStatus.IN_PROGRESS,
                expectedVersion.orElse(row.version()), now) : tickets.touch(id, expectedVersion.orElse(row.version()), now);
        if (!saved) {
            throw stale(row);
        }
        tickets.insertEvent(Ids.next(), id, now, viewer.id(), "update", null, null, text);
        if (answered) {
            tickets.insertEvent(Ids.next(), id, now, viewer.id(), "status", row.status(), TicketStatus.IN_PROGRESS,
                    "The requester answered");
        }
        responded(viewer, row, now);
        audit.record(new AuditTrail.Event(viewer.username(), "ticket.update-added", "ticket", id, row.productionId(),
                null, Map.of("body", text)));
        tell(viewer, row, Set.of(), "ticket.updated", viewer.displayName() + " wrote on “" + row.summary() + "”");
        return get(viewer, id);
    }

    // options

    @Transactional(readOnly = true)
    public List<Ticket.Option> options(Viewer viewer, long id) {
        find(viewer, id);
        return tickets.options(id);
    }

    /** Records a way to restore service, with its estimated cost and time to restore. */
    @Transactional
    public Ticket.Option addOption(Viewer viewer, long id, OptionFields input, Optional<Integer> expectedVersion) {
        return addOption(viewer, id, input, expectedVersion, null);
    }

    private Ticket.Option addOption(Viewer viewer, long id, OptionFields input, Optional<Integer> expectedVersion,
            Instant at) {
        TicketRepository.Row row = find(viewer, id);
        if (input == null) {
            throw Problem.badField("kind", "must be one of: repair, workaround, substitute_kit, vendor_call_out, other");
        }
        FieldChecks.check(validator, input);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (input.kind() == null) {
            errors.add(new Problem.FieldError("kind",
                    "must be one of: repair, workaround, substitute_kit, vendor_call_out, other"));
        }
        String description = note(input.description(), "description", 2000);
        if (description == null) {
            errors.add(new Problem.FieldError("description", "must not be blank"));
        }
        String currency = input.currency() == null || input.currency().isBlank() ? null
                : input.currency().strip().toUpperCase(Locale.ROOT);
        if (input.costMinor() != null && input.costMinor() < 0) {
            errors.add(new Problem.FieldError("costMinor", "must not be negative"));
        }
        if (input.costMinor() != null && currency == null) {
            errors.add(new Problem.FieldError("currency", "must be given with a cost, e.g. GBP"));
        }
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            errors.add(new Problem.FieldError("currency", "must be a three-letter currency code such as GBP"));
        }
        Integer restore = null;
        if (input.restoreHours() != null || input.restoreMinutes() != null) {
            int h = input.restoreHours() == null ? 0 : input.restoreHours();
            int m = input.restoreMinutes() == null ? 0 : input.restoreMinutes();
            if (h < 0 || h > 100_000) {
                errors.add(new Problem.FieldError("restoreHours", "must be between 0 and 100000"));
            } else if (m < 0 || m > 59) {
                errors.add(new Problem.FieldError("restoreMinutes", "must be between 0 and 59"));
            } else {
                restore = h * 60 + m;
            }
        }
        if (!errors.isEmpty()) {
            throw Problem.badRequest(errors);
        }
        Instant now = when(row, at);
        if (!tickets.touch(id, expectedVersion.orElse(row.version()), now)) {
            throw stale(row);
        }
        long optionId = Ids.next();
        String feasibility = note(input.feasibility(), "feasibility", 2000);
        tickets.insertOption(optionId, id, input.kind(), description, input.costMinor(),
                input.costMinor() == null ? null : currency, restore, feasibility, viewer.id(), now);
        tickets.insertEvent(Ids.next(), id, now, viewer.id(), "option", null, null,
                input.kind().label() + ": " + description);
        Ticket.Option option = tickets.options(id).stream().filter(o -> o.id() == optionId).findFirst().orElseThrow();
        audit.record(new AuditTrail.Event(viewer.username(), "ticket.option-recorded", "ticket", id,
                row.productionId(), null, option));
        return option;
    }

    /** Chooses one option (the others are no longer chosen), saying why; audited. */
    @Transactional
    public Ticket chooseOption(Viewer viewer, long id, long optionId, String reason, Optional<Integer> expectedVersion) {
        return chooseOption(viewer, id, optionId, reason, expectedVersion, null);
    }

    private Ticket chooseOption(Viewer viewer, long id, long optionId, String reason, Optional<Integer> expectedVersion,
            Instant at) {
        TicketRepository.Row row = find(viewer, id);
        String why = note(reason, "reason", 2000);
        if (why == null) {
            throw Problem.badField("reason", "must say why this option was chosen");
        }
        Ticket.Option option = tickets.options(id).stream().filter(o -> o.id() == optionId).findFirst()
                .orElseThrow(() -> Problem.notFound("option"));
        Instant now = when(row, at);
        if (!tickets.touch(id, expectedVersion.orElse(row.version()), now)) {
            throw stale(row);
        }
        tickets.choose(id, optionId, why, viewer.id(), now);
        tickets.insertEvent(Ids.next(), id, now, viewer.id(), "option-chosen", null, null,
                option.kind().label() + " chosen: " + why);
        audit.record(new AuditTrail.Event(viewer.username(), "ticket.option-chosen", "ticket", id, row.productionId(),
                null, Map.of("optionId", optionId, "kind", option.kind(), "reason", why)));
        return get(viewer, id);
    }

    // resolving and rating

    /**
     * Resolves the ticket with its solution: what was done (required), fix or workaround; a workaround says
     * whether it is acceptable, and why not if it is not. Service was restored at {@code restoredAt} (now if
     * not given; never in the future nor before the raise).
     */
    @Transactional
    public Ticket resolve(Viewer viewer, long id, ResolutionFields input, Optional<Integer> expectedVersion) {
        return resolve(viewer, id, input, expectedVersion, null);
    }

    private Ticket resolve(Viewer viewer, long id, ResolutionFields input, Optional<Integer> expectedVersion,
            Instant at) {
        TicketRepository.Row row = find(viewer, id);
        if (input == null) {
            throw Problem.badField("whatWasDone", "must say what was done");
        }
        FieldChecks.check(validator, input);
        List<Problem.FieldError> errors = new ArrayList<>();
        String done = note(input.whatWasDone(), "whatWasDone", 10000);
        if (done == null) {
            errors.add(new Problem.FieldError("whatWasDone", "must say what was done"));
        }
        if (input.kind() == null) {
            errors.add(new Problem.FieldError("kind", "must be fix or workaround"));
        }
        Boolean acceptable = input.kind() == ResolutionKind.WORKAROUND ? input.workaroundAcceptable() : null;
        String whyNot = note(input.whyNotAcceptable(), "whyNotAcceptable", 2000);
        if (input.kind() == ResolutionKind.WORKAROUND && acceptable == null) {
            errors.add(new Problem.FieldError("workaroundAcceptable", "must say whether the workaround is acceptable"));
        }
        if (Boolean.FALSE.equals(acceptable) && whyNot == null) {
            errors.add(new Problem.FieldError("whyNotAcceptable", "must say why the workaround is not acceptable"));
        }
        if (!Boolean.FALSE.equals(acceptable)) {
            whyNot = null;
        }
        if (input.snapshotId() != null && input.snapshotId() < 1) {
            errors.add(new Problem.FieldError("snapshotId", "must be a configuration snapshot's id"));
        }
        Instant now = when(row, at);
        Instant restored = input.restoredAt() == null ? now : input.restoredAt().truncatedTo(ChronoUnit.MICROS);
        if (restored.isAfter(now.plus(Duration.ofMinutes(1)))) {
            errors.add(new Problem.FieldError("restoredAt", "must not be in the future"));
        } else if (restored.isBefore(row.raisedAt())) {
            errors.add(new Problem.FieldError("restoredAt", "must not be before the ticket was raised"));
        }
        String note = note(input.note(), "note", 10000);
        if (!errors.isEmpty()) {
            throw Problem.badRequest(errors);
        }
        if (!row.status().mayMoveTo(TicketStatus.RESOLVED)) {
            throw Problem.conflict("A ticket " + row.status().words() + " cannot be resolved; from "
                    + row.status().words() + " it may move to " + words(row.status().next()) + ".");
        }
        if (!tickets.setStatus(id, TicketStatus.RESOLVED, expectedVersion.orElse(row.version()), now)) {
            throw stale(row);
        }
        long solutionId = Ids.next();
        tickets.insertSolution(solutionId, id, done, input.kind(), acceptable, whyNot, input.snapshotId(), restored,
                viewer.id(), now);
        tickets.insertEvent(Ids.next(), id, now, viewer.id(), "resolved", row.status(), TicketStatus.RESOLVED,
                input.kind().label() + ": " + done + (note == null ? "" : "\n" + note));
        responded(viewer, row, now);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", TicketStatus.RESOLVED);
        after.put("whatWasDone", done);
        after.put("kind", input.kind());
        after.put("workaroundAcceptable", acceptable);
        after.put("whyNotAcceptable", whyNot);
        after.put("snapshotId", input.snapshotId());
        after.put("restoredAt", restored);
        audit.record(new AuditTrail.Event(viewer.username(), "ticket.resolved", "ticket", id, row.productionId(),
                Map.of("status", row.status()), after));
        tell(viewer, row, Set.of(), "ticket.resolved", viewer.displayName() + " resolved “" + row.summary() + "”");
        Ticket resolved = get(viewer, id);
        recordKnowledge(viewer, resolved, resolved.resolution());
        return resolved;
    }

    /** The requester rates the current solution, 1 (did not help) to 5, once resolved; again replaces it. */
    @Transactional
    public Ticket rate(Viewer viewer, long id, Integer rating, String comment) {
        return rate(viewer, id, rating, comment, null);
    }

    private Ticket rate(Viewer viewer, long id, Integer rating, String comment, Instant at) {
        TicketRepository.Row row = find(viewer, id);
        if (row.requesterId() != viewer.id()) {
            throw Problem.forbidden("only the person who raised the ticket rates its resolution");
        }
        if (rating == null || rating < 1 || rating > 5) {
            throw Problem.badField("rating", "must be a whole number from 1 to 5");
        }
        String text = note(comment, "comment", 2000);
        if (row.status().open()) {
            throw Problem.conflict("Only a resolved or closed ticket can be rated; this one is "
                    + row.status().words() + ".");
        }
        TicketRepository.Solution solution = tickets.latestSolution(id)
                .orElseThrow(() -> Problem.conflict("This ticket has no solution to rate."));
        Instant now = when(row, at);
        tickets.touch(id, row.version(), now);
        tickets.rate(solution.id(), rating, text, now);
        solutions.rate(id, rating, text);
        tickets.insertEvent(Ids.next(), id, now, viewer.id(), "rated", null, null,
                rating + " of 5" + (text == null ? "" : ": " + text));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("rating", rating);
        after.put("comment", text);
        audit.record(new AuditTrail.Event(viewer.username(), "ticket.rated", "ticket", id, row.productionId(),
                solution.rating() == null ? null : Map.of("rating", solution.rating()), after));
        return get(viewer, id);
    }

    /**
     * Kit to choose from on the new-ticket form: the kit in service, by name, and any of {@code alsoKitIds} (what
     * the form has checked already) that exists but is not among them, such as a retired item.
     */
    @Transactional(readOnly = true)
    public List<Ticket.KitLink> kitChoices(Viewer viewer, Collection<Long> alsoKitIds) {
        supportDesk(viewer);
        List<Ticket.KitLink> choices = new ArrayList<>(kits.choices(500).stream()
                .map(k -> new Ticket.KitLink(k.id(), k.name(), k.kind())).toList());
        Set<Long> offered = choices.stream().map(Ticket.KitLink::id).collect(Collectors.toSet());
        choices.addAll(kitLinks(alsoKitIds.stream().filter(k -> !offered.contains(k)).distinct().toList()));
        return choices;
    }

    /**
     * The kit a new ticket is pre-linked to (Ask for help on My work, Raise a ticket on a kit's page): "not found"
     * when one does not exist, as on the kit's own page, and for clients, who see nothing of the desk.
     */
    @Transactional(readOnly = true)
    public List<Ticket.KitLink> kitToLink(Viewer viewer, Collection<Long> kitIds) {
        supportDesk(viewer);
        List<Long> distinct = kitIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        List<Ticket.KitLink> links = kitLinks(distinct);
        if (links.size() != distinct.size()) {
            throw Problem.notFound("kit");
        }
        return links;
    }

    private List<Ticket.KitLink> kitLinks(List<Long> kitIds) {
        Map<Long, KitService.KitRef> found = kits.findAll(kitIds);
        return kitIds.stream().map(found::get).filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing(KitService.KitRef::name).thenComparing(KitService.KitRef::id))
                .map(k -> new Ticket.KitLink(k.id(), k.name(), k.kind())).toList();
    }

    // history brought in from elsewhere

    /*
     * The same changes as above, as of a past instant, for history brought in from elsewhere (a facility's previous
     * desk, the demo), after raiseAsOf: the timeline, first response and service clocks then say when each thing
     * happened. Each instant must be in order: not in the future, not before the raise nor the ticket's last event.
     * Not offered over the API.
     */

    /** {@link #assign} as of {@code at}. */
    @Transactional
    public Ticket assignAsOf(Viewer viewer, long id, String username, Long expertId, Instant at) {
        return assign(viewer, id, username, expertId, Optional.empty(), Objects.requireNonNull(at, "at"));
    }

    /** {@link #move} as of {@code at}. */
    @Transactional
    public Ticket moveAsOf(Viewer viewer, long id, TicketStatus to, String note, Instant at) {
        return move(viewer, id, to, note, Optional.empty(), Objects.requireNonNull(at, "at"));
    }

    /** {@link #addOption} as of {@code at}. */
    @Transactional
    public Ticket.Option addOptionAsOf(Viewer viewer, long id, OptionFields input, Instant at) {
        return addOption(viewer, id, input, Optional.empty(), Objects.requireNonNull(at, "at"));
    }

    /** {@link #chooseOption} as of {@code at}. */
    @Transactional
    public Ticket chooseOptionAsOf(Viewer viewer, long id, long optionId, String reason, Instant at) {
        return chooseOption(viewer, id, optionId, reason, Optional.empty(), Objects.requireNonNull(at, "at"));
    }

    /** {@link #resolve} as of {@code at}: resolved then (its {@code restoredAt}, if given, at or before it). */
    @Transactional
    public Ticket resolveAsOf(Viewer viewer, long id, ResolutionFields input, Instant at) {
        return resolve(viewer, id, input, Optional.empty(), Objects.requireNonNull(at, "at"));
    }

    /** {@link #rate} as of {@code at}. */
    @Transactional
    public Ticket rateAsOf(Viewer viewer, long id, Integer rating, String comment, Instant at) {
        return rate(viewer, id, rating, comment, Objects.requireNonNull(at, "at"));
    }

    /**
     * When a change to the ticket happens: now, or, for history brought in from elsewhere, {@code at}, refused
     * (a programming error, not a request's) if it is in the future or before what already happened to the ticket.
     */
    private Instant when(TicketRepository.Row row, Instant at) {
        Instant now = now();
        if (at == null) {
            return now;
        }
        Instant then = at.truncatedTo(ChronoUnit.MICROS);
        if (then.isAfter(now)) {
            throw new IllegalArgumentException("a ticket cannot change in the future: " + then);
        }
        Instant last = tickets.timeline(row.id()).stream().map(Ticket.Entry::at).max(Instant::compareTo)
                .orElse(row.raisedAt());
        if (then.isBefore(last) || then.isBefore(row.raisedAt())) {
            throw new IllegalArgumentException("ticket " + row.id() + " changed at " + last + ", after " + then
                    + ": history is brought in in order");
        }
        return then;
    }

    // for other areas

    /** The open tickets the viewer may see, with their kit: for the At risk page. Clients see none. */
    @Transactional(readOnly = true)
    public List<TicketRef> openTickets(Viewer viewer) {
        return viewer.isClient() ? List.of() : tickets.openRefs(viewer);
    }

    /**
     * How many open tickets each person is assigned, by user id. <strong>For ranking experts only</strong>:
     * counts of every ticket, restricted ones too, never shown per ticket.
     */
    @Transactional(readOnly = true)
    public Map<Long, Integer> openLoadByAssignee() {
        return tickets.openLoadBy("assignee_id");
    }

    /**
     * Who every open ticket is on, assignee and expert: to count an expert's open load once per ticket when a
     * staff expert is both its expert and its assignee. As {@link #openLoadByAssignee()}, for ranking only.
     */
    @Transactional(readOnly = true)
    public List<OpenAssignment> openAssignments() {
        return tickets.openAssignments();
    }

    /** How many open tickets each expert is on, by expert id; as {@link #openLoadByAssignee()}. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> openLoadByExpert() {
        return tickets.openLoadBy("expert_id");
    }

    /**
     * The resolved and closed tickets in this category (on kit of this type, or any with null), each with its
     * current solution: for experts' track records. Names no production.
     */
    @Transactional(readOnly = true)
    public List<ResolvedRef> resolvedSimilar(SkillCategory category, KitType kitType) {
        if (category == null) {
            return List.of();
        }
        List<Long> ofType = kitType == null ? null : kits.idsOfKind(kitType);
        if (ofType != null && ofType.isEmpty()) {
            return List.of();
        }
        return tickets.resolvedSimilar(category, ofType);
    }

    // the knowledge base

    /**
     * Records the solution in the knowledge base, in this transaction: the solutions area indexes its symptoms
     * and error text and measures it from then on. Its refusal rolls the resolve back.
     */
    private void recordKnowledge(Viewer viewer, Ticket ticket, Ticket.Resolution resolution) {
        String kitType = ticket.kit().isEmpty() ? null : ticket.kit().get(0).type().name();
        solutions.record(new SolutionInput(ticket.id(), ticket.productionId(),
                ticket.kit().stream().map(Ticket.KitLink::id).toList(), kitType, ticket.category(), ticket.summary(),
                ticket.symptoms(), ticket.errorText(), resolution.whatWasDone(),
                resolution.kind() == ResolutionKind.FIX ? SolutionKind.FIX : SolutionKind.WORKAROUND,
                resolution.workaroundAcceptable(), resolution.whyNotAcceptable(), resolution.snapshotId(),
                viewer.id(), ticket.raisedAt(), resolution.restoredAt()));
    }

    /**
     * A new or reopened ticket: the solutions area decides which solutions it shows did not last (its rule: same
     * kit and category within 30 days, or the ticket's own). This area records the answer: the earlier ticket
     * this one recurs (the most recent other one) and, on each ticket counted against, that its solution recurred.
     */
    private void noteRecurrence(long ticketId, List<Long> kitIds, SkillCategory category, Instant at) {
        boolean linked = false;
        for (Recurrence r : solutions.recurrence(ticketId, kitIds, category, at)) {
            tickets.latestSolution(r.ticketId()).ifPresent(s -> tickets.recurred(s.id(), ticketId));
            if (!linked && r.ticketId() != ticketId) {
                tickets.setRecurrenceOf(ticketId, r.ticketId());
                linked = true;
            }
        }
    }

    // helpers

    /** A first response: the first status change or public update by someone other than the requester. */
    private void responded(Viewer viewer, TicketRepository.Row row, Instant now) {
        if (row.firstResponseAt() == null && row.requesterId() != viewer.id()) {
            tickets.firstResponse(row.id(), now);
        }
    }

    /** Tells the requester and the assignee (and anyone in {@code also}), never the one who acted. */
    private void tell(Viewer viewer, TicketRepository.Row row, Set<Long> also, String kind, String title) {
        Set<Long> to = new LinkedHashSet<>();
        to.add(row.requesterId());
        if (row.assigneeId() != null) {
            to.add(row.assigneeId());
        }
        to.addAll(also);
        to.remove(viewer.id());
        String link = "/tickets/" + row.id();
        if (row.productionId() == null) {
            notifications.notify(to, kind, title, link);
        } else {
            notifications.notify(to, row.productionId(), kind, title, link);
        }
    }

    private static Ticket.Resolution resolution(TicketRepository.Solution s) {
        return new Ticket.Resolution(s.id(), s.whatWasDone(), s.kind(), s.workaroundAcceptable(),
                s.whyNotAcceptable(), s.snapshotId(), s.restoredAt(), s.resolvedBy(), s.resolvedAt(),
                s.recurredBy() != null, s.rating(), s.ratingComment(), s.ratedAt());
    }

    private TicketRepository.Row find(Viewer viewer, long id) {
        supportDesk(viewer);
        return tickets.find(viewer, id).orElseThrow(() -> Problem.notFound("ticket"));
    }

    /** Clients see nothing of the support desk: not found, for everything. */
    private static void supportDesk(Viewer viewer) {
        if (viewer.isClient()) {
            throw Problem.notFound("ticket");
        }
    }

    private static String note(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        if (s.length() > max) {
            throw Problem.badField(field, "must be at most " + max + " characters");
        }
        return s;
    }

    private static String words(Set<TicketStatus> states) {
        return states.stream().sorted().map(TicketStatus::words).collect(Collectors.joining(", "));
    }

    private static Problem stale(TicketRepository.Row row) {
        return Problem.stale("ticket '" + row.summary() + "'");
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
