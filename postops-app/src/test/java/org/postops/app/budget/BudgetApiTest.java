package org.postops.app.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postops.app.support.Problems.assertProblem;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.access.Role;
import org.postops.app.access.Viewer;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.RateWindows;
import org.postops.app.support.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Budgets through the API against figures worked out by hand: GBP and USD kept apart, unpriced work
 * listed, the cap compared in the production's currency only.
 */
class BudgetApiTest extends ServerTest {

    @Autowired
    BudgetService budgets;

    /**
     * A GBP production capped at £1,000.00, in a fortnight of its own starting on Monday {@code w}:
     * <pre>
     * rates (w .. w+13)  editor £60.00/h · colourist £600.00/day (= £75.00/h) · VFX artist $90.00/h
     *                    assistant editor: none
     * stage 0  Edit        10 h  editor                in progress   logged: editor 8 h (w+1) + 4 h (w+2)
     *          Log rushes   2 h  assistant            done          logged: assistant 1 h (w+1)
     *          Paperwork    -    editor                (no estimate)
     * stage 1  Grade        8 h  colourist + editor    in progress   logged: colourist 2 h (w+2)
     * stage 2  VFX shot     5 h  VFX artist            in progress   logged: VFX artist 1 h 30 (w+3)
     *          Roto         3 h  nobody
     * </pre>
     */
    private final class Fixture {
        final LocalDate w = RateWindows.next();
        final Account sup = facility.staff();
        final Account editor = facility.staff();
        final Account colourist = facility.staff();
        final Account vfx = facility.staff();
        final Account assistant = facility.staff();
        final long production;
        final List<Long> stages = new ArrayList<>();
        final Map<String, Long> tasks = new HashMap<>();

        Fixture() {
            rate("editor", "hour", 6000, "GBP");
            rate("colourist", "day", 60000, "GBP");
            rate("vfx_artist", "hour", 9000, "USD");
            JsonNode p = facility.production(sup, Map.of("currency", "GBP", "brief", Map.of("budgetCapMinor", 100000)));
            production = p.get("id").asLong();
            p.get("stages").forEach(s -> stages.add(s.get("id").asLong()));
            facility.member(sup, production, editor, "editor");
            facility.member(sup, production, colourist, "colourist");
            facility.member(sup, production, vfx, "vfx_artist");
            facility.member(sup, production, assistant, "assistant_editor");
            task("edit", 0, 10, "in_progress", editor);
            task("rushes", 0, 2, "done", assistant);
            task("paperwork", 0, null, "todo", editor);
            task("grade", 1, 8, "in_progress", colourist, editor);
            task("vfx", 2, 5, "in_progress", vfx);
            task("roto", 2, 3, "todo");
            log(editor, "edit", 1, 8, 0);
            log(editor, "edit", 2, 4, 0);
            log(assistant, "rushes", 1, 1, 0);
            log(colourist, "grade", 2, 2, 0);
            log(vfx, "vfx", 3, 1, 30);
        }

        void rate(String role, String unit, long amount, String currency) {
            Api.Response r = api.post(facility.admin(), "/api/v1/rates", Map.of("subjectType", "role", "subject", role,
                    "unit", unit, "amountMinor", amount, "currency", currency, "effectiveFrom", w.toString(),
                    "effectiveTo", w.plusDays(13).toString()));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }

        void task(String key, int stage, Integer hours, String status, Account... people) {
            Map<String, Object> fields = new HashMap<>(Map.of("title", key + " " + Api.unique(),
                    "stageId", stages.get(stage), "status", status, "dueDate", w.plusDays(10).toString(),
                    "assignees", java.util.Arrays.stream(people).map(Account::username).toList()));
            if (hours != null) {
                fields.put("estimateHours", hours);
            }
            tasks.put(key, facility.task(sup, production, fields).get("id").asLong());
        }

        void log(Account who, String task, int day, int hours, int minutes) {
            Api.Response r = api.post(who.token(), "/api/v1/tasks/" + tasks.get(task) + "/time",
                    Map.of("date", w.plusDays(day).toString(), "hours", hours, "minutes", minutes));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }

        JsonNode budget() {
            Api.Response r = api.get(sup.token(), "/api/v1/productions/" + production + "/budget");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            return r.json();
        }
    }

    private static void assertAmounts(JsonNode a, long planned, long actual, long remaining, long forecast,
            long variance) {
        assertThat(List.of(a.get("plannedMinor").asLong(), a.get("actualMinor").asLong(),
                a.get("remainingMinor").asLong(), a.get("forecastMinor").asLong(), a.get("varianceMinor").asLong()))
                .as(a.toString()).containsExactly(planned, actual, remaining, forecast, variance);
    }

    private static JsonNode stage(JsonNode budget, long stageId) {
        return budget.get("stages").valueStream().filter(s -> !s.get("stageId").isNull()
                && s.get("stageId").asLong() == stageId).findFirst().orElseThrow();
    }

    @Test
    void plannedActualForecastAndVarianceMatchTheFiguresWorkedOutByHandPerCurrency() {
        Fixture f = new Fixture();
        JsonNode b = f.budget();

        assertThat(b.get("currency").asString()).isEqualTo("GBP");
        assertThat(b.get("totals").propertyNames()).containsExactly("GBP", "USD");
        // GBP planned: edit 10 h × £60 = 600; grade 4 h × £75 + 4 h × £60 = 540 → £1,140.00
        // GBP actual: edit 12 h × £60 = 720; grade 2 h × £75 = 150 → £870.00
        // GBP remaining: edit none (12 h logged of 10); grade 6 h left, 3 h × £75 + 3 h × £60 = 405
        assertAmounts(b.get("totals").get("GBP"), 114000, 87000, 40500, 127500, -13500);
        // USD: vfx 5 h × $90 = 450 planned; 1 h 30 = 135 logged; 3 h 30 = 315 remaining
        assertAmounts(b.get("totals").get("USD"), 45000, 13500, 31500, 45000, 0);

        JsonNode edit = stage(b, f.stages.get(0));
        assertAmounts(edit.get("amounts").get("GBP"), 60000, 72000, 0, 72000, -12000);
        assertThat(edit.get("amounts").has("USD")).isFalse();
        assertThat(edit.get("plannedMinutes").asLong()).isEqualTo(720);
        assertThat(edit.get("actualMinutes").asLong()).isEqualTo(780);
        JsonNode grade = stage(b, f.stages.get(1));
        assertAmounts(grade.get("amounts").get("GBP"), 54000, 15000, 40500, 55500, -1500);
        assertThat(grade.get("remainingMinutes").asLong()).isEqualTo(360);
        JsonNode vfx = stage(b, f.stages.get(2));
        assertAmounts(vfx.get("amounts").get("GBP"), 0, 0, 0, 0, 0);
        assertAmounts(vfx.get("amounts").get("USD"), 45000, 13500, 31500, 45000, 0);
        assertThat(vfx.get("remainingMinutes").asLong()).as("3 h 30 of the shot and all of the roto")
                .isEqualTo(390);

        // never silently zero: the roto (nobody on it) and the assistant's work (no rate) are listed
        JsonNode unpriced = b.get("unpriced");
        assertThat(unpriced.get("plannedMinutes").asLong()).isEqualTo(300);
        assertThat(unpriced.get("planned").asString()).isEqualTo("5 h");
        assertThat(unpriced.get("actualMinutes").asLong()).isEqualTo(60);
        assertThat(unpriced.get("remainingMinutes").asLong()).isEqualTo(180);
        List<String> items = unpriced.get("items").valueStream().map(i -> i.get("kind").asString() + " "
                + i.get("taskId").asLong() + " " + i.get("person").asString("-") + " " + i.get("minutes").asLong()
                + " " + i.get("reason").asString()).toList();
        assertThat(items).containsExactlyInAnyOrder(
                "planned " + f.tasks.get("roto") + " - 180 no_assignee",
                "planned " + f.tasks.get("rushes") + " " + f.assistant.username() + " 120 no_rate",
                "actual " + f.tasks.get("rushes") + " " + f.assistant.username() + " 60 no_rate");
        assertThat(b.get("unestimatedTasks").asLong()).isEqualTo(1);

        assertThat(b.get("budgetCapMinor").asLong()).isEqualTo(100000);
        assertThat(b.get("overCap").asBoolean()).isTrue();
        assertThat(b.get("overCapByMinor").asLong()).isEqualTo(27500);
        assertThat(b.get("warnings").get(0).asString()).contains("£1,275.00").contains("£1,000.00")
                .contains("£275.00");
        assertThat(b.get("notes").valueStream().map(JsonNode::asString))
                .anySatisfy(n -> assertThat(n).contains("USD").contains("cannot be compared"));
        assertThat(b.get("bookings").get("items")).isEmpty();
        assertThat(b.get("bookings").get("note").asString()).contains("not in PostOps yet");
    }

    @Test
    void theCapIsComparedInTheProductionsCurrencyOnly() {
        Fixture f = new Fixture();
        // raise the cap above the GBP forecast: the USD cost must not tip it over
        api.patch(f.sup.token(), "/api/v1/productions/" + f.production, Map.of("brief", Map.of("budgetCapMinor", 127500)));
        JsonNode b = f.budget();
        assertThat(b.get("overCap").asBoolean()).isFalse();
        assertThat(b.get("overCapByMinor").isNull()).isTrue();
        assertThat(b.get("warnings").valueStream().map(JsonNode::asString)).noneMatch(w -> w.contains("cap"));
        assertThat(b.get("notes").valueStream().map(JsonNode::asString)).anyMatch(n -> n.contains("USD"));
    }

    @Test
    void actualTimeIsPricedAtTheRateInForceOnItsDayAndByTheRoleItWasLoggedIn() {
        LocalDate w = RateWindows.next();
        Account sup = facility.staff();
        Account editor = facility.staff();
        for (Map<String, Object> r : List.of(
                Map.<String, Object>of("from", w, "to", w.plusDays(5), "amount", 6000),
                Map.<String, Object>of("from", w.plusDays(6), "to", w.plusDays(13), "amount", 7200))) {
            assertThat(api.post(facility.admin(), "/api/v1/rates", Map.of("subjectType", "role", "subject",
                    "online_editor", "unit", "hour", "amountMinor", r.get("amount"), "currency", "EUR",
                    "effectiveFrom", r.get("from").toString(), "effectiveTo", r.get("to").toString())).status())
                    .isEqualTo(201);
        }
        long production = facility.production(sup, Map.of("currency", "EUR")).get("id").asLong();
        facility.member(sup, production, editor, "online_editor");
        long task = facility.task(sup, production, Map.of("estimateHours", 4, "dueDate", w.plusDays(1).toString(),
                "assignees", List.of(editor.username()))).get("id").asLong();
        api.post(editor.token(), "/api/v1/tasks/" + task + "/time", Map.of("date", w.plusDays(1).toString(),
                "hours", 1));
        api.post(editor.token(), "/api/v1/tasks/" + task + "/time", Map.of("date", w.plusDays(8).toString(),
                "hours", 1));
        String budget = "/api/v1/productions/" + production + "/budget";
        JsonNode b = api.get(sup.token(), budget).json();
        // planned 4 h at the due date's €60.00; actual 1 h × €60.00 + 1 h × €72.00; 2 h left at €60.00
        assertAmounts(b.get("totals").get("EUR"), 24000, 13200, 12000, 25200, -1200);
        assertThat(b.get("notes").valueStream().map(JsonNode::asString)).contains("The brief sets no budget cap.");

        // a later change of role reprices the plan (editors have no rate here) but not time already logged
        api.patch(sup.token(), "/api/v1/productions/" + production + "/members/" + editor.username(),
                Map.of("role", "editor"));
        JsonNode after = api.get(sup.token(), budget).json();
        assertAmounts(after.get("totals").get("EUR"), 0, 13200, 0, 13200, -13200);
        assertThat(after.get("unpriced").get("plannedMinutes").asLong()).isEqualTo(240);
        assertThat(after.get("unpriced").get("remainingMinutes").asLong()).isEqualTo(120);
        assertThat(after.get("unpriced").get("items").get(0).get("reason").asString()).isEqualTo("no_rate");
    }

    @Test
    void aWhatIfIsPricedWithoutSavingAnything() {
        Fixture f = new Fixture();
        JsonNode before = f.budget();
        List<PlannedWork> plan = new ArrayList<>(budgets.plan(new Viewer(f.sup.id(), f.sup.username(), "Sup", Role.STAFF,
                ZoneId.of("Europe/London")), f.production));
        // one more grade day for the colourist (a new task), and the roto given to the VFX artist
        plan.add(new PlannedWork(-1, f.stages.get(1), 8 * 60, List.of(f.colourist.id()), false, f.w.plusDays(11)));
        plan.replaceAll(w -> w.taskId() == f.tasks.get("roto")
                ? new PlannedWork(w.taskId(), w.stageId(), w.estimateMinutes(), List.of(f.vfx.id()), false, w.due())
                : w);

        BudgetEstimate whatIf = budgets.estimate(f.production, plan);

        BudgetEstimate.Amounts gbp = whatIf.totals().get("GBP");
        assertThat(gbp.plannedMinor()).as("+ 8 h × £75.00").isEqualTo(114000 + 60000);
        assertThat(gbp.forecastMinor()).isEqualTo(127500 + 60000);
        BudgetEstimate.Amounts usd = whatIf.totals().get("USD");
        assertThat(usd.plannedMinor()).as("+ 3 h × $90.00").isEqualTo(45000 + 27000);
        assertThat(whatIf.unpriced().plannedMinutes()).isEqualTo(120);
        assertThat(whatIf.stages().stream().filter(s -> f.stages.get(1).equals(s.stageId())).findFirst().orElseThrow()
                .amounts().get("GBP").plannedMinor()).isEqualTo(54000 + 60000);
        assertThat(f.budget()).as("nothing was saved").isEqualTo(before);
    }

    @Test
    void clientsSeeNoBudgetAndOutsidersNoProduction() {
        Fixture f = new Fixture();
        Account client = facility.client();
        facility.member(f.sup, f.production, client, "client");
        assertThat(assertProblem(api.get(client.token(), "/api/v1/productions/" + f.production + "/budget"), 403))
                .doesNotContain("£");
        Account outsider = facility.staff();
        assertThat(api.get(outsider.token(), "/api/v1/productions/" + f.production + "/budget").status())
                .as("a standard production's budget is open to the facility's staff").isEqualTo(200);
        long secret = facility.production(f.sup, Map.of("confidentiality", "restricted")).get("id").asLong();
        assertProblem(api.get(outsider.token(), "/api/v1/productions/" + secret + "/budget"), 404);
        assertProblem(api.get(outsider.token(), "/api/v1/productions/4242/budget"), 404);
    }
}
