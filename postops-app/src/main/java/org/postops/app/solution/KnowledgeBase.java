package org.postops.app.solution;

import java.util.List;
import org.postops.app.solution.index.KnowledgeIndex;
import org.springframework.stereotype.Component;

/**
 * Keeps this server's {@link KnowledgeIndex} in step with the tables. Every write to solutions or articles takes
 * the next value of one counter (knowledge_generation) and stamps it on the rows it changed; before a search, the
 * index reads that counter (one primary-key read) and, if it moved, loads only the rows stamped after the value it
 * last saw. So a change made on any server is found on every server by its next search, and a search on an idle
 * knowledge base costs one tiny query. The first search loads everything (generation −1).
 */
@Component
class KnowledgeBase {

    private final SolutionRepository solutions;
    private final ArticleRepository articles;
    private final KnowledgeIndex index = new KnowledgeIndex();
    private volatile long seen = -1;

    KnowledgeBase(SolutionRepository solutions, ArticleRepository articles) {
        this.solutions = solutions;
        this.articles = articles;
    }

    KnowledgeIndex index() {
        return index;
    }

    /** Brings the index up to the latest committed generation. */
    void refresh() {
        if (solutions.generation() == seen) {
            return;
        }
        synchronized (this) {
            // read the counter before the rows: whatever commits in between is loaded now and again next time
            long current = solutions.generation();
            if (current == seen) {
                return;
            }
            for (SolutionRepository.Row row : solutions.changedSince(seen)) {
                index.put(entry(row));
            }
            for (ArticleRepository.Row row : articles.changedSince(seen)) {
                if (row.retired()) {
                    index.remove(row.id(), true);
                } else {
                    index.put(entry(row, effectiveness(articles.linkedMeasures(row.id()))));
                }
            }
            seen = current;
        }
    }

    /** A solution as indexed: its texts without its production's names, so they cannot be searched for. */
    static KnowledgeIndex.Entry entry(SolutionRepository.Row row) {
        String[] names = {row.productionName(), row.codename(), row.client()};
        return new KnowledgeIndex.Entry(row.id(), false, row.productionId() == null ? 0 : row.productionId(),
                row.category().ordinal(), (float) row.effectiveness().score(), List.of(
                new KnowledgeIndex.Field(Withheld.blank(row.summary(), " ", names), 3, true),
                new KnowledgeIndex.Field(Withheld.blank(row.symptoms(), " ", names), 1, false),
                new KnowledgeIndex.Field(Withheld.blank(row.errorText(), " ", names), 2, true),
                new KnowledgeIndex.Field(Withheld.blank(row.whatWasDone(), " ", names), 1, false)));
    }

    static KnowledgeIndex.Entry entry(ArticleRepository.Row row, double effectiveness) {
        return new KnowledgeIndex.Entry(row.id(), true, 0, row.category() == null ? -1 : row.category().ordinal(),
                (float) effectiveness, List.of(new KnowledgeIndex.Field(row.title(), 3, true),
                new KnowledgeIndex.Field(row.body(), 1, true)));
    }

    /** An article's effectiveness: the mean score of the solutions it draws on, or the neutral score of none. */
    static double effectiveness(List<long[]> linked) {
        if (linked.isEmpty()) {
            return Effectiveness.neutral();
        }
        double sum = 0;
        for (long[] m : linked) {
            boolean rated = m[2] >= 0;
            sum += Effectiveness.score((int) m[0], m[1], rated ? 1 : 0, rated ? (int) m[2] : 0);
        }
        return sum / linked.size();
    }
}
