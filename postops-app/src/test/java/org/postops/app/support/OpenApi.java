package org.postops.app.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** The operations the server documents at /api/openapi.json: what walkers over the whole API walk. */
public final class OpenApi {

    /** One documented operation, such as {@code GET /api/v1/tasks/{id}}. */
    public record Operation(String method, String path) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private OpenApi() {
    }

    public static List<Operation> operations(Api api) {
        Api.Response r = api.get(null, "/api/openapi.json");
        if (r.status() != 200) {
            throw new IllegalStateException("no OpenAPI document: " + r.status());
        }
        List<Operation> operations = new ArrayList<>();
        JsonNode paths = r.json().get("paths");
        for (String path : paths.propertyNames()) {
            for (String method : paths.get(path).propertyNames()) {
                operations.add(new Operation(method.toUpperCase(Locale.ROOT), path));
            }
        }
        if (operations.size() < 10) {
            throw new IllegalStateException("the OpenAPI document lists only " + operations);
        }
        return operations;
    }
}
