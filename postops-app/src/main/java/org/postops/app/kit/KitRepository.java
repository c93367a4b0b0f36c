package org.postops.app.kit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postops.app.system.SqlText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kit and rooms. Neither belongs to a production, so reads need no viewer: who may read at all is the
 * service's rule (not clients). Specs and software are kept as JSON text.
 */
@Repository
class KitRepository {

    /** What the register can be narrowed to; null means "any". */
    record Filter(KitType kind, KitStatus status, Long roomId, String query, boolean includeRetired,
            LocalDate attentionBy) {
    }

    private static final String SELECT_KIT = """
            select k.*, r.name as room_name from kit k left join room r on r.id = k.room_id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    KitRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Kit> find(long id) {
        return jdbc.sql(SELECT_KIT + " where k.id = :id").param("id", id).query(this::kit).optional();
    }

    /** The kit with these ids (those that exist), each with its room's name and kind. */
    List<KitService.KitRef> refs(Collection<Long> ids, boolean inServiceOnly, int limit) {
        String where = ids == null ? "k.status <> 'RETIRED'" : "k.id in (:ids)";
        return jdbc.sql("select k.id, k.name, k.kind, k.status, k.room_id, r.name as room_name, r.kind as room_kind"
                        + " from kit k left join room r on r.id = k.room_id where " + where
                        + " order by lower(k.name), k.id limit :limit")
                .param("ids", ids == null ? null : List.copyOf(ids)).param("limit", limit)
                .query((rs, n) -> {
                    long room = rs.getLong("room_id");
                    boolean noRoom = rs.wasNull();
                    String roomKind = rs.getString("room_kind");
                    return new KitService.KitRef(rs.getLong("id"), rs.getString("name"),
                            KitType.valueOf(rs.getString("kind")), KitStatus.valueOf(rs.getString("status")),
                            noRoom ? null : room, rs.getString("room_name"),
                            roomKind == null ? null : RoomType.valueOf(roomKind));
                }).list();
    }

    List<Long> idsOfKind(KitType kind) {
        return jdbc.sql("select id from kit where kind = :kind order by id").param("kind", kind.name())
                .query(Long.class).list();
    }

    /** Locks the kit row until the transaction ends: bookings of it are checked and written one at a time. */
    Optional<KitStatus> lock(long id) {
        return jdbc.sql("select status from kit where id = :id for update").param("id", id)
                .query((rs, n) -> KitStatus.valueOf(rs.getString(1))).optional();
    }

    Optional<Kit> byAssetTag(String assetTag) {
        return jdbc.sql(SELECT_KIT + " where k.asset_tag = :tag").param("tag", assetTag).query(this::kit).optional();
    }

    List<Kit> list(Filter f, long offset, int limit) {
        StringBuilder sql = new StringBuilder(SELECT_KIT);
        Map<String, Object> params = where(f, sql);
        sql.append(" order by lower(k.name), k.id limit :limit offset :offset");
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(sql.toString()).params(params).query(this::kit).list();
    }

    long count(Filter f) {
        StringBuilder sql = new StringBuilder("select count(*) from kit k");
        Map<String, Object> params = where(f, sql);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    private static Map<String, Object> where(Filter f, StringBuilder sql) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.kind() != null) {
            conditions.add("k.kind = :kind");
            params.put("kind", f.kind().name());
        }
        if (f.status() != null) {
            conditions.add("k.status = :status");
            params.put("status", f.status().name());
        } else if (!f.includeRetired()) {
            conditions.add("k.status <> 'RETIRED'");
        }
        if (f.roomId() != null) {
            conditions.add("k.room_id = :room");
            params.put("room", f.roomId());
        }
        String q = SqlText.containing(f.query());
        if (q != null) {
            conditions.add("(lower(k.name) like :q or lower(coalesce(k.make, '')) like :q "
                    + "or lower(coalesce(k.model, '')) like :q or lower(coalesce(k.serial_number, '')) like :q "
                    + "or lower(coalesce(k.asset_tag, '')) like :q)");
            params.put("q", q);
        }
        if (f.attentionBy() != null) {
            conditions.add("k.status <> 'RETIRED' and (k.pat_due <= :by or k.licence_expires <= :by)");
            params.put("by", f.attentionBy());
        }
        if (!conditions.isEmpty()) {
            sql.append(" where ").append(String.join(" and ", conditions));
        }
        return params;
    }

    void insert(long id, KitFields f, Instant now) {
        jdbc.sql("""
                insert into kit (id, kind, name, make, model, serial_number, asset_tag, room_id, location, status,
                                 specs, software, licence_seats, licence_expires, pat_due, notes, version,
                                 created_at, updated_at)
                values (:id, :kind, :name, :make, :model, :serial, :tag, :room, :location, :status, :specs, :software,
                        :seats, :expires, :pat, :notes, 1, :now, :now)""")
                .params(values(f)).param("id", id).param("now", utc(now)).update();
    }

    boolean update(long id, KitFields f, int expectedVersion, Instant now) {
        return jdbc.sql("""
                update kit set kind = :kind, name = :name, make = :make, model = :model, serial_number = :serial,
                               asset_tag = :tag, room_id = :room, location = :location, status = :status,
                               specs = :specs, software = :software, licence_seats = :seats,
                               licence_expires = :expires, pat_due = :pat, notes = :notes, version = version + 1,
                               updated_at = :now
                where id = :id and version = :version""")
                .params(values(f)).param("id", id).param("version", expectedVersion).param("now", utc(now))
                .update() == 1;
    }

    private Map<String, Object> values(KitFields f) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("kind", f.kind().name());
        v.put("name", f.name());
        v.put("make", f.make());
        v.put("model", f.model());
        v.put("serial", f.serialNumber());
        v.put("tag", f.assetTag());
        v.put("room", f.roomId());
        v.put("location", f.location());
        v.put("status", f.status().name());
        v.put("specs", json.writeValueAsString(f.specs()));
        v.put("software", json.writeValueAsString(f.software()));
        v.put("seats", f.licenceSeats());
        v.put("expires", f.licenceExpires());
        v.put("pat", f.patDue());
        v.put("notes", f.notes());
        return v;
    }

    // rooms

    private static final String SELECT_ROOM = """
            select r.*, (select count(*) from kit k where k.room_id = r.id and k.status <> 'RETIRED') as kit_count
            from room r
            """;

    Optional<Room> findRoom(long id) {
        return jdbc.sql(SELECT_ROOM + " where r.id = :id").param("id", id).query(KitRepository::room).optional();
    }

    Optional<Room> roomByName(String name) {
        return jdbc.sql(SELECT_ROOM + " where lower(r.name) = lower(:name)").param("name", name)
                .query(KitRepository::room).optional();
    }

    /** Locks the room row until the transaction ends (see {@link #lock}). */
    Optional<Boolean> lockRoom(long id) {
        return jdbc.sql("select retired from room where id = :id for update").param("id", id)
                .query((rs, n) -> rs.getBoolean(1)).optional();
    }

    List<Room> rooms(RoomType kind, String query, boolean includeRetired, long offset, int limit) {
        return jdbc.sql(SELECT_ROOM + roomWhere(kind, query, includeRetired)
                        + " order by lower(r.name), r.id limit :limit offset :offset")
                .param("kind", kind == null ? null : kind.name()).param("q", SqlText.containing(query))
                .param("limit", limit).param("offset", offset).query(KitRepository::room).list();
    }

    long countRooms(RoomType kind, String query, boolean includeRetired) {
        return jdbc.sql("select count(*) from room r" + roomWhere(kind, query, includeRetired))
                .param("kind", kind == null ? null : kind.name()).param("q", SqlText.containing(query))
                .query(Long.class).single();
    }

    private static String roomWhere(RoomType kind, String query, boolean includeRetired) {
        List<String> c = new ArrayList<>();
        if (kind != null) {
            c.add("r.kind = :kind");
        }
        if (SqlText.containing(query) != null) {
            c.add("(lower(r.name) like :q or lower(coalesce(r.location, '')) like :q)");
        }
        if (!includeRetired) {
            c.add("r.retired = false");
        }
        return c.isEmpty() ? "" : " where " + String.join(" and ", c);
    }

    void insertRoom(long id, RoomFields f, Instant now) {
        jdbc.sql("""
                insert into room (id, name, kind, location, notes, retired, version, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, 1, ?, ?)""")
                .params(id, f.name(), f.kind().name(), f.location(), f.notes(), f.retired(), utc(now), utc(now))
                .update();
    }

    boolean updateRoom(long id, RoomFields f, int expectedVersion, Instant now) {
        return jdbc.sql("""
                update room set name = ?, kind = ?, location = ?, notes = ?, retired = ?, version = version + 1,
                                updated_at = ?
                where id = ? and version = ?""")
                .params(f.name(), f.kind().name(), f.location(), f.notes(), f.retired(), utc(now), id,
                        expectedVersion)
                .update() == 1;
    }

    private Kit kit(ResultSet rs, int n) throws SQLException {
        long room = rs.getLong("room_id");
        Long roomId = rs.wasNull() ? null : room;
        int seats = rs.getInt("licence_seats");
        Integer licenceSeats = rs.wasNull() ? null : seats;
        Map<String, Object> specs = json.readValue(rs.getString("specs"), new TypeReference<LinkedHashMap<String, Object>>() {
        });
        List<KitFields.Software> software = json.readValue(rs.getString("software"),
                new TypeReference<List<KitFields.Software>>() {
                });
        return new Kit(rs.getLong("id"), rs.getInt("version"), KitType.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("make"), rs.getString("model"), rs.getString("serial_number"),
                rs.getString("asset_tag"), roomId, rs.getString("room_name"), rs.getString("location"),
                KitStatus.valueOf(rs.getString("status")), specs, software, licenceSeats,
                rs.getObject("licence_expires", LocalDate.class), rs.getObject("pat_due", LocalDate.class),
                rs.getString("notes"), List.of(), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static Room room(ResultSet rs, int n) throws SQLException {
        return new Room(rs.getLong("id"), rs.getInt("version"), rs.getString("name"),
                RoomType.valueOf(rs.getString("kind")), rs.getString("location"), rs.getString("notes"),
                rs.getBoolean("retired"), rs.getInt("kit_count"), instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
