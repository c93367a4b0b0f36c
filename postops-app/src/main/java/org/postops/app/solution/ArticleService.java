package org.postops.app.solution;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.postops.app.access.Role;
import org.postops.app.access.Viewer;
import org.postops.app.audit.AuditTrail;
import org.postops.app.system.Ids;
import org.postops.app.web.Inputs;
import org.postops.app.web.PageOf;
import org.postops.app.web.Paging;
import org.postops.app.web.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Knowledge articles: written, changed and retired by technical support and administrators, read by everyone but
 * clients, found by the same search as solutions. An article is the facility's, so it names no production.
 */
@Service
public class ArticleService {

    private final ArticleRepository articles;
    private final SolutionRepository solutions;
    private final KnowledgeBase knowledge;
    private final AuditTrail audit;
    private final Clock clock;

    ArticleService(ArticleRepository articles, SolutionRepository solutions, KnowledgeBase knowledge,
            AuditTrail audit, Clock clock) {
        this.articles = articles;
        this.solutions = solutions;
        this.knowledge = knowledge;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Article get(Viewer viewer, long id) {
        SolutionService.desk(viewer);
        return articles.find(id).map(this::article).orElseThrow(() -> Problem.notFound("Article"));
    }

    @Transactional(readOnly = true)
    public PageOf<Article> list(Viewer viewer, Paging paging) {
        SolutionService.desk(viewer);
        List<Article> rows = articles.list((int) paging.offset(), paging.size()).stream().map(this::article).toList();
        return paging.of(rows, articles::count);
    }

    @Transactional
    public Article create(Viewer viewer, ArticleFields requested) {
        writer(viewer);
        ArticleFields fields = checked(requested);
        long id = Ids.next();
        long generation = solutions.nextGeneration();
        articles.insert(id, fields, viewer.id(), now(), generation);
        articles.link(id, fields.solutionIds());
        audit.record(new AuditTrail.Event(viewer.username(), "article.written", "article", id, null, null, fields));
        refreshAfterCommit();
        return article(articles.find(id).orElseThrow());
    }

    @Transactional
    public Article update(Viewer viewer, long id, ArticleFields requested, Optional<Integer> expectedVersion) {
        writer(viewer);
        ArticleRepository.Row before = articles.find(id).filter(a -> !a.retired())
                .orElseThrow(() -> Problem.notFound("Article"));
        ArticleFields fields = checked(requested);
        long generation = solutions.nextGeneration();
        if (!articles.update(id, fields, now(), expectedVersion.orElse(before.version()), generation)) {
            throw Problem.stale("The article");
        }
        articles.link(id, fields.solutionIds());
        audit.record(new AuditTrail.Event(viewer.username(), "article.changed", "article", id, null,
                new ArticleFields(before.title(), before.body(), before.category(), articles.solutionIds(id)), fields));
        refreshAfterCommit();
        return article(articles.find(id).orElseThrow());
    }

    /** Retires the article: kept (and auditable), no longer listed or found. */
    @Transactional
    public void retire(Viewer viewer, long id) {
        writer(viewer);
        if (!articles.retire(id, now(), solutions.nextGeneration())) {
            throw Problem.notFound("Article");
        }
        audit.record(new AuditTrail.Event(viewer.username(), "article.retired", "article", id, null, null, null));
        refreshAfterCommit();
    }

    private void writer(Viewer viewer) {
        SolutionService.desk(viewer);
        if (viewer.role() != Role.SUPPORT && viewer.role() != Role.ADMIN) {
            throw Problem.forbidden("only technical support and administrators write knowledge articles");
        }
    }

    private ArticleFields checked(ArticleFields f) {
        if (f == null) {
            throw Problem.badField("title", "must not be blank");
        }
        Inputs check = new Inputs();
        String title = Inputs.text(f.title());
        String body = Inputs.text(f.body());
        if (title == null) {
            check.add("title", "must not be blank");
        } else if (title.length() > 200) {
            check.add("title", "must be at most 200 characters");
        }
        if (body == null) {
            check.add("body", "must not be blank: say what to do");
        } else if (body.length() > 50_000) {
            check.add("body", "must be at most 50000 characters");
        }
        List<Long> linked = f.solutionIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(f.solutionIds()));
        if (linked.size() > 100) {
            check.add("solutionIds", "at most 100 solutions");
        } else if (!linked.isEmpty()) {
            Set<Long> known = Set.copyOf(articles.existingSolutions(linked));
            linked.stream().filter(s -> !known.contains(s)).findFirst()
                    .ifPresent(s -> check.add("solutionIds", "solution " + s + " not found"));
        }
        check.check();
        return new ArticleFields(title, body, f.category(), linked);
    }

    private Article article(ArticleRepository.Row a) {
        return new Article(a.id(), a.version(), a.title(), a.body(), a.category(), articles.solutionIds(a.id()),
                a.author(), a.createdAt(), a.updatedAt(), a.retired(),
                Effectiveness.round(KnowledgeBase.effectiveness(articles.linkedMeasures(a.id()))));
    }

    private Instant now() {
        return clock.instant();
    }

    private void refreshAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    try {
                        knowledge.refresh();
                    } catch (RuntimeException later) {
                        // committed; the next search refreshes the index again
                    }
                }
            });
        }
    }
}
