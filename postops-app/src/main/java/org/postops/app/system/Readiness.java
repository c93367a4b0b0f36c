package org.postops.app.system;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code /actuator/health} at OUT_OF_SERVICE (503) until first-start work is done: the web
 * server listens before the initial admin and the demo facility are created, and a script that waits
 * for "UP" must find them there.
 */
@Component
class Readiness implements HealthIndicator {

    private final AtomicBoolean ready = new AtomicBoolean();

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        ready.set(true);
    }

    @Override
    public Health health() {
        return ready.get() ? Health.up().build() : Health.outOfService().build();
    }
}
