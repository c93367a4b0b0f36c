package org.postops.app.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postops.app.support.Problems.assertBadField;
import static org.postops.app.support.Problems.assertProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.ServerTest;
import org.postops.app.support.WebSession;
import tools.jackson.databind.JsonNode;

class SkillApiTest extends ServerTest {

    static final long NUKE = 900014;
    static final long RESOLVE_COLOUR = 900006;
    static final long AVID = 900001;

    @Test
    void theTaxonomyIsSeededByCategoryAndAdminsAddRenameAndRetire() {
        Account staff = facility.staff();
        JsonNode all = api.get(staff.token(), "/api/v1/skills").json();
        assertThat(all.size()).isGreaterThanOrEqualTo(41);
        List<String> names = new ArrayList<>();
        all.forEach(s -> names.add(s.get("category").asString() + "/" + s.get("name").asString()));
        assertThat(names).contains("grading/DaVinci Resolve colour", "vfx/Nuke", "editing_systems/Avid Media Composer",
                "storage/MHL/checksums", "colour_pipeline/ACES");
        assertThat(api.get(staff.token(), "/api/v1/skills/" + NUKE).json().get("name").asString()).isEqualTo("Nuke");

        String name = "Mistika " + Api.unique();
        Map<String, Object> body = Map.of("category", "grading", "name", name, "description", "SGO Mistika");
        assertProblem(api.post(staff.token(), "/api/v1/skills", body), 403);
        Api.Response created = api.post(facility.admin(), "/api/v1/skills", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.id();
        assertBadField(api.post(facility.admin(), "/api/v1/skills", body), "name");
        assertBadField(api.post(facility.admin(), "/api/v1/skills", Map.of("category", "nonsense", "name", "X"
                + Api.unique())), "category");
        assertBadField(api.post(facility.admin(), "/api/v1/skills", Map.of("category", "grading", "name", " ")),
                "name");

        Api.Response renamed = api.patch(facility.admin(), "/api/v1/skills/" + id, Map.of("name", name + " Boutique"));
        assertThat(renamed.json().get("name").asString()).isEqualTo(name + " Boutique");
        assertProblem(api.patch(facility.admin(), "/api/v1/skills/" + id, Map.of("retired", true),
                Map.of("If-Match", "\"0\"")), 412);
        assertThat(api.patch(facility.admin(), "/api/v1/skills/" + id, Map.of("retired", true)).json()
                .get("retired").asBoolean()).isTrue();
        assertThat(api.get(staff.token(), "/api/v1/skills").body()).doesNotContain(name);
        assertThat(api.get(staff.token(), "/api/v1/skills?includeRetired=true").body()).contains(name);
        assertBadField(api.put(staff.token(), "/api/v1/me/skills", Map.of("skills", List.of(Map.of("skillId", id,
                "level", "basic")))), "skills[0].skillId");
        assertProblem(api.get(staff.token(), "/api/v1/skills/4242"), 404);
    }

    @Test
    void aSelfAssessmentRoundTripsAndBadInputIsRefusedNamingTheField() {
        Account me = facility.staff();
        assertThat(api.get(me.token(), "/api/v1/me/skills").json().get("skills").size()).isZero();
        Api.Response saved = api.put(me.token(), "/api/v1/me/skills", Map.of("skills", List.of(
                Map.of("skillId", NUKE, "level", "basic"), Map.of("skillId", RESOLVE_COLOUR, "level", "expert"),
                Map.of("skillId", AVID, "level", "none"))));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(levels(api.get(me.token(), "/api/v1/me/skills").json()))
                .containsExactly("DaVinci Resolve colour=expert", "Nuke=basic");

        Account colleague = facility.person("support");
        assertThat(levels(api.get(colleague.token(), "/api/v1/users/" + me.id() + "/skills").json()))
                .containsExactly("DaVinci Resolve colour=expert", "Nuke=basic");

        assertThat(assertBadField(api.put(me.token(), "/api/v1/me/skills", Map.of("skills", List.of(
                Map.of("skillId", NUKE, "level", "guru")))), "skills[0].level")).isNotBlank();
        assertThat(assertBadField(api.put(me.token(), "/api/v1/me/skills", Map.of("skills", List.of(
                Map.of("skillId", NUKE, "level", "expert"), Map.of("skillId", 4242, "level", "basic")))),
                "skills[1].skillId")).contains("4242");
        assertBadField(api.put(me.token(), "/api/v1/me/skills", Map.of("skills", List.of(
                Map.of("skillId", NUKE, "level", "expert"), Map.of("skillId", NUKE, "level", "basic")))),
                "skills[1].skillId");
        assertProblem(api.put(me.token(), "/api/v1/me/skills", "{\"skills\": [{\"skillId\": "), 400);
        assertThat(levels(api.get(me.token(), "/api/v1/me/skills").json())).as("nothing saved by refused input")
                .containsExactly("DaVinci Resolve colour=expert", "Nuke=basic");
        assertProblem(api.get(me.token(), "/api/v1/users/4242/skills"), 404);
    }

    @Test
    void clientsSeeNothingOfSkillsOrExperts() {
        Account client = facility.client();
        Account staff = facility.staff();
        for (String path : List.of("/api/v1/skills", "/api/v1/skills/" + NUKE, "/api/v1/me/skills",
                "/api/v1/users/" + staff.id() + "/skills", "/api/v1/experts")) {
            assertProblem(api.get(client.token(), path), 404);
        }
        assertProblem(api.put(client.token(), "/api/v1/me/skills", Map.of("skills", List.of())), 404);
        assertProblem(api.post(client.token(), "/api/v1/experts", Map.of("kind", "freelancer", "name", "X")), 404);
        assertProblem(api.post(client.token(), "/api/v1/skills", Map.of("category", "vfx", "name", "X")), 404);
        assertProblem(api.get(staff.token(), "/api/v1/users/" + client.id() + "/skills"), 404);
    }

    @Test
    void aTaskNeedsSkillsItsTeamSetsAndOutsidersOfARestrictedProductionCannotSee() {
        Account sup = facility.staff();
        Account outsider = facility.staff();
        long secret = facility.production(sup, Map.of("confidentiality", "restricted")).get("id").asLong();
        long task = facility.task(sup, secret).get("id").asLong();
        String path = "/api/v1/tasks/" + task + "/skills";

        Api.Response set = api.put(sup.token(), path, Map.of("skills", List.of(Map.of("skillId", NUKE, "level",
                "expert"), Map.of("skillId", RESOLVE_COLOUR, "level", "working"))));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(levels(api.get(sup.token(), path).json()))
                .containsExactly("DaVinci Resolve colour=working", "Nuke=expert");

        assertProblem(api.get(outsider.token(), path), 404);
        assertProblem(api.put(outsider.token(), path, Map.of("skills", List.of())), 404);
        assertProblem(api.get(facility.client().token(), path), 404);
        assertBadField(api.put(sup.token(), path, Map.of("skills", List.of(Map.of("skillId", 4242, "level",
                "basic")))), "skills[0].skillId");
        assertBadField(api.put(sup.token(), path, Map.of("skills", List.of(Map.of("skillId", NUKE, "level",
                "wizard")))), "skills[0].level");
        assertThat(levels(api.get(sup.token(), path).json())).hasSize(2);

        long open = facility.production(sup).get("id").asLong();
        long visibleTask = facility.task(sup, open).get("id").asLong();
        assertThat(api.get(outsider.token(), "/api/v1/tasks/" + visibleTask + "/skills").status()).isEqualTo(200);
        assertProblem(api.put(outsider.token(), "/api/v1/tasks/" + visibleTask + "/skills",
                Map.of("skills", List.of())), 403);
        assertProblem(api.get(sup.token(), "/api/v1/tasks/4242/skills"), 404);
    }

    @Test
    void myWorkFlagsATaskThatNeedsMoreThanTheAssigneeHasAndOffersHelp() {
        Account sup = facility.staff();
        Account me = facility.staff();
        long production = facility.production(sup).get("id").asLong();
        facility.member(sup, production, me, "editor");
        String title = "Comp shot 12 " + Api.unique();
        long hard = facility.task(sup, production, Map.of("title", title, "assignees", List.of(me.username())))
                .get("id").asLong();
        long easy = facility.task(sup, production, Map.of("assignees", List.of(me.username()))).get("id").asLong();
        api.put(sup.token(), "/api/v1/tasks/" + hard + "/skills", Map.of("skills", List.of(
                Map.of("skillId", NUKE, "level", "expert"), Map.of("skillId", RESOLVE_COLOUR, "level", "basic"))));
        api.put(sup.token(), "/api/v1/tasks/" + easy + "/skills", Map.of("skills", List.of(
                Map.of("skillId", RESOLVE_COLOUR, "level", "basic"))));
        api.put(me.token(), "/api/v1/me/skills", Map.of("skills", List.of(Map.of("skillId", NUKE, "level", "basic"),
                Map.of("skillId", RESOLVE_COLOUR, "level", "working"))));

        JsonNode mine = api.get(me.token(), "/api/v1/me/tasks").json();
        JsonNode hardLine = line(mine, hard);
        JsonNode easyLine = line(mine, easy);
        assertThat(hardLine.get("title").asString()).as("the task's own fields are still there").isEqualTo(title);
        assertThat(hardLine.get("skillGaps").size()).isEqualTo(1);
        JsonNode gap = hardLine.get("skillGaps").get(0);
        assertThat(gap.get("skill").asString() + "/" + gap.get("required").asString() + "/"
                + gap.get("yours").asString()).isEqualTo("Nuke/expert/basic");
        assertThat(easyLine.get("skillGaps").size()).isZero();

        String page = WebSession.signIn(api, me).get("/").body();
        assertThat(page).contains("needs Nuke: expert, you: basic").contains("/tickets/new?taskId=" + hard)
                .doesNotContain("/tickets/new?taskId=" + easy);

        api.put(me.token(), "/api/v1/me/skills", Map.of("skills", List.of(Map.of("skillId", NUKE, "level", "expert"))));
        assertThat(line(api.get(me.token(), "/api/v1/me/tasks").json(), hard).get("skillGaps").get(0)
                .get("skill").asString()).as("now short of Resolve only, never having assessed it")
                .isEqualTo("DaVinci Resolve colour");
    }

    @Test
    void theSkillPagesWork() {
        Account me = facility.staff();
        WebSession web = WebSession.signIn(api, me);
        String page = web.get("/me/skills").body();
        assertThat(page).contains("My skills").contains("DaVinci Resolve colour").contains("name=\"skill-" + NUKE + "\"")
                .contains("Codecs and formats");
        assertThat(web.get("/skills").body()).contains("Nuke").doesNotContain("Add a skill");
        assertThat(web.get("/experts").status()).isEqualTo(200);
        Account sup = facility.staff();
        long production = facility.production(sup).get("id").asLong();
        long task = facility.task(sup, production).get("id").asLong();
        api.put(sup.token(), "/api/v1/tasks/" + task + "/skills", Map.of("skills", List.of(
                Map.of("skillId", NUKE, "level", "working"))));
        String taskSkills = WebSession.signIn(api, sup).get("/tasks/" + task + "/skills").body();
        assertThat(taskSkills).contains("Skills needed").contains("Nuke").contains("Change the skills needed");
        assertThat(web.get("/tasks/" + task + "/skills").body()).contains("Nuke")
                .doesNotContain("Change the skills needed");
        assertThat(WebSession.signIn(api, facility.client()).get("/me/skills").status()).isEqualTo(404);
    }

    static List<String> levels(JsonNode sheet) {
        List<String> out = new ArrayList<>();
        sheet.get("skills").forEach(s -> out.add(s.get("skill").asString() + "=" + s.get("level").asString()));
        return out.stream().sorted().toList();
    }

    private static JsonNode line(JsonNode page, long id) {
        for (JsonNode t : page.get("items")) {
            if (t.get("id").asLong() == id) {
                return t;
            }
        }
        throw new AssertionError("task " + id + " not in " + page);
    }
}
