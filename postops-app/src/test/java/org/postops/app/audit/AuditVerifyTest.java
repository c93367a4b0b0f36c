package org.postops.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.ServerTest;

class AuditVerifyTest extends ServerTest {

    @Test
    void entriesWithoutAProductionStillVerify() {
        String token = api.token("admin", adminPassword());
        String u = Api.unique();
        // a user and a token: audit entries with an object id but no production id
        api.post(token, "/api/v1/users", Map.of("username", "audit-" + u, "displayName", "Audit " + u,
                "email", "audit-" + u + "@example.com", "role", "staff", "password", "long-enough-" + u));
        Api.Response verdict = api.get(token, "/api/v1/audit/verify");
        assertThat(verdict.status()).isEqualTo(200);
        assertThat(verdict.json().get("firstBrokenId").isNull()).as(verdict.body()).isTrue();
        assertThat(verdict.json().get("checked").asLong()).isGreaterThan(1);
    }
}
