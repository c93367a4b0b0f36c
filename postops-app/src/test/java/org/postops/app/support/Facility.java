package org.postops.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * Makes people, productions and tasks through the API, as a facility would, each with a unique name so
 * that tests sharing one server never see each other's data by accident.
 */
public final class Facility {

    /** Someone signed in: their user id, username and a live API token. */
    public record Account(long id, String username, String token) {
    }

    public static final String PASSWORD = "correct horse battery staple";
    private static final Map<String, String> ADMIN_TOKENS = new ConcurrentHashMap<>();

    private final Api api;

    public Facility(Api api) {
        this.api = api;
    }

    /** A token of the initial administrator (one per server, reused: signing in costs a password hash). */
    public String admin() {
        return ADMIN_TOKENS.computeIfAbsent(api.base(), b -> api.token("admin", ServerTest.adminPassword()));
    }

    public Account staff() {
        return person("staff");
    }

    public Account client() {
        return person("client");
    }

    /** A new, signed-in user with this global role (admin, staff, support, client). */
    public Account person(String role) {
        String username = role + "-" + Api.unique();
        Api.Response r = api.post(admin(), "/api/v1/users", Map.of("username", username,
                "displayName", "Test " + username, "email", username + "@example.com", "role", role,
                "password", PASSWORD));
        assertThat(r.status()).as("create user: %s", r.body()).isEqualTo(201);
        return new Account(r.id(), username, api.token(username, PASSWORD));
    }

    /** A standard production started by {@code owner} (its supervisor); {@code fields} override defaults. */
    public JsonNode production(Account owner, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.putIfAbsent("name", "Production " + Api.unique());
        body.putIfAbsent("confidentiality", "standard");
        Api.Response r = api.post(owner.token(), "/api/v1/productions", body);
        assertThat(r.status()).as("create production: %s", r.body()).isEqualTo(201);
        return r.json();
    }

    public JsonNode production(Account owner) {
        return production(owner, Map.of());
    }

    public void member(Account manager, long productionId, Account who, String role) {
        Api.Response r = api.post(manager.token(), "/api/v1/productions/" + productionId + "/members",
                Map.of("username", who.username(), "role", role));
        assertThat(r.status()).as("add member: %s", r.body()).isEqualTo(201);
    }

    /** A task on the production, made by {@code worker}; {@code fields} override the default title. */
    public JsonNode task(Account worker, long productionId, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.putIfAbsent("title", "Task " + Api.unique());
        Api.Response r = api.post(worker.token(), "/api/v1/productions/" + productionId + "/tasks", body);
        assertThat(r.status()).as("create task: %s", r.body()).isEqualTo(201);
        return r.json();
    }

    public JsonNode task(Account worker, long productionId) {
        return task(worker, productionId, Map.of());
    }
}
