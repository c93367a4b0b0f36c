package org.postops.app.production;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One acceptance criterion of a brief; {@code id} is null until stored; a new one is not done unless it says so. */
public record Criterion(Long id, @NotBlank @Size(max = 1000) String description, Boolean done) {

    public Criterion {
        done = Boolean.TRUE.equals(done);
    }
}
