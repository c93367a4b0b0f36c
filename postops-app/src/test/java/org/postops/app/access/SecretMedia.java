package org.postops.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import org.postops.app.support.Api;
import org.postops.app.support.Jobs;
import org.postops.app.system.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What background jobs and media integrity hang off a {@link SecretProduction}: a finished job run "Seal Redpoll
 * card" (written directly), and a media folder "Redpoll card" of the secret on a facility volume (not secret
 * itself), sealed by a real job so it has runs and files. Made on demand, reached through {@link #of}.
 */
final class SecretMedia {

    private static final Map<SecretProduction, SecretMedia> MADE =
            Collections.synchronizedMap(new IdentityHashMap<>());

    final long jobRun;
    final long volume;
    final long folder;

    private SecretMedia(SecretProduction s, Api api, JdbcClient jdbc) {
        jobRun = Ids.next();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                insert into job_run (id, kind, production_id, subject_type, subject_id, title, status, files_done,
                    files_total, bytes_done, bytes_total, message, work, client_visible, node, created_by, created_at,
                    started_at, finished_at, version)
                values (?, 'media.seal', ?, 'media-folder', ?, ?, 'SUCCEEDED', 3, 3, 300, 300, ?, 'none', true,
                        'elsewhere', ?, ?, ?, ?, 0)""")
                .params(jobRun, s.id, Ids.next(), "Seal Redpoll card " + s.tag, "Redpoll sealed", s.owner.id(),
                        now, now, now)
                .update();
        Path root;
        try {
            root = Files.createTempDirectory("postops-secret-volume-");
            Files.createDirectories(root.resolve("RP001"));
            Files.writeString(root.resolve("RP001/clip.mov"), "redpoll " + s.tag);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Api.Response v = api.post(new org.postops.app.support.Facility(api).admin(), "/api/v1/volumes", Map.of("name", "Shared nearline " + s.tag,
                "kind", "nearline", "mediaType", "disk", "site", "on_site", "rootPath", root.toString()));
        assertThat(v.status()).as(v.body()).isEqualTo(201);
        volume = v.id();
        Api.Response f = api.post(s.owner.token(), "/api/v1/productions/" + s.id + "/media-folders",
                Map.of("volumeId", volume, "relativePath", "RP001", "label", "Redpoll card " + s.tag));
        assertThat(f.status()).as(f.body()).isEqualTo(201);
        folder = f.id();
        Api.Response sealed = api.post(s.owner.token(), "/api/v1/media-folders/" + folder + "/seal", null);
        assertThat(sealed.status()).as(sealed.body()).isEqualTo(202);
        assertThat(Jobs.await(api, s.owner.token(), sealed.id()).get("status").asString()).isEqualTo("succeeded");
        s.secrets.addAll(java.util.List.of("Redpoll", "RP001", Long.toString(jobRun), Long.toString(folder),
                Long.toString(sealed.id())));
    }

    static SecretMedia add(SecretProduction s, Api api, JdbcClient jdbc) {
        return MADE.computeIfAbsent(s, x -> new SecretMedia(x, api, jdbc));
    }

    static SecretMedia of(SecretProduction s) {
        SecretMedia m = MADE.get(s);
        if (m == null) {
            throw new IllegalStateException("call SecretMedia.add first");
        }
        return m;
    }
}
