/**
 * Rate cards and budgets: what an hour or a day of each production role (and, later, of kit and rooms)
 * costs, and a production's planned, actual and forecast cost by stage, kept apart per currency and
 * never converted. {@link org.postops.app.budget.BudgetService#estimate} prices any plan without saving it.
 */
package org.postops.app.budget;
