package org.postops.app.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal access tokens, stored as SHA-256 hashes. */
@Repository
class TokenRepository {

    /** Who a presented token belongs to, if it is live and its owner active. */
    record Bearer(long tokenId, Instant expiresAt, Instant lastUsedAt, UserAccount owner) {
    }

    private final JdbcClient jdbc;

    TokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long id, long userId, String name, String hash, String prefix, Instant created, Instant expires) {
        jdbc.sql("""
                insert into api_token (id, user_id, name, token_hash, token_prefix, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, userId, name, hash, prefix, UserRepository.utc(created), UserRepository.utc(expires))
                .update();
    }

    Optional<Bearer> findLive(String hash, Instant now) {
        return jdbc.sql("""
                select t.id as token_id, t.expires_at, t.last_used_at, u.id, u.username, u.display_name, u.email,
                       u.time_zone, u.global_role, u.active, u.version, u.created_at
                from api_token t join app_user u on u.id = t.user_id
                where t.token_hash = ? and t.revoked_at is null and t.expires_at > ? and u.active = true""")
                .params(hash, UserRepository.utc(now))
                .query((rs, n) -> new Bearer(rs.getLong("token_id"), instant(rs, "expires_at"),
                        instant(rs, "last_used_at"), UserRepository.map(rs, n)))
                .optional();
    }

    void touch(long tokenId, Instant now) {
        jdbc.sql("update api_token set last_used_at = ? where id = ?").params(UserRepository.utc(now), tokenId)
                .update();
    }

    List<ApiToken> forUser(long userId) {
        return jdbc.sql("""
                select id, name, token_prefix, created_at, expires_at, revoked_at, last_used_at
                from api_token where user_id = ? order by created_at desc""")
                .param(userId).query(TokenRepository::map).list();
    }

    Optional<Long> owner(long tokenId) {
        return jdbc.sql("select user_id from api_token where id = ?").param(tokenId).query(Long.class).optional();
    }

    Optional<ApiToken> find(long tokenId) {
        return jdbc.sql("""
                select id, name, token_prefix, created_at, expires_at, revoked_at, last_used_at
                from api_token where id = ?""").param(tokenId).query(TokenRepository::map).optional();
    }

    Optional<String> hash(long tokenId) {
        return jdbc.sql("select token_hash from api_token where id = ?").param(tokenId).query(String.class)
                .optional();
    }

    boolean revoke(long tokenId, Instant now) {
        return jdbc.sql("update api_token set revoked_at = ? where id = ? and revoked_at is null")
                .params(UserRepository.utc(now), tokenId).update() == 1;
    }

    private static ApiToken map(ResultSet rs, int n) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"),
                instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "revoked_at"),
                instant(rs, "last_used_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
