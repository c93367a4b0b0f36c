package org.postops.app.access;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import org.postops.app.system.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What delivery QC hangs off a {@link SecretProduction}: an uploaded asset "Stonechat master" and a finished,
 * failed QC run of it with a report (written directly: the walkers test reads and refusals, not probing or the
 * workers). Made on demand, reached through {@link #of}.
 */
final class SecretDeliveries {

    private static final Map<SecretProduction, SecretDeliveries> MADE =
            Collections.synchronizedMap(new IdentityHashMap<>());

    final long asset;
    final long qcRun;

    private SecretDeliveries(SecretProduction s, JdbcClient jdbc) {
        asset = Ids.next();
        qcRun = Ids.next();
        long job = Ids.next();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                insert into media_asset (id, production_id, label, origin, relative_path, file_name, size_bytes,
                    container, metadata, created_by, created_at, updated_at, version)
                values (?, ?, ?, 'UPLOAD', ?, 'stonechat.mxf', 1000, 'MXF OP1a', '{"file":"stonechat.mxf"}', ?, ?, ?, 0)""")
                .params(asset, s.id, "Stonechat master " + s.tag, s.id + "/" + asset + "-stonechat.mxf", s.owner.id(),
                        now, now)
                .update();
        jdbc.sql("""
                insert into job_run (id, kind, production_id, subject_type, subject_id, title, status, files_done,
                    files_total, bytes_done, bytes_total, message, work, client_visible, node, created_by, created_at,
                    started_at, finished_at, version)
                values (?, 'delivery.qc', ?, 'media-asset', ?, ?, 'FAILED', 1, 1, 1000, 1000, ?, 'none', true,
                        'elsewhere', ?, ?, ?, ?, 0)""")
                .params(job, s.id, asset, "QC Stonechat master against ebu-r128", "Fail against ebu-r128: Stonechat",
                        s.owner.id(), now, now, now)
                .update();
        jdbc.sql("""
                insert into qc_run (id, asset_id, production_id, job_run_id, profile_id, profile_name, verdict,
                    rules_failed, rules_warned, events, message, report, html_report, created_by, created_at,
                    finished_at)
                values (?, ?, ?, ?, 'ebu-r128', 'EBU R 128 loudness', 'fail', 1, 0, 0, ?, ?, ?, ?, ?, ?)""")
                .params(qcRun, asset, s.id, job, "Fail against ebu-r128: Stonechat too loud",
                        "{\"verdict\":\"fail\",\"file\":\"stonechat.mxf\"}", "qc-reports/none/" + qcRun + ".html",
                        s.owner.id(), now, now)
                .update();
        s.secrets.add("Stonechat");
        s.secrets.add("stonechat");
        s.secrets.add(Long.toString(asset));
        s.secrets.add(Long.toString(qcRun));
    }

    static SecretDeliveries add(SecretProduction s, JdbcClient jdbc) {
        return MADE.computeIfAbsent(s, x -> new SecretDeliveries(x, jdbc));
    }

    static SecretDeliveries of(SecretProduction s) {
        SecretDeliveries d = MADE.get(s);
        if (d == null) {
            throw new IllegalStateException("call SecretDeliveries.add first");
        }
        return d;
    }
}
