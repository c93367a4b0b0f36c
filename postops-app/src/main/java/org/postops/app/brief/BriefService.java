package org.postops.app.brief;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.postops.app.access.ConfidentialityPolicy.Access;
import org.postops.app.access.MemberRole;
import org.postops.app.access.Role;
import org.postops.app.access.UserAccount;
import org.postops.app.access.UserService;
import org.postops.app.access.Viewer;
import org.postops.app.audit.AuditTrail;
import org.postops.app.config.Compliance;
import org.postops.app.config.ConfigService;
import org.postops.app.config.ConfigurationCheck;
import org.postops.app.config.KitCompliance;
import org.postops.app.config.QualifiedConfiguration;
import org.postops.app.kit.Booking;
import org.postops.app.kit.BookingService;
import org.postops.app.kit.KitService;
import org.postops.app.kit.KitStatus;
import org.postops.app.media.Coverage;
import org.postops.app.media.MediaService;
import org.postops.app.notify.Notifications;
import org.postops.app.production.Member;
import org.postops.app.production.Production;
import org.postops.app.production.ProductionService;
import org.postops.app.schedule.ProductionSchedule;
import org.postops.app.schedule.ScheduleService;
import org.postops.app.task.TaskStatus;
import org.postops.app.ticket.Severity;
import org.postops.app.ticket.TicketRef;
import org.postops.app.ticket.TicketService;
import org.postops.app.web.FieldChecks;
import org.postops.app.web.Formats;
import org.postops.app.web.Paging;
import org.postops.app.web.Problem;
import org.postops.planning.config.QualifiedRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates each production's technical brief from the areas that know its parts, and keeps the team's notes.
 * Clients see nothing of the support desk, so not the brief either; everyone else who may see the production may
 * read it, its team may write the notes and share it with colleagues who may see the production too.
 */
@Service
public class BriefService {

    /** At most this many people in one share. */
    public static final int MAX_SHARE = 50;

    private static final Set<MemberRole> CONTACTS = Set.of(MemberRole.TECH_SUPPORT, MemberRole.SUPERVISOR,
            MemberRole.PRODUCER);

    private final BriefRepository notes;
    private final ProductionService productions;
    private final ScheduleService schedules;
    private final BookingService bookings;
    private final KitService kits;
    private final ConfigService configs;
    private final TicketService tickets;
    private final MediaService media;
    private final UserService users;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Validator validator;
    private final Clock clock;

    BriefService(BriefRepository notes, ProductionService productions, ScheduleService schedules,
            BookingService bookings, KitService kits, ConfigService configs, TicketService tickets, MediaService media, UserService users,
            Notifications notifications, AuditTrail audit, Validator validator, Clock clock) {
        this.notes = notes;
        this.productions = productions;
        this.schedules = schedules;
        this.bookings = bookings;
        this.kits = kits;
        this.configs = configs;
        this.tickets = tickets;
        this.media = media;
        this.users = users;
        this.notifications = notifications;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    /** The brief as of now; "not found" if the viewer may not see the production or is a client. */
    @Transactional(readOnly = true)
    public TechnicalBrief brief(Viewer viewer, long productionId) {
        Production p = readable(viewer, productionId);
        Optional<ProductionSchedule> schedule;
        String scheduleProblem = null;
        try {
            schedule = Optional.of(schedules.get(viewer, productionId));
        } catch (Problem e) { // a plan that cannot be scheduled: the brief says so and goes on
            schedule = Optional.empty();
            scheduleProblem = e.getMessage();
        }
        List<Booking> booked = bookings.ofProduction(viewer, productionId);
        Map<Long, KitService.KitRef> kitRefs = kits.findAll(booked.stream().map(Booking::kitId)
                .filter(java.util.Objects::nonNull).toList());
        Map<Long, List<String>> attention = attention(viewer, kitRefs.keySet());
        List<TechnicalBrief.StagePlan> stages = stages(p, schedule, booked, kitRefs, attention);
        List<TechnicalBrief.Booked> wholeProduction = booked.stream().filter(b -> b.stageId() == null && b.taskId() == null)
                .map(b -> line(b, kitRefs, attention)).toList();
        List<TechnicalBrief.Milestone> milestones = schedule.map(s -> s.milestones().stream()
                .map(m -> new TechnicalBrief.Milestone(m.taskId(), m.title(), m.targetDate(), m.expected(),
                        m.meetsTarget(), m.hoursLate()))
                .toList()).orElse(List.of());
        List<KitCompliance> compliance = configs.complianceOf(viewer, productionId);
        List<TechnicalBrief.OpenTicket> open = openTickets(viewer, productionId, kits.kitBookedTo(productionId));
        TechnicalBrief.Header header = new TechnicalBrief.Header(p.id(), p.name(), p.codename(), p.client(),
                p.type() == null ? null : label(p.type().name()), label(p.status().name()),
                label(p.confidentiality().name()), p.startDate(), p.pictureLockDate(), p.deliveryDate(),
                schedule.map(ProductionSchedule::finish).orElse(null));
        Coverage coverage = media.coverage(viewer, productionId);
        List<TechnicalBrief.Risk> risks = risks(p, schedule, booked, kitRefs, attention, compliance, open, coverage);
        return new TechnicalBrief(header, p.spec(), stages, wholeProduction, milestones, contacts(viewer, productionId),
                qualified(viewer, productionId), compliance, coverage, notes.notes(productionId).orElse(BriefNotes.none()), open,
                risks, clock.instant(), scheduleProblem);
    }

    @Transactional(readOnly = true)
    public BriefNotes notes(Viewer viewer, long productionId) {
        readable(viewer, productionId);
        return notes.notes(productionId).orElse(BriefNotes.none());
    }

    /**
     * Replaces the team's notes. {@code expectedVersion} (from If-Match, 0 when there are none yet) refuses a
     * stale write with 412.
     */
    @Transactional
    public BriefNotes saveNotes(Viewer viewer, long productionId, BriefNotesFields requested,
            Optional<Integer> expectedVersion) {
        readable(viewer, productionId);
        productions.access(viewer, productionId, Access.WORK);
        BriefNotesFields f = FieldChecks.check(validator, new BriefNotesFields(blankless(requested.storageNotes()),
                blankless(requested.mediaNotes()), blankless(requested.riskNotes())));
        Optional<Integer> current = notes.lockVersion(productionId);
        if (expectedVersion.isPresent() && !expectedVersion.get().equals(current.orElse(0))) {
            throw Problem.stale("technical brief notes");
        }
        BriefNotes before = notes.notes(productionId).orElse(null);
        Instant now = clock.instant();
        if (current.isPresent()) {
            notes.update(productionId, f, viewer.id(), now);
        } else {
            notes.insert(productionId, f, viewer.id(), now);
        }
        audit.record(new AuditTrail.Event(viewer.username(), "brief.notes-changed", "production", productionId,
                productionId, before == null ? null : new BriefNotesFields(before.storageNotes(), before.mediaNotes(),
                        before.riskNotes()), f));
        return notes.notes(productionId).orElseThrow();
    }

    /**
     * Tells these people (by username) of the brief in the app, with the sender's message. Only the production's
     * team may share, and only with people who may read the brief: not clients, and for a restricted production
     * only its members (or administrators); anyone else is refused by name, and no one is told.
     */
    @Transactional
    public List<String> share(Viewer viewer, long productionId, List<String> usernames, String message) {
        Production p = readable(viewer, productionId);
        productions.access(viewer, productionId, Access.WORK);
        if (usernames == null || usernames.isEmpty()) {
            throw Problem.badField("usernames", "name at least one person to share the brief with");
        }
        if (usernames.size() > MAX_SHARE) {
            throw Problem.badField("usernames", "at most " + MAX_SHARE + " people at once");
        }
        if (message != null && message.length() > 500) {
            throw Problem.badField("message", "must be at most 500 characters");
        }
        Map<String, UserAccount> found = new LinkedHashMap<>();
        users.findByUsernames(usernames.stream().filter(java.util.Objects::nonNull).toList())
                .forEach(u -> found.put(u.username(), u));
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<Long> to = new LinkedHashSet<>();
        for (int i = 0; i < usernames.size(); i++) {
            String name = usernames.get(i);
            UserAccount u = name == null ? null : found.get(name);
            String field = "usernames[" + i + "]";
            if (u == null || !u.active()) {
                errors.add(new Problem.FieldError(field, "no one called '" + name + "' signs in to PostOps"));
            } else if (u.role() == Role.CLIENT) {
                errors.add(new Problem.FieldError(field, name + " is a client; technical briefs are for the facility"));
            } else if (!productions.visibleNames(u.asViewer(), List.of(productionId)).containsKey(productionId)) {
                errors.add(new Problem.FieldError(field, name + " is not on this restricted production's team; "
                        + "add them to the team first"));
            } else if (u.id() != viewer.id()) {
                to.add(u.id());
            }
        }
        if (!errors.isEmpty()) {
            throw Problem.badRequest(errors);
        }
        String title = viewer.displayName() + " shared the technical brief of " + p.name()
                + (message == null || message.isBlank() ? "" : ": " + message.strip());
        notifications.notify(to, productionId, "brief-shared",
                title.length() > Notifications.MAX_TITLE ? title.substring(0, Notifications.MAX_TITLE - 1) + "…" : title,
                "/productions/" + productionId + "/brief");
        audit.record(new AuditTrail.Event(viewer.username(), "brief.shared", "production", productionId, productionId,
                null, Map.of("with", usernames)));
        return usernames;
    }

    /** Whether the viewer may change the notes and share the brief (for the page's forms). */
    public boolean mayWrite(Viewer viewer, long productionId) {
        try {
            productions.access(viewer, productionId, Access.WORK);
            return true;
        } catch (Problem e) {
            return false;
        }
    }

    private Production readable(Viewer viewer, long productionId) {
        if (viewer.isClient()) {
            throw Problem.notFound("production"); // the brief is the support desk's: clients see none of it
        }
        return productions.get(viewer, productionId);
    }

    private List<TechnicalBrief.StagePlan> stages(Production p, Optional<ProductionSchedule> schedule,
            List<Booking> booked, Map<Long, KitService.KitRef> kitRefs, Map<Long, List<String>> attention) {
        List<TechnicalBrief.StagePlan> stages = new ArrayList<>();
        for (var stage : p.stages()) {
            List<ProductionSchedule.TaskDates> work = schedule.map(s -> s.tasks().stream()
                    .filter(t -> Long.valueOf(stage.id()).equals(t.stageId()) && !t.milestone()).toList())
                    .orElse(List.of());
            OffsetDateTime start = work.stream().map(ProductionSchedule.TaskDates::earlyStart)
                    .min(Comparator.naturalOrder()).orElse(null);
            OffsetDateTime finish = work.stream().map(ProductionSchedule.TaskDates::earlyFinish)
                    .max(Comparator.naturalOrder()).orElse(null);
            int open = (int) work.stream().filter(t -> t.status() != TaskStatus.DONE).count();
            List<TechnicalBrief.Booked> lines = booked.stream()
                    .filter(b -> Long.valueOf(stage.id()).equals(b.stageId()) || (b.stageId() == null
                            && b.taskId() != null && work.stream().anyMatch(t -> t.taskId() == b.taskId())))
                    .map(b -> line(b, kitRefs, attention)).toList();
            stages.add(new TechnicalBrief.StagePlan(stage.id(), stage.name(), start, finish, work.size(), open, lines));
        }
        return stages;
    }

    private static TechnicalBrief.Booked line(Booking b, Map<Long, KitService.KitRef> kitRefs,
            Map<Long, List<String>> attention) {
        if (b.kitId() != null) {
            KitService.KitRef k = kitRefs.get(b.kitId());
            return new TechnicalBrief.Booked(b.id(), "kit", b.kitId(), b.kitName(), k == null ? null : k.kind().label(),
                    k == null ? null : k.status().label(), b.firstDay(), b.lastDay(), b.taskId(), b.taskTitle(),
                    attention.getOrDefault(b.kitId(), List.of()));
        }
        return new TechnicalBrief.Booked(b.id(), "room", b.roomId(), b.roomName(), "Room", null, b.firstDay(),
                b.lastDay(), b.taskId(), b.taskTitle(), List.of());
    }

    private Map<Long, List<String>> attention(Viewer viewer, Collection<Long> kitIds) {
        Map<Long, List<String>> each = new LinkedHashMap<>();
        for (long id : kitIds) {
            List<String> messages = kits.get(viewer, id).attention().stream().map(a -> a.message()).toList();
            if (!messages.isEmpty()) {
                each.put(id, messages);
            }
        }
        return each;
    }

    private List<TechnicalBrief.Contact> contacts(Viewer viewer, long productionId) {
        List<Member> members = new ArrayList<>(productions.members(viewer, productionId));
        members.removeIf(m -> !CONTACTS.contains(m.role()));
        members.sort(Comparator.comparing((Member m) -> m.role() == MemberRole.TECH_SUPPORT ? 0 : 1)
                .thenComparing(Member::displayName));
        return members.stream().map(m -> new TechnicalBrief.Contact(m.username(), m.displayName(), m.role().label()))
                .toList();
    }

    private List<TechnicalBrief.QualifiedLine> qualified(Viewer viewer, long productionId) {
        List<TechnicalBrief.QualifiedLine> lines = new ArrayList<>();
        Paging all = Paging.of(0, Paging.MAX_SIZE);
        for (QualifiedConfiguration q : configs.productionConfigurations(viewer, productionId, false, all).items()) {
            lines.add(qualifiedLine(q, "production"));
        }
        for (QualifiedConfiguration q : configs.facilityConfigurations(viewer, false, all).items()) {
            lines.add(qualifiedLine(q, "facility"));
        }
        return lines;
    }

    private static TechnicalBrief.QualifiedLine qualifiedLine(QualifiedConfiguration q, String scope) {
        return new TechnicalBrief.QualifiedLine(q.id(), q.name(), scope,
                q.kitKinds().stream().map(k -> k.label()).toList(), q.rules().size());
    }

    private List<TechnicalBrief.OpenTicket> openTickets(Viewer viewer, long productionId, List<Long> bookedKit) {
        Set<Long> kit = Set.copyOf(bookedKit);
        List<TechnicalBrief.OpenTicket> open = new ArrayList<>();
        for (TicketRef t : tickets.openTickets(viewer)) {
            boolean onKit = t.kitIds().stream().anyMatch(kit::contains);
            if (Long.valueOf(productionId).equals(t.productionId()) || onKit) {
                open.add(new TechnicalBrief.OpenTicket(t.id(), t.summary(), t.severity().name(),
                        label(t.status().name()), onKit));
            }
        }
        open.sort(Comparator.comparing(TechnicalBrief.OpenTicket::severity).thenComparing(TechnicalBrief.OpenTicket::id));
        return open;
    }

    /** What may stop the work, worst first: each one a sentence a technician can act on, with where to look. */
    private List<TechnicalBrief.Risk> risks(Production p, Optional<ProductionSchedule> schedule, List<Booking> booked,
            Map<Long, KitService.KitRef> kitRefs, Map<Long, List<String>> attention, List<KitCompliance> compliance,
            List<TechnicalBrief.OpenTicket> open, Coverage coverage) {
        List<TechnicalBrief.Risk> high = new ArrayList<>();
        List<TechnicalBrief.Risk> medium = new ArrayList<>();
        String schedulePage = "/productions/" + p.id() + "/schedule";
        schedule.ifPresent(s -> {
            for (ProductionSchedule.Milestone m : s.milestones()) {
                if (!m.meetsTarget()) {
                    high.add(new TechnicalBrief.Risk("high", "Milestone “" + m.title() + "” misses its target of "
                            + m.targetDate() + " by " + Formats.workTime(Math.round(m.hoursLate() * 60))
                            + " of work.", schedulePage));
                }
            }
            if (!s.unestimated().isEmpty()) {
                medium.add(new TechnicalBrief.Risk("medium", s.unestimated().size() == 1
                        ? "One task has no estimate, so the schedule cannot place it."
                        : s.unestimated().size() + " tasks have no estimate, so the schedule cannot place them.",
                        schedulePage));
            }
        });
        Set<Long> told = new LinkedHashSet<>();
        for (Booking b : booked) {
            KitService.KitRef k = b.kitId() == null ? null : kitRefs.get(b.kitId());
            if (k == null || !told.add(k.id())) {
                continue;
            }
            String kitPage = "/kit/" + k.id();
            if (!k.status().usable() || k.status() == KitStatus.DEGRADED) {
                (k.status().usable() ? medium : high).add(new TechnicalBrief.Risk(k.status().usable() ? "medium" : "high",
                        k.name() + " is " + k.status().label().toLowerCase(Locale.ROOT) + " and booked from "
                                + b.firstDay() + " to " + b.lastDay() + ".", kitPage));
            }
            for (String a : attention.getOrDefault(k.id(), List.of())) {
                medium.add(new TechnicalBrief.Risk("medium", k.name() + ": " + a, kitPage));
            }
        }
        for (KitCompliance c : compliance) {
            String page = "/kit/" + c.kitId() + "/configuration";
            if (c.status() == Compliance.DRIFTED) {
                QualifiedRules.Failure f = c.checks().stream().filter(x -> !x.compliant())
                        .flatMap(x -> x.failures().stream()).findFirst().orElse(null);
                String which = c.checks().stream().filter(x -> !x.compliant()).map(ConfigurationCheck::name)
                        .findFirst().orElse("its qualified configuration");
                high.add(new TechnicalBrief.Risk("high", c.kitName() + " has drifted from “" + which + "”"
                        + (f == null ? "." : ": " + f.key() + " is " + f.actual() + ", qualified " + f.expected() + "."),
                        page));
            } else if (c.status() == Compliance.NO_SNAPSHOT && !c.checks().isEmpty()) {
                medium.add(new TechnicalBrief.Risk("medium", c.kitName()
                        + " has no configuration snapshot, so it cannot be checked.", page));
            }
        }
        for (Coverage.FolderCoverage f : coverage.items()) {
            if (!f.complete()) {
                medium.add(new TechnicalBrief.Risk("medium", "Media “" + f.label() + "”: " + f.summary(),
                        "/media-folders/" + f.folderId()));
            }
        }
        for (TechnicalBrief.OpenTicket t : open) {
            boolean severe = t.severity().equals(Severity.P1.name());
            if (severe || t.severity().equals(Severity.P2.name())) {
                (severe ? high : medium).add(new TechnicalBrief.Risk(severe ? "high" : "medium", "Open " + t.severity()
                        + " ticket: " + t.summary() + (t.onBookedKit() ? " (on kit booked to this production)" : ""),
                        "/tickets/" + t.id()));
            }
        }
        List<TechnicalBrief.Risk> all = new ArrayList<>(high);
        all.addAll(medium);
        return all;
    }

    private static String label(String name) {
        String s = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String blankless(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
