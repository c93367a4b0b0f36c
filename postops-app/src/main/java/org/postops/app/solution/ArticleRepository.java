package org.postops.app.solution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.postops.app.skill.SkillCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Knowledge articles and the solutions they draw on. */
@Repository
class ArticleRepository {

    /** A stored article, with its author's name. */
    record Row(long id, int version, String title, String body, SkillCategory category, String author,
            Instant createdAt, Instant updatedAt, boolean retired, long generation) {
    }

    private static final String SELECT = """
            select a.id, a.version, a.title, a.body, a.category, u.display_name, a.created_at, a.updated_at,
                   a.retired, a.generation
            from knowledge_article a join app_user u on u.id = a.created_by
            """;

    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " where a.id = ?").param(id).query(ArticleRepository::map).optional();
    }

    List<Row> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where a.id in (:ids)").param("ids", ids).query(ArticleRepository::map).list();
    }

    /** Articles in use, newest change first. */
    List<Row> list(int offset, int limit) {
        return jdbc.sql(SELECT + " where a.retired = false order by a.updated_at desc, a.id limit :limit offset :offset")
                .param("limit", limit).param("offset", offset).query(ArticleRepository::map).list();
    }

    long count() {
        return jdbc.sql("select count(*) from knowledge_article where retired = false").query(Long.class).single();
    }

    List<Row> changedSince(long after) {
        return jdbc.sql(SELECT + " where a.generation > ?").param(after).query(ArticleRepository::map).list();
    }

    void insert(long id, ArticleFields f, long by, Instant now, long generation) {
        jdbc.sql("""
                insert into knowledge_article (id, title, body, category, retired, created_by, created_at, updated_at,
                                               version, generation)
                values (?, ?, ?, ?, false, ?, ?, ?, 0, ?)""")
                .params(id, f.title(), f.body(), f.category() == null ? null : f.category().name(), by,
                        SolutionRepository.utc(now), SolutionRepository.utc(now), generation)
                .update();
    }

    boolean update(long id, ArticleFields f, Instant now, int expectedVersion, long generation) {
        return jdbc.sql("""
                update knowledge_article set title = ?, body = ?, category = ?, updated_at = ?, generation = ?,
                                             version = version + 1
                where id = ? and version = ? and retired = false""")
                .params(f.title(), f.body(), f.category() == null ? null : f.category().name(),
                        SolutionRepository.utc(now), generation, id, expectedVersion)
                .update() == 1;
    }

    boolean retire(long id, Instant now, long generation) {
        return jdbc.sql("""
                update knowledge_article set retired = true, updated_at = ?, generation = ?, version = version + 1
                where id = ? and retired = false""")
                .params(SolutionRepository.utc(now), generation, id).update() == 1;
    }

    List<Long> solutionIds(long articleId) {
        return jdbc.sql("select solution_id from knowledge_article_solution where article_id = ? order by solution_id")
                .param(articleId).query(Long.class).list();
    }

    /** Articles in use that draw on this solution. */
    List<Long> articlesOf(long solutionId) {
        return jdbc.sql("""
                select l.article_id from knowledge_article_solution l join knowledge_article a on a.id = l.article_id
                where l.solution_id = ? and a.retired = false order by l.article_id""")
                .param(solutionId).query(Long.class).list();
    }

    void link(long articleId, List<Long> solutionIds) {
        jdbc.sql("delete from knowledge_article_solution where article_id = ?").param(articleId).update();
        for (long s : solutionIds) {
            jdbc.sql("insert into knowledge_article_solution (article_id, solution_id) values (?, ?)")
                    .params(articleId, s).update();
        }
    }

    /** Which of these solutions exist. */
    List<Long> existingSolutions(List<Long> ids) {
        if (ids.isEmpty()) {
            return new ArrayList<>();
        }
        return jdbc.sql("select id from solution where id in (:ids)").param("ids", ids).query(Long.class).list();
    }

    /** Articles drawing on this solution: they move with its effectiveness, so the index reloads them too. */
    void touchArticlesOf(long solutionId, long generation) {
        jdbc.sql("""
                update knowledge_article set generation = ?
                where id in (select article_id from knowledge_article_solution where solution_id = ?)""")
                .params(generation, solutionId).update();
    }

    /** The effectiveness inputs of the article's linked solutions: (recurrences, restore minutes, rating or null). */
    List<long[]> linkedMeasures(long articleId) {
        return jdbc.sql("""
                select s.recurrences, s.raised_at, s.restored_at, s.rating from knowledge_article_solution l
                join solution s on s.id = l.solution_id where l.article_id = ?""")
                .param(articleId)
                .query((rs, n) -> {
                    long minutes = Math.max(0, java.time.Duration.between(SolutionRepository.instant(rs, "raised_at"),
                            SolutionRepository.instant(rs, "restored_at")).toMinutes());
                    int rating = rs.getInt("rating");
                    long stars = rs.wasNull() ? -1 : rating;
                    return new long[] {rs.getInt("recurrences"), minutes, stars};
                })
                .list();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        String category = rs.getString("category");
        return new Row(rs.getLong("id"), rs.getInt("version"), rs.getString("title"), rs.getString("body"),
                category == null ? null : SkillCategory.valueOf(category), rs.getString("display_name"),
                SolutionRepository.instant(rs, "created_at"), SolutionRepository.instant(rs, "updated_at"),
                rs.getBoolean("retired"), rs.getLong("generation"));
    }
}
