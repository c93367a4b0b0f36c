package org.postops.app.budget;

import org.postops.app.access.Viewer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A production's budget over the API. */
@RestController
@RequestMapping("/api/v1")
class BudgetController {

    private final BudgetService budgets;

    BudgetController(BudgetService budgets) {
        this.budgets = budgets;
    }

    @GetMapping("/productions/{id}/budget")
    BudgetEstimate budget(Viewer viewer, @PathVariable long id) {
        return budgets.budget(viewer, id);
    }
}
