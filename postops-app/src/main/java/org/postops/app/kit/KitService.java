package org.postops.app.kit;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.postops.app.access.Role;
import org.postops.app.access.Viewer;
import org.postops.app.audit.AuditTrail;
import org.postops.app.schedule.ScheduleService;
import org.postops.app.system.Ids;
import org.postops.app.web.FieldChecks;
import org.postops.app.web.MergePatch;
import org.postops.app.web.PageOf;
import org.postops.app.web.Paging;
import org.postops.app.web.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The kit register and the rooms, and what other areas need of them and of their bookings. Staff read;
 * administrators and technical support change; clients are told of none of it ("not found").
 * Nothing is deleted: kit is retired (status), rooms are retired (flag).
 */
@Service
public class KitService {

    /** What another area needs to know about a kit item, without a viewer check. */
    public record KitRef(long id, String name, KitType kind, KitStatus status, Long roomId, String roomName,
            RoomType roomKind) {
    }

    /** A booking as other areas follow it from kit to productions, stages and tasks. */
    public record BookingRef(long id, Long kitId, Long roomId, long productionId, Long stageId, Long taskId,
            LocalDate firstDay, LocalDate lastDay) {
    }

    /** A kit item a task works with (booked to the task or its stage), for areas that follow kit from tasks. */
    public record TaskKit(long taskId, long productionId, long kitId, String kitName, KitType kind) {
    }

    /** How the register is narrowed; nulls mean "any". Retired kit shows only when asked for. */
    public record KitQuery(KitType kind, KitStatus status, Long roomId, String query, boolean includeRetired,
            boolean attention) {

        public static KitQuery all() {
            return new KitQuery(null, null, null, null, true, false);
        }
    }

    private static final Pattern SPEC_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

    private final KitRepository kits;
    private final BookingService bookings;
    private final ScheduleService schedules;
    private final AuditTrail audit;
    private final MergePatch mergePatch;
    private final Validator validator;
    private final Clock clock;

    KitService(KitRepository kits, BookingService bookings, ScheduleService schedules, AuditTrail audit,
            MergePatch mergePatch, Validator validator, Clock clock) {
        this.kits = kits;
        this.bookings = bookings;
        this.schedules = schedules;
        this.audit = audit;
        this.mergePatch = mergePatch;
        this.validator = validator;
        this.clock = clock;
    }

    // kit

    /** The kit item; "not found" if there is none or the viewer is a client. */
    @Transactional(readOnly = true)
    public Kit get(Viewer viewer, long id) {
        readable(viewer, "kit");
        return kits.find(id).map(this::withAttention).orElseThrow(() -> Problem.notFound("kit"));
    }

    /** The kit item's name, kind, status and room, with no viewer check: for other areas that link to it. */
    @Transactional(readOnly = true)
    public Optional<KitRef> find(long id) {
        return kits.refs(List.of(id), false, 1).stream().findFirst();
    }

    /** {@link #find} for many: the ones that exist, by id. */
    @Transactional(readOnly = true)
    public Map<Long, KitRef> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, KitRef> found = new LinkedHashMap<>();
        List<Long> all = List.copyOf(new LinkedHashSet<>(ids));
        for (int i = 0; i < all.size(); i += 1000) { // keep "in (...)" lists short on both databases
            kits.refs(all.subList(i, Math.min(all.size(), i + 1000)), false, 1000).forEach(k -> found.put(k.id(), k));
        }
        return found;
    }

    /** The ids of every kit item of this type, retired ones too (history names them). */
    @Transactional(readOnly = true)
    public List<Long> idsOfKind(KitType kind) {
        return kits.idsOfKind(kind);
    }

    /** Kit not retired, by name: what a form may offer to link to. */
    @Transactional(readOnly = true)
    public List<KitRef> choices(int limit) {
        return kits.refs(null, true, limit);
    }

    @Transactional(readOnly = true)
    public PageOf<Kit> list(Viewer viewer, KitQuery q, Paging paging) {
        readable(viewer, "kit");
        KitRepository.Filter filter = filter(q);
        return paging.of(kits.list(filter, paging.offset(), paging.size()).stream().map(this::withAttention).toList(),
                () -> kits.count(filter));
    }

    @Transactional
    public Kit create(Viewer viewer, KitFields requested) {
        editor(viewer, "kit");
        KitFields fields = checked(requested, null);
        long id = Ids.next();
        kits.insert(id, fields, now());
        Kit created = kits.find(id).orElseThrow();
        audit.record(new AuditTrail.Event(viewer.username(), "kit.created", "kit", id, null, null, created.fields()));
        return withAttention(created);
    }

    /** Applies a JSON merge patch (RFC 7396) to the kit item's fields. */
    @Transactional
    public Kit patch(Viewer viewer, long id, JsonNode patch, Optional<Integer> expectedVersion) {
        Kit before = editable(viewer, id);
        return save(viewer, before, mergePatch.apply(before.fields(), patch, KitFields.class), expectedVersion,
                "kit.updated", null);
    }

    /** Replaces the kit item's fields (the edit form). */
    @Transactional
    public Kit update(Viewer viewer, long id, KitFields fields, Optional<Integer> expectedVersion) {
        return save(viewer, editable(viewer, id), fields, expectedVersion, "kit.updated", null);
    }

    /** Marks kit degraded, faulty, in repair, back in service or retired, saying why (tickets do this). */
    @Transactional
    public void changeStatus(Viewer viewer, long kitId, KitStatus status, String reason) {
        Kit before = editable(viewer, kitId);
        if (status == null) {
            throw Problem.badField("status", "must be one of: in_service, degraded, faulty, in_repair, retired");
        }
        if (reason != null && reason.length() > 2000) {
            throw Problem.badField("reason", "must be at most 2000 characters");
        }
        KitFields f = before.fields();
        save(viewer, before, new KitFields(f.kind(), f.name(), f.make(), f.model(), f.serialNumber(), f.assetTag(),
                f.roomId(), f.location(), status, f.specs(), f.software(), f.licenceSeats(), f.licenceExpires(),
                f.patDue(), f.notes()), Optional.empty(), "kit.status-changed",
                reason == null || reason.isBlank() ? null : reason.strip());
    }

    private Kit save(Viewer viewer, Kit before, KitFields requested, Optional<Integer> expectedVersion, String action,
            String reason) {
        KitFields fields = checked(requested, before);
        if (!kits.update(before.id(), fields, expectedVersion.orElse(before.version()), now())) {
            throw Problem.stale("kit '" + before.name() + "'");
        }
        Kit after = kits.find(before.id()).orElseThrow();
        audit.record(new AuditTrail.Event(viewer.username(), action, "kit", before.id(), null, before.fields(),
                reason == null ? after.fields() : Map.of("kit", after.fields(), "reason", reason)));
        return withAttention(after);
    }

    private Kit editable(Viewer viewer, long id) {
        readable(viewer, "kit");
        Kit kit = kits.find(id).orElseThrow(() -> Problem.notFound("kit"));
        editor(viewer, "kit");
        return kit;
    }

    /** Checks the fields, each complaint by field; {@code before} is the kit being changed (null for new). */
    KitFields checked(KitFields requested, Kit before) {
        if (requested == null) {
            throw Problem.badField("body", "must be a JSON object");
        }
        KitFields f = requested.stripped();
        List<Problem.FieldError> errors = problems(f, before == null ? null : before.roomId());
        if (!errors.isEmpty()) {
            throw Problem.badRequest(errors);
        }
        Long kitId = before == null ? null : before.id();
        if (f.assetTag() != null) {
            kits.byAssetTag(f.assetTag()).filter(holder -> !Objects.equals(holder.id(), kitId)).ifPresent(holder -> {
                throw Problem.conflict("asset tag " + f.assetTag() + " is already on kit '" + holder.name() + "' ("
                        + holder.id() + ")");
            });
        }
        return f;
    }

    /**
     * Every complaint a create or update would make about these (stripped) fields, but for the asset tag's
     * holder; the room is looked up. {@code roomBefore} is the room the kit is in now (which may be retired).
     */
    public List<Problem.FieldError> problems(KitFields f, Long roomBefore) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<KitFields> v : validator.validate(f)) {
            errors.add(new Problem.FieldError(v.getPropertyPath().toString().replace(".<list element>", ""),
                    v.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        if (f.specs().size() > 100) {
            errors.add(new Problem.FieldError("specs", "must have at most 100 entries"));
        }
        f.specs().forEach((key, value) -> {
            if (!SPEC_KEY.matcher(key).matches()) {
                errors.add(new Problem.FieldError("specs." + key,
                        "is not a valid name: a letter, then letters, digits, '.', '_' or '-' (at most 64)"));
            } else if (value instanceof String s) {
                if (s.length() > 500 || s.contains(";")) {
                    errors.add(new Problem.FieldError("specs." + key, "must be at most 500 characters, without ';'"));
                }
            } else if (!(value instanceof Integer || value instanceof Long || value instanceof BigDecimal
                    || value instanceof Double d && Double.isFinite(d))) {
                errors.add(new Problem.FieldError("specs." + key, "must be text or a number"));
            }
        });
        for (int i = 0; i < f.software().size(); i++) {
            KitFields.Software s = f.software().get(i);
            if (s.name() != null && s.name().contains(";")) {
                errors.add(new Problem.FieldError("software[" + i + "].name", "must not contain ';'"));
            }
            if (s.version() != null && (s.version().contains(";") || s.version().chars().anyMatch(Character::isWhitespace))) {
                errors.add(new Problem.FieldError("software[" + i + "].version", "must be one word, such as 19.1.3"));
            }
        }
        if (f.roomId() != null) {
            Optional<Room> room = kits.findRoom(f.roomId());
            if (room.isEmpty()) {
                errors.add(new Problem.FieldError("roomId", "no room " + f.roomId()));
            } else if (room.get().retired() && !f.roomId().equals(roomBefore)) {
                errors.add(new Problem.FieldError("roomId", "room '" + room.get().name() + "' is retired"));
            }
        }
        return errors;
    }

    private KitRepository.Filter filter(KitQuery q) {
        return new KitRepository.Filter(q.kind(), q.status(), q.roomId(), q.query(), q.includeRetired(),
                q.attention() ? today().plusDays(Attention.WINDOW_DAYS) : null);
    }

    /** Every kit item the query names, for the CSV export (paged through, so no query is unbounded). */
    @Transactional(readOnly = true)
    public List<Kit> all(Viewer viewer, KitQuery q) {
        readable(viewer, "kit");
        KitRepository.Filter filter = filter(q);
        List<Kit> all = new ArrayList<>();
        for (int page = 0;; page++) {
            List<Kit> some = kits.list(filter, (long) page * Paging.MAX_SIZE, Paging.MAX_SIZE);
            all.addAll(some);
            if (some.size() < Paging.MAX_SIZE) {
                return all;
            }
        }
    }

    Kit withAttention(Kit k) {
        return new Kit(k.id(), k.version(), k.kind(), k.name(), k.make(), k.model(), k.serialNumber(), k.assetTag(),
                k.roomId(), k.roomName(), k.location(), k.status(), k.specs(), k.software(), k.licenceSeats(),
                k.licenceExpires(), k.patDue(), k.notes(), Attention.of(k.status(), k.patDue(), k.licenceExpires(),
                        today()), k.createdAt(), k.updatedAt());
    }

    public LocalDate today() {
        return schedules.today();
    }

    /** The kit item with this asset tag (retired included). */
    @Transactional(readOnly = true)
    public Optional<Kit> byAssetTag(Viewer viewer, String assetTag) {
        readable(viewer, "kit");
        return kits.byAssetTag(assetTag).map(this::withAttention);
    }

    // rooms

    /** The room called this (any case), retired or not. */
    @Transactional(readOnly = true)
    public Optional<Room> roomNamed(Viewer viewer, String name) {
        readable(viewer, "room");
        return kits.roomByName(name);
    }

    @Transactional(readOnly = true)
    public Room room(Viewer viewer, long id) {
        readable(viewer, "room");
        return kits.findRoom(id).orElseThrow(() -> Problem.notFound("room"));
    }

    @Transactional(readOnly = true)
    public PageOf<Room> rooms(Viewer viewer, RoomType kind, String query, boolean includeRetired, Paging paging) {
        readable(viewer, "room");
        return paging.of(kits.rooms(kind, query, includeRetired, paging.offset(), paging.size()),
                () -> kits.countRooms(kind, query, includeRetired));
    }

    /** Every room that takes bookings, for forms and the CSV import. */
    @Transactional(readOnly = true)
    public List<Room> activeRooms(Viewer viewer) {
        readable(viewer, "room");
        return kits.rooms(null, null, false, 0, Paging.MAX_SIZE);
    }

    @Transactional
    public Room createRoom(Viewer viewer, RoomFields requested) {
        editor(viewer, "room");
        RoomFields fields = checkedRoom(requested, null);
        long id = Ids.next();
        kits.insertRoom(id, fields, now());
        Room created = kits.findRoom(id).orElseThrow();
        audit.record(new AuditTrail.Event(viewer.username(), "room.created", "room", id, null, null, fields));
        return created;
    }

    @Transactional
    public Room patchRoom(Viewer viewer, long id, JsonNode patch, Optional<Integer> expectedVersion) {
        Room before = room(viewer, id);
        editor(viewer, "room");
        return saveRoom(viewer, before, mergePatch.apply(before.fields(), patch, RoomFields.class), expectedVersion);
    }

    @Transactional
    public Room updateRoom(Viewer viewer, long id, RoomFields fields, Optional<Integer> expectedVersion) {
        Room before = room(viewer, id);
        editor(viewer, "room");
        return saveRoom(viewer, before, fields, expectedVersion);
    }

    private Room saveRoom(Viewer viewer, Room before, RoomFields requested, Optional<Integer> expectedVersion) {
        RoomFields fields = checkedRoom(requested, before.id());
        if (!kits.updateRoom(before.id(), fields, expectedVersion.orElse(before.version()), now())) {
            throw Problem.stale("room '" + before.name() + "'");
        }
        audit.record(new AuditTrail.Event(viewer.username(), fields.retired() && !before.retired() ? "room.retired"
                : "room.updated", "room", before.id(), null, before.fields(), fields));
        return kits.findRoom(before.id()).orElseThrow();
    }

    private RoomFields checkedRoom(RoomFields requested, Long id) {
        if (requested == null) {
            throw Problem.badField("body", "must be a JSON object");
        }
        RoomFields fields = FieldChecks.check(validator, requested.stripped());
        kits.roomByName(fields.name()).filter(r -> !Objects.equals(r.id(), id)).ifPresent(r -> {
            throw Problem.conflict("there is already a room called '" + r.name() + "' (" + r.id() + ")");
        });
        return fields;
    }

    // bookings, as other areas follow them

    /** Kit booked to the production directly, and kit in the rooms booked to it; distinct ids. No viewer check. */
    @Transactional(readOnly = true)
    public List<Long> kitBookedTo(long productionId) {
        return bookings.kitBookedTo(productionId, null);
    }

    /** {@link #kitBookedTo(long)} by bookings that end on or after this day: what the production still depends on. */
    @Transactional(readOnly = true)
    public List<Long> kitBookedTo(long productionId, LocalDate endingFrom) {
        return bookings.kitBookedTo(productionId, endingFrom);
    }

    /** The productions this kit is booked to (directly or through its room) by bookings ending on or after a day. */
    @Transactional(readOnly = true)
    public List<Long> productionsBooking(long kitId, LocalDate endingFrom) {
        return bookings.productionsBooking(kitId, endingFrom);
    }

    /**
     * The kit (not retired) each of these tasks works with, by bookings ending on or after this day: booked to the
     * task, or to its stage by a booking that names no task, itself or standing in a booked room. One query, by
     * task then kit name. No viewer check: the caller has already shown the viewer these tasks.
     */
    @Transactional(readOnly = true)
    public List<TaskKit> kitOfTasks(Collection<Long> taskIds, LocalDate endingFrom) {
        return bookings.kitOfTasks(taskIds, endingFrom);
    }

    /** Bookings of this kit item and of the room it is in. No viewer filtering: callers filter. */
    @Transactional(readOnly = true)
    public List<BookingRef> dependentBookings(long kitId) {
        return bookings.dependent(kitId);
    }

    /** The production's bookings; "not found" if the viewer may not see it (or is a client). */
    @Transactional(readOnly = true)
    public List<BookingRef> bookingsOfProduction(Viewer viewer, long productionId) {
        return bookings.ofProduction(viewer, productionId).stream().map(BookingService::ref).toList();
    }

    // rules

    /** Clients learn nothing of the support desk: "not found", as if it did not exist. */
    static void readable(Viewer viewer, String what) {
        if (viewer.isClient()) {
            throw Problem.notFound(what);
        }
    }

    /** Refuses anyone who may not change kit and rooms: "not found" to clients, "forbidden" to staff. */
    public static void editor(Viewer viewer, String what) {
        readable(viewer, what);
        if (!mayEdit(viewer)) {
            throw Problem.forbidden("only administrators and technical support may change " + what
                    + (what.equals("kit") ? "" : "s"));
        }
    }

    /** Administrators and technical support keep the register. */
    public static boolean mayEdit(Viewer viewer) {
        return viewer.role() == Role.ADMIN || viewer.role() == Role.SUPPORT;
    }

    Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
