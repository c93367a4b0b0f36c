package org.postops.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postops.app.support.Problems.assertBadField;
import static org.postops.app.support.Problems.assertProblem;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.ServerTest;
import tools.jackson.databind.JsonNode;

class TokenApiTest extends ServerTest {

    @Test
    void aTokenIsIssuedShownOnceListedAndRevoked() {
        Account me = facility.staff();
        Api.Response issued = api.post(null, "/api/v1/auth/tokens", request(me, Map.of("name", "render farm")));

        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String token = issued.json().get("token").asString();
        assertThat(token).startsWith("pops_").hasSize(48);
        assertThat(issued.json().get("prefix").asString()).isEqualTo(token.substring(0, 12));
        assertThat(Instant.parse(issued.json().get("expiresAt").asString()))
                .isBetween(Instant.now().plus(Duration.ofDays(89)), Instant.now().plus(Duration.ofDays(91)));
        assertThat(api.get(token, "/api/v1/me").json().get("username").asString()).isEqualTo(me.username());

        Api.Response list = api.get(token, "/api/v1/auth/tokens");
        assertThat(list.body()).doesNotContain(token);
        assertThat(list.json().valueStream().filter(t -> t.get("id").asLong() == issued.id())
                .map(t -> t.get("name").asString())).containsExactly("render farm");

        assertThat(api.delete(me.token(), "/api/v1/auth/tokens/" + issued.id()).status()).isEqualTo(204);
        assertProblem(api.get(token, "/api/v1/me"), 401);
        JsonNode revoked = api.get(me.token(), "/api/v1/auth/tokens").json().valueStream()
                .filter(t -> t.get("id").asLong() == issued.id()).findFirst().orElseThrow();
        assertThat(revoked.get("revokedAt").isNull()).isFalse();
    }

    @Test
    void onlyTheOwnerOrAnAdministratorRevokesAToken() {
        Account owner = facility.staff();
        Account other = facility.staff();
        long id = api.post(null, "/api/v1/auth/tokens", request(owner, Map.of())).id();

        assertProblem(api.delete(other.token(), "/api/v1/auth/tokens/" + id), 404);
        assertProblem(api.delete(other.token(), "/api/v1/auth/tokens/4242"), 404);
        assertThat(api.get(other.token(), "/api/v1/auth/tokens").body()).doesNotContain(Long.toString(id));
        assertThat(api.delete(facility.admin(), "/api/v1/auth/tokens/" + id).status()).isEqualTo(204);
    }

    @Test
    void badTokenRequestsAreRefused() {
        Account me = facility.staff();
        String tokens = "/api/v1/auth/tokens";
        Map<String, Object> unnamed = request(me, Map.of());
        unnamed.remove("name");
        assertBadField(api.post(null, tokens, unnamed), "name");
        assertBadField(api.post(null, tokens, request(me, Map.of("name", " "))), "name");
        assertBadField(api.post(null, tokens, request(me, Map.of("name", "x".repeat(101)))), "name");
        assertBadField(api.post(null, tokens, request(me, Map.of("expiresInDays", 0))), "expiresInDays");
        assertBadField(api.post(null, tokens, request(me, Map.of("expiresInDays", 367))), "expiresInDays");
        assertBadField(api.post(null, tokens, request(me, Map.of("expiresInDays", "forever"))), "expiresInDays");
        assertBadField(api.post(null, tokens, "{\"username\":"), "body");
        assertProblem(api.post(null, tokens, request(me, Map.of("password", "not the password"))), 401);
        assertProblem(api.post(null, tokens, request(me, Map.of("username", "nobody-" + Api.unique()))), 401);

        Api.Response longest = api.post(null, tokens, request(me, Map.of("expiresInDays", 366)));
        assertThat(longest.status()).isEqualTo(201);
        assertThat(Instant.parse(longest.json().get("expiresAt").asString()))
                .isAfter(Instant.now().plus(Duration.ofDays(365)));
    }

    @Test
    void missingGarbledAndExpiredTokensAre401() throws Exception {
        Account me = facility.staff();
        Api.Response none = api.get(null, "/api/v1/me");
        assertProblem(none, 401);
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        assertProblem(api.get("pops_not-a-real-token", "/api/v1/me"), 401);
        assertProblem(api.get("garbage", "/api/v1/productions"), 401);
        assertProblem(api.send(null, "GET", "/api/v1/me", null, Map.of("Authorization", "Basic YWRtaW46eA==")), 401);

        Api.Response issued = api.post(null, "/api/v1/auth/tokens", request(me, Map.of("expiresInDays", 1)));
        try (Connection db = connectDirectly();
                PreparedStatement expire = db.prepareStatement("update api_token set expires_at = ? where id = ?")) {
            expire.setObject(1, java.time.OffsetDateTime.now().minusMinutes(1));
            expire.setLong(2, issued.id());
            assertThat(expire.executeUpdate()).isEqualTo(1);
        }
        assertProblem(api.get(issued.json().get("token").asString(), "/api/v1/me"), 401);
    }

    private static Map<String, Object> request(Account who, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("username", who.username(), "password", Facility.PASSWORD,
                "name", "laptop"));
        body.putAll(overrides);
        return body;
    }
}
