package org.postops.app.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Calendar feeds: one per person at most, the secret kept as its SHA-256. */
@Repository
class CalendarFeedRepository {

    private final JdbcClient jdbc;

    CalendarFeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CalendarFeed> ofUser(long userId) {
        return jdbc.sql("select secret_prefix, created_at, last_fetched_at from calendar_feed where user_id = ?")
                .param(userId).query(CalendarFeedRepository::map).optional();
    }

    /** Whose feed the secret with this hash opens. */
    Optional<Long> owner(String hash) {
        return jdbc.sql("select user_id from calendar_feed where secret_hash = ?").param(hash).query(Long.class)
                .optional();
    }

    /** Makes the person's feed, or gives their existing one a new secret; true if one existed. */
    boolean replace(long userId, String hash, String prefix, Instant now) {
        boolean existed = jdbc.sql("delete from calendar_feed where user_id = ?").param(userId).update() == 1;
        jdbc.sql("""
                insert into calendar_feed (user_id, secret_hash, secret_prefix, created_at) values (?, ?, ?, ?)""")
                .params(userId, hash, prefix, utc(now)).update();
        return existed;
    }

    boolean delete(long userId) {
        return jdbc.sql("delete from calendar_feed where user_id = ?").param(userId).update() == 1;
    }

    /** Notes a fetch unless one was noted after {@code unlessAfter}: a calendar polling often writes rarely. */
    void touch(String hash, Instant now, Instant unlessAfter) {
        jdbc.sql("""
                update calendar_feed set last_fetched_at = ?
                where secret_hash = ? and (last_fetched_at is null or last_fetched_at < ?)""")
                .params(utc(now), hash, utc(unlessAfter)).update();
    }

    private static CalendarFeed map(ResultSet rs, int n) throws SQLException {
        OffsetDateTime fetched = rs.getObject("last_fetched_at", OffsetDateTime.class);
        return new CalendarFeed(rs.getString("secret_prefix"), rs.getObject("created_at", OffsetDateTime.class)
                .toInstant(), fetched == null ? null : fetched.toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
