package org.postops.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.postops.app.support.ServerTest;

class SmokeTest extends ServerTest {

    @Test
    void healthAnswersUpOnceReady() {
        var r = api.get(null, "/actuator/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void adminCanSignInWithTheGeneratedPassword() {
        String token = api.token("admin", adminPassword());
        assertThat(api.get(token, "/api/v1/me").json().get("username").asString()).isEqualTo("admin");
    }
}
