package org.postops.app.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** The operations the server documents at /api/openapi.json: what walkers over the whole API walk. */
public final class OpenApi {

    /** One documented operation, such as {@code GET /api/v1/tasks/{id}}, with its query parameters. */
    public record Operation(String method, String path, boolean takesBody, List<String> query) {

        /** The path with every {parameter} filled with this value. */
        public String filled(String value) {
            return path.replaceAll("\\{[^}]+}", value);
        }

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
                JsonNode op = paths.get(path).get(method);
                List<String> query = new ArrayList<>();
                op.path("parameters").forEach(p -> {
                    if (p.get("in").asString().equals("query")) {
                        query.add(p.get("name").asString());
                    }
                });
                operations.add(new Operation(method.toUpperCase(Locale.ROOT), path, op.has("requestBody"), query));
            }
        }
        if (operations.size() < 10) {
            throw new IllegalStateException("the OpenAPI document lists only " + operations);
        }
        return operations;
    }
}
