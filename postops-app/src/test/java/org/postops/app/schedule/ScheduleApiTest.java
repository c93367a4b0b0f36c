package org.postops.app.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.HandPlan;
import org.postops.app.support.Problems;
import org.postops.app.support.ServerTest;
import org.postops.planning.WorkCalendar;
import tools.jackson.databind.JsonNode;

/** The schedule of {@link HandPlan}, worked out by hand, through the API. */
class ScheduleApiTest extends ServerTest {

    private HandPlan plan() {
        return HandPlan.make(facility);
    }

    private JsonNode schedule(HandPlan p) {
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
        HandPlan p = plan();
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
        HandPlan p = plan();
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
        HandPlan p = plan();
        String before = schedule(p).get("finish").asString();
        api.patch(p.supervisor().token(), "/api/v1/tasks/" + p.id("C"), Map.of("estimateHours", 7.5));
        JsonNode s = schedule(p);
        assertThat(s.get("finish").asString()).isEqualTo(before);
        assertThat(dates(s, p.id("C")).get("totalFloatHours").asDouble()).isEqualTo(0.5);
        assertThat(dates(s, p.id("C")).get("critical").asBoolean()).isFalse();
    }

    @Test
    void aStartNoEarlierThanDateHoldsATaskBack() {
        HandPlan p = plan();
        api.patch(p.supervisor().token(), "/api/v1/tasks/" + p.id("D"), Map.of("startNotBefore", "2027-01-11"));
        JsonNode s = schedule(p);
        assertThat(dates(s, p.id("D")).get("earlyStart").asString()).isEqualTo("2027-01-11T09:00:00Z");
        assertThat(s.get("finish").asString()).isEqualTo("2027-01-11T18:00:00Z");
        assertThat(s.get("milestones").get(0).get("hoursLate").asDouble()).as("Fri 8 h + Mon 8 h").isEqualTo(16.0);
    }

    @Test
    void dependenciesShowTheirTypeAndLag() {
        HandPlan p = plan();
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
        HandPlan p = plan();
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
        HandPlan p = plan();
        Account outsider = facility.staff();
        long secret = facility.production(p.supervisor(), Map.of("confidentiality", "restricted")).get("id").asLong();
        assertThat(api.get(outsider.token(), "/api/v1/productions/" + secret + "/schedule").status()).isEqualTo(404);
        assertThat(api.get(outsider.token(), "/api/v1/productions/9007199254740000/schedule").status())
                .isEqualTo(404);
    }

    @Test
    void workNotDoneCannotHappenInThePastDoneWorkKeepsItsPlannedDates() {
        Account sup = facility.staff();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        LocalDate start = today.minusWeeks(3).with(java.time.DayOfWeek.MONDAY);
        long production = facility.production(sup, Map.of("startDate", start.toString())).get("id").asLong();
        long done = facility.task(sup, production, Map.of("title", "Ingest", "estimateHours", 8, "status", "done"))
                .get("id").asLong();
        long todo = facility.task(sup, production, Map.of("title", "Assembly", "estimateHours", 8,
                "dependsOn", List.of(done))).get("id").asLong();
        JsonNode s = api.get(sup.token(), "/api/v1/productions/" + production + "/schedule").json();
        assertThat(dates(s, done).get("earlyStart").asString()).isEqualTo(start + "T09:00:00Z");
        String expected = WorkCalendar.englandAndWales().nextWorkingInstant(today.atStartOfDay(ZoneId.of(
                "Europe/London"))).toOffsetDateTime().toString();
        assertThat(OffsetDateTime.parse(dates(s, todo).get("earlyStart").asString()))
                .isEqualTo(OffsetDateTime.parse(expected));
    }

    @Test
    void parallelWorkFitsWhereTheSameWorkInALineWouldRunPastACentury() {
        Account sup = facility.staff();
        long wide = facility.production(sup, Map.of("startDate", "2027-01-04")).get("id").asLong();
        long line = facility.production(sup, Map.of("startDate", "2027-01-04")).get("id").asLong();
        List<Long> before = List.of();
        for (int i = 0; i < 22; i++) { // 22 × 10,000 hours: side by side, about five years; in a line, a century
            facility.task(sup, wide, Map.of("title", "Archive pass " + i, "estimateHours", 10_000));
            before = List.of(facility.task(sup, line, Map.of("title", "Archive pass " + i, "estimateHours", 10_000,
                    "dependsOn", before)).get("id").asLong());
        }
        Api.Response ok = api.get(sup.token(), "/api/v1/productions/" + wide + "/schedule");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().get("finish").asString()).startsWith("2031-");
        Api.Response refused = api.get(sup.token(), "/api/v1/productions/" + line + "/schedule");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString())
                .isEqualTo("This plan cannot be scheduled: the plan runs past 100 years of work: check the estimates "
                        + "and lags.");
    }
}
