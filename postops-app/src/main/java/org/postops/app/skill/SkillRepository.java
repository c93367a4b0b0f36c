package org.postops.app.skill;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The taxonomy, self-assessments and the skills tasks require. */
@Repository
class SkillRepository {

    private static final String SKILL = "select id, version, category, name, description, retired from skill ";
    private static final String NEED = """
            select x.skill_id, s.name, s.category, x.level from %s x join skill s on s.id = x.skill_id
            where x.%s = :owner order by s.category, s.name""";

    private final JdbcClient jdbc;

    SkillRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Skill> all(boolean includeRetired) {
        return jdbc.sql(SKILL + (includeRetired ? "" : "where not retired ") + "order by category, name")
                .query(SkillRepository::skill).list();
    }

    Optional<Skill> find(long id) {
        return jdbc.sql(SKILL + "where id = ?").param(id).query(SkillRepository::skill).optional();
    }

    Map<Long, Skill> byIds(Collection<Long> ids) {
        Map<Long, Skill> found = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql(SKILL + "where id in (:ids)").param("ids", ids).query(SkillRepository::skill).list()
                    .forEach(s -> found.put(s.id(), s));
        }
        return found;
    }

    boolean nameTaken(String name, long exceptId) {
        return jdbc.sql("select count(*) from skill where lower(name) = lower(?) and id <> ?").params(name, exceptId)
                .query(Long.class).single() > 0;
    }

    void insert(long id, SkillFields f) {
        jdbc.sql("insert into skill (id, category, name, description, retired, version) values (?, ?, ?, ?, ?, 0)")
                .params(id, f.category().name(), f.name(), f.description(), f.retired()).update();
    }

    boolean update(long id, SkillFields f, int expectedVersion) {
        return jdbc.sql("""
                update skill set category = ?, name = ?, description = ?, retired = ?, version = version + 1
                where id = ? and version = ?""")
                .params(f.category().name(), f.name(), f.description(), f.retired(), id, expectedVersion)
                .update() == 1;
    }

    // self-assessment

    List<SkillNeed> ofUser(long userId) {
        return jdbc.sql(NEED.formatted("user_skill", "user_id")).param("owner", userId)
                .query(SkillRepository::need).list();
    }

    Map<Long, List<SkillNeed>> ofUsers(Collection<Long> userIds) {
        Map<Long, List<SkillNeed>> found = new HashMap<>();
        if (!userIds.isEmpty()) {
            jdbc.sql("""
                    select x.user_id, x.skill_id, s.name, s.category, x.level from user_skill x
                    join skill s on s.id = x.skill_id where x.user_id in (:ids) order by s.category, s.name""")
                    .param("ids", userIds)
                    .query((rs, n) -> Map.entry(rs.getLong("user_id"), need(rs, n))).list()
                    .forEach(e -> found.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>())
                            .add(e.getValue()));
        }
        return found;
    }

    /** The person's level of each of these skills (none if never assessed), by skill id; unknown ids are absent. */
    Map<Long, SkillNeed> levelsOf(long userId, Collection<Long> skillIds) {
        Map<Long, SkillNeed> found = new HashMap<>();
        if (!skillIds.isEmpty()) {
            jdbc.sql("""
                    select s.id as skill_id, s.name, s.category, coalesce(u.level, 'NONE') as level from skill s
                    left join user_skill u on u.skill_id = s.id and u.user_id = :user where s.id in (:skills)""")
                    .param("user", userId).param("skills", skillIds)
                    .query(SkillRepository::need).list().forEach(n -> found.put(n.skillId(), n));
        }
        return found;
    }

    /** Replaces the person's assessment of every skill still in use; retired skills keep what they had. */
    void replaceOfUser(long userId, List<LevelOf> levels, Instant now) {
        jdbc.sql("delete from user_skill where user_id = ? and skill_id in (select id from skill where not retired)")
                .param(userId).update();
        for (LevelOf l : levels) {
            if (l.level() != SkillLevel.NONE) {
                jdbc.sql("insert into user_skill (user_id, skill_id, level, updated_at) values (?, ?, ?, ?)")
                        .params(userId, l.skillId(), l.level().name(), now.atOffset(ZoneOffset.UTC)).update();
            }
        }
    }

    // tasks

    List<SkillNeed> ofTask(long taskId) {
        return jdbc.sql(NEED.formatted("task_skill", "task_id")).param("owner", taskId)
                .query(SkillRepository::need).list();
    }

    void replaceOfTask(long taskId, List<LevelOf> levels) {
        jdbc.sql("delete from task_skill where task_id = ?").param(taskId).update();
        for (LevelOf l : levels) {
            if (l.level() != SkillLevel.NONE) {
                jdbc.sql("insert into task_skill (task_id, skill_id, level) values (?, ?, ?)")
                        .params(taskId, l.skillId(), l.level().name()).update();
            }
        }
    }

    /** Where the person's recorded level (none if unrecorded) is below what one of these tasks needs. */
    List<Map.Entry<Long, SkillGap>> gaps(long userId, Collection<Long> taskIds) {
        if (taskIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select t.task_id, t.skill_id, s.name, t.level as required, u.level as yours
                from task_skill t join skill s on s.id = t.skill_id
                left join user_skill u on u.skill_id = t.skill_id and u.user_id = :user
                where t.task_id in (:tasks) order by t.task_id, s.name""")
                .param("user", userId).param("tasks", taskIds)
                .query((rs, n) -> {
                    String yours = rs.getString("yours");
                    return Map.entry(rs.getLong("task_id"), new SkillGap(rs.getLong("skill_id"), rs.getString("name"),
                            SkillLevel.valueOf(rs.getString("required")),
                            yours == null ? SkillLevel.NONE : SkillLevel.valueOf(yours)));
                }).list().stream().filter(e -> !e.getValue().yours().atLeast(e.getValue().required())).toList();
    }

    private static Skill skill(ResultSet rs, int n) throws SQLException {
        return new Skill(rs.getLong("id"), rs.getInt("version"), SkillCategory.valueOf(rs.getString("category")),
                rs.getString("name"), rs.getString("description"), rs.getBoolean("retired"));
    }

    static SkillNeed need(ResultSet rs, int n) throws SQLException {
        return new SkillNeed(rs.getLong("skill_id"), rs.getString("name"),
                SkillCategory.valueOf(rs.getString("category")), SkillLevel.valueOf(rs.getString("level")));
    }
}
