package org.postops.app.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.Problems;
import org.postops.app.support.ServerTest;
import tools.jackson.databind.JsonNode;

/**
 * The schedule of a small hand-computed plan, through the API. The production starts on Monday 4 January 2027
 * (London, UTC+0 in winter; Friday 1 January is a bank holiday), working 09:00–13:00 and 14:00–18:00:
 *
 * <pre>
 * task                 work  waits for           early start    early finish   total float
 * A edit               16 h  -                   Mon 09:00      Tue 18:00      0
 * B conform             8 h  A                   Wed 09:00      Wed 18:00      0
 * C VFX                 4 h  A                   Wed 09:00      Wed 13:00      4 h
 * D grade               8 h  B, C                Thu 09:00      Thu 18:00      0
 * E mix                12 h  A start + 8 h lag   Tue 09:00      Wed 13:00     12 h (late start Wed 14:00)
 * M delivery            0    D, E (target Thu 7) Thu 18:00      Thu 18:00      0
 * </pre>
 */
class ScheduleApiTest extends ServerTest {

    /** The plan's tasks by letter. */
    private record Plan(Account supervisor, long production, Map<String, Long> ids) {

        long id(String letter) {
            return ids.get(letter);
        }
    }

    private Plan plan() {
        Account sup = facility.staff();
        long production = facility.production(sup, Map.of("startDate", "2027-01-04")).get("id").asLong();
        Map<String, Long> ids = new HashMap<>();
        ids.put("A", task(sup, production, "A edit", 16, List.of()));
        ids.put("B", task(sup, production, "B conform", 8, List.of(ids.get("A"))));
        ids.put("C", task(sup, production, "C VFX", 4, List.of(ids.get("A"))));
        ids.put("D", task(sup, production, "D grade", 8, List.of(ids.get("B"), ids.get("C"))));
        ids.put("E", task(sup, production, "E mix", 12,
                List.of(Map.of("taskId", ids.get("A"), "type", "start_to_start", "lagHours", 8))));
        JsonNode m = facility.task(sup, production, Map.of("title", "M delivery", "milestone", true,
                "dueDate", "2027-01-07", "dependsOn", List.of(ids.get("D"), Map.of("taskId", ids.get("E")))));
        ids.put("M", m.get("id").asLong());
        return new Plan(sup, production, ids);
    }

    private long task(Account sup, long production, String title, double hours, List<?> dependsOn) {
        return facility.task(sup, production, Map.of("title", title, "estimateHours", hours, "dependsOn", dependsOn))
                .get("id").asLong();
    }

    private JsonNode schedule(Plan p) {
        Api.Response r = api.get(p.supervisor().token(), "/api/v1/productions/" + p.production() + "/schedule");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static JsonNode dates(JsonNode schedule, long taskId) {
        return schedule.get("tasks").valueStream().filter(t -> t.get("taskId").asLong() == taskId).findFirst()
                .orElseThrow();
    }

    @Test
    void theCriticalPathMethodGivesTheHandComputedDates() {
        Plan p = plan();
        JsonNode s = schedule(p);
        assertThat(s.get("start").asString()).isEqualTo("2027-01-04T09:00:00Z");
        assertThat(s.get("finish").asString()).isEqualTo("2027-01-07T18:00:00Z");
        assertThat(s.get("zone").asString()).isEqualTo("Europe/London");
        assertThat(s.get("workHours").asDouble()).isEqualTo(48.0);
        Map<String, String[]> expected = Map.of(
                "A", new String[] {"2027-01-04T09:00:00Z", "2027-01-05T18:00:00Z", "2027-01-04T09:00:00Z", "0.0"},
                "B", new String[] {"2027-01-06T09:00:00Z", "2027-01-06T18:00:00Z", "2027-01-06T09:00:00Z", "0.0"},
                "C", new String[] {"2027-01-06T09:00:00Z", "2027-01-06T13:00:00Z", "2027-01-06T14:00:00Z", "4.0"},
                "D", new String[] {"2027-01-07T09:00:00Z", "2027-01-07T18:00:00Z", "2027-01-07T09:00:00Z", "0.0"},
                "E", new String[] {"2027-01-05T09:00:00Z", "2027-01-06T13:00:00Z", "2027-01-06T14:00:00Z", "12.0"},
                "M", new String[] {"2027-01-07T18:00:00Z", "2027-01-07T18:00:00Z", "2027-01-07T18:00:00Z", "0.0"});
        expected.forEach((letter, want) -> {
            JsonNode t = dates(s, p.id(letter));
            assertThat(new String[] {t.get("earlyStart").asString(), t.get("earlyFinish").asString(),
                    t.get("lateStart").asString(), String.valueOf(t.get("totalFloatHours").asDouble())})
                    .as("task %s", letter).containsExactly(want);
            assertThat(t.get("critical").asBoolean()).as("task %s critical", letter)
                    .isEqualTo(want[3].equals("0.0"));
        });
        assertThat(s.get("criticalPaths").valueStream().map(path -> path.valueStream().map(JsonNode::asLong).toList()))
                .containsExactly(List.of(p.id("A"), p.id("B"), p.id("D"), p.id("M")));
        JsonNode delivery = s.get("milestones").get(0);
        assertThat(delivery.get("taskId").asLong()).isEqualTo(p.id("M"));
        assertThat(delivery.get("targetDate").asString()).isEqualTo("2027-01-07");
        assertThat(delivery.get("meetsTarget").asBoolean()).isTrue();
        assertThat(delivery.get("hoursLate").asDouble()).isZero();
    }

    @Test
    void lengtheningACriticalTaskByNHoursSlipsDeliveryByExactlyNWorkingHours() {
        Plan p = plan();
        Api.Response r = api.patch(p.supervisor().token(), "/api/v1/tasks/" + p.id("B"), Map.of("estimateHours", 11));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode s = schedule(p);
        // Thursday 18:00 plus three working hours is Friday 12:00, not Thursday 21:00.
        assertThat(s.get("finish").asString()).isEqualTo("2027-01-08T12:00:00Z");
        JsonNode delivery = s.get("milestones").get(0);
        assertThat(delivery.get("meetsTarget").asBoolean()).isFalse();
        assertThat(delivery.get("hoursLate").asDouble()).isEqualTo(3.0);
        assertThat(dates(s, p.id("C")).get("totalFloatHours").asDouble()).isEqualTo(7.0);
    }

    @Test
    void lengtheningATaskByLessThanItsFloatSlipsNothing() {
        Plan p = plan();
        String before = schedule(p).get("finish").asString();
        api.patch(p.supervisor().token(), "/api/v1/tasks/" + p.id("C"), Map.of("estimateHours", 7.5));
        JsonNode s = schedule(p);
        assertThat(s.get("finish").asString()).isEqualTo(before);
        assertThat(dates(s, p.id("C")).get("totalFloatHours").asDouble()).isEqualTo(0.5);
        assertThat(dates(s, p.id("C")).get("critical").asBoolean()).isFalse();
    }

    @Test
    void aStartNoEarlierThanDateHoldsATaskBack() {
        Plan p = plan();
        api.patch(p.supervisor().token(), "/api/v1/tasks/" + p.id("D"), Map.of("startNotBefore", "2027-01-11"));
        JsonNode s = schedule(p);
        assertThat(dates(s, p.id("D")).get("earlyStart").asString()).isEqualTo("2027-01-11T09:00:00Z");
        assertThat(s.get("finish").asString()).isEqualTo("2027-01-11T18:00:00Z");
        assertThat(s.get("milestones").get(0).get("hoursLate").asDouble()).as("Fri 8 h + Mon 8 h").isEqualTo(16.0);
    }

    @Test
    void dependenciesShowTheirTypeAndLag() {
        Plan p = plan();
        JsonNode mix = api.get(p.supervisor().token(), "/api/v1/tasks/" + p.id("E")).json();
        assertThat(mix.get("dependsOn").get(0).get("type").asString()).isEqualTo("start_to_start");
        assertThat(mix.get("dependsOn").get(0).get("lagHours").asDouble()).isEqualTo(8.0);
        JsonNode delivery = api.get(p.supervisor().token(), "/api/v1/tasks/" + p.id("M")).json();
        assertThat(delivery.get("milestone").asBoolean()).isTrue();
        assertThat(delivery.get("dependsOn").valueStream().map(d -> d.get("type").asString()))
                .containsOnly("finish_to_start");
    }

    @Test
    void badPlansAreRefusedAndNothingIsSaved() {
        Plan p = plan();
        String tasks = "/api/v1/productions/" + p.production() + "/tasks";
        String token = p.supervisor().token();
        long before = api.get(token, tasks).json().get("total").asLong();
        Problems.assertBadField(api.post(token, tasks, Map.of("title", "Lagged", "dependsOn",
                List.of(Map.of("taskId", p.id("A"), "lagHours", 5000)))), "dependsOn[0].lagHours");
        Problems.assertBadField(api.post(token, tasks, Map.of("title", "Odd link", "dependsOn",
                List.of(Map.of("taskId", p.id("A"), "type", "start_to_finish")))), "dependsOn[0].type");
        Problems.assertBadField(api.post(token, tasks, Map.of("title", "No id", "dependsOn",
                List.of(Map.of("lagHours", 2)))), "dependsOn[0].taskId");
        Problems.assertBadField(api.post(token, tasks, Map.of("title", "Long lock", "milestone", true,
                "dueDate", "2027-01-07", "estimateHours", 4)), "estimateHours");
        Problems.assertBadField(api.post(token, tasks, Map.of("title", "Undated lock", "milestone", true)),
                "dueDate");
        Problems.assertBadField(api.post(token, tasks, Map.of("title", "Negative", "estimateHours", -1)),
                "estimateHours");
        Problems.assertBadField(api.post(token, tasks, Map.of("title", "Ghost", "dependsOn", List.of(12345L))),
                "dependsOn[0]");
        Problems.assertBadField(api.patch(token, "/api/v1/tasks/" + p.id("A"), Map.of("dependsOn",
                List.of(Map.of("taskId", p.id("M"), "lagHours", 2)))), "dependsOn");
        assertThat(api.get(token, tasks).json().get("total").asLong()).isEqualTo(before);
        assertThat(api.get(token, "/api/v1/tasks/" + p.id("A")).json().get("dependsOn")).isEmpty();
    }

    @Test
    void anUnknownOrHiddenProductionHasNoSchedule() {
        Plan p = plan();
        Account outsider = facility.staff();
        long secret = facility.production(p.supervisor(), Map.of("confidentiality", "restricted")).get("id").asLong();
        assertThat(api.get(outsider.token(), "/api/v1/productions/" + secret + "/schedule").status()).isEqualTo(404);
        assertThat(api.get(outsider.token(), "/api/v1/productions/9007199254740000/schedule").status())
                .isEqualTo(404);
    }
}
