package org.postops.app.expert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.ServerTest;
import org.postops.app.support.WebSession;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;

/**
 * The experts register's forms, posted as a browser posts them: adding and changing an expert saves what was
 * typed (days, kit and skill levels included), bad fields come back beside the form with nothing saved, a
 * stale version is refused saying so, staff (403) and clients (404) are refused, and a post without the CSRF
 * token is 403.
 */
class ExpertPagesTest extends ServerTest {

    /** Signed in once for the class (each sign-in costs a password hash). */
    private static Account support;
    private static WebSession asSupport;
    private static WebSession asStaff;
    private static WebSession asClient;

    @BeforeEach
    void people() {
        if (asSupport == null) {
            support = facility.person("support");
            asSupport = WebSession.signIn(api, support);
            asStaff = WebSession.signIn(api, facility.staff());
            asClient = WebSession.signIn(api, facility.client());
        }
    }

    @Test
    void theNewExpertFormAddsAnExpertAndRefusesBadFieldsSavingNothing() {
        String u = Api.unique();
        Api.Response added = asSupport.post("/experts/new", "/experts", vendorLine("Blackmagic " + u));
        long id = idIn(added);
        assertThat(shown(asSupport, added)).contains("Blackmagic " + u + " is in the register.",
                "Vendor support line", "+44 20 0000 0000", "DaVinci Resolve colour", "I/O card");
        JsonNode saved = api.get(support.token(), "/api/v1/experts/" + id).json();
        assertThat(saved.get("organisation").asString()).isEqualTo("Blackmagic Design");
        assertThat(saved.get("hours").get("always").asBoolean()).isFalse();
        assertThat(saved.get("hours").get("days").size()).isEqualTo(5);
        assertThat(saved.get("hours").get("opens").asString()).startsWith("09:00");
        assertThat(saved.get("hours").get("zone").asString()).isEqualTo("Europe/London");
        assertThat(saved.get("kitTypes").toString()).isEqualTo("[\"workstation\",\"io_card\"]");
        assertThat(saved.get("skills").get(0).get("skill").asString()).isEqualTo("DaVinci Resolve colour");
        assertThat(saved.get("skills").get(0).get("level").asString()).isEqualTo("expert");
        assertThat(saved.get("active").asBoolean()).isTrue();

        MultiValueMap<String, String> badUrl = vendorLine("Refused A " + u);
        badUrl.set("url", "javascript:alert(1)");
        Api.Response refused = asSupport.post("/experts/new", "/experts", badUrl);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Please correct the field marked below.",
                "id=\"x-url-error\">must be a web address starting with https://")
                .as("what was typed is kept").contains("value=\"Refused A " + u + "\"", "value=\"javascript:alert(1)\"");
        MultiValueMap<String, String> badHours = vendorLine("Refused B " + u);
        badHours.set("opens", "nine");
        badHours.set("zone", "Mars/Olympus");
        Api.Response hours = asSupport.post("/experts/new", "/experts", badHours);
        assertThat(hours.status()).isEqualTo(400);
        assertThat(hours.body()).contains("id=\"x-opens-error\">must be a time of day such as 09:00");
        MultiValueMap<String, String> noDays = vendorLine("Refused C " + u);
        noDays.remove("days");
        assertThat(asSupport.post("/experts/new", "/experts", noDays).body())
                .contains("id=\"x-days-error\">name the days the line is open, or make it open 24/7");
        MultiValueMap<String, String> badEmail = vendorLine("Refused D " + u);
        badEmail.set("email", "not-an-email");
        assertThat(asSupport.post("/experts/new", "/experts", badEmail).body()).contains("id=\"x-email-error\">");
        MultiValueMap<String, String> nobody = vendorLine("Refused E " + u);
        nobody.set("kind", "staff");
        nobody.set("username", "nobody-" + u);
        assertThat(asSupport.post("/experts/new", "/experts", nobody).body())
                .contains("id=\"x-user-error\">no user called");
        MultiValueMap<String, String> unknownSkill = vendorLine("Refused F " + u);
        unknownSkill.set("skill-4242", "expert");
        assertThat(asSupport.post("/experts/new", "/experts", unknownSkill).body())
                .contains("id=\"x-skills-error\">no skill 4242").as("the levels as they were typed")
                .containsPattern("(?s)name=\"skill-" + ExpertApiTest.RESOLVE_COLOUR
                        + "\">(?:(?!</select>).)*value=\"expert\"\s+selected");
        MultiValueMap<String, String> noName = vendorLine(" ");
        noName.set("organisation", "Refused G " + u);
        assertThat(asSupport.post("/experts/new", "/experts", noName).body())
                .contains("id=\"x-name-error\">must not be blank");

        Api.Response byStaff = asStaff.post("/experts", "/experts", vendorLine("Refused H " + u));
        assertThat(byStaff.status()).isEqualTo(403);
        assertThat(byStaff.body()).contains("Only technical support and administrators may change the experts");
        assertThat(asClient.post("/", "/experts", vendorLine("Refused I " + u)).status()).isEqualTo(404);
        assertThat(asSupport.postWithoutToken("/experts", Map.of("kind", "vendor", "name", "Refused J " + u,
                "always", "true")).status()).isEqualTo(403);
        assertThat(namesWith(u)).as("only the first was saved").containsExactly("Blackmagic " + u);
    }

    @Test
    void aClientIsToldNothingOfTheRegisterWhateverTheyPost() {
        String u = Api.unique();
        MultiValueMap<String, String> unknownUser = vendorLine("Refused " + u);
        unknownUser.set("kind", "staff");
        unknownUser.set("username", "nobody-" + u);
        MultiValueMap<String, String> knownUser = vendorLine("Refused " + u);
        knownUser.set("kind", "staff");
        knownUser.set("username", support.username());
        MultiValueMap<String, String> badUrl = vendorLine("Refused " + u);
        badUrl.set("url", "ftp://nowhere");
        for (MultiValueMap<String, String> form : List.of(unknownUser, knownUser, badUrl)) {
            assertThat(asClient.post("/", "/experts", form).status())
                    .as("not found, never a refusal that tells the form was read: %s", form).isEqualTo(404);
        }
        assertThat(namesWith(u)).isEmpty();
    }

    @Test
    void theEditFormSavesAndRefusesBadFieldsAStaleVersionAndOthers() {
        String u = Api.unique();
        long id = api.post(support.token(), "/api/v1/experts", Map.of("kind", "freelancer", "name", "Jo " + u,
                "phone", "+44 7700 900000")).id();
        int version = api.get(support.token(), "/api/v1/experts/" + id).json().get("version").asInt();
        String edit = "/experts/" + id + "/edit";
        String page = "/experts/" + id;
        assertThat(asSupport.get(edit).body()).contains("name=\"version\" value=\"" + version + "\"");

        MultiValueMap<String, String> changed = freelancer("Jo " + u, version);
        changed.set("phone", "+44 7700 900111");
        changed.remove("active");
        Api.Response saved = asSupport.post(edit, page, changed);
        assertThat(idIn(saved)).isEqualTo(id);
        assertThat(shown(asSupport, saved)).contains("Jo " + u + " saved.", "+44 7700 900111",
                "Inactive: not suggested for tickets", "Nuke");
        JsonNode after = api.get(support.token(), "/api/v1/experts/" + id).json();
        assertThat(after.get("phone").asString()).isEqualTo("+44 7700 900111");
        assertThat(after.get("active").asBoolean()).isFalse();
        assertThat(after.get("skills").get(0).get("skill").asString()).isEqualTo("Nuke");
        assertThat(after.get("version").asInt()).isEqualTo(version + 1);

        MultiValueMap<String, String> stale = freelancer("Jo " + u, version);
        stale.set("phone", "+44 7700 900222");
        Api.Response refused = asSupport.post(edit, page, stale);
        assertThat(refused.status()).isEqualTo(412);
        assertThat(refused.body()).contains("Someone else changed this expert while you were editing; nothing was "
                + "saved.");
        MultiValueMap<String, String> bad = freelancer("Jo " + u, version + 1);
        bad.remove("always");
        bad.add("days", "MONDAY");
        bad.set("opens", "18:00");
        bad.set("closes", "09:00");
        bad.set("zone", "Europe/London");
        Api.Response badHours = asSupport.post(edit, page, bad);
        assertThat(badHours.status()).isEqualTo(400);
        assertThat(badHours.body()).contains("id=\"x-closes-error\">must be after the opening time");

        MultiValueMap<String, String> other = freelancer("Jo " + u, version + 1);
        other.set("phone", "+44 7700 900333");
        assertThat(asStaff.post(page, page, other).status()).isEqualTo(403);
        assertThat(asClient.post("/", page, other).status()).isEqualTo(404);
        assertThat(asSupport.postWithoutToken(page, Map.of("kind", "freelancer", "name", "Jo " + u, "always",
                "true", "phone", "+44 7700 900444")).status()).isEqualTo(403);
        assertThat(asSupport.post(edit, "/experts/4242", other).status()).isEqualTo(404);
        after = api.get(support.token(), "/api/v1/experts/" + id).json();
        assertThat(after.get("phone").asString()).as("no refused post changed it").isEqualTo("+44 7700 900111");
        assertThat(after.get("version").asInt()).isEqualTo(version + 1);
    }

    // helpers

    /** A vendor's support line as support would type it: weekdays 09:00–17:30 London, kit and a skill. */
    private static MultiValueMap<String, String> vendorLine(String name) {
        MultiValueMap<String, String> f = new LinkedMultiValueMap<>();
        f.add("kind", "vendor");
        f.add("username", "");
        f.add("name", name);
        f.add("organisation", "Blackmagic Design");
        f.add("email", "support@example.com");
        f.add("phone", "+44 20 0000 0000");
        f.add("url", "https://www.blackmagicdesign.com/support");
        f.add("notes", "");
        f.add("active", "true");
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            f.add("days", day);
        }
        f.add("opens", "09:00");
        f.add("closes", "17:30");
        f.add("zone", "Europe/London");
        f.add("kitTypes", "IO_CARD");
        f.add("kitTypes", "WORKSTATION");
        f.add("skill-" + ExpertApiTest.RESOLVE_COLOUR, "expert");
        f.add("skill-" + ExpertApiTest.NUKE, "none");
        return f;
    }

    /** A freelancer open around the clock who knows Nuke, read at {@code version}. */
    private static MultiValueMap<String, String> freelancer(String name, int version) {
        MultiValueMap<String, String> f = new LinkedMultiValueMap<>();
        f.add("kind", "freelancer");
        f.add("name", name);
        f.add("phone", "+44 7700 900000");
        f.add("always", "true");
        f.add("active", "true");
        f.add("skill-" + ExpertApiTest.NUKE, "working");
        f.add("version", Integer.toString(version));
        return f;
    }

    /** The names in the register (inactive included) that contain {@code u}. */
    private List<String> namesWith(String u) {
        List<String> names = new java.util.ArrayList<>();
        api.get(support.token(), "/api/v1/experts?includeInactive=true").json().forEach(e -> {
            String name = e.get("name").asString();
            if (name.contains(u) || String.valueOf(e.get("organisation")).contains(u)) {
                names.add(name);
            }
        });
        return names;
    }

    private static long idIn(Api.Response redirect) {
        assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
        String location = redirect.header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf("/experts/") + "/experts/".length()));
    }

    private static String shown(WebSession web, Api.Response redirect) {
        assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
        Api.Response page = web.get(redirect.header("Location").replaceAll("^https?://[^/]+", ""));
        assertThat(page.status()).isEqualTo(200);
        return page.body();
    }
}
