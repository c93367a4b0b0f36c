package org.postops.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import tools.jackson.databind.JsonNode;

/** Waits for background job runs over the API, the way a page polls them. */
public final class Jobs {

    private Jobs() {
    }

    /** The run once it has finished (succeeded, failed or cancelled); fails the test after {@code limit}. */
    public static JsonNode await(Api api, String token, long runId, Duration limit) {
        long until = System.nanoTime() + limit.toNanos();
        while (true) {
            Api.Response r = api.get(token, "/api/v1/jobs/" + runId);
            assertThat(r.status()).as("job run %s: %s", runId, r.body()).isEqualTo(200);
            String status = r.json().get("status").asString();
            if (!status.equalsIgnoreCase("QUEUED") && !status.equalsIgnoreCase("RUNNING")) {
                return r.json();
            }
            assertThat(System.nanoTime()).as("job run %s still %s after %s", runId, status, limit).isLessThan(until);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public static JsonNode await(Api api, String token, long runId) {
        return await(api, token, runId, Duration.ofSeconds(60));
    }
}
