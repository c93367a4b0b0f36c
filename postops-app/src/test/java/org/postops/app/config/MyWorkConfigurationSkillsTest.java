package org.postops.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postops.app.support.Problems.assertProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.KitRows;
import org.postops.app.support.ServerTest;
import org.postops.app.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * My work flags a task whose kit (booked to the task or its stage) falls under a qualified configuration that
 * requires a skill the assignee has below working, names where the need comes from, and Ask for help links the
 * kit too. Over real HTTP: the page, the API and the ticket form it leads to.
 */
class MyWorkConfigurationSkillsTest extends ServerTest {

    static final long RESOLVE_COLOUR = 900006;
    static final long NUKE = 900014;
    static final long AVID = 900001;
    private static final List<Map<String, Object>> RULES = List.of(
            Map.of("key", "apps.davinci-resolve-studio.version", "range", "19.1.x"));

    @Autowired
    JdbcClient jdbc;

    private record Team(Account sup, Account me, long production, long firstStage, long secondStage) {
    }

    private Team team() {
        Account sup = facility.staff();
        Account me = facility.staff();
        JsonNode production = facility.production(sup);
        long id = production.get("id").asLong();
        facility.member(sup, id, me, "editor");
        return new Team(sup, me, id, production.get("stages").get(0).get("id").asLong(),
                production.get("stages").get(1).get("id").asLong());
    }

    private long task(Team t, String title, Long stage) {
        Map<String, Object> fields = new java.util.HashMap<>(Map.of("title", title, "assignees",
                List.of(t.me().username())));
        if (stage != null) {
            fields.put("stageId", stage);
        }
        return facility.task(t.sup(), t.production(), fields).get("id").asLong();
    }

    private long declare(String token, String path, String name, List<String> kinds, List<Long> skills) {
        Api.Response r = api.post(token, path, Map.of("name", name, "rules", RULES, "kitKinds", kinds,
                "skillIds", skills));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.id();
    }

    private void assess(Account who, Map<Long, String> levels) {
        List<Map<String, Object>> skills = new ArrayList<>();
        levels.forEach((skill, level) -> skills.add(Map.of("skillId", skill, "level", level)));
        Api.Response r = api.put(who.token(), "/api/v1/me/skills", Map.of("skills", skills));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    /** The page's main content: the rest carries a per-session CSRF token. */
    private static String main(Api.Response page) {
        String body = page.body();
        return body.substring(body.indexOf("<main"), body.indexOf("</main>"));
    }

    private static JsonNode line(JsonNode myTasks, long task) {
        return myTasks.get("items").valueStream().filter(t -> t.get("id").asLong() == task).findFirst().orElseThrow();
    }

    private List<String> gaps(Account who, long task) {
        List<String> out = new ArrayList<>();
        line(api.get(who.token(), "/api/v1/me/tasks?size=100").json(), task).get("skillGaps").forEach(g -> out.add(
                g.get("skill").asString() + "/" + g.get("required").asString() + "/" + g.get("yours").asString()
                        + (g.get("source").isNull() ? "" : " " + g.get("source").asString())
                        + (g.get("kitId").isNull() ? "" : " kit=" + g.get("kitId").asLong())));
        return out;
    }

    @Test
    void aConfigurationOfTheTasksKitRequiringASkillFlagsMyWorkAndAskForHelpLinksTheKit() {
        Team t = team();
        String u = Api.unique();
        KitRows rows = new KitRows(jdbc);
        LocalDate today = LocalDate.now();
        long grade = rows.kit("Grade " + u, "WORKSTATION", null);
        long station = rows.kit("Station " + u, "WORKSTATION", null);
        long theatre = rows.room("Theatre " + u, "GRADING_THEATRE");
        long theatreKit = rows.kit("Theatre grade " + u, "WORKSTATION", theatre);
        long byTask = task(t, "Grade reel 1 " + u, null);
        long byStage = task(t, "Grade reel 2 " + u, t.secondStage());
        long byRoom = task(t, "Grade reel 3 " + u, null);
        long otherStage = task(t, "Conform " + u, t.firstStage());
        rows.book(grade, null, t.production(), null, byTask, today, today.plusDays(5), t.sup().id());
        rows.book(station, null, t.production(), t.secondStage(), null, today.minusDays(2), today, t.sup().id());
        rows.book(null, theatre, t.production(), null, byRoom, today.plusDays(10), today.plusDays(12), t.sup().id());
        String suite = "Grade suite " + u;
        declare(t.sup().token(), "/api/v1/productions/" + t.production() + "/qualified-configurations", suite,
                List.of("workstation"), List.of(RESOLVE_COLOUR));
        assess(t.me(), Map.of(RESOLVE_COLOUR, "basic"));

        String page = WebSession.signIn(api, t.me()).get("/").body();
        assertThat(page).contains("needs DaVinci Resolve colour: working (qualified configuration “" + suite
                + "”, kit Grade " + u + "), you: basic");
        assertThat(page).as("a booking to the stage, naming no task, is the stage's tasks' kit")
                .contains("(qualified configuration “" + suite + "”, kit Station " + u + ")");
        assertThat(page).as("kit standing in a room booked to the task")
                .contains("(qualified configuration “" + suite + "”, kit Theatre grade " + u + ")");
        assertThat(page).contains("/tickets/new?taskId=" + byTask + "&amp;kitId=" + grade + "\"",
                "/tickets/new?taskId=" + byStage + "&amp;kitId=" + station + "\"",
                "/tickets/new?taskId=" + byRoom + "&amp;kitId=" + theatreKit + "\"");
        assertThat(page).as("a task of another stage has no kit").doesNotContain("/tickets/new?taskId=" + otherStage);

        assertThat(gaps(t.me(), byTask)).containsExactly("DaVinci Resolve colour/working/basic qualified "
                + "configuration “" + suite + "”, kit Grade " + u + " kit=" + grade);
        assertThat(gaps(t.me(), otherStage)).isEmpty();
        JsonNode gap = line(api.get(t.me().token(), "/api/v1/me/tasks").json(), byTask).get("skillGaps").get(0);
        assertThat(gap.get("skillId").asLong()).isEqualTo(RESOLVE_COLOUR);
        assertThat(gap.properties().stream().map(Map.Entry::getKey).toList())
                .containsExactlyInAnyOrder("skillId", "skill", "required", "yours", "source", "kitId");

        String form = WebSession.signIn(api, t.me()).get("/tickets/new?taskId=" + byTask + "&kitId=" + grade).body();
        assertThat(form).containsPattern("value=\"" + byTask + "\"\\s+checked")
                .containsPattern("value=\"" + grade + "\"\\s+selected");

        assess(t.me(), Map.of(RESOLVE_COLOUR, "working"));
        assertThat(WebSession.signIn(api, t.me()).get("/").body()).as("working is enough")
                .doesNotContain(suite).doesNotContain("Ask for help");
        assertThat(gaps(t.me(), byTask)).isEmpty();
    }

    @Test
    void theHigherOfTheTasksOwnNeedAndTheConfigurationsIsShownOnce() {
        Team t = team();
        String u = Api.unique();
        KitRows rows = new KitRows(jdbc);
        long grade = rows.kit("Grade " + u, "WORKSTATION", null);
        long both = task(t, "Grade trailer " + u, null);
        rows.book(grade, null, t.production(), null, both, LocalDate.now(), LocalDate.now().plusDays(3), t.sup().id());
        String suite = "Trailer suite " + u;
        declare(t.sup().token(), "/api/v1/productions/" + t.production() + "/qualified-configurations", suite,
                List.of(), List.of(RESOLVE_COLOUR, NUKE));
        assertThat(api.put(t.sup().token(), "/api/v1/tasks/" + both + "/skills", Map.of("skills", List.of(
                Map.of("skillId", RESOLVE_COLOUR, "level", "expert"), Map.of("skillId", NUKE, "level", "working"))))
                .status()).isEqualTo(200);
        assess(t.me(), Map.of(RESOLVE_COLOUR, "basic", AVID, "expert"));

        assertThat(gaps(t.me(), both)).as("Resolve: the task's expert beats working; Nuke: a tie keeps the kit")
                .containsExactly("DaVinci Resolve colour/expert/basic",
                        "Nuke/working/none qualified configuration “" + suite + "”, kit Grade " + u + " kit=" + grade);
        String page = WebSession.signIn(api, t.me()).get("/").body();
        assertThat(page).contains("needs DaVinci Resolve colour: expert, you: basic")
                .doesNotContain("needs DaVinci Resolve colour: working")
                .contains("/tickets/new?taskId=" + both + "&amp;kitId=" + grade + "\"");
    }

    @Test
    void aWithdrawnConfigurationKitOfAnotherKindOrABookingThatHasEndedFlagsNothing() {
        Team t = team();
        String u = Api.unique();
        KitRows rows = new KitRows(jdbc);
        LocalDate today = LocalDate.now();
        long monitor = rows.kit("Monitor " + u, "REFERENCE_MONITOR", null);
        long old = rows.kit("Old grade " + u, "WORKSTATION", null);
        long grade = rows.kit("Grade " + u, "WORKSTATION", null);
        long otherKind = task(t, "Review " + u, null);
        long ended = task(t, "Last week's grade " + u, null);
        long withdrawnToo = task(t, "Grade reel 4 " + u, null);
        rows.book(monitor, null, t.production(), null, otherKind, today, today.plusDays(2), t.sup().id());
        rows.book(old, null, t.production(), null, ended, today.minusDays(9), today.minusDays(1), t.sup().id());
        rows.book(grade, null, t.production(), null, withdrawnToo, today, today.plusDays(2), t.sup().id());
        String path = "/api/v1/productions/" + t.production() + "/qualified-configurations";
        declare(t.sup().token(), path, "Workstations " + u, List.of("workstation"), List.of(RESOLVE_COLOUR));
        long withdrawn = declare(t.sup().token(), path, "Everything " + u, List.of(), List.of(NUKE));
        assess(t.me(), Map.of(RESOLVE_COLOUR, "basic"));

        assertThat(gaps(t.me(), otherKind)).as("before withdrawal, the every-kind configuration flags the monitor")
                .containsExactly("Nuke/working/none qualified configuration “Everything " + u + "”, kit Monitor " + u
                        + " kit=" + monitor);
        assertThat(gaps(t.me(), withdrawnToo)).hasSize(2);
        assertThat(api.delete(t.sup().token(), "/api/v1/qualified-configurations/" + withdrawn).status())
                .isEqualTo(204);

        assertThat(gaps(t.me(), otherKind)).as("a workstation configuration and a monitor").isEmpty();
        assertThat(gaps(t.me(), ended)).as("the booking ended yesterday").isEmpty();
        assertThat(gaps(t.me(), withdrawnToo)).as("only the configuration still in force")
                .containsExactly("DaVinci Resolve colour/working/basic qualified configuration “Workstations " + u
                        + "”, kit Grade " + u + " kit=" + grade);
        assertThat(WebSession.signIn(api, t.me()).get("/").body()).doesNotContain("Everything " + u)
                .doesNotContain("/tickets/new?taskId=" + otherKind).doesNotContain("/tickets/new?taskId=" + ended);
    }

    @Test
    void theFacilitysConfigurationsCountForEveryProductionsTasks() {
        Team t = team();
        String u = Api.unique();
        long surface = new KitRows(jdbc).kit("Panel " + u, "CONTROL_SURFACE", null);
        long task = task(t, "Grade with the panel " + u, null);
        new KitRows(jdbc).book(surface, null, t.production(), null, task, LocalDate.now(), LocalDate.now(),
                t.sup().id());
        long facilityWide = declare(facility.admin(), "/api/v1/qualified-configurations", "Panels " + u,
                List.of("control_surface"), List.of(RESOLVE_COLOUR));
        try {
            assertThat(gaps(t.me(), task)).containsExactly("DaVinci Resolve colour/working/none qualified "
                    + "configuration “Panels " + u + "”, kit Panel " + u + " kit=" + surface);
        } finally {
            assertThat(api.delete(facility.admin(), "/api/v1/qualified-configurations/" + facilityWide).status())
                    .isEqualTo(204);
        }
        assertThat(gaps(t.me(), task)).isEmpty();
    }

    @Test
    void aRestrictedProductionsConfigurationShowsOnlyToItsTeamAndTheFormRefusesItsTaskLikeNothing() {
        Account owner = facility.staff();
        Account outsider = facility.staff();
        String u = Api.unique();
        long secret = facility.production(owner, Map.of("confidentiality", "restricted", "name", "Heron " + u))
                .get("id").asLong();
        long secretTask = facility.task(owner, secret, Map.of("title", "Heron grade " + u, "assignees",
                List.of(owner.username()))).get("id").asLong();
        KitRows rows = new KitRows(jdbc);
        long grade = rows.kit("Grade " + u, "WORKSTATION", null);
        rows.book(grade, null, secret, null, secretTask, LocalDate.now(), LocalDate.now().plusDays(1), owner.id());
        declare(owner.token(), "/api/v1/productions/" + secret + "/qualified-configurations", "Heron suite " + u,
                List.of(), List.of(RESOLVE_COLOUR));

        assertThat(WebSession.signIn(api, owner).get("/").body()).contains("Heron suite " + u);
        WebSession outside = WebSession.signIn(api, outsider);
        assertThat(outside.get("/").body()).doesNotContain("Heron");
        assertThat(api.get(outsider.token(), "/api/v1/me/tasks?includeDone=true").body()).doesNotContain("Heron");

        Api.Response refused = outside.get("/tickets/new?taskId=" + secretTask + "&kitId=" + grade);
        Api.Response nothing = outside.get("/tickets/new?taskId=4242&kitId=" + grade);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(nothing.status()).isEqualTo(404);
        assertThat(main(refused).replace(Long.toString(secretTask), "ID")).as("the same answer as for no task")
                .isEqualTo(main(nothing).replace("4242", "ID")).contains("Not found");
        assertThat(refused.body()).doesNotContain("Heron");

        assertThat(outside.get("/tickets/new?kitId=" + grade).status()).as("the kit itself is the facility's")
                .isEqualTo(200);
        long retired = rows.kit("Old grade " + u, "WORKSTATION", null);
        jdbc.sql("update kit set status = 'RETIRED' where id = ?").params(retired).update();
        assertThat(outside.get("/tickets/new?kitId=" + retired).body()).as("retired kit is offered when pre-linked")
                .containsPattern("value=\"" + retired + "\"\\s+selected");
        assertThat(outside.get("/tickets/new").body()).doesNotContain("Old grade " + u);
        assertThat(outside.get("/tickets/new?kitId=4242").status()).as("unknown kit, as on /kit/4242")
                .isEqualTo(404);
        assertThat(outside.get("/tickets/new?kitId=" + grade + "&kitId=4242").status()).isEqualTo(404);
        assertThat(WebSession.signIn(api, facility.client()).get("/tickets/new?kitId=" + grade).status())
                .isEqualTo(404);
        assertProblem(api.get(outsider.token(), "/api/v1/tasks/" + secretTask), 404);
    }
}
