package org.postops.app.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small client for the PostOps REST API over real HTTP. */
public final class Api {

    /** A response: status, headers and the body, parsed as JSON when it is JSON. */
    public record Response(int status, HttpResponse<String> raw, JsonNode json) {

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String body() {
            return raw.body();
        }

        public long id() {
            return json.get("id").asLong();
        }
    }

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;

    public Api(String base) {
        this.base = base;
    }

    public String base() {
        return base;
    }

    public Response get(String token, String path) {
        return send(token, "GET", path, null, Map.of());
    }

    public Response post(String token, String path, Object body) {
        return send(token, "POST", path, body, Map.of());
    }

    public Response patch(String token, String path, Object body) {
        return send(token, "PATCH", path, body, Map.of());
    }

    public Response patch(String token, String path, Object body, Map<String, String> headers) {
        return send(token, "PATCH", path, body, headers);
    }

    public Response put(String token, String path, Object body) {
        return send(token, "PUT", path, body, Map.of());
    }

    public Response delete(String token, String path) {
        return send(token, "DELETE", path, null, Map.of());
    }

    /** Sends a request; a String body is sent as it is (for malformed JSON), anything else as JSON. */
    public Response send(String token, String method, String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            String text = body instanceof String s ? s : JSON.writeValueAsString(body);
            if (!headers.containsKey("Content-Type")) {
                b.header("Content-Type", "application/json");
            }
            b.method(method, HttpRequest.BodyPublishers.ofString(text));
        }
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (type.contains("json") && !r.body().isEmpty()) {
                json = JSON.readTree(r.body());
            }
            return new Response(r.statusCode(), r, json);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Signs in and returns a new token. */
    public String token(String username, String password) {
        Response r = post(null, "/api/v1/auth/tokens",
                Map.of("username", username, "password", password, "name", "test " + UUID.randomUUID()));
        if (r.status() != 201) {
            throw new IllegalStateException("cannot sign in as " + username + ": " + r.status() + " " + r.body());
        }
        return r.json().get("token").asString();
    }

    /** A unique suffix for names made by one test. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
