package org.postops.app.skill;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.ServerTest;
import org.postops.app.support.WebSession;

/**
 * The skill forms, posted as a browser posts them: my skills, the taxonomy (admins only) and the skills a task
 * needs (its team only). Each saves what it should, shows a bad entry's complaint with the form as it was
 * typed and saves nothing, refuses a stale version saying so, refuses those without the right (403, clients
 * 404, a restricted production's task "not found") and any post without the CSRF token (403).
 */
class SkillPagesTest extends ServerTest {

    static final long NUKE = SkillApiTest.NUKE;
    static final long RESOLVE_COLOUR = SkillApiTest.RESOLVE_COLOUR;
    static final long AVID = SkillApiTest.AVID;

    /** Signed in once for the class (each sign-in costs a password hash); a retired skill to try to use. */
    private static Account staff;
    private static WebSession asStaff;
    private static WebSession asOther;
    private static WebSession asClient;
    private static WebSession asAdmin;
    private static long retired;

    @BeforeEach
    void people() {
        if (asStaff == null) {
            staff = facility.staff();
            asStaff = WebSession.signIn(api, staff);
            asOther = WebSession.signIn(api, facility.staff());
            asClient = WebSession.signIn(api, facility.client());
            asAdmin = WebSession.signIn(api, "admin", adminPassword());
            retired = api.post(facility.admin(), "/api/v1/skills", Map.of("category", "vfx", "name",
                    "Shake " + Api.unique())).id();
            assertThat(api.patch(facility.admin(), "/api/v1/skills/" + retired, Map.of("retired", true)).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void myNewSkillsFormSavesAndRefusesWhatCannotBeSavedKeepingWhatWasTyped() {
        Account me = facility.staff();
        WebSession web = WebSession.signIn(api, me);
        Api.Response saved = web.post("/me/skills", "/me/skills", Map.of("skill-" + NUKE, "expert",
                "skill-" + RESOLVE_COLOUR, "working", "skill-" + AVID, "none"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.header("Location")).endsWith("/me/skills");
        String page = shown(web, saved);
        assertThat(page).contains("Your skills are saved.");
        assertThat(selected(page, NUKE)).isEqualTo("expert");
        assertThat(selected(page, RESOLVE_COLOUR)).isEqualTo("working");
        assertThat(mine(me)).isEqualTo("DaVinci Resolve colour=working, Nuke=expert");

        Api.Response retiredOne = web.post("/me/skills", "/me/skills", Map.of("skill-" + NUKE, "basic",
                "skill-" + retired, "working"));
        assertThat(retiredOne.status()).isEqualTo(400);
        assertThat(retiredOne.body()).contains("class=\"field-error\"", "is retired");
        assertThat(selected(retiredOne.body(), NUKE)).as("the form as it was typed, not emptied").isEqualTo("basic");
        Api.Response guru = web.post("/me/skills", "/me/skills", Map.of("skill-" + NUKE, "guru"));
        assertThat(guru.status()).isEqualTo(400);
        assertThat(guru.body()).contains("class=\"field-error\"", "is not one of the choices");
        assertThat(selected(guru.body(), NUKE)).as("what cannot be read is shown as saved").isEqualTo("expert");
        Api.Response unknown = web.post("/me/skills", "/me/skills", Map.of("skill-4242", "basic"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("no skill 4242");

        assertThat(asClient.post("/", "/me/skills", Map.of("skill-" + NUKE, "basic")).status()).isEqualTo(404);
        assertThat(web.postWithoutToken("/me/skills", Map.of("skill-" + NUKE, "basic")).status()).isEqualTo(403);
        assertThat(mine(me)).as("nothing saved by a refused post").isEqualTo("DaVinci Resolve colour=working, "
                + "Nuke=expert");
    }

    @Test
    void adminsAddRenameAndRetireSkillsAndNobodyElseMay() {
        String name = "Mistika " + Api.unique();
        Api.Response added = asAdmin.post("/skills", "/skills", Map.of("category", "grading", "name", name,
                "description", "SGO Mistika Boutique"));
        assertThat(added.status()).isEqualTo(302);
        assertThat(shown(asAdmin, added)).contains("Added " + name + ".", "SGO Mistika Boutique");
        long id = skillCalled(name);
        assertThat(api.get(staff.token(), "/api/v1/skills/" + id).json().get("category").asString())
                .isEqualTo("grading");

        Api.Response blank = asAdmin.post("/skills", "/skills", Map.of("category", "grading", "name", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("Please correct the field marked below.", "class=\"field-error\"",
                "must not be blank");
        Api.Response twice = asAdmin.post("/skills", "/skills", Map.of("category", "vfx", "name", name));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.body()).contains("another skill is already called");
        Api.Response gardening = asAdmin.post("/skills", "/skills", Map.of("category", "gardening", "name",
                name + " 2"));
        assertThat(gardening.status()).isEqualTo(400);
        assertThat(gardening.body()).contains("is not one of the choices");
        Api.Response byStaff = asStaff.post("/skills", "/skills", Map.of("category", "vfx", "name", name + " 3"));
        assertThat(byStaff.status()).isEqualTo(403);
        assertThat(byStaff.body()).contains("Only administrators may change the skills taxonomy");
        assertThat(asClient.post("/", "/skills", Map.of("category", "vfx", "name", name + " 4")).status())
                .isEqualTo(404);
        assertThat(asAdmin.postWithoutToken("/skills", Map.of("category", "vfx", "name", name + " 5")).status())
                .isEqualTo(403);
        assertThat(api.get(staff.token(), "/api/v1/skills?includeRetired=true").body().split(name, -1))
                .as("one skill called so; no refused post added one").hasSize(2);

        String path = "/skills/" + id;
        int version = api.get(staff.token(), "/api/v1/skills/" + id).json().get("version").asInt();
        Api.Response renamed = asAdmin.post("/skills", path, Map.of("category", "grading", "name", name + " Ultima",
                "description", "SGO Mistika Ultima", "version", Integer.toString(version)));
        assertThat(shown(asAdmin, renamed)).contains("Saved " + name + " Ultima.");
        assertThat(skillName(id)).isEqualTo(name + " Ultima");
        Api.Response stale = asAdmin.post("/skills", path, Map.of("category", "grading", "name", name + " Stale",
                "version", Integer.toString(version)));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.body()).contains("was changed by someone else since you read it");
        assertThat(asAdmin.post("/skills", path, Map.of("category", "grading", "name", "", "version",
                Integer.toString(version + 1))).body()).contains("must not be blank");
        Map<String, String> retire = Map.of("category", "grading", "name", name + " Ultima", "retired", "true",
                "version", Integer.toString(version + 1));
        assertThat(asStaff.post("/skills", path, retire).status()).isEqualTo(403);
        assertThat(asClient.post("/", path, retire).status()).isEqualTo(404);
        assertThat(asAdmin.postWithoutToken(path, retire).status()).isEqualTo(403);
        assertThat(asAdmin.post("/skills", "/skills/4242", retire).status()).isEqualTo(404);
        assertThat(skillName(id)).as("no refused post changed it").isEqualTo(name + " Ultima");
        assertThat(api.get(staff.token(), "/api/v1/skills/" + id).json().get("retired").asBoolean()).isFalse();

        assertThat(shown(asAdmin, asAdmin.post("/skills", path, retire))).contains("Saved " + name
                + " Ultima (retired).");
        assertThat(api.get(staff.token(), "/api/v1/skills/" + id).json().get("retired").asBoolean()).isTrue();
    }

    @Test
    void aTasksTeamSetsTheSkillsItNeedsAndOthersAreRefused() {
        long production = facility.production(staff).get("id").asLong();
        long task = facility.task(staff, production).get("id").asLong();
        String form = "/tasks/" + task + "/skills";
        assertThat(asStaff.get(form).body()).contains("Change the skills needed");

        Api.Response set = asStaff.post(form, form, Map.of("skill-" + NUKE, "expert", "skill-" + RESOLVE_COLOUR,
                "working", "skill-" + AVID, "none"));
        assertThat(set.status()).isEqualTo(302);
        assertThat(set.header("Location")).endsWith("/tasks/" + task + "#task-skills");
        assertThat(shown(asStaff, set)).contains("Skills needed: ", "Nuke: expert", "DaVinci Resolve colour: working");
        assertThat(needs(task)).isEqualTo("DaVinci Resolve colour=working, Nuke=expert");

        Api.Response retiredOne = asStaff.post(form, form, Map.of("skill-" + NUKE, "basic", "skill-" + retired,
                "expert"));
        assertThat(retiredOne.status()).isEqualTo(400);
        assertThat(retiredOne.body()).contains("class=\"form-summary\"").as("the complaint itself is shown")
                .contains("is retired");
        assertThat(selected(retiredOne.body(), NUKE)).as("the form as it was typed").isEqualTo("basic");
        Api.Response guru = asStaff.post(form, form, Map.of("skill-" + NUKE, "guru"));
        assertThat(guru.status()).isEqualTo(400);
        assertThat(guru.body()).contains("is not one of the choices");

        assertThat(asOther.post(form, form, Map.of("skill-" + NUKE, "basic")).status())
                .as("staff who are not on the team see the task but may not change it").isEqualTo(403);
        assertThat(asClient.post("/", form, Map.of("skill-" + NUKE, "basic")).status()).isEqualTo(404);
        assertThat(asStaff.postWithoutToken(form, Map.of("skill-" + NUKE, "basic")).status()).isEqualTo(403);
        assertThat(needs(task)).as("nothing saved by a refused post").isEqualTo("DaVinci Resolve colour=working, "
                + "Nuke=expert");

        long secret = facility.production(staff, Map.of("confidentiality", "restricted")).get("id").asLong();
        long hidden = facility.task(staff, secret).get("id").asLong();
        String hiddenForm = "/tasks/" + hidden + "/skills";
        Api.Response toHidden = asOther.post("/", hiddenForm, Map.of("skill-" + NUKE, "basic"));
        Api.Response toNothing = asOther.post("/", "/tasks/4242/skills", Map.of("skill-" + NUKE, "basic"));
        assertThat(toHidden.status()).as("a restricted production's task is as unknown as one that never was")
                .isEqualTo(toNothing.status()).isEqualTo(404);
        assertThat(toHidden.body()).doesNotContain(Long.toString(secret));
        assertThat(needs(hidden)).isEmpty();
    }

    // helpers

    /** The level chosen in the select for this skill on a skills form. */
    private static String selected(String html, long skill) {
        Matcher select = Pattern.compile("name=\"skill-" + skill + "\">(.*?)</select>", Pattern.DOTALL).matcher(html);
        assertThat(select.find()).as("a select for skill %s", skill).isTrue();
        Matcher option = Pattern.compile("value=\"(\\w+)\"\\s+selected").matcher(select.group(1));
        assertThat(option.find()).as("a level chosen for skill %s", skill).isTrue();
        return option.group(1);
    }

    private String mine(Account me) {
        return String.join(", ", SkillApiTest.levels(api.get(me.token(), "/api/v1/me/skills").json()));
    }

    private String needs(long task) {
        return String.join(", ", SkillApiTest.levels(api.get(staff.token(), "/api/v1/tasks/" + task + "/skills")
                .json()));
    }

    private long skillCalled(String name) {
        for (tools.jackson.databind.JsonNode s : api.get(staff.token(), "/api/v1/skills").json()) {
            if (s.get("name").asString().equals(name)) {
                return s.get("id").asLong();
            }
        }
        throw new AssertionError("no skill called " + name);
    }

    private String skillName(long id) {
        return api.get(staff.token(), "/api/v1/skills/" + id).json().get("name").asString();
    }

    private static String shown(WebSession web, Api.Response redirect) {
        assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
        Api.Response page = web.get(redirect.header("Location").replaceAll("^https?://[^/]+", "")
                .replaceAll("#.*$", ""));
        assertThat(page.status()).isEqualTo(200);
        return page.body();
    }
}
