package org.postops.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Assertions on RFC 9457 problem details, the API's one shape for every refusal. */
public final class Problems {

    private Problems() {
    }

    /** Asserts a problem with this status and returns its detail. */
    public static String assertProblem(Api.Response r, int status) {
        assertThat(r.status()).as("status of %s", r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).as("content type").startsWith("application/problem+json");
        assertThat(r.json().get("status").asInt()).isEqualTo(status);
        String detail = r.json().get("detail").asString();
        assertThat(detail).as("detail").isNotBlank();
        return detail;
    }

    /** Asserts a 400 whose errors name this field, and returns that field's message. */
    public static String assertBadField(Api.Response r, String field) {
        assertProblem(r, 400);
        assertThat(fields(r)).as("fields named in %s", r.body()).contains(field);
        for (JsonNode e : r.json().get("errors")) {
            if (e.get("field").asString().equals(field)) {
                return e.get("message").asString();
            }
        }
        throw new AssertionError("unreachable");
    }

    public static List<String> fields(Api.Response r) {
        List<String> fields = new ArrayList<>();
        JsonNode errors = r.json().get("errors");
        if (errors != null) {
            errors.forEach(e -> fields.add(e.get("field").asString()));
        }
        return fields;
    }
}
