package org.postops.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postops.app.support.Problems.assertBadField;
import static org.postops.app.support.Problems.assertProblem;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.ServerTest;
import tools.jackson.databind.JsonNode;

class UserApiTest extends ServerTest {

    @Test
    void administratorsCreateAccounts() {
        String username = "grader-" + Api.unique();
        Api.Response r = api.post(facility.admin(), "/api/v1/users", newUser(username, Map.of("timeZone", "Asia/Tokyo")));

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.header("Location")).isEqualTo("/api/v1/users/" + r.id());
        assertThat(r.header("ETag")).isEqualTo("\"0\"");
        assertThat(r.json().get("timeZone").asString()).isEqualTo("Asia/Tokyo");
        assertThat(r.json().has("password")).isFalse();
        assertThat(r.body()).doesNotContain(Facility.PASSWORD);
        String token = api.token(username, Facility.PASSWORD);
        assertThat(api.get(token, "/api/v1/me").json().get("id").asLong()).isEqualTo(r.id());
        assertProblem(api.post(facility.admin(), "/api/v1/users", newUser(username, Map.of())), 409);
    }

    @Test
    void badAccountsAreRefused() {
        String admin = facility.admin();
        String u = "new-" + Api.unique();
        assertProblem(api.post(facility.staff().token(), "/api/v1/users", newUser(u, Map.of())), 403);
        assertBadField(api.post(admin, "/api/v1/users", newUser(u, Map.of("password", "short"))), "password");
        assertBadField(api.post(admin, "/api/v1/users", newUser(u, Map.of("password", "ü".repeat(40)))), "password");
        assertBadField(api.post(admin, "/api/v1/users", newUser(u, Map.of("timeZone", "Mars/Olympus"))), "timeZone");
        assertBadField(api.post(admin, "/api/v1/users", newUser(u, Map.of("role", "director"))), "role");
        assertBadField(api.post(admin, "/api/v1/users", newUser(u, Map.of("email", "not-an-address"))), "email");
        assertBadField(api.post(admin, "/api/v1/users", newUser("Has Spaces", Map.of())), "username");
        assertBadField(api.post(admin, "/api/v1/users", newUser("x".repeat(65), Map.of())), "username");
        Map<String, Object> noName = newUser(u, Map.of());
        noName.remove("displayName");
        assertBadField(api.post(admin, "/api/v1/users", noName), "displayName");
        assertThat(api.get(admin, "/api/v1/users?q=" + u).json().get("total").asLong()).isZero();
    }

    @Test
    void peopleAreListedPagedAndFoundById() {
        Account someone = facility.staff();
        String tag = someone.username();
        JsonNode page = api.get(someone.token(), "/api/v1/users?q=" + tag).json();
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("id").asLong()).isEqualTo(someone.id());
        assertThat(api.get(someone.token(), "/api/v1/users?size=1").json().get("items")).hasSize(1);
        assertBadField(api.get(someone.token(), "/api/v1/users?size=501"), "size");

        Api.Response one = api.get(someone.token(), "/api/v1/users/" + someone.id());
        assertThat(one.header("ETag")).isEqualTo("\"0\"");
        assertThat(one.json().get("username").asString()).isEqualTo(someone.username());
        assertProblem(api.get(someone.token(), "/api/v1/users/4242"), 404);

        Account client = facility.client();
        assertProblem(api.get(client.token(), "/api/v1/users"), 403);
        assertProblem(api.get(client.token(), "/api/v1/users/" + someone.id()), 404);
        assertThat(api.get(client.token(), "/api/v1/me").json().get("role").asString()).isEqualTo("client");
        // to a client other people do not exist, whatever is asked of them
        assertProblem(api.put(client.token(), "/api/v1/users/" + someone.id(), Map.of("displayName", "X",
                "email", "x@example.com", "timeZone", "Europe/London", "role", "staff", "active", true)), 404);
        assertProblem(api.put(client.token(), "/api/v1/users/" + someone.id() + "/password",
                Map.of("password", "long enough password")), 404);
    }

    @Test
    void peopleChangeTheirOwnDetailsButNotTheirRole() {
        Account me = facility.staff();
        Account other = facility.staff();
        String path = "/api/v1/users/" + me.id();
        Map<String, Object> changes = new HashMap<>(Map.of("displayName", "Sam Grader", "email", "sam@example.com",
                "timeZone", "America/Los_Angeles", "role", "staff", "active", true));

        Api.Response r = api.put(me.token(), path, changes);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.header("ETag")).isEqualTo("\"1\"");
        assertThat(api.get(me.token(), "/api/v1/me").json().get("timeZone").asString()).isEqualTo("America/Los_Angeles");

        assertProblem(api.send(me.token(), "PUT", path, changes, Map.of("If-Match", "\"0\"")), 412);
        assertProblem(api.put(other.token(), path, changes), 403);
        changes.put("role", "admin");
        assertProblem(api.put(me.token(), path, changes), 403);
        changes.put("role", "staff");
        changes.remove("active");
        assertBadField(api.put(me.token(), path, changes), "active");
        changes.put("active", false);
        assertProblem(api.put(me.token(), path, changes), 403);
        changes.put("active", true);
        changes.put("timeZone", "Nowhere/Town");
        assertBadField(api.put(me.token(), path, changes), "timeZone");
        assertProblem(api.put(facility.admin(), "/api/v1/users/4242", changes), 404);
        assertThat(api.get(me.token(), "/api/v1/me").json().get("version").asInt()).isEqualTo(1);
    }

    @Test
    void administratorsDeactivateOthersButNeverThemselves() {
        Account admin = facility.person("admin");
        Account leaver = facility.staff();
        Map<String, Object> changes = new HashMap<>(Map.of("displayName", "Leaver", "email", "l@example.com",
                "timeZone", "Europe/London", "role", "staff", "active", false));

        assertBadField(api.put(admin.token(), "/api/v1/users/" + admin.id(), Map.of("displayName", "Me",
                "email", "me@example.com", "timeZone", "Europe/London", "role", "admin", "active", false)), "active");
        assertThat(api.get(leaver.token(), "/api/v1/me").status()).isEqualTo(200);
        assertThat(api.put(admin.token(), "/api/v1/users/" + leaver.id(), changes).status()).isEqualTo(200);

        assertProblem(api.get(leaver.token(), "/api/v1/me"), 401);
        assertProblem(api.post(null, "/api/v1/auth/tokens",
                Map.of("username", leaver.username(), "password", Facility.PASSWORD, "name", "x")), 401);
    }

    @Test
    void passwordsAreChangedByTheirOwnerOrAnAdministrator() {
        Account me = facility.staff();
        Account other = facility.staff();
        String path = "/api/v1/users/" + me.id() + "/password";
        assertBadField(api.put(me.token(), path, Map.of("password", "short")), "password");
        assertBadField(api.put(me.token(), path, Map.of()), "password");
        assertProblem(api.put(other.token(), path, Map.of("password", "a much longer password")), 403);
        assertProblem(api.put(facility.admin(), "/api/v1/users/4242/password", Map.of("password", "long enough!")),
                404);

        // one's own password needs the current one: a token alone is not enough to take over an account
        assertBadField(api.put(me.token(), path, Map.of("password", "a brand new passphrase")), "currentPassword");
        assertBadField(api.put(me.token(), path, Map.of("password", "a brand new passphrase",
                "currentPassword", "not my password")), "currentPassword");
        assertThat(api.put(me.token(), path, Map.of("password", "a brand new passphrase",
                "currentPassword", Facility.PASSWORD)).status()).isEqualTo(204);
        assertProblem(api.post(null, "/api/v1/auth/tokens",
                Map.of("username", me.username(), "password", Facility.PASSWORD, "name", "old")), 401);
        assertThat(api.token(me.username(), "a brand new passphrase")).startsWith("pops_");
    }

    private static Map<String, Object> newUser(String username, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "displayName", "New Person",
                "email", "new@example.com", "role", "staff", "password", Facility.PASSWORD));
        body.putAll(overrides);
        return body;
    }
}
