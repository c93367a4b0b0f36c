package org.postops.app.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.postops.app.system.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Kit, rooms and bookings written straight into their tables, for tests of the areas built on them while the
 * kit area's API is being written alongside. Tests of the kit area itself go through the API.
 */
public final class KitRows {

    private final JdbcClient jdbc;

    public KitRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long room(String name, String kind) {
        long id = Ids.next();
        jdbc.sql("insert into room (id, name, kind, retired, version, created_at, updated_at) "
                        + "values (:id, :name, :kind, false, 1, :now, :now)")
                .param("id", id).param("name", name + " " + Api.unique()).param("kind", kind)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC)).update();
        return id;
    }

    public long kit(String name, String kind, Long roomId) {
        long id = Ids.next();
        jdbc.sql("insert into kit (id, kind, name, room_id, status, specs, software, version, created_at, updated_at) "
                        + "values (:id, :kind, :name, :room, 'IN_SERVICE', '{}', '[]', 1, :now, :now)")
                .param("id", id).param("kind", kind).param("name", name).param("room", roomId)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC)).update();
        return id;
    }

    /** Books kit (or, with kitId null, the room) to a production's task or stage for the days given. */
    public long book(Long kitId, Long roomId, long productionId, Long stageId, Long taskId, LocalDate first,
            LocalDate last, long byUserId) {
        long id = Ids.next();
        jdbc.sql("insert into booking (id, kit_id, room_id, production_id, stage_id, task_id, first_day, last_day, "
                        + "created_by, created_at, version) values (:id, :kit, :room, :production, :stage, :task, "
                        + ":first, :last, :by, :now, 1)")
                .param("id", id).param("kit", kitId).param("room", roomId).param("production", productionId)
                .param("stage", stageId).param("task", taskId).param("first", first).param("last", last)
                .param("by", byUserId).param("now", OffsetDateTime.now(ZoneOffset.UTC)).update();
        return id;
    }
}
