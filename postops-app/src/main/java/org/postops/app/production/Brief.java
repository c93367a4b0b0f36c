package org.postops.app.production;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What the client asked for: synopsis, objectives, audience and platform, acceptance criteria to tick
 * off, and a budget cap in minor units of the production's currency (pence, cents).
 */
public record Brief(
        @Size(max = 10000) String synopsis,
        @Size(max = 10000) String objectives,
        @Size(max = 2000) String audience,
        @Min(0) @Max(1_000_000_000_000_000L) Long budgetCapMinor,
        @Size(max = 100) List<@Valid Criterion> acceptanceCriteria) {

    public Brief {
        acceptanceCriteria = acceptanceCriteria == null ? List.of() : List.copyOf(acceptanceCriteria);
    }

    public static Brief empty() {
        return new Brief(null, null, null, null, List.of());
    }

    public long criteriaDone() {
        return acceptanceCriteria.stream().filter(Criterion::done).count();
    }
}
