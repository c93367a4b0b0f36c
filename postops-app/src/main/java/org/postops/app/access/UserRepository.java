package org.postops.app.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.postops.app.system.SqlText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users and their password hashes. */
@Repository
class UserRepository {

    private static final String COLUMNS =
            "id, username, display_name, email, time_zone, global_role, active, version, created_at";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static UserAccount map(ResultSet rs, int row) throws SQLException {
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), rs.getString("time_zone"), Role.valueOf(rs.getString("global_role")),
                rs.getBoolean("active"), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    Optional<UserAccount> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from app_user where id = ?").param(id)
                .query(UserRepository::map).optional();
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from app_user where username = ?").param(username)
                .query(UserRepository::map).optional();
    }

    List<UserAccount> findByUsernames(List<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from app_user where username in (:names)")
                .param("names", usernames).query(UserRepository::map).list();
    }

    List<UserAccount> findByIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from app_user where id in (:ids)")
                .param("ids", ids).query(UserRepository::map).list();
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from app_user where username = ? and active = true")
                .param(username).query(String.class).optional();
    }

    List<UserAccount> list(String query, long offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from app_user where " + matches(query)
                        + " order by lower(display_name), username limit :limit offset :offset")
                .param("q", SqlText.containing(query)).param("limit", limit).param("offset", offset)
                .query(UserRepository::map).list();
    }

    long count(String query) {
        return jdbc.sql("select count(*) from app_user where " + matches(query))
                .param("q", SqlText.containing(query)).query(Long.class).single();
    }

    private static String matches(String query) {
        return query == null || query.isBlank() ? "1 = 1"
                : "(lower(username) like :q or lower(display_name) like :q or lower(email) like :q)";
    }

    boolean any() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single() > 0;
    }

    void insert(UserAccount u, String passwordHash) {
        jdbc.sql("""
                insert into app_user (id, username, display_name, email, time_zone, global_role, active,
                                      password_hash, version, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""")
                .params(u.id(), u.username(), u.displayName(), u.email(), u.timeZone(), u.role().name(),
                        u.active(), passwordHash, utc(u.createdAt()))
                .update();
    }

    /** Writes the new values if the stored version is still {@code expectedVersion}; true if it was. */
    boolean update(UserAccount u, int expectedVersion) {
        return jdbc.sql("""
                update app_user set display_name = ?, email = ?, time_zone = ?, global_role = ?, active = ?,
                                    version = version + 1
                where id = ? and version = ?""")
                .params(u.displayName(), u.email(), u.timeZone(), u.role().name(), u.active(), u.id(),
                        expectedVersion)
                .update() == 1;
    }

    void setPassword(long id, String passwordHash) {
        jdbc.sql("update app_user set password_hash = ?, version = version + 1 where id = ?")
                .params(passwordHash, id).update();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
