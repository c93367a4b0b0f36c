package org.postops.app.kit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.postops.app.access.ConfidentialityPolicy;
import org.postops.app.access.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Bookings of kit and rooms. A booking belongs to a production, so every read for a viewer filters (or marks)
 * with {@link ConfidentialityPolicy#visibleSql}; the reads without a viewer are for checks and other areas'
 * callers, who filter what they show.
 */
@Repository
class BookingRepository {

    /** A stored booking, and whether the viewer it was read for may see its production. */
    record Row(Booking booking, boolean visible) {
    }

    private static final String SELECT = """
            select b.id, b.version, b.kit_id, k.name as kit_name, b.room_id, r.name as room_name, b.production_id,
                   p.name as production_name, b.stage_id, s.name as stage_name, b.task_id, t.title as task_title,
                   b.first_day, b.last_day, b.note
            from booking b join production p on p.id = b.production_id
            left join kit k on k.id = b.kit_id left join room r on r.id = b.room_id
            left join stage s on s.id = b.stage_id left join task t on t.id = b.task_id
            """;

    private final JdbcClient jdbc;

    BookingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The booking, if its production is visible to the viewer. */
    Optional<Booking> find(Viewer viewer, long id) {
        return jdbc.sql(SELECT + " where b.id = :id and " + ConfidentialityPolicy.visibleSql(viewer, "p"))
                .param("id", id).param("viewerId", viewer.id()).query(BookingRepository::map).optional();
    }

    /** Bookings of a kit item or a room overlapping the days given (either may be open), each marked visible or not. */
    List<Row> of(Viewer viewer, Long kitId, Long roomId, LocalDate from, LocalDate to) {
        return jdbc.sql("select x.*, case when " + ConfidentialityPolicy.visibleSql(viewer, "p")
                        + " then 1 else 0 end as visible from (" + SELECT + ") x join production p on p.id = x.production_id"
                        + " where " + (kitId != null ? "x.kit_id = :thing" : "x.room_id = :thing")
                        + (from == null ? "" : " and x.last_day >= :from") + (to == null ? "" : " and x.first_day <= :to")
                        + " order by x.first_day, x.last_day, x.id limit 1000")
                .param("thing", kitId != null ? kitId : roomId).param("from", from).param("to", to)
                .param("viewerId", viewer.id())
                .query((rs, n) -> new Row(map(rs, n), rs.getInt("visible") == 1)).list();
    }

    /** A production's bookings (the production already checked visible), by first day. */
    List<Booking> ofProduction(long productionId) {
        return jdbc.sql(SELECT + " where b.production_id = :p order by b.first_day, b.last_day, b.id")
                .param("p", productionId).query(BookingRepository::map).list();
    }

    /** Bookings of the kit item or room that share a day with first..last, but for {@code except}. */
    List<Booking> clashes(Long kitId, Long roomId, LocalDate first, LocalDate last, long except) {
        return jdbc.sql(SELECT + " where " + (kitId != null ? "b.kit_id = :thing" : "b.room_id = :thing")
                        + " and b.first_day <= :last and b.last_day >= :first and b.id <> :except"
                        + " order by b.first_day, b.id")
                .param("thing", kitId != null ? kitId : roomId).param("first", first).param("last", last)
                .param("except", except).query(BookingRepository::map).list();
    }

    /** Bookings of the kit item and of the room it is in; no viewer (the caller filters). */
    List<Booking> dependent(long kitId) {
        return jdbc.sql(SELECT + " where b.kit_id = :kit or b.room_id = (select k2.room_id from kit k2 where k2.id = :kit)"
                        + " order by b.first_day, b.id")
                .param("kit", kitId).query(BookingRepository::map).list();
    }

    /**
     * Kit booked to the production directly, and kit (not retired) in rooms booked to it, by bookings that end on
     * or after {@code endingFrom} (all of them when null).
     */
    List<Long> kitBookedTo(long productionId, LocalDate endingFrom) {
        String ending = endingFrom == null ? "" : " and b.last_day >= :from";
        return jdbc.sql("select b.kit_id from booking b where b.production_id = :p and b.kit_id is not null" + ending
                        + " union select k.id from kit k join booking b on b.room_id = k.room_id"
                        + " where b.production_id = :p and k.status <> 'RETIRED'" + ending)
                .param("p", productionId).param("from", endingFrom)
                .query(Long.class).list().stream().distinct().sorted().toList();
    }

    /**
     * The kit (not retired) each task works with: booked to the task, or to its stage by a booking that names no
     * task; itself, or standing in a booked room; by bookings ending on or after {@code endingFrom}. One row per
     * task and kit, by task then kit name. No viewer: the caller has shown the viewer these tasks already.
     */
    List<KitService.TaskKit> kitOfTasks(Collection<Long> taskIds, LocalDate endingFrom) {
        String tasks = """
                from task t join booking b on b.production_id = t.production_id
                 and (b.task_id = t.id or (b.task_id is null and b.stage_id = t.stage_id))
                """;
        String where = " where t.id in (:tasks) and b.last_day >= :from and k.status <> 'RETIRED'";
        String columns = "select t.id as task_id, t.production_id, k.id as kit_id, k.name as kit_name, k.kind ";
        return jdbc.sql("select x.* from (" + columns + tasks + " join kit k on k.id = b.kit_id" + where
                        + " union " + columns + tasks + " join kit k on k.room_id = b.room_id and b.kit_id is null"
                        + where + ") x order by x.task_id, x.kit_name, x.kit_id")
                .param("tasks", taskIds).param("from", endingFrom)
                .query((rs, n) -> new KitService.TaskKit(rs.getLong("task_id"), rs.getLong("production_id"),
                        rs.getLong("kit_id"), rs.getString("kit_name"), KitType.valueOf(rs.getString("kind"))))
                .list();
    }

    /** The productions this kit is booked to, directly or through its room, by bookings ending on or after a day. */
    List<Long> productionsBooking(long kitId, LocalDate endingFrom) {
        return jdbc.sql("""
                select distinct b.production_id from booking b
                where (b.kit_id = :kit or b.room_id = (select k2.room_id from kit k2 where k2.id = :kit))
                  and b.last_day >= :from order by b.production_id""")
                .param("kit", kitId).param("from", endingFrom).query(Long.class).list();
    }

    void insert(long id, BookingFields f, long createdBy, Instant now) {
        jdbc.sql("""
                insert into booking (id, kit_id, room_id, production_id, stage_id, task_id, first_day, last_day, note,
                                     created_by, created_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
                .params(id, f.kitId(), f.roomId(), f.productionId(), f.stageId(), f.taskId(), f.firstDay(),
                        f.lastDay(), f.note(), createdBy, KitRepository.utc(now))
                .update();
    }

    boolean update(long id, BookingFields f, int expectedVersion) {
        return jdbc.sql("""
                update booking set stage_id = ?, task_id = ?, first_day = ?, last_day = ?, note = ?,
                                   version = version + 1
                where id = ? and version = ?""")
                .params(f.stageId(), f.taskId(), f.firstDay(), f.lastDay(), f.note(), id, expectedVersion)
                .update() == 1;
    }

    boolean delete(long id, int expectedVersion) {
        return jdbc.sql("delete from booking where id = ? and version = ?").params(id, expectedVersion).update() == 1;
    }

    private static Booking map(ResultSet rs, int n) throws SQLException {
        return new Booking(rs.getLong("id"), rs.getInt("version"), nullable(rs, "kit_id"), rs.getString("kit_name"),
                nullable(rs, "room_id"), rs.getString("room_name"), rs.getLong("production_id"),
                rs.getString("production_name"), nullable(rs, "stage_id"), rs.getString("stage_name"),
                nullable(rs, "task_id"), rs.getString("task_title"), rs.getObject("first_day", LocalDate.class),
                rs.getObject("last_day", LocalDate.class), rs.getString("note"), false);
    }

    private static Long nullable(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
