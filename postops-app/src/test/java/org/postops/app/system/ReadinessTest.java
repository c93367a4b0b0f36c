package org.postops.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

class ReadinessTest {

    @Test
    void outOfServiceUntilTheApplicationIsReadyThenUp() {
        Readiness readiness = new Readiness();
        assertThat(readiness.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        readiness.started();
        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);
    }
}
