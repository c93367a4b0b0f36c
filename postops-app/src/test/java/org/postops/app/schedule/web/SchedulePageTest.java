package org.postops.app.schedule.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.ServerTest;
import org.postops.app.support.WebSession;
import tools.jackson.databind.JsonNode;

/**
 * The schedule page and the production page's schedule summary over real HTTP, signed in through the form:
 * the plan of ScheduleApiTest (start Monday 4 January 2027; delivery on Thursday 7 January).
 */
class SchedulePageTest extends ServerTest {

    private record Plan(Account supervisor, long production, String name, Map<String, Long> ids) {
    }

    private Plan plan(String deliveryTarget) {
        Account sup = facility.staff();
        String name = "Gantt " + Api.unique();
        JsonNode created = facility.production(sup, Map.of("name", name, "startDate", "2027-01-04", "type", "short"));
        long production = created.get("id").asLong();
        long finishing = created.get("stages").valueStream().filter(s -> s.get("name").asString().equals("Finishing"))
                .findFirst().orElseThrow().get("id").asLong();
        Map<String, Long> ids = new HashMap<>();
        ids.put("A", task(sup, production, "A edit", 16, List.of()));
        ids.put("B", task(sup, production, "B conform", 8, List.of(ids.get("A"))));
        ids.put("C", task(sup, production, "C VFX", 4, List.of(ids.get("A"))));
        ids.put("D", facility.task(sup, production, Map.of("title", "D grade", "estimateHours", 8, "stageId", finishing,
                "dependsOn", List.of(ids.get("B"), ids.get("C")))).get("id").asLong());
        ids.put("E", task(sup, production, "E mix", 12,
                List.of(Map.of("taskId", ids.get("A"), "type", "start_to_start", "lagHours", 8))));
        ids.put("M", facility.task(sup, production, Map.of("title", "M delivery", "milestone", true,
                "dueDate", deliveryTarget, "dependsOn", List.of(ids.get("D"), ids.get("E")))).get("id").asLong());
        return new Plan(sup, production, name, ids);
    }

    private long task(Account sup, long production, String title, double hours, List<?> dependsOn) {
        return facility.task(sup, production, Map.of("title", title, "estimateHours", hours, "dependsOn", dependsOn))
                .get("id").asLong();
    }

    private static int count(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void theGanttPageDrawsEveryTaskAndDependencyWithTheCriticalPathAndATable() {
        Plan p = plan("2027-01-07");
        WebSession web = WebSession.signIn(api, p.supervisor());
        Api.Response page = web.get("/productions/" + p.production() + "/schedule?zoom=day");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy")).contains("style-src 'self'");
        String html = page.body();
        assertThat(html).contains("<svg", "class=\"gantt-chart\"", "Gantt chart of " + p.name());
        assertThat(count(html, "<g class=\"g-task[ \"]")).isEqualTo(6);
        assertThat(count(html, "<path class=\"g-link")).as("one per dependency").isEqualTo(7);
        for (String critical : List.of("A", "B", "D", "M")) {
            assertThat(html).contains("critical\" data-task-id=\"" + p.ids().get(critical) + "\"");
        }
        assertThat(html).contains("<g class=\"g-task\" data-task-id=\"" + p.ids().get("C") + "\"");
        assertThat(html).doesNotContain("style=\"");
        // the names link to the tasks; the table has the same dates, in hours and minutes
        assertThat(html).contains("href=\"/tasks/" + p.ids().get("A") + "\"");
        assertThat(html).contains("Dates as a table", "Mon 4 Jan 2027, 09:00", "Tue 5 Jan 2027, 18:00", "12 h",
                "Meets its target (Thu 7 Jan 2027)");
        assertThat(count(html, "class=\"g-day-number")).as("day columns: whole weeks").isEqualTo(7);
        // the stage first, then the tasks without one
        assertThat(html.indexOf("<span>Finishing</span>")).isPositive()
                .isLessThan(html.indexOf("<span>No stage</span>"));
        assertThat(html.indexOf(">D grade</a>")).isLessThan(html.indexOf(">A edit</a>"));

        Api.Response byWeek = web.get("/productions/" + p.production() + "/schedule?zoom=week");
        assertThat(byWeek.status()).isEqualTo(200);
        assertThat(byWeek.body()).contains(">w/c 4 Jan<").doesNotContain("class=\"g-day-number");
    }

    @Test
    void theProductionPageSummarisesTheScheduleAndLinksToTheGantt() {
        Plan p = plan("2027-01-06");
        WebSession web = WebSession.signIn(api, p.supervisor());
        String html = web.get("/productions/" + p.production()).body();
        assertThat(html).contains("Planned finish", "Thu 7 Jan 2027, 18:00", "4 of 6",
                "misses its target by 8 h", "href=\"/productions/" + p.production() + "/schedule\"");

        api.patch(p.supervisor().token(), "/api/v1/tasks/" + p.ids().get("M"), Map.of("dueDate", "2027-01-08"));
        assertThat(web.get("/productions/" + p.production()).body()).contains("meets its target by 8 h");
    }

    @Test
    void aBadZoomIsRefusedWithAReason() {
        Plan p = plan("2027-01-07");
        Api.Response r = WebSession.signIn(api, p.supervisor())
                .get("/productions/" + p.production() + "/schedule?zoom=month");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("must be day or week").doesNotContain("<svg");
    }

    @Test
    void aProductionWithoutTasksSaysSo() {
        Account sup = facility.staff();
        long production = facility.production(sup).get("id").asLong();
        Api.Response r = WebSession.signIn(api, sup).get("/productions/" + production + "/schedule");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("No tasks to schedule yet.").doesNotContain("<svg");
    }

    @Test
    void aPlanTooLongToScheduleIsSaidOnBothPagesWithoutFailingThem() {
        Account sup = facility.staff();
        long production = facility.production(sup, Map.of("startDate", "2027-01-04")).get("id").asLong();
        List<Long> before = List.of();
        for (int i = 0; i < 22; i++) { // 22 × 10,000 hours one after another: over a century of working days
            before = List.of(task(sup, production, "Endless " + i, 10_000, before));
        }
        WebSession web = WebSession.signIn(api, sup);
        Api.Response gantt = web.get("/productions/" + production + "/schedule");
        assertThat(gantt.status()).isEqualTo(200);
        assertThat(gantt.body()).contains("The plan cannot be scheduled: the plan runs past 100 years of work")
                .doesNotContain("<svg");
        Api.Response page = web.get("/productions/" + production);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("The plan cannot be scheduled", "Endless 21");
    }

    @Test
    void anOutsiderGetsTheSameNotFoundPageAsForAMissingProduction() {
        Account sup = facility.staff();
        String secret = "Moth " + Api.unique();
        long production = facility.production(sup, Map.of("name", secret, "confidentiality", "restricted"))
                .get("id").asLong();
        facility.task(sup, production, Map.of("title", "Secret grade " + secret, "estimateHours", 8));
        Account outsider = facility.staff();
        WebSession web = WebSession.signIn(api, outsider);
        Api.Response hidden = web.get("/productions/" + production + "/schedule");
        Api.Response missing = web.get("/productions/9007199254740000/schedule");
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(withoutCsrf(hidden.body())).isEqualTo(withoutCsrf(missing.body())).doesNotContain(secret);
        assertThat(web.get("/productions/" + production + "/schedule?zoom=month").status())
                .as("not a complaint about the zoom").isEqualTo(404);
        // the team sees it
        assertThat(WebSession.signIn(api, sup).get("/productions/" + production + "/schedule").body())
                .contains("Secret grade " + secret);
    }

    @Test
    void threeHundredTasksRenderEveryBar() {
        Account sup = facility.staff();
        long production = facility.production(sup, Map.of("startDate", "2027-01-04")).get("id").asLong();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 300; i++) { // ten chains of thirty, each task waiting for the one before
            List<Long> after = i % 30 == 0 ? List.of() : List.of(ids.get(i - 1));
            ids.add(task(sup, production, "Shot " + i, 2 + i % 7, after));
        }
        WebSession web = WebSession.signIn(api, sup);
        long started = System.nanoTime();
        Api.Response r = web.get("/productions/" + production + "/schedule");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(r.status()).isEqualTo(200);
        assertThat(count(r.body(), "<g class=\"g-task[ \"]")).isEqualTo(300);
        assertThat(count(r.body(), "<path class=\"g-link")).isEqualTo(290);
        assertThat(millis).as("a 300-task Gantt page, first render included").isLessThan(5_000);
    }

    private static String withoutCsrf(String html) {
        return html.replaceAll("hx-headers=\"[^\"]*\"", "").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }
}
