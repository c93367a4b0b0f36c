package org.postops.app.change;

import java.util.List;
import org.postops.app.production.Production;
import org.postops.app.production.ProductionFields;
import org.postops.app.task.PlannedTask;

/**
 * A production's plan now and as a change request's changes would leave it: the tasks before and after, the
 * production's fields before and after, and each change in words. Nothing of it is stored.
 */
record Proposal(Production production, ProductionFields productionAfter, List<PlannedTask> before,
        List<PlannedTask> after, List<String> summaries) {
}
