package org.postops.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postops.app.support.Problems.assertProblem;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.ServerTest;

class SecurityTest extends ServerTest {

    @Test
    void repeatedFailedSignInsAreSlowedThenRefusedEvenWithTheRightPassword() {
        Account target = facility.staff();
        for (int i = 0; i < 5; i++) {
            assertProblem(signIn(target, "guess " + i), 401);
        }
        var slowedAnswer = signIn(target, Facility.PASSWORD);
        String slowed = assertProblem(slowedAnswer, 429);
        assertThat(slowed).contains("try again in 1 second").doesNotContain("1 seconds");
        assertThat(slowedAnswer.header("Retry-After")).isEqualTo("1");

        for (int i = 5; i < 10; i++) { // each further failure doubles the wait: 1, 2, 4, 8, 16 s
            CLOCK.advance(Duration.ofSeconds(1L << (i - 5)).plusMillis(100));
            assertProblem(signIn(target, "guess " + i), 401);
        }
        CLOCK.advance(Duration.ofMinutes(2));
        String locked = assertProblem(signIn(target, Facility.PASSWORD), 429);
        assertThat(locked).contains("try again in 13 minutes");

        CLOCK.advance(Duration.ofMinutes(14));
        assertThat(signIn(target, Facility.PASSWORD).status()).isEqualTo(201);
    }

    @Test
    void apiCallsWithoutATokenAre401ProblemDetails() {
        Api.Response r = api.get(null, "/api/v1/productions");
        assertProblem(r, 401);
        assertThat(r.json().get("detail").asString()).contains("Bearer");
    }

    @Test
    void pagesAndApiSendProtectiveHeaders() {
        for (Api.Response r : new Api.Response[] {api.get(null, "/login"), api.get(null, "/"),
                api.get(null, "/api/v1/me")}) {
            assertThat(r.header("Content-Security-Policy")).contains("frame-ancestors 'none'", "script-src 'self'");
            assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
        }
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() {
        Account someone = facility.staff();
        Api.Response r = api.send(null, "POST", "/login", "username=" + someone.username() + "&password="
                + Facility.PASSWORD.replace(' ', '+'), Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(r.status()).isEqualTo(403);
        String cookie = r.header("Set-Cookie");
        if (cookie != null) { // a session may exist, but it must not be signed in
            Api.Response home = api.send(null, "GET", "/", null, Map.of("Cookie", cookie.split(";")[0]));
            assertThat(home.status()).isEqualTo(302);
            assertThat(home.header("Location")).endsWith("/login");
        }
    }

    @Test
    void theInitialAdminPasswordIsReadableByItsOwnerOnly() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(DATA.resolve("initial-admin-password"))))
                .isEqualTo("rw-------");
    }

    private Api.Response signIn(Account who, String password) {
        return api.post(null, "/api/v1/auth/tokens", Map.of("username", who.username(), "password", password,
                "name", "throttle test"));
    }
}
