package org.postops.app.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postops.app.support.Problems.assertBadField;
import static org.postops.app.support.Problems.assertProblem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.ServerTest;
import org.postops.app.support.WebSession;
import tools.jackson.databind.JsonNode;

class ExpertApiTest extends ServerTest {

    // skills of the taxonomy the V9 migration seeds (as SkillApiTest uses them)
    static final long NUKE = 900014;
    static final long RESOLVE_COLOUR = 900006;
    static final long AVID = 900001;

    @Test
    void supportKeepsTheRegisterStaffReadItAndNothingIsDeleted() {
        Account support = facility.person("support");
        Account staff = facility.staff();
        String name = "Blackmagic Design support " + Api.unique();
        Map<String, Object> line = Map.of("kind", "vendor", "name", name, "organisation", "Blackmagic Design",
                "phone", "+44 20 0000 0000", "url", "https://www.blackmagicdesign.com/support",
                "hours", Map.of("always", false, "days", List.of("monday", "tuesday", "wednesday", "thursday",
                        "friday"), "opens", "09:00", "closes", "17:30", "zone", "Europe/London"),
                "skills", List.of(Map.of("skillId", RESOLVE_COLOUR, "level", "expert")),
                "kitTypes", List.of("io_card", "workstation"));
        assertProblem(api.post(staff.token(), "/api/v1/experts", line), 403);
        Api.Response created = api.post(support.token(), "/api/v1/experts", line);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.id();
        JsonNode e = api.get(staff.token(), "/api/v1/experts/" + id).json();
        assertThat(e.get("name").asString()).isEqualTo(name);
        assertThat(e.get("hours").get("opens").asString()).startsWith("09:00");
        assertThat(e.get("kitTypes").toString()).isEqualTo("[\"workstation\",\"io_card\"]");
        assertThat(e.get("skills").get(0).get("skill").asString()).isEqualTo("DaVinci Resolve colour");
        assertThat(api.get(staff.token(), "/api/v1/experts").body()).contains(name);

        Api.Response off = api.patch(support.token(), "/api/v1/experts/" + id, Map.of("active", false));
        assertThat(off.json().get("active").asBoolean()).isFalse();
        assertThat(api.get(staff.token(), "/api/v1/experts").body()).doesNotContain(name);
        assertThat(api.get(staff.token(), "/api/v1/experts?includeInactive=true").body()).contains(name);
        assertProblem(api.patch(support.token(), "/api/v1/experts/" + id, Map.of("active", true),
                Map.of("If-Match", "\"0\"")), 412);
        assertProblem(api.patch(staff.token(), "/api/v1/experts/" + id, Map.of("active", true)), 403);
        assertProblem(api.get(staff.token(), "/api/v1/experts/4242"), 404);
        assertProblem(api.patch(support.token(), "/api/v1/experts/4242", Map.of("active", true)), 404);
    }

    @Test
    void badExpertsAreRefusedNamingTheFieldAndNothingIsSaved() {
        Account support = facility.person("support");
        String tag = Api.unique();
        Map<String, Object> ok = Map.of("kind", "freelancer", "name", "Refused " + tag);
        assertBadField(post(support, ok, "kind", "wizard"), "kind");
        assertBadField(post(support, ok, "name", " "), "name");
        assertBadField(post(support, ok, "email", "not-an-email"), "email");
        assertBadField(post(support, ok, "url", "javascript:alert(1)"), "url");
        assertBadField(post(support, ok, "userId", facility.staff().id()), "userId");
        assertBadField(post(support, Map.of("kind", "staff"), "userId", 4242), "userId");
        assertBadField(post(support, ok, "hours", Map.of("always", false, "days", List.of(), "opens", "09:00",
                "closes", "17:00", "zone", "Europe/London")), "hours.days");
        assertBadField(post(support, ok, "hours", Map.of("always", false, "days", List.of("monday"), "opens",
                "18:00", "closes", "09:00", "zone", "Europe/London")), "hours.closes");
        assertBadField(post(support, ok, "hours", Map.of("always", false, "days", List.of("monday"), "opens",
                "09:00", "closes", "17:00", "zone", "Mars/Olympus")), "hours.zone");
        assertBadField(post(support, ok, "skills", List.of(Map.of("skillId", 4242, "level", "expert"))),
                "skills[0].skillId");
        assertBadField(post(support, ok, "skills", List.of(Map.of("skillId", NUKE, "level", "godlike"))),
                "skills[0].level");
        assertBadField(post(support, ok, "kitTypes", List.of("toaster")), "kitTypes[0]");
        assertProblem(api.post(support.token(), "/api/v1/experts", "{\"kind\": \"vendor\", "), 400);
        assertThat(api.get(support.token(), "/api/v1/experts?includeInactive=true").body()).doesNotContain(tag);
    }

    @Test
    void aStaffExpertShowsTheRegistersSkillsAndTheirOwnAssessment() {
        Account support = facility.person("support");
        Account engineer = facility.staff();
        api.put(engineer.token(), "/api/v1/me/skills", Map.of("skills", List.of(
                Map.of("skillId", NUKE, "level", "working"),
                Map.of("skillId", AVID, "level", "expert"))));
        Api.Response created = api.post(support.token(), "/api/v1/experts", Map.of("kind", "staff", "userId",
                engineer.id(), "skills", List.of(Map.of("skillId", NUKE, "level", "expert"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode e = created.json();
        assertThat(e.get("name").asString()).isEqualTo("Test " + engineer.username());
        assertThat(e.get("username").asString()).isEqualTo(engineer.username());
        assertThat(levels(e)).containsExactly("Nuke=expert");
        assertThat(e.get("selfAssessed").size()).isEqualTo(2);
        assertBadField(api.post(support.token(), "/api/v1/experts", Map.of("kind", "staff", "userId",
                engineer.id())), "userId");

        String page = WebSession.signIn(api, facility.staff()).get("/experts/" + created.id()).body();
        assertThat(page).contains("Own assessment").contains("Avid Media Composer").contains("Nuke");
        WebSession asSupport = WebSession.signIn(api, support);
        assertThat(asSupport.get("/experts/new").body()).contains("Add an expert").contains("name=\"kitTypes\"");
        assertThat(asSupport.get("/experts/" + created.id() + "/edit").body()).contains("value=\"" + engineer.username()
                + "\"");
        assertThat(WebSession.signIn(api, facility.client()).get("/experts").status()).isEqualTo(404);
    }

    private Api.Response post(Account who, Map<String, Object> base, String field, Object value) {
        Map<String, Object> body = new HashMap<>(base);
        body.put(field, value);
        return api.post(who.token(), "/api/v1/experts", body);
    }

    /** "Skill=level" of each skill the register lists for an expert, sorted. */
    private static List<String> levels(JsonNode expert) {
        List<String> out = new ArrayList<>();
        expert.get("skills").forEach(s -> out.add(s.get("skill").asString() + "=" + s.get("level").asString()));
        return out.stream().sorted().toList();
    }
}
