package org.postops.app.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.postops.app.access.Viewer;
import org.postops.app.budget.BudgetEstimate.Amounts;
import org.postops.app.budget.BudgetEstimate.StageBudget;
import org.postops.app.production.Production;
import org.postops.app.production.ProductionService;
import org.postops.app.time.Minutes;
import org.postops.app.web.Formats;
import org.postops.app.web.PageController;
import org.postops.app.web.Problem;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * A production's budget: loaded into the production page with htmx, or a page of its own without
 * script. Clients get nothing (the production page shows them no budget section).
 */
@PageController
class BudgetPages {

    /** One line of a currency's table, amounts already written in that currency. */
    record MoneyRow(String name, String planned, String actual, String remaining, String forecast, String variance,
            boolean overspent, boolean empty) {
    }

    /** All the stages' amounts in one currency, with the total. */
    record CurrencyTable(String currency, boolean home, List<MoneyRow> rows, MoneyRow total) {
    }

    /** A stage's hours: estimated, logged and still to do. */
    record HoursRow(String name, String planned, String actual, String remaining) {
    }

    private final BudgetService budgets;
    private final ProductionService productions;
    private final Formats formats;

    BudgetPages(BudgetService budgets, ProductionService productions, Formats formats) {
        this.budgets = budgets;
        this.productions = productions;
        this.formats = formats;
    }

    @GetMapping("/productions/{id}/budget")
    String budget(Viewer viewer, @PathVariable long id,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        if (!budgets.mayCost(viewer, id)) { // 404 first for those who cannot see the production at all
            if (htmx != null) {
                return "budget/page :: nothing";
            }
            throw Problem.forbidden("clients do not see budgets: they hold the facility's rates");
        }
        Production production = productions.get(viewer, id);
        BudgetEstimate b = budgets.budget(viewer, id);
        List<CurrencyTable> tables = new ArrayList<>();
        for (Map.Entry<String, Amounts> total : b.totals().entrySet()) {
            String c = total.getKey();
            List<MoneyRow> rows = new ArrayList<>();
            for (StageBudget s : b.stages()) {
                Amounts a = s.amounts().get(c);
                if (a != null) {
                    rows.add(row(s.name() == null ? "Stage " + s.stageId() : s.name(), a, c));
                }
            }
            tables.add(new CurrencyTable(c, c.equals(b.currency()), rows, row("Total", total.getValue(), c)));
        }
        model.addAttribute("production", production);
        model.addAttribute("budget", b);
        model.addAttribute("tables", tables);
        model.addAttribute("hours", b.stages().stream().map(s -> new HoursRow(s.name() == null ? "Stage "
                + s.stageId() : s.name(), Minutes.human(s.plannedMinutes()), Minutes.human(s.actualMinutes()),
                Minutes.human(s.remainingMinutes()))).toList());
        model.addAttribute("cap", b.budgetCapMinor() == null ? null : formats.money(b.budgetCapMinor(), b.currency()));
        return htmx != null ? "budget/page :: budgetSection" : "budget/page";
    }

    private MoneyRow row(String name, Amounts a, String currency) {
        return new MoneyRow(name, formats.money(a.plannedMinor(), currency), formats.money(a.actualMinor(), currency),
                formats.money(a.remainingMinor(), currency), formats.money(a.forecastMinor(), currency),
                signed(a.varianceMinor(), currency), a.varianceMinor() < 0,
                a.plannedMinor() == 0 && a.actualMinor() == 0 && a.remainingMinor() == 0);
    }

    private String signed(long minor, String currency) {
        return minor < 0 ? "−" + formats.money(-minor, currency) : formats.money(minor, currency);
    }
}
