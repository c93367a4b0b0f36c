package org.postops.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postops.app.support.Problems.assertBadField;
import static org.postops.app.support.Problems.assertProblem;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.OpenApi;
import org.postops.app.support.ServerTest;

/** Refusals that no single area owns: the shape of every API error is RFC 9457 problem details. */
class ApiProblemsTest extends ServerTest {

    @Test
    void malformedBodiesNameTheBody() {
        Account sup = facility.staff();
        long id = facility.production(sup).get("id").asLong();
        String detail = assertProblem(api.post(sup.token(), "/api/v1/productions/" + id + "/stages", "{\"name\": }"),
                400);
        assertThat(detail).contains("line 1");
        assertBadField(api.post(sup.token(), "/api/v1/productions/" + id + "/stages", ""), "body");
        assertBadField(api.post(sup.token(), "/api/v1/productions/" + id + "/stages", "\"Grade\""), "body");
        assertBadField(api.post(sup.token(), "/api/v1/productions/" + id + "/stages", "{\"name\": \"a\"} {}"), "body");
        assertBadField(api.patch(sup.token(), "/api/v1/productions/" + id, "[]"), "body");
        assertBadField(api.patch(sup.token(), "/api/v1/productions/" + id, Map.of("version", "two")), "version");
    }

    @Test
    void everyOperationThatTakesABodyRefusesOneThatIsNotJson() {
        Account sup = facility.staff();
        int checked = 0;
        for (OpenApi.Operation op : OpenApi.operations(api)) {
            // an upload takes the file's bytes, whatever they are: DeliveryQcTest checks what it refuses
            if (op.takesBody() && !op.path().endsWith("/assets/upload")) {
                String path = op.filled("4242");
                assertBadField(api.send(sup.token(), op.method(), path, "{\"oops\": ", Map.of()), "body");
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void everyListRefusesPagesItCannotServe() {
        int checked = 0;
        for (OpenApi.Operation op : OpenApi.operations(api)) {
            if (op.method().equals("GET") && op.query().contains("size")) {
                String path = op.filled("4242") + "?q=x&";
                String admin = facility.admin();
                assertBadField(api.get(admin, path + "size=0"), "size");
                assertBadField(api.get(admin, path + "size=501"), "size");
                assertBadField(api.get(admin, path + "page=-1"), "page");
                assertThat(op.query()).as(op.toString()).contains("page");
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(7);
    }

    @Test
    void wrongMediaTypesAndMethodsAreProblemsToo() {
        Account sup = facility.staff();
        assertProblem(api.send(sup.token(), "POST", "/api/v1/productions", "name=x",
                Map.of("Content-Type", "application/x-www-form-urlencoded")), 415);
        var wrongMethod = api.delete(sup.token(), "/api/v1/productions");
        assertProblem(wrongMethod, 405);
        assertThat(wrongMethod.header("Allow")).isEqualTo("GET, POST");
        assertProblem(api.get(sup.token(), "/api/v1/no-such-thing"), 404);
    }

    @Test
    void errorsNeverShowInternals() {
        Account sup = facility.staff();
        String body = api.post(sup.token(), "/api/v1/productions", "{\"name\": \"x\", \"confidentiality\": 5}").body();
        assertThat(body).doesNotContainIgnoringCase("jackson").doesNotContain("org.postops", "Exception", "\tat ");
    }
}
