package org.postops.app.expert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.postops.app.kit.KitType;
import org.postops.app.skill.LevelOf;
import org.postops.app.skill.SkillCategory;
import org.postops.app.skill.SkillLevel;
import org.postops.app.skill.SkillNeed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The experts register: people and lines, their skills and the kit types they know. */
@Repository
class ExpertRepository {

    /** A stored expert, before its skills and kit types are added. */
    record Row(long id, int version, ExpertKind kind, Long userId, String username, String displayName, String name,
            String organisation, String email, String phone, String url, String notes, SupportHours hours,
            boolean active, Instant createdAt, Instant updatedAt) {
    }

    private static final String SELECT = """
            select e.*, u.username, u.display_name from expert e left join app_user u on u.id = e.user_id
            """;

    private final JdbcClient jdbc;

    ExpertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> all(boolean includeInactive) {
        return jdbc.sql(SELECT + (includeInactive ? "" : "where e.active ") + "order by lower(e.name), e.id")
                .query(ExpertRepository::row).list();
    }

    Optional<Row> find(long id) {
        return jdbc.sql(SELECT + "where e.id = ?").param(id).query(ExpertRepository::row).optional();
    }

    Optional<Row> findByUser(long userId) {
        return jdbc.sql(SELECT + "where e.user_id = ?").param(userId).query(ExpertRepository::row).optional();
    }

    boolean userTaken(long userId, long exceptId) {
        return jdbc.sql("select count(*) from expert where user_id = ? and id <> ?").params(userId, exceptId)
                .query(Long.class).single() > 0;
    }

    Map<Long, List<SkillNeed>> skills(Collection<Long> expertIds) {
        Map<Long, List<SkillNeed>> found = new HashMap<>();
        if (!expertIds.isEmpty()) {
            jdbc.sql("""
                    select x.expert_id, x.skill_id, s.name, s.category, x.level from expert_skill x
                    join skill s on s.id = x.skill_id where x.expert_id in (:ids) order by s.category, s.name""")
                    .param("ids", expertIds)
                    .query((rs, n) -> Map.entry(rs.getLong("expert_id"), new SkillNeed(rs.getLong("skill_id"),
                            rs.getString("name"), SkillCategory.valueOf(rs.getString("category")),
                            SkillLevel.valueOf(rs.getString("level"))))).list()
                    .forEach(e -> found.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        return found;
    }

    Map<Long, List<KitType>> kitTypes(Collection<Long> expertIds) {
        Map<Long, List<KitType>> found = new HashMap<>();
        if (!expertIds.isEmpty()) {
            jdbc.sql("select expert_id, kit_type from expert_kit_type where expert_id in (:ids) order by kit_type")
                    .param("ids", expertIds)
                    .query((rs, n) -> Map.entry(rs.getLong("expert_id"), KitType.valueOf(rs.getString("kit_type"))))
                    .list().forEach(e -> found.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        return found;
    }

    void insert(long id, ExpertFields f, Instant now) {
        SupportHours h = f.hours();
        jdbc.sql("""
                insert into expert (id, kind, user_id, name, organisation, email, phone, url, notes, always_open,
                                    open_days, opens_minute, closes_minute, hours_zone, active, version,
                                    created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(id, f.kind().name(), f.userId(), f.name(), f.organisation(), f.email(), f.phone(), f.url(),
                        f.notes(), h.always(), days(h), minute(h.always() ? null : h.opens()),
                        minute(h.always() ? null : h.closes()), h.always() ? null : h.zone(), f.active(), utc(now),
                        utc(now))
                .update();
    }

    boolean update(long id, ExpertFields f, int expectedVersion, Instant now) {
        SupportHours h = f.hours();
        return jdbc.sql("""
                update expert set kind = ?, user_id = ?, name = ?, organisation = ?, email = ?, phone = ?, url = ?,
                                  notes = ?, always_open = ?, open_days = ?, opens_minute = ?, closes_minute = ?,
                                  hours_zone = ?, active = ?, version = version + 1, updated_at = ?
                where id = ? and version = ?""")
                .params(f.kind().name(), f.userId(), f.name(), f.organisation(), f.email(), f.phone(), f.url(),
                        f.notes(), h.always(), days(h), minute(h.always() ? null : h.opens()),
                        minute(h.always() ? null : h.closes()), h.always() ? null : h.zone(), f.active(), utc(now),
                        id, expectedVersion)
                .update() == 1;
    }

    void replaceSkillsAndKit(long id, List<LevelOf> skills, List<KitType> kitTypes) {
        jdbc.sql("delete from expert_skill where expert_id = ?").param(id).update();
        jdbc.sql("delete from expert_kit_type where expert_id = ?").param(id).update();
        for (LevelOf l : skills) {
            if (l.level() != SkillLevel.NONE) {
                jdbc.sql("insert into expert_skill (expert_id, skill_id, level) values (?, ?, ?)")
                        .params(id, l.skillId(), l.level().name()).update();
            }
        }
        for (KitType k : kitTypes) {
            jdbc.sql("insert into expert_kit_type (expert_id, kit_type) values (?, ?)").params(id, k.name()).update();
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        long user = rs.getLong("user_id");
        Long userId = rs.wasNull() ? null : user;
        SupportHours hours;
        if (rs.getBoolean("always_open")) {
            hours = SupportHours.twentyFourSeven();
        } else {
            List<DayOfWeek> days = Arrays.stream(rs.getString("open_days").split(",")).map(DayOfWeek::valueOf)
                    .toList();
            hours = new SupportHours(false, days, time(rs.getInt("opens_minute")), time(rs.getInt("closes_minute")),
                    rs.getString("hours_zone"));
        }
        return new Row(rs.getLong("id"), rs.getInt("version"), ExpertKind.valueOf(rs.getString("kind")), userId,
                rs.getString("username"), rs.getString("display_name"), rs.getString("name"),
                rs.getString("organisation"), rs.getString("email"), rs.getString("phone"), rs.getString("url"),
                rs.getString("notes"), hours, rs.getBoolean("active"), instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static String days(SupportHours h) {
        return h.always() ? null : h.days().stream().map(DayOfWeek::name).collect(Collectors.joining(","));
    }

    private static Integer minute(LocalTime t) {
        return t == null ? null : t.getHour() * 60 + t.getMinute();
    }

    /** Minutes after midnight as a time of day; 1440 (closing at midnight) is kept as 23:59. */
    private static LocalTime time(int minute) {
        return minute >= 1440 ? LocalTime.of(23, 59) : LocalTime.of(minute / 60, minute % 60);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
