package org.postops.app.ticket.insight;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.postops.app.access.Viewer;
import org.postops.app.config.ConfigService;
import org.postops.app.config.SnapshotDiff;
import org.postops.app.expert.Expert;
import org.postops.app.expert.ExpertService;
import org.postops.app.expert.ExpertSuggestion;
import org.postops.app.expert.TicketFacts;
import org.postops.app.expert.TrackRecord;
import org.postops.app.kit.KitService;
import org.postops.app.kit.KitType;
import org.postops.app.risk.KitImpact;
import org.postops.app.risk.RankedRisk;
import org.postops.app.risk.RiskService;
import org.postops.app.risk.RiskSubject;
import org.postops.app.schedule.ScheduleService;
import org.postops.app.solution.SolutionService;
import org.postops.app.skill.SkillNeed;
import org.postops.app.skill.SkillService;
import org.postops.app.ticket.OpenAssignment;
import org.postops.app.ticket.ResolvedRef;
import org.postops.app.ticket.Ticket;
import org.postops.app.ticket.TicketRef;
import org.postops.app.ticket.TicketService;
import org.postops.app.ticket.TicketSummary;
import org.postops.app.web.PageOf;
import org.postops.app.web.Paging;
import org.postops.app.web.Problem;
import org.postops.planning.WorkCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A ticket seen through the other areas: the experts to ask ({@link ExpertService}, fed this area's track records
 * and open load), what changed in its kit's configuration before the fault ({@link ConfigService}), and what its
 * kit being down puts at risk ({@link RiskService}), per option and facility-wide. Every method starts from a ticket
 * the viewer may see (404 otherwise, and always for clients); nothing here is stored.
 *
 * <p>Track records: a resolved ticket counts for its expert, or else for the expert who is the person that
 * resolved it. Effectiveness is the mean over those tickets of: 0 if it recurred (a new or reopened ticket on the
 * same kit and category within 30 days), else its rating / 5 when rated, else 1. A recurrence always counts fully
 * against; a rating only tempers a solution that held.
 */
@Service
public class TicketInsights {

    /** Working days an outage is asked for at most (as the kit impact takes them). */
    public static final int MAX_DAYS = 60;

    private final TicketService tickets;
    private final ExpertService experts;
    private final SkillService skills;
    private final KitService kits;
    private final ConfigService configurations;
    private final RiskService risks;
    private final ScheduleService schedules;
    private final SolutionService solutions;
    private final Clock clock;

    TicketInsights(TicketService tickets, ExpertService experts, SkillService skills, KitService kits,
            ConfigService configurations, RiskService risks, ScheduleService schedules, SolutionService solutions,
            Clock clock) {
        this.tickets = tickets;
        this.experts = experts;
        this.skills = skills;
        this.kits = kits;
        this.configurations = configurations;
        this.risks = risks;
        this.schedules = schedules;
        this.solutions = solutions;
        this.clock = clock;
    }

    // experts

    /** Active experts ranked for the ticket, best first, with their reasons. */
    @Transactional(readOnly = true)
    public List<SuggestedExpert> experts(Viewer viewer, long ticketId) {
        return experts(tickets.get(viewer, ticketId));
    }

    /** As {@link #experts(Viewer, long)}, for a ticket already read for its viewer. */
    @Transactional(readOnly = true)
    public List<SuggestedExpert> experts(Ticket ticket) {
        KitType kitType = ticket.kit().isEmpty() ? null
                : kits.find(ticket.kit().get(0).id()).map(KitService.KitRef::kind).orElse(null);
        Map<Long, SkillNeed> needs = new LinkedHashMap<>();
        for (Ticket.TaskLink task : ticket.tasks()) {
            for (SkillNeed need : skills.needsOfTask(task.id())) {
                needs.merge(need.skillId(), need, (a, b) -> a.level().compareTo(b.level()) >= 0 ? a : b);
            }
        }
        TicketFacts facts = new TicketFacts(ticket.category(), kitType, List.copyOf(needs.values()), clock.instant());
        List<Expert> register = experts.experts();
        Map<Long, TrackRecord> records = trackRecords(ticket, kitType);
        Map<Long, Integer> load = openLoad(ticket.id(), register);
        Map<Long, Expert> byId = new HashMap<>();
        register.forEach(e -> byId.put(e.id(), e));
        List<SuggestedExpert> suggested = new ArrayList<>();
        for (ExpertSuggestion s : experts.suggest(facts, records, load)) {
            Expert e = byId.get(s.expertId());
            suggested.add(new SuggestedExpert(s.expertId(), s.name(), s.kind(), s.userId(),
                    e == null ? null : e.username(), s.score(), s.availableNow(), s.reasons(),
                    records.getOrDefault(s.expertId(), TrackRecord.NONE), load.getOrDefault(s.expertId(), 0)));
        }
        return suggested;
    }

    /** Per expert: the resolved tickets of this category (and kit type) they were on or resolved; see above. */
    private Map<Long, TrackRecord> trackRecords(Ticket ticket, KitType kitType) {
        Map<Long, Optional<Expert>> byUser = new HashMap<>();
        Map<Long, List<ResolvedRef>> theirs = new HashMap<>();
        for (ResolvedRef r : tickets.resolvedSimilar(ticket.category(), kitType)) {
            if (r.ticketId() == ticket.id()) {
                continue;
            }
            Long expert = r.expertId() != null ? r.expertId()
                    : byUser.computeIfAbsent(r.resolverId(), experts::expertForUser).map(Expert::id).orElse(null);
            if (expert != null) {
                theirs.computeIfAbsent(expert, k -> new ArrayList<>()).add(r);
            }
        }
        Map<Long, Double> scores = solutions.scoresOfTickets(theirs.values().stream().flatMap(List::stream)
                .map(ResolvedRef::ticketId).toList());
        Map<Long, TrackRecord> records = new HashMap<>();
        theirs.forEach((expert, refs) -> records.put(expert, trackRecord(refs, scores)));
        return records;
    }

    /**
     * An expert's record on similar tickets: how many, the median time to resolve, and how effective their fixes
     * proved — the knowledge base's measured score of each fix (recurrence, restore time, rating), averaged; a
     * fix it has no score for counts as unproven, half.
     */
    /** The effectiveness of a fix the knowledge base has no score for yet: unproven, neither good nor bad. */
    static final double UNPROVEN = 0.5;

    static TrackRecord trackRecord(List<ResolvedRef> refs, Map<Long, Double> scores) {
        List<Long> minutes = refs.stream().map(r -> Math.max(0, Duration.between(r.raisedAt(), r.resolvedAt())
                .toMinutes())).sorted().toList();
        int n = minutes.size();
        double median = (n % 2 == 1 ? minutes.get(n / 2) : (minutes.get(n / 2 - 1) + minutes.get(n / 2)) / 2.0)
                / 60.0;
        double effective = refs.stream().mapToDouble(r -> scores.getOrDefault(r.ticketId(), UNPROVEN))
                .sum() / n;
        return new TrackRecord(n, Math.round(median * 100) / 100.0, Math.round(effective * 1000) / 1000.0);
    }

    /**
     * Per expert: the open tickets (but this one) they are the expert on or, for a member of staff, assigned to;
     * a ticket with both counts once.
     */
    private Map<Long, Integer> openLoad(long ticketId, List<Expert> register) {
        List<OpenAssignment> open = tickets.openAssignments().stream().filter(a -> a.ticketId() != ticketId).toList();
        Map<Long, Integer> load = new HashMap<>();
        for (Expert e : register) {
            int n = (int) open.stream().filter(a -> Objects.equals(a.expertId(), e.id())
                    || e.userId() != null && Objects.equals(a.assigneeId(), e.userId())).count();
            if (n > 0) {
                load.put(e.id(), n);
            }
        }
        return load;
    }

    // what changed

    /** For each kit of the ticket, what changed in its configuration before the ticket was raised. */
    @Transactional(readOnly = true)
    public List<WhatChanged> whatChanged(Viewer viewer, long ticketId) {
        return whatChanged(tickets.get(viewer, ticketId));
    }

    @Transactional(readOnly = true)
    public List<WhatChanged> whatChanged(Ticket ticket) {
        List<WhatChanged> all = new ArrayList<>();
        for (Ticket.KitLink kit : ticket.kit()) {
            Optional<SnapshotDiff> diff = configurations.whatChanged(kit.id(), ticket.raisedAt());
            all.add(diff.map(d -> new WhatChanged(kit.id(), kit.name(),
                    new WhatChanged.SnapshotRef(d.from().id(), d.from().takenAt()),
                    new WhatChanged.SnapshotRef(d.to().id(), d.to().takenAt()), d.added(), d.removed(), d.changed()))
                    .orElseGet(() -> new WhatChanged(kit.id(), kit.name(), null, null, List.of(), List.of(),
                            List.of())));
        }
        return all;
    }

    // impact

    /**
     * The impact of the ticket's kit down together for {@code days} working days (1 to 60; when null, the worst
     * option's time to restore, else one) from the ticket's raised day or today, whichever is later; and each
     * option's own impact for its time to restore.
     */
    @Transactional(readOnly = true)
    public TicketImpact impact(Viewer viewer, long ticketId, Integer days) {
        return impact(viewer, tickets.get(viewer, ticketId), days);
    }

    @Transactional(readOnly = true)
    public TicketImpact impact(Viewer viewer, Ticket ticket, Integer days) {
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            throw Problem.badField("days", "must be a whole number of working days from 1 to " + MAX_DAYS);
        }
        WorkCalendar calendar = schedules.calendar();
        LocalDate from = downFrom(calendar, ticket.raisedAt());
        long dayMinutes = dayMinutes(calendar, from);
        Optional<Integer> worst = ticket.options().stream().map(Ticket.Option::restoreMinutes)
                .filter(Objects::nonNull).max(Comparator.naturalOrder());
        int n = days != null ? days : worst.map(m -> days(m, dayMinutes)).orElse(1);
        String source = days != null ? "asked" : worst.isPresent() ? "worst option" : "default";
        List<Long> kitIds = ticket.kit().stream().map(Ticket.KitLink::id).toList();
        Map<Integer, KitImpact> byDays = new HashMap<>();
        KitImpact impact = impactFor(viewer, ticket, kitIds, from, n, byDays);
        List<TicketImpact.OptionImpact> options = new ArrayList<>();
        for (Ticket.Option o : ticket.options()) {
            if (o.restoreMinutes() == null) {
                options.add(new TicketImpact.OptionImpact(o.id(), o.kind(), o.description(), o.costMinor(),
                        o.currency(), null, o.chosen(), null, null, null, null, null, null));
                continue;
            }
            int d = days(o.restoreMinutes(), dayMinutes);
            KitImpact i = impactFor(viewer, ticket, kitIds, from, d, byDays);
            options.add(new TicketImpact.OptionImpact(o.id(), o.kind(), o.description(), o.costMinor(), o.currency(),
                    o.restoreMinutes(), o.chosen(), d, i.totals().maxSlipWorkingHours(), i.totals().blockedHours(),
                    i.totals().milestonesMissed(), i.totals().costOfDelay(), i.score()));
        }
        return new TicketImpact(ticket.id(), kitIds, from, n, source, impact, options);
    }

    private KitImpact impactFor(Viewer viewer, Ticket ticket, List<Long> kitIds, LocalDate from, int days,
            Map<Integer, KitImpact> byDays) {
        return byDays.computeIfAbsent(days, d -> risks.rank(viewer, List.of(new RiskSubject("ticket", ticket.id(),
                kitIds, from, d, ticket.summary()))).get(0).impact());
    }

    /** The ticket's raised day on the facility calendar, or today if that is later: the outage still ahead. */
    private LocalDate downFrom(WorkCalendar calendar, Instant raisedAt) {
        LocalDate raised = raisedAt.atZone(calendar.zone()).toLocalDate();
        LocalDate today = schedules.today();
        return raised.isAfter(today) ? raised : today;
    }

    /** The working minutes of a full working day: the first working day from {@code from} (8 h if none in a year). */
    private static long dayMinutes(WorkCalendar calendar, LocalDate from) {
        for (LocalDate d = from; d.isBefore(from.plusDays(366)); d = d.plusDays(1)) {
            long m = calendar.workingMinutes(d);
            if (m > 0) {
                return m;
            }
        }
        return 480;
    }

    /** A time to restore as whole working days, rounded up: at least one, at most {@link #MAX_DAYS}. */
    static int days(long restoreMinutes, long dayMinutes) {
        long d = (restoreMinutes + dayMinutes - 1) / Math.max(1, dayMinutes);
        return (int) Math.max(1, Math.min(MAX_DAYS, d));
    }

    // at risk

    /**
     * The open tickets the viewer may see, most at risk first: those with kit by the impact score of their kit down
     * for their worst option's time to restore (else a day) from today, then those without kit by severity.
     * Clients are told there is no such page.
     */
    @Transactional(readOnly = true)
    public List<AtRiskTicket> atRisk(Viewer viewer) {
        if (viewer.isClient()) {
            throw Problem.notFound("page"); // clients see nothing of the support desk
        }
        Map<Long, TicketSummary> open = new HashMap<>();
        for (int page = 0; ; page++) {
            PageOf<TicketSummary> p = tickets.list(viewer, new TicketService.Filter(null, null, true, false, false,
                    false, null, null, null), Paging.of(page, Paging.MAX_SIZE));
            p.items().forEach(t -> open.put(t.id(), t));
            if ((long) (page + 1) * Paging.MAX_SIZE >= p.total()) {
                break;
            }
        }
        List<TicketRef> refs = tickets.openTickets(viewer).stream().filter(r -> open.containsKey(r.id()))
                .sorted(Comparator.comparing(TicketRef::severity).thenComparing(TicketRef::raisedAt)
                        .thenComparingLong(TicketRef::id)).toList();
        Map<Long, KitService.KitRef> kitRefs = kits.findAll(refs.stream().flatMap(r -> r.kitIds().stream())
                .distinct().toList());
        WorkCalendar calendar = schedules.calendar();
        List<RiskSubject> subjects = new ArrayList<>();
        for (TicketRef r : refs) {
            if (r.kitIds().isEmpty()) {
                continue;
            }
            LocalDate from = downFrom(calendar, r.raisedAt());
            long dayMinutes = dayMinutes(calendar, from);
            int days = tickets.options(viewer, r.id()).stream().map(Ticket.Option::restoreMinutes)
                    .filter(Objects::nonNull).max(Comparator.naturalOrder()).map(m -> days(m, dayMinutes)).orElse(1);
            subjects.add(new RiskSubject("ticket", r.id(), r.kitIds(), from, days, r.summary()));
        }
        Map<Long, TicketRef> byId = new HashMap<>();
        refs.forEach(r -> byId.put(r.id(), r));
        List<AtRiskTicket> ranked = new ArrayList<>();
        for (RankedRisk risk : subjects.isEmpty() ? List.<RankedRisk>of() : risks.rank(viewer, subjects)) {
            TicketRef r = byId.get(risk.subject().id());
            KitImpact i = risk.impact();
            ranked.add(row(r, open.get(r.id()), kitRefs, i.productions().stream().map(p -> new AtRiskTicket
                    .ProductionHit(p.id(), p.name(), p.slipWorkingHours())).toList(), risk.subject().daysDown(),
                    i.totals().maxSlipWorkingHours(), i.totals().blockedHours(), i.totals().costOfDelay(), i.score()));
        }
        for (TicketRef r : refs) {
            if (r.kitIds().isEmpty()) {
                ranked.add(row(r, open.get(r.id()), kitRefs, List.of(), 0, 0, 0, List.of(), 0));
            }
        }
        return ranked;
    }

    private static AtRiskTicket row(TicketRef r, TicketSummary s, Map<Long, KitService.KitRef> kitRefs,
            List<AtRiskTicket.ProductionHit> hits, int days, double slip, double blocked, List<KitImpact.Money> cost,
            long score) {
        List<Ticket.KitLink> kit = r.kitIds().stream().map(kitRefs::get).filter(Objects::nonNull)
                .map(k -> new Ticket.KitLink(k.id(), k.name(), k.kind())).toList();
        String state = s.serviceLevel().breached() ? "breached" : s.serviceLevel().nearBreach() ? "near breach"
                : "on track";
        return new AtRiskTicket(r.id(), r.summary(), r.severity(), r.status(), state, kit, hits, days, slip, blocked,
                cost, score);
    }
}
