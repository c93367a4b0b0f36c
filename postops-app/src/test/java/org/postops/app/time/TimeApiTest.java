package org.postops.app.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postops.app.support.Problems.assertBadField;
import static org.postops.app.support.Problems.assertProblem;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.ServerTest;
import tools.jackson.databind.JsonNode;

class TimeApiTest extends ServerTest {

    /** Today as the test people (all in Europe/London) see it on the server's clock. */
    private static LocalDate today() {
        return LocalDate.ofInstant(CLOCK.instant(), ZoneId.of("Europe/London"));
    }

    /** A production with a supervisor, an editor and an assistant on its team, and a task of the editor's. */
    private final class Team {
        final Account sup = facility.staff();
        final Account editor = facility.staff();
        final Account assistant = facility.staff();
        final long production;
        final long task;

        Team(Map<String, Object> productionFields) {
            production = facility.production(sup, productionFields).get("id").asLong();
            facility.member(sup, production, editor, "editor");
            facility.member(sup, production, assistant, "assistant_editor");
            task = facility.task(sup, production, Map.of("title", "Conform reel 1", "estimateHours", 10,
                    "assignees", List.of(editor.username()))).get("id").asLong();
        }

        Team() {
            this(Map.of());
        }

        String time() {
            return "/api/v1/tasks/" + task + "/time";
        }

        long logged() {
            return api.get(sup.token(), time()).json().get("actualMinutes").asLong();
        }
    }

    private static Map<String, Object> entry(LocalDate date, Object hours, Object minutes) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", date.toString());
        body.put("hours", hours);
        body.put("minutes", minutes);
        return body;
    }

    @Test
    void peopleLogHoursAndMinutesOrADurationAndSeeEstimateAgainstActual() {
        Team t = new Team();
        Map<String, Object> body = entry(today().minusDays(1), 2, 30);
        body.put("note", "Reel 1 conform from the EDL");
        Api.Response r = api.post(t.editor.token(), t.time(), body);

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.header("Location")).isEqualTo("/api/v1/time/" + r.id());
        assertThat(r.header("ETag")).isEqualTo("\"0\"");
        JsonNode e = r.json();
        assertThat(e.get("hours").asInt()).isEqualTo(2);
        assertThat(e.get("minutes").asInt()).isEqualTo(30);
        assertThat(e.get("totalMinutes").asInt()).isEqualTo(150);
        assertThat(e.get("duration").asString()).isEqualTo("2 h 30 min");
        assertThat(e.get("date").asString()).isEqualTo(today().minusDays(1).toString());
        assertThat(e.get("person").get("username").asString()).isEqualTo(t.editor.username());
        assertThat(e.get("loggedBy").asString()).isEqualTo(t.editor.username());
        assertThat(e.get("taskTitle").asString()).isEqualTo("Conform reel 1");
        assertThat(e.get("note").asString()).isEqualTo("Reel 1 conform from the EDL");
        assertThat(api.get(t.editor.token(), "/api/v1/time/" + r.id()).json().get("totalMinutes").asInt())
                .isEqualTo(150);

        Api.Response clock = api.post(t.editor.token(), t.time(), Map.of("duration", "1:15"));
        assertThat(clock.status()).as(clock.body()).isEqualTo(201);
        assertThat(clock.json().get("totalMinutes").asInt()).isEqualTo(75);
        assertThat(clock.json().get("date").asString()).as("the date defaults to today")
                .isEqualTo(today().toString());

        JsonNode task = api.get(t.sup.token(), t.time()).json();
        assertThat(task.get("estimateMinutes").asLong()).isEqualTo(600);
        assertThat(task.get("estimate").asString()).isEqualTo("10 h");
        assertThat(task.get("actualMinutes").asLong()).isEqualTo(225);
        assertThat(task.get("actual").asString()).isEqualTo("3 h 45 min");
        assertThat(task.get("remainingMinutes").asLong()).isEqualTo(375);
        assertThat(task.get("remaining").asString()).isEqualTo("6 h 15 min");
        assertThat(task.get("overMinutes").asLong()).isZero();
        assertThat(task.get("entries").get("total").asLong()).isEqualTo(2);
        assertThat(task.get("entries").get("items").get(0).get("id").asLong()).as("newest day first")
                .isEqualTo(clock.id());
    }

    @Test
    void badTimeIsRefusedByNameAndNothingIsSaved() {
        Team t = new Team();
        String path = t.time();
        LocalDate yesterday = today().minusDays(1);

        assertThat(assertBadField(api.post(t.editor.token(), path, entry(yesterday, -1, 0)), "hours"))
                .contains("negative");
        assertThat(assertBadField(api.post(t.editor.token(), path, entry(yesterday, 0, -5)), "minutes"))
                .contains("negative");
        assertThat(assertBadField(api.post(t.editor.token(), path, entry(yesterday, 0, 0)), "hours"))
                .contains("more than zero");
        assertThat(assertBadField(api.post(t.editor.token(), path, entry(yesterday, 1, 60)), "minutes"))
                .contains("less than 60");
        assertThat(assertBadField(api.post(t.editor.token(), path, entry(yesterday, 2.5, 0)), "hours"))
                .contains("whole number");
        assertThat(assertBadField(api.post(t.editor.token(), path, entry(yesterday, 25, 0)), "hours"))
                .contains("24");
        assertThat(assertBadField(api.post(t.editor.token(), path, Map.of("duration", "1:90")), "duration"))
                .contains("less than 60");
        assertThat(assertBadField(api.post(t.editor.token(), path, Map.of("duration", "two hours")), "duration"))
                .contains("2:30");
        assertThat(assertBadField(api.post(t.editor.token(), path, Map.of("duration", "0:00")), "duration"))
                .contains("more than zero");
        assertThat(assertBadField(api.post(t.editor.token(), path, Map.of("duration", "1:00", "hours", 1)),
                "duration")).contains("not both");
        assertThat(assertBadField(api.post(t.editor.token(), path, Map.of("note", "forgot the time")), "hours"))
                .contains("hours and minutes");
        assertThat(assertBadField(api.post(t.editor.token(), path, entry(today().plusDays(2), 1, 0)), "date"))
                .contains("after today");
        assertBadField(api.post(t.editor.token(), path, Map.of("date", "21/11/2026", "hours", 1)), "date");
        assertBadField(api.post(t.editor.token(), path, Map.of("hours", "two")), "hours");
        assertBadField(api.post(t.editor.token(), path, Map.of("hours", 1, "fraction", 0.5)), "fraction");
        assertBadField(api.post(t.editor.token(), path, Map.of("hours", 1, "note", "x".repeat(2001))), "note");
        assertProblem(api.post(t.editor.token(), "/api/v1/tasks/4242/time", Map.of("hours", 1)), 404);
        assertThat(t.logged()).isZero();

        // 24 hours a day at most, summed over the day's entries, in every production
        long elsewhere = facility.production(t.editor).get("id").asLong();
        long other = facility.task(t.editor, elsewhere).get("id").asLong();
        assertThat(api.post(t.editor.token(), "/api/v1/tasks/" + other + "/time", entry(yesterday, 20, 0)).status())
                .isEqualTo(201);
        String tooMuch = assertBadField(api.post(t.editor.token(), path, entry(yesterday, 4, 1)), "hours");
        assertThat(tooMuch).contains("more than 24 hours").contains(yesterday.toString());
        assertThat(api.post(t.editor.token(), path, entry(yesterday, 4, 0)).status()).as("exactly 24 h is fine")
                .isEqualTo(201);
        assertThat(t.logged()).isEqualTo(240);
    }

    @Test
    void onlyTheTeamLogsTimeAndOnlySupervisorsAndProducersLogItForOthers() {
        Team t = new Team();
        Account stranger = facility.staff();
        Account client = facility.client();
        facility.member(t.sup, t.production, client, "client");
        LocalDate day = today().minusDays(2);

        assertThat(assertProblem(api.post(stranger.token(), t.time(), entry(day, 1, 0)), 403))
                .contains("team");
        assertProblem(api.post(client.token(), t.time(), entry(day, 1, 0)), 403);
        Map<String, Object> forEditor = entry(day, 1, 0);
        forEditor.put("person", t.editor.username());
        assertThat(assertProblem(api.post(t.assistant.token(), t.time(), forEditor), 403))
                .contains("supervisors and producers");
        assertThat(t.logged()).isZero();

        Api.Response bySup = api.post(t.sup.token(), t.time(), forEditor);
        assertThat(bySup.status()).as(bySup.body()).isEqualTo(201);
        assertThat(bySup.json().get("person").get("username").asString()).isEqualTo(t.editor.username());
        assertThat(bySup.json().get("loggedBy").asString()).isEqualTo(t.sup.username());

        Map<String, Object> forStranger = entry(day, 1, 0);
        forStranger.put("person", stranger.username());
        assertThat(assertBadField(api.post(t.sup.token(), t.time(), forStranger), "person")).contains("team");
        Map<String, Object> forClient = entry(day, 1, 0);
        forClient.put("person", client.username());
        assertBadField(api.post(t.sup.token(), t.time(), forClient), "person");
        assertThat(t.logged()).isEqualTo(60);

        // clients see no time records of the production they are on; outsiders see nothing at all
        assertProblem(api.get(client.token(), t.time()), 403);
        assertProblem(api.get(client.token(), "/api/v1/productions/" + t.production + "/time-summary"), 403);
        assertProblem(api.get(client.token(), "/api/v1/time/" + bySup.id()), 403);
    }

    @Test
    void changesAndDeletionsAreTheOwnersOrAManagersAndAllAreAudited() {
        Team t = new Team();
        LocalDate day = today().minusDays(3);
        long id = api.post(t.editor.token(), t.time(), entry(day, 2, 30)).id();
        String path = "/api/v1/time/" + id;

        Api.Response changed = api.patch(t.editor.token(), path, Map.of("hours", 3, "minutes", 0));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("totalMinutes").asInt()).isEqualTo(180);
        assertThat(changed.header("ETag")).isEqualTo("\"1\"");
        assertThat(api.patch(t.editor.token(), path, Map.of("minutes", 15)).json().get("duration").asString())
                .as("a patch of the minutes keeps the hours").isEqualTo("3 h 15 min");

        assertThat(assertProblem(api.patch(t.assistant.token(), path, Map.of("hours", 1)), 403)).contains("your own");
        assertProblem(api.delete(t.assistant.token(), path), 403);
        assertProblem(api.patch(t.editor.token(), path, Map.of("note", "late"), Map.of("If-Match", "\"0\"")), 412);
        assertBadField(api.patch(t.editor.token(), path, Map.of("person", t.assistant.username())), "person");
        assertBadField(api.patch(t.editor.token(), path, Map.of("minutes", 75)), "minutes");
        assertBadField(api.patch(t.editor.token(), path, Map.of("date", today().plusDays(3).toString())), "date");
        assertThat(assertBadField(api.patch(t.editor.token(), path, Map.of("taskId", 4242)), "taskId"))
                .contains("4242");
        long elsewhere = facility.task(t.editor, facility.production(t.editor).get("id").asLong()).get("id").asLong();
        assertThat(assertBadField(api.patch(t.editor.token(), path, Map.of("taskId", elsewhere)), "taskId"))
                .contains("same production");

        long second = facility.task(t.sup, t.production, Map.of("title", "Reel 2")).get("id").asLong();
        Api.Response bySup = api.patch(t.sup.token(), path, Map.of("note", "moved to reel 2", "taskId", second));
        assertThat(bySup.status()).as(bySup.body()).isEqualTo(200);
        assertThat(bySup.json().get("taskId").asLong()).isEqualTo(second);
        assertThat(bySup.json().get("totalMinutes").asInt()).as("nothing refused above was saved").isEqualTo(195);

        assertThat(api.delete(t.editor.token(), path).status()).isEqualTo(204);
        assertProblem(api.get(t.editor.token(), path), 404);

        JsonNode trail = api.get(facility.admin(), "/api/v1/audit?objectType=time-entry&productionId="
                + t.production).json();
        List<String> actions = trail.get("items").valueStream().map(a -> a.get("action").asString()).toList();
        assertThat(actions).containsExactly("time.deleted", "time.changed", "time.changed", "time.changed",
                "time.logged");
        JsonNode first = trail.get("items").get(3);
        assertThat(first.get("actor").asString()).isEqualTo(t.editor.username());
        assertThat(Api.JSON.readTree(first.get("before").asString()).get("totalMinutes").asInt()).isEqualTo(150);
        assertThat(Api.JSON.readTree(first.get("after").asString()).get("totalMinutes").asInt()).isEqualTo(180);
        JsonNode deleted = trail.get("items").get(0);
        assertThat(deleted.get("after").isNull()).isTrue();
        assertThat(Api.JSON.readTree(deleted.get("before").asString()).get("note").asString())
                .isEqualTo("moved to reel 2");
    }

    @Test
    void myTimeTotalsEachDayAndEachWeek() {
        Team t = new Team();
        // Monday 3 March 2025 to Sunday 16 March 2025: two whole weeks
        api.post(t.editor.token(), t.time(), entry(LocalDate.of(2025, 3, 3), 2, 0));
        api.post(t.editor.token(), t.time(), entry(LocalDate.of(2025, 3, 4), 1, 30));
        api.post(t.editor.token(), t.time(), entry(LocalDate.of(2025, 3, 4), 0, 45));
        api.post(t.editor.token(), t.time(), entry(LocalDate.of(2025, 3, 12), 0, 45));
        api.post(t.editor.token(), t.time(), entry(LocalDate.of(2025, 3, 17), 5, 0)); // the next week: outside

        JsonNode mine = api.get(t.editor.token(), "/api/v1/me/time?from=2025-03-03&to=2025-03-16").json();
        assertThat(mine.get("totalMinutes").asLong()).isEqualTo(300);
        assertThat(mine.get("total").asString()).isEqualTo("5 h");
        assertThat(mine.get("entries")).hasSize(4);
        assertThat(mine.get("days")).hasSize(14);
        assertThat(mine.get("days").get(0).get("minutes").asLong()).isEqualTo(120);
        assertThat(mine.get("days").get(1).get("duration").asString()).isEqualTo("2 h 15 min");
        assertThat(mine.get("days").get(2).get("minutes").asLong()).isZero();
        assertThat(mine.get("weeks")).hasSize(2);
        assertThat(mine.get("weeks").get(0).get("weekStart").asString()).isEqualTo("2025-03-03");
        assertThat(mine.get("weeks").get(0).get("duration").asString()).isEqualTo("4 h 15 min");
        assertThat(mine.get("weeks").get(1).get("minutes").asLong()).isEqualTo(45);

        JsonNode thisWeek = api.get(t.editor.token(), "/api/v1/me/time").json();
        assertThat(thisWeek.get("days")).hasSize(7);
        assertThat(LocalDate.parse(thisWeek.get("from").asString()).getDayOfWeek())
                .isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(api.get(t.assistant.token(), "/api/v1/me/time?from=2025-03-03&to=2025-03-16").json()
                .get("totalMinutes").asLong()).as("only one's own time").isZero();

        assertBadField(api.get(t.editor.token(), "/api/v1/me/time?from=2025-03-16&to=2025-03-03"), "to");
        assertBadField(api.get(t.editor.token(), "/api/v1/me/time?from=2023-01-01&to=2025-03-03"), "to");
        assertBadField(api.get(t.editor.token(), "/api/v1/me/time?from=March"), "from");
    }

    @Test
    void timeOnARestrictedProductionVanishesFromMyTimeOnceOffItsTeam() {
        Team t = new Team(Map.of("confidentiality", "restricted", "name", "Kestrel " + Api.unique()));
        LocalDate day = LocalDate.of(2025, 6, 2);
        assertThat(api.post(t.editor.token(), t.time(), entry(day, 3, 0)).status()).isEqualTo(201);
        String week = "/api/v1/me/time?from=2025-06-02&to=2025-06-08";
        assertThat(api.get(t.editor.token(), week).json().get("totalMinutes").asLong()).isEqualTo(180);

        api.patch(t.sup.token(), "/api/v1/tasks/" + t.task, Map.of("assignees", List.of()));
        assertThat(api.delete(t.sup.token(), "/api/v1/productions/" + t.production + "/members/"
                + t.editor.username()).status()).isEqualTo(204);

        Api.Response after = api.get(t.editor.token(), week);
        assertThat(after.json().get("totalMinutes").asLong()).isZero();
        assertThat(after.json().get("entries")).isEmpty();
        assertThat(after.body()).doesNotContain("Kestrel").doesNotContain("Conform reel 1");
        assertProblem(api.get(t.editor.token(), t.time()), 404);
    }

    @Test
    void aProductionSummarySetsEstimateAgainstActualPerTaskStageAndPerson() {
        Team t = new Team();
        JsonNode stages = api.get(t.sup.token(), "/api/v1/productions/" + t.production + "/stages").json();
        long first = stages.get(0).get("id").asLong();
        long second = stages.get(1).get("id").asLong();
        long a = facility.task(t.sup, t.production, Map.of("title", "Edit A", "stageId", first, "estimateHours", 10,
                "assignees", List.of(t.editor.username(), t.assistant.username()))).get("id").asLong();
        long b = facility.task(t.sup, t.production, Map.of("title", "Edit B", "stageId", second, "estimateHours", 4,
                "assignees", List.of(t.editor.username()))).get("id").asLong();
        LocalDate day = today().minusDays(1);
        api.post(t.editor.token(), "/api/v1/tasks/" + a + "/time", entry(day, 3, 0));
        api.post(t.assistant.token(), "/api/v1/tasks/" + a + "/time", entry(day, 1, 0));
        api.post(t.editor.token(), "/api/v1/tasks/" + b + "/time", entry(day, 5, 0));

        JsonNode s = api.get(t.sup.token(), "/api/v1/productions/" + t.production + "/time-summary").json();
        // the Team's own task (10 h, no stage, nothing logged) counts too
        assertThat(s.get("estimateMinutes").asLong()).isEqualTo(600 + 600 + 240);
        assertThat(s.get("estimate").asString()).isEqualTo("24 h");
        assertThat(s.get("actualMinutes").asLong()).isEqualTo(540);
        assertThat(s.get("actual").asString()).isEqualTo("9 h");
        JsonNode taskA = s.get("tasks").valueStream().filter(x -> x.get("taskId").asLong() == a).findFirst()
                .orElseThrow();
        assertThat(taskA.get("actualMinutes").asLong()).isEqualTo(240);
        assertThat(taskA.get("estimate").asString()).isEqualTo("10 h");
        JsonNode taskB = s.get("tasks").valueStream().filter(x -> x.get("taskId").asLong() == b).findFirst()
                .orElseThrow();
        assertThat(taskB.get("actual").asString()).isEqualTo("5 h");
        assertThat(taskB.get("stageId").asLong()).isEqualTo(second);

        JsonNode noStage = s.get("stages").get(0);
        assertThat(noStage.get("stageId").isNull()).isTrue();
        assertThat(noStage.get("estimateMinutes").asLong()).isEqualTo(600);
        JsonNode stageOne = s.get("stages").get(1);
        assertThat(stageOne.get("stageId").asLong()).isEqualTo(first);
        assertThat(stageOne.get("estimateMinutes").asLong()).isEqualTo(600);
        assertThat(stageOne.get("actualMinutes").asLong()).isEqualTo(240);
        assertThat(s.get("stages").get(2).get("actual").asString()).isEqualTo("5 h");
        assertThat(s.get("stages")).hasSize(stages.size() + 1);

        Map<String, JsonNode> people = new HashMap<>();
        s.get("people").forEach(p -> people.put(p.get("username").asString(), p));
        // the editor: all of the Team's task, half of A and all of B
        assertThat(people.get(t.editor.username()).get("estimateMinutes").asLong()).isEqualTo(600 + 300 + 240);
        assertThat(people.get(t.editor.username()).get("actual").asString()).isEqualTo("8 h");
        assertThat(people.get(t.assistant.username()).get("estimate").asString()).isEqualTo("5 h");
        assertThat(people.get(t.assistant.username()).get("actualMinutes").asLong()).isEqualTo(60);
        assertThat(people).doesNotContainKey(t.sup.username());
    }
}
