package org.postops.app.search;

import org.postops.app.production.ProductionSummary;
import org.postops.app.task.TaskSummary;
import org.postops.app.web.PageOf;

/** What a search found: productions and tasks, each paged. */
public record SearchResults(String query, PageOf<ProductionSummary> productions, PageOf<TaskSummary> tasks) {
}
