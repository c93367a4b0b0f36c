package org.postops.app.load;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** People's days off. They concern no production, so need no confidentiality filter; the service checks who asks. */
@Repository
class DayOffRepository {

    private static final String SELECT = "select id, user_id, first_day, last_day, kind, note, created_at from day_off ";

    private final JdbcClient jdbc;

    DayOffRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DayOff> find(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(DayOffRepository::map).optional();
    }

    /** A person's days off that touch {@code from}–{@code to} (either may be null: open-ended), earliest first. */
    List<DayOff> ofPerson(long userId, LocalDate from, LocalDate to, long offset, int limit) {
        return jdbc.sql(SELECT + "where user_id = :user" + window(from, to)
                        + " order by first_day, id limit :limit offset :offset")
                .param("user", userId).param("from", from).param("to", to).param("limit", limit)
                .param("offset", offset).query(DayOffRepository::map).list();
    }

    long countOfPerson(long userId, LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*) from day_off where user_id = :user" + window(from, to))
                .param("user", userId).param("from", from).param("to", to).query(Long.class).single();
    }

    private static String window(LocalDate from, LocalDate to) {
        return (from == null ? "" : " and last_day >= :from") + (to == null ? "" : " and first_day <= :to");
    }

    /** Days off of these people that touch {@code from}–{@code to}, by person. */
    Map<Long, List<DayOff>> ofPeople(Collection<Long> userIds, LocalDate from, LocalDate to) {
        Map<Long, List<DayOff>> result = new HashMap<>();
        if (userIds.isEmpty()) {
            return result;
        }
        jdbc.sql(SELECT + "where user_id in (:users) and last_day >= :from and first_day <= :to")
                .param("users", userIds).param("from", from).param("to", to)
                .query((ResultSet rs) -> {
                    DayOff d = map(rs, 0);
                    result.computeIfAbsent(d.userId(), k -> new ArrayList<>()).add(d);
                });
        return result;
    }

    /** The person's first day off that overlaps {@code from}–{@code to}, if any. */
    Optional<DayOff> overlapping(long userId, LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + "where user_id = :user and last_day >= :from and first_day <= :to"
                        + " order by first_day, id limit 1")
                .param("user", userId).param("from", from).param("to", to).query(DayOffRepository::map).optional();
    }

    void insert(DayOff d) {
        jdbc.sql("""
                insert into day_off (id, user_id, first_day, last_day, kind, note, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(d.id(), d.userId(), d.from(), d.to(), d.kind().name(), d.note(),
                        d.createdAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    void delete(long id) {
        jdbc.sql("delete from day_off where id = ?").param(id).update();
    }

    private static DayOff map(ResultSet rs, int n) throws SQLException {
        return new DayOff(rs.getLong("id"), rs.getLong("user_id"), rs.getObject("first_day", LocalDate.class),
                rs.getObject("last_day", LocalDate.class), DayOffKind.valueOf(rs.getString("kind")),
                rs.getString("note"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    static Instant now() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
