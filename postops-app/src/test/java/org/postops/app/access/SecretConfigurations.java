package org.postops.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.postops.app.support.Api;
import org.postops.app.support.KitRows;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the configurations area hangs off a {@link SecretProduction}: a workstation booked to it (the kit itself is
 * the facility's, so not secret), a snapshot of it, and the production's qualified configuration "Redshank", from
 * which the kit drifts. Made on demand by the walkers that need it, which then reach it through {@link #of}.
 */
final class SecretConfigurations {

    private static final Map<SecretProduction, SecretConfigurations> MADE =
            Collections.synchronizedMap(new IdentityHashMap<>());

    final long kit;
    final long snapshot;
    final long configuration;

    private SecretConfigurations(SecretProduction s, Api api, JdbcClient jdbc) {
        KitRows rows = new KitRows(jdbc);
        kit = rows.kit("Grade " + s.tag, "WORKSTATION", null);
        rows.book(kit, null, s.id, null, null, LocalDate.now(), LocalDate.now().plusDays(30), s.owner.id());
        Api.Response declared = api.post(s.owner.token(), "/api/v1/productions/" + s.id + "/qualified-configurations",
                Map.of("name", "Redshank grading " + s.tag, "rules", List.of(Map.of("key", "gpu[*].driver",
                        "range", "550–560"))));
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        configuration = declared.id();
        Api.Response taken = api.post(s.owner.token(), "/api/v1/kit/" + kit + "/snapshots", Map.of("gpus",
                List.of(Map.of("model", "RTX A6000", "driver", "565.57.01"))));
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        snapshot = taken.id();
        s.secrets.addAll(List.of("Redshank", Long.toString(configuration)));
    }

    static SecretConfigurations add(SecretProduction s, Api api, JdbcClient jdbc) {
        return MADE.computeIfAbsent(s, x -> new SecretConfigurations(x, api, jdbc));
    }

    static SecretConfigurations of(SecretProduction s) {
        SecretConfigurations c = MADE.get(s);
        if (c == null) {
            throw new IllegalStateException("call SecretConfigurations.add first");
        }
        return c;
    }
}
