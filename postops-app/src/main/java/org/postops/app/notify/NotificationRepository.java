package org.postops.app.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.postops.app.access.ConfidentialityPolicy;
import org.postops.app.access.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Notifications per recipient. Every read joins the production and filters with the confidentiality
 * policy for the recipient as they are now, so nothing about a production they may no longer see is
 * listed, counted or changed.
 */
@Repository
class NotificationRepository {

    private static final String SELECT = """
            select n.id, n.kind, n.title, n.link, n.production_id, p.name as production_name, n.created_at, n.read_at
            from notification n left join production p on p.id = n.production_id
            where n.recipient_id = :viewerId and\s""";

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long id, long recipient, Long productionId, String kind, String title, String link, Instant now) {
        jdbc.sql("""
                insert into notification (id, recipient_id, production_id, kind, title, link, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, recipient, productionId, kind, title, link, utc(now)).update();
    }

    List<Notification> list(Viewer viewer, boolean unreadOnly, long offset, int limit) {
        return jdbc.sql(SELECT + visible(viewer) + (unreadOnly ? " and n.read_at is null" : "")
                        + " order by n.created_at desc, n.id desc limit :limit offset :offset")
                .param("viewerId", viewer.id()).param("limit", limit).param("offset", offset)
                .query(NotificationRepository::map).list();
    }

    long count(Viewer viewer, boolean unreadOnly) {
        return jdbc.sql("select count(*) from notification n left join production p on p.id = n.production_id"
                        + " where n.recipient_id = :viewerId and " + visible(viewer)
                        + (unreadOnly ? " and n.read_at is null" : ""))
                .param("viewerId", viewer.id()).query(Long.class).single();
    }

    Optional<Notification> find(Viewer viewer, long id) {
        return jdbc.sql(SELECT + "n.id = :id and " + visible(viewer))
                .param("viewerId", viewer.id()).param("id", id).query(NotificationRepository::map).optional();
    }

    boolean markRead(Viewer viewer, long id, Instant now) {
        return jdbc.sql("update notification set read_at = :now where id = :id and recipient_id = :viewerId"
                        + " and read_at is null")
                .param("now", utc(now)).param("id", id).param("viewerId", viewer.id()).update() == 1;
    }

    int markAllRead(Viewer viewer, Instant now) {
        return jdbc.sql("update notification set read_at = :now where recipient_id = :viewerId and read_at is null"
                        + " and (production_id is null or production_id in (select p.id from production p where "
                        + ConfidentialityPolicy.visibleSql(viewer, "p") + "))")
                .param("now", utc(now)).param("viewerId", viewer.id()).update();
    }

    private static Notification map(ResultSet rs, int n) throws SQLException {
        OffsetDateTime read = rs.getObject("read_at", OffsetDateTime.class);
        return new Notification(rs.getLong("id"), rs.getString("kind"), rs.getString("title"), rs.getString("link"),
                rs.getObject("production_id", Long.class), rs.getString("production_name"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), read == null ? null : read.toInstant());
    }

    /** About no production (a ticket raised on its own), or about one the viewer may see now. */
    private static String visible(Viewer viewer) {
        return "(n.production_id is null or " + ConfidentialityPolicy.visibleSql(viewer, "p") + ")";
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
