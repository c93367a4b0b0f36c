package org.postops.app.solution;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.postops.app.access.Role;
import org.postops.app.access.Viewer;
import org.postops.app.audit.AuditTrail;
import org.postops.app.kit.KitType;
import org.postops.app.skill.SkillCategory;
import org.postops.app.solution.index.Excerpts;
import org.postops.app.solution.index.KnowledgeIndex;
import org.postops.app.system.Ids;
import org.postops.app.web.Formats;
import org.postops.app.web.Inputs;
import org.postops.app.web.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Solutions that are proven. The tickets area records a solution when it resolves a ticket ({@link #record}),
 * reports every new or reopened ticket ({@link #recurrence}) and the requester's rating ({@link #rate}), all inside
 * its own transaction, so a ticket and its solution are saved together or not at all. The knowledge base searches
 * solutions and articles by symptoms and error text, ranked by relevance blended with measured effectiveness.
 *
 * <p>Clients see nothing of the support desk: every read answers them "not found".
 */
@Service
public class SolutionService {

    /** A recurrence counts if the solution was restored within this long before the new ticket. */
    public static final Duration RECURRENCE_WINDOW = Duration.ofDays(30);
    public static final int MAX_QUERY = 1000;
    public static final int MAX_TEXT = 10_000;
    public static final int MAX_LIMIT = 50;

    private final SolutionRepository solutions;
    private final ArticleRepository articles;
    private final KnowledgeBase knowledge;
    private final AuditTrail audit;
    private final Clock clock;

    SolutionService(SolutionRepository solutions, ArticleRepository articles, KnowledgeBase knowledge,
            AuditTrail audit, Clock clock) {
        this.solutions = solutions;
        this.articles = articles;
        this.knowledge = knowledge;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records the solution of a resolved ticket, inside the caller's transaction (MANDATORY: a solution without
     * its resolved ticket, or the other way round, must not be saved). Bad input throws {@link Problem} with the
     * field named, before anything is written.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Solution record(SolutionInput in) {
        Inputs check = new Inputs();
        if (in.ticketId() <= 0) {
            check.add("ticketId", "must be a ticket's id");
        }
        text(check, "summary", in.summary(), 200, true);
        text(check, "symptoms", in.symptoms(), 10_000, false);
        text(check, "errorText", in.errorText(), 20_000, false);
        text(check, "whatWasDone", in.whatWasDone(), 10_000, true);
        if (in.category() == null) {
            check.add("category", "choose the category of the fault");
        }
        if (in.kind() == null) {
            check.add("kind", "say whether it was a fix or a workaround");
        }
        Boolean acceptable = null;
        String whyNot = null;
        if (in.kind() == SolutionKind.WORKAROUND) {
            acceptable = in.workaroundAcceptable();
            whyNot = Inputs.text(in.whyNotAcceptable());
            if (acceptable == null) {
                check.add("workaroundAcceptable", "say whether the workaround is acceptable to go on with");
            } else if (!acceptable && whyNot == null) {
                check.add("whyNotAcceptable", "say why the workaround is not acceptable");
            } else if (acceptable) {
                whyNot = null;
            }
            text(check, "whyNotAcceptable", whyNot, 2000, false);
        }
        if (in.kitType() != null) {
            try {
                KitType.valueOf(in.kitType().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                check.add("kitType", "is not a kind of kit");
            }
        }
        List<Long> kit = in.kitIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(in.kitIds()));
        if (!kit.isEmpty()) {
            Set<Long> known = Set.copyOf(solutions.existingKit(kit));
            kit.stream().filter(k -> !known.contains(k)).findFirst()
                    .ifPresent(k -> check.add("kitIds", "kit " + k + " not found"));
        }
        if (in.productionId() != null && !solutions.productionExists(in.productionId())) {
            check.add("productionId", "production not found");
        }
        if (!solutions.userExists(in.resolvedBy())) {
            check.add("resolvedBy", "person not found");
        }
        if (in.raisedAt() == null) {
            check.add("raisedAt", "say when the ticket was raised");
        }
        if (in.restoredAt() == null) {
            check.add("restoredAt", "say when service was restored");
        } else if (in.raisedAt() != null && in.restoredAt().isBefore(in.raisedAt())) {
            check.add("restoredAt", "must not be before the ticket was raised");
        }
        check.check();

        long id = Ids.next();
        long generation = solutions.nextGeneration();
        SolutionInput stored = new SolutionInput(in.ticketId(), in.productionId(), kit,
                in.kitType() == null ? null : in.kitType().toUpperCase(Locale.ROOT), in.category(), in.summary(),
                Inputs.text(in.symptoms()), Inputs.text(in.errorText()), in.whatWasDone(), in.kind(), acceptable,
                whyNot, in.snapshotId(), in.resolvedBy(), in.raisedAt(), in.restoredAt());
        solutions.insert(id, stored, in.kind(), acceptable, whyNot, clock.instant(), generation);
        kit.forEach(k -> solutions.insertKit(id, k));
        refreshAfterCommit();
        return view(solutions.find(id).orElseThrow());
    }

    /**
     * A ticket was raised or reopened at {@code at} on this kit in this category: every solution restored in the
     * {@link #RECURRENCE_WINDOW} before it on any of the same kit and the same category (and the ticket's own
     * solution, when it is reopened) counts a recurrence, once per ticket however often this is called. This is
     * the one place the rule lives: the answer, most recently restored first, is every solution counted against
     * (again, on a repeated call), so the tickets area records which ticket the new one recurs without deciding it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Recurrence> recurrence(long newTicketId, List<Long> kitIds, SkillCategory category, Instant at) {
        if (at == null) {
            throw Problem.badField("at", "say when the ticket was raised");
        }
        List<Long> kit = kitIds == null || category == null ? List.of() : List.copyOf(new LinkedHashSet<>(kitIds));
        List<Long> hit = solutions.recurring(newTicketId, kit, category, at.minus(RECURRENCE_WINDOW), at);
        Long generation = null;
        for (long solution : hit) {
            if (solutions.insertRecurrence(Ids.next(), solution, newTicketId, at)) {
                if (generation == null) {
                    generation = solutions.nextGeneration();
                }
                solutions.recount(solution, generation);
                articles.touchArticlesOf(solution, generation);
            }
        }
        if (generation != null) {
            refreshAfterCommit();
        }
        List<Recurrence> counted = new ArrayList<>();
        for (long solution : hit) {
            solutions.find(solution).ifPresent(r -> counted.add(new Recurrence(r.id(), r.ticketId(), r.restoredAt())));
        }
        counted.sort(Comparator.comparing(Recurrence::restoredAt).thenComparingLong(Recurrence::solutionId)
                .reversed());
        return counted;
    }

    /** The requester's rating (1–5 stars, a comment) of the current solution of their ticket. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void rate(long ticketId, int stars, String comment) {
        long solution = solutions.latestOfTicket(ticketId).orElseThrow(() -> Problem.notFound("Solution"));
        rateSolution(solution, stars, comment);
    }

    /**
     * Records the requester's rating of a solution on their behalf (support and administrators, e.g. from a phone
     * call); the requester's own rating comes through their ticket. Others get "not found".
     */
    @Transactional
    public Solution rate(Viewer viewer, long solutionId, int stars, String comment) {
        SolutionRepository.Row row = visibleRow(viewer, solutionId);
        if (viewer.role() != Role.SUPPORT && viewer.role() != Role.ADMIN) {
            throw Problem.forbidden("only technical support records ratings on a requester's behalf");
        }
        rateSolution(row.id(), stars, comment);
        audit.record(new AuditTrail.Event(viewer.username(), "solution.rated", "solution", row.id(),
                row.productionId(), row.rating(), Map.of("stars", stars)));
        return get(viewer, solutionId);
    }

    private void rateSolution(long solution, int stars, String comment) {
        if (stars < 1 || stars > 5) {
            throw Problem.badField("stars", "must be from 1 to 5");
        }
        String note = Inputs.text(comment);
        if (note != null && note.length() > 2000) {
            throw Problem.badField("comment", "must be at most 2000 characters");
        }
        long generation = solutions.nextGeneration();
        solutions.rate(solution, stars, note, clock.instant(), generation);
        articles.touchArticlesOf(solution, generation);
        refreshAfterCommit();
    }

    /** The solution as the viewer may see it; not found for clients and unknown ids. */
    @Transactional(readOnly = true)
    public Solution get(Viewer viewer, long id) {
        return view(visibleRow(viewer, id));
    }

    /**
     * The current solution of a ticket (the last recorded: a reopened ticket is solved again) as the viewer sees
     * it; empty for clients and for a ticket with none.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Solution> ofTicket(Viewer viewer, long ticketId) {
        if (viewer.isClient()) {
            return java.util.Optional.empty();
        }
        return solutions.latestOfTicket(ticketId).flatMap(id -> solutions.find(viewer, id)).map(this::view);
    }

    /** The measured effectiveness of a solution (for the tickets and experts areas: no viewer, no names). */
    @Transactional(readOnly = true)
    public Effectiveness effectivenessOf(long solutionId) {
        return solutions.find(solutionId).orElseThrow(() -> Problem.notFound("Solution")).effectiveness();
    }

    /**
     * The measured effectiveness score (0..1) of each of these tickets' current solution, by ticket id, for those
     * that have one: the one rule of what "effective" means, which experts' track records reuse. No viewer, no names.
     */
    @Transactional(readOnly = true)
    public Map<Long, Double> scoresOfTickets(java.util.Collection<Long> ticketIds) {
        Map<Long, Double> scores = new java.util.LinkedHashMap<>();
        for (long ticketId : ticketIds) {
            solutions.latestOfTicket(ticketId).flatMap(solutions::find)
                    .ifPresent(s -> scores.put(ticketId, s.effectiveness().score()));
        }
        return scores;
    }

    /** Effectiveness per kind of solution, across every category and per category: facility-wide. */
    @Transactional(readOnly = true)
    public List<KindEffectiveness> byKind() {
        return aggregate(solutions.measures(null));
    }

    /** The same, over the solutions of productions the viewer may see (and of none). */
    @Transactional(readOnly = true)
    public List<KindEffectiveness> byKind(Viewer viewer) {
        desk(viewer);
        return aggregate(solutions.measures(viewer));
    }

    /**
     * The knowledge base's best {@code limit} (1–50) answers to {@code q} (1–1,000 characters), optionally in one
     * category, best first.
     */
    @Transactional(readOnly = true)
    public List<SearchHit> search(Viewer viewer, String q, SkillCategory category, int limit) {
        desk(viewer);
        String query = Inputs.text(q);
        if (query == null) {
            throw Problem.badField("q", "must not be blank: give symptoms or part of an error message");
        }
        if (query.length() > MAX_QUERY) {
            throw Problem.badField("q", "must be at most " + MAX_QUERY + " characters");
        }
        checkLimit(limit);
        knowledge.refresh();
        return hits(viewer, query, knowledge.index().search(query, category == null ? -1 : category.ordinal(), limit));
    }

    /**
     * Past solutions like the ticket being typed ({@code text}: summary, symptoms, error text as far as typed):
     * nothing for blank text, a bad request past 10,000 characters.
     */
    @Transactional(readOnly = true)
    public List<SearchHit> similar(Viewer viewer, String text, int limit) {
        desk(viewer);
        String typed = Inputs.text(text);
        checkLimit(limit);
        if (typed != null && typed.length() > MAX_TEXT) {
            throw Problem.badField("text", "must be at most " + MAX_TEXT + " characters");
        }
        if (typed == null) {
            return List.of();
        }
        knowledge.refresh();
        return hits(viewer, typed, knowledge.index().search(typed, -1, limit));
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw Problem.badField("limit", "must be from 1 to " + MAX_LIMIT);
        }
    }

    /** Clients see nothing of the support desk: "not found" for them (also the pages' guard, in solution.web). */
    public static void desk(Viewer viewer) {
        if (viewer.isClient()) {
            throw Problem.notFound("Knowledge base");
        }
    }

    private SolutionRepository.Row visibleRow(Viewer viewer, long id) {
        if (viewer.isClient()) {
            throw Problem.notFound("Solution");
        }
        return solutions.find(viewer, id).orElseThrow(() -> Problem.notFound("Solution"));
    }

    private Solution view(SolutionRepository.Row r) {
        List<Long> articleIds = articlesOf(r.id());
        if (!r.visible()) {
            String[] names = {r.productionName(), r.codename(), r.client()};
            return new Solution(r.id(), null, null, null, r.kitType(), r.category(),
                    Withheld.blank(r.summary(), Withheld.MARK, names), null,
                    Withheld.blank(r.errorText(), Withheld.MARK, names),
                    Withheld.blank(r.whatWasDone(), Withheld.MARK, names), r.kind(), r.workaroundAcceptable(),
                    Withheld.blank(r.whyNotAcceptable(), Withheld.MARK, names), null, r.resolvedBy(), r.raisedAt(),
                    r.restoredAt(), r.recordedAt(), r.effectiveness(), null, articleIds, true);
        }
        return new Solution(r.id(), r.ticketId(), r.productionId() == null ? null
                : new Solution.ProductionRef(r.productionId(), r.productionName()), solutions.kitIds(r.id()),
                r.kitType(), r.category(), r.summary(), r.symptoms(), r.errorText(), r.whatWasDone(), r.kind(),
                r.workaroundAcceptable(), r.whyNotAcceptable(), r.snapshotId(), r.resolvedBy(), r.raisedAt(),
                r.restoredAt(), r.recordedAt(), r.effectiveness(), r.ratingComment(), articleIds, false);
    }

    private List<Long> articlesOf(long solutionId) {
        return articles.articlesOf(solutionId);
    }

    /** The index's hits, filled in from the tables, in the index's order; withheld fields as for {@link #view}. */
    private List<SearchHit> hits(Viewer viewer, String query, List<KnowledgeIndex.Hit> found) {
        List<Long> solutionIds = new ArrayList<>();
        List<Long> articleIds = new ArrayList<>();
        for (KnowledgeIndex.Hit h : found) {
            (h.article() ? articleIds : solutionIds).add(h.id());
        }
        Map<Long, SolutionRepository.Row> rows = new HashMap<>();
        solutions.rows(viewer, solutionIds).forEach(r -> rows.put(r.id(), r));
        Map<Long, ArticleRepository.Row> texts = new HashMap<>();
        articles.rows(articleIds).forEach(a -> texts.put(a.id(), a));
        List<SearchHit> hits = new ArrayList<>();
        for (KnowledgeIndex.Hit h : found) {
            double relevance = Effectiveness.round(h.relevance());
            double rank = Effectiveness.round(h.rank());
            if (h.article()) {
                ArticleRepository.Row a = texts.get(h.id());
                if (a != null && !a.retired()) {
                    hits.add(new SearchHit("article", null, a.id(), null, a.title(), null, null,
                            Excerpts.around(a.body(), query, 300), null, null, a.category(),
                            new Effectiveness(Effectiveness.round(h.effectiveness()), 0, 0, "", 0, null), relevance,
                            rank, null, articles.solutionIds(a.id()), false));
                }
                continue;
            }
            SolutionRepository.Row r = rows.get(h.id());
            if (r == null) {
                continue;
            }
            Boolean acceptable = r.kind() == SolutionKind.FIX ? Boolean.TRUE : r.workaroundAcceptable();
            if (r.visible()) {
                hits.add(new SearchHit("solution", r.id(), null, r.ticketId(), r.summary(), r.symptoms(),
                        Excerpts.around(r.errorText(), query, 240), r.whatWasDone(), r.kind(), acceptable,
                        r.category(), r.effectiveness(), relevance, rank, r.productionId() == null ? null
                        : new Solution.ProductionRef(r.productionId(), r.productionName()), null, false));
            } else {
                String[] names = {r.productionName(), r.codename(), r.client()};
                hits.add(new SearchHit("solution", r.id(), null, null, Withheld.blank(r.summary(), Withheld.MARK, names),
                        null, Withheld.blank(Excerpts.around(r.errorText(), query, 240), Withheld.MARK, names),
                        Withheld.blank(r.whatWasDone(), Withheld.MARK, names), r.kind(), acceptable, r.category(),
                        r.effectiveness(), relevance, rank, null, null, true));
            }
        }
        return hits;
    }

    private static List<KindEffectiveness> aggregate(List<SolutionRepository.Measure> measures) {
        Map<String, List<SolutionRepository.Measure>> groups = new TreeMap<>();
        for (SolutionRepository.Measure m : measures) {
            groups.computeIfAbsent(m.kind().ordinal() + "/", k -> new ArrayList<>()).add(m);
            groups.computeIfAbsent(m.kind().ordinal() + "/" + String.format("%02d", m.category().ordinal()),
                    k -> new ArrayList<>()).add(m);
        }
        List<KindEffectiveness> result = new ArrayList<>();
        for (Map.Entry<String, List<SolutionRepository.Measure>> g : groups.entrySet()) {
            List<SolutionRepository.Measure> ms = g.getValue();
            SolutionRepository.Measure first = ms.get(0);
            boolean all = g.getKey().endsWith("/");
            double scores = 0;
            int recurrences = 0;
            int ratings = 0;
            int stars = 0;
            for (SolutionRepository.Measure m : ms) {
                scores += Effectiveness.score(m.recurrences(), m.restoreMinutes(), m.rating() == null ? 0 : 1,
                        m.rating() == null ? 0 : m.rating());
                recurrences += m.recurrences();
                if (m.rating() != null) {
                    ratings++;
                    stars += m.rating();
                }
            }
            long median = median(ms.stream().map(SolutionRepository.Measure::restoreMinutes)
                    .sorted(Comparator.naturalOrder()).toList());
            result.add(new KindEffectiveness(first.kind(), all ? null : first.category(), ms.size(),
                    Effectiveness.round(scores / ms.size()), recurrences,
                    Effectiveness.round((double) recurrences / ms.size()), median, Formats.workTime(median),
                    Math.round(median / 60.0 * 100) / 100.0,
                    ratings == 0 ? null : Math.round(stars * 100.0 / ratings) / 100.0, ratings));
        }
        return result;
    }

    private static long median(List<Long> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void text(Inputs check, String field, String value, int max, boolean required) {
        String v = Inputs.text(value);
        if (v == null && required) {
            check.add(field, "must not be blank");
        } else if (v != null && v.length() > max) {
            check.add(field, "must be at most " + max + " characters");
        }
    }

    /** Once the caller's transaction commits, this server's index takes the change at once. */
    private void refreshAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    try {
                        knowledge.refresh();
                    } catch (RuntimeException later) {
                        // the change is committed; the next search refreshes the index again
                    }
                }
            });
        }
    }
}
