package org.postops.app.search;

import org.postops.app.access.Viewer;
import org.postops.app.production.ProductionService;
import org.postops.app.task.TaskService;
import org.postops.app.web.Paging;
import org.postops.app.web.Problem;
import org.springframework.stereotype.Service;

/** One search box for productions (name, codename, client) and tasks (title). */
@Service
public class SearchService {

    private final ProductionService productions;
    private final TaskService tasks;

    SearchService(ProductionService productions, TaskService tasks) {
        this.productions = productions;
        this.tasks = tasks;
    }

    public SearchResults search(Viewer viewer, String query, Paging paging) {
        if (query == null || query.isBlank()) {
            throw Problem.badField("q", "must not be blank: say what to look for");
        }
        if (query.length() > 200) {
            throw Problem.badField("q", "must be at most 200 characters");
        }
        String q = query.strip();
        return new SearchResults(q, productions.list(viewer, q, paging), tasks.search(viewer, q, paging));
    }
}
