package org.postops.app.kit;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.postops.app.access.ConfidentialityPolicy;
import org.postops.app.access.ConfidentialityPolicy.Access;
import org.postops.app.access.Viewer;
import org.postops.app.audit.AuditTrail;
import org.postops.app.production.ProductionService;
import org.postops.app.system.Ids;
import org.postops.app.task.TaskService;
import org.postops.app.web.FieldChecks;
import org.postops.app.web.MergePatch;
import org.postops.app.web.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Bookings of kit and rooms to productions. Booking needs the right to work on the production; two bookings
 * of the same kit or room never share a day, which is checked with the kit or room row locked, so two people
 * booking at once cannot both pass (decision 0019). A booking on a production the viewer may not see shows
 * to them only as "busy" dates; a clash with one names "another production".
 */
@Service
public class BookingService {

    /** The longest run of days one booking may hold: a longer hold is a purchase, not a booking. */
    static final int MAX_DAYS = 731;

    private final BookingRepository bookings;
    private final KitRepository kits;
    private final ProductionService productions;
    private final TaskService tasks;
    private final AuditTrail audit;
    private final MergePatch mergePatch;
    private final Validator validator;

    BookingService(BookingRepository bookings, KitRepository kits, ProductionService productions, TaskService tasks,
            AuditTrail audit, MergePatch mergePatch, Validator validator) {
        this.bookings = bookings;
        this.kits = kits;
        this.productions = productions;
        this.tasks = tasks;
        this.audit = audit;
        this.mergePatch = mergePatch;
        this.validator = validator;
    }

    @Transactional
    public Booking book(Viewer viewer, BookingFields requested) {
        if (requested == null) {
            throw Problem.badField("body", "must be a JSON object");
        }
        KitService.readable(viewer, requested.roomId() != null && requested.kitId() == null ? "room" : "kit");
        BookingFields f = shape(requested.stripped());
        String thing = lockFree(f);
        productions.access(viewer, f.productionId(), Access.WORK);
        belongs(viewer, f);
        refuseClashes(viewer, f, thing, 0);
        long id = Ids.next();
        bookings.insert(id, f, viewer.id(), java.time.Instant.now().truncatedTo(ChronoUnit.MICROS));
        Booking created = bookings.find(viewer, id).orElseThrow();
        audit.record(new AuditTrail.Event(viewer.username(), "booking.created", "booking", id, f.productionId(), null,
                created.fields()));
        return created;
    }

    @Transactional(readOnly = true)
    public Booking get(Viewer viewer, long id) {
        KitService.readable(viewer, "booking");
        return bookings.find(viewer, id).orElseThrow(() -> Problem.notFound("booking"));
    }

    /** Moves the booking's days, or changes its stage, task or note; the kit, room and production stay. */
    @Transactional
    public Booking patch(Viewer viewer, long id, JsonNode patch, Optional<Integer> expectedVersion) {
        Booking before = get(viewer, id);
        productions.access(viewer, before.productionId(), Access.WORK);
        BookingFields f = shape(mergePatch.apply(before.fields(), patch, BookingFields.class).stripped());
        if (!Objects.equals(f.kitId(), before.kitId()) || !Objects.equals(f.roomId(), before.roomId())) {
            throw Problem.badField(before.kitId() != null ? "kitId" : "roomId",
                    "cannot be changed; cancel the booking and book again");
        }
        if (!Objects.equals(f.productionId(), before.productionId())) {
            throw Problem.badField("productionId", "cannot be changed; cancel the booking and book again");
        }
        String thing = lockFree(f);
        belongs(viewer, f);
        refuseClashes(viewer, f, thing, id);
        if (!bookings.update(id, f, expectedVersion.orElse(before.version()))) {
            throw Problem.stale("the booking");
        }
        Booking after = bookings.find(viewer, id).orElseThrow();
        audit.record(new AuditTrail.Event(viewer.username(), "booking.updated", "booking", id, f.productionId(),
                before.fields(), after.fields()));
        return after;
    }

    /** Cancels the booking: it is deleted (the audit trail keeps what it was). */
    @Transactional
    public void cancel(Viewer viewer, long id, Optional<Integer> expectedVersion) {
        Booking before = get(viewer, id);
        productions.access(viewer, before.productionId(), Access.WORK);
        if (!bookings.delete(id, expectedVersion.orElse(before.version()))) {
            throw Problem.stale("the booking");
        }
        audit.record(new AuditTrail.Event(viewer.username(), "booking.cancelled", "booking", id, before.productionId(),
                before.fields(), null));
    }

    /** A kit item's bookings overlapping from..to (either open); those the viewer may not see only as busy. */
    @Transactional(readOnly = true)
    public List<Booking> ofKit(Viewer viewer, long kitId, LocalDate from, LocalDate to) {
        KitService.readable(viewer, "kit");
        kits.find(kitId).orElseThrow(() -> Problem.notFound("kit"));
        return shown(bookings.of(viewer, kitId, null, from, to));
    }

    @Transactional(readOnly = true)
    public List<Booking> ofRoom(Viewer viewer, long roomId, LocalDate from, LocalDate to) {
        KitService.readable(viewer, "room");
        kits.findRoom(roomId).orElseThrow(() -> Problem.notFound("room"));
        return shown(bookings.of(viewer, null, roomId, from, to));
    }

    /** The kit and rooms booked to a production; "not found" if the viewer may not see it or is a client. */
    @Transactional(readOnly = true)
    public List<Booking> ofProduction(Viewer viewer, long productionId) {
        if (viewer.isClient()) {
            throw Problem.notFound("production");
        }
        productions.access(viewer, productionId, Access.VIEW);
        return bookings.ofProduction(productionId);
    }

    /** Whether the viewer may book to (or change bookings of) the production; asks without throwing. */
    public boolean mayBook(Viewer viewer, long productionId) {
        if (viewer.isClient() || !productions.visibleNames(viewer, List.of(productionId)).containsKey(productionId)) {
            return false;
        }
        return ConfidentialityPolicy.allows(viewer, productions.membership(productionId, viewer.id()), Access.WORK);
    }

    List<Long> kitBookedTo(long productionId, LocalDate endingFrom) {
        return bookings.kitBookedTo(productionId, endingFrom);
    }

    List<KitService.TaskKit> kitOfTasks(Collection<Long> taskIds, LocalDate endingFrom) {
        return taskIds.isEmpty() ? List.of() : bookings.kitOfTasks(taskIds, endingFrom);
    }

    List<Long> productionsBooking(long kitId, LocalDate endingFrom) {
        return bookings.productionsBooking(kitId, endingFrom);
    }

    List<KitService.BookingRef> dependent(long kitId) {
        return bookings.dependent(kitId).stream().map(BookingService::ref).toList();
    }

    static KitService.BookingRef ref(Booking b) {
        return new KitService.BookingRef(b.id(), b.kitId(), b.roomId(), b.productionId(), b.stageId(), b.taskId(),
                b.firstDay(), b.lastDay());
    }

    private static List<Booking> shown(List<BookingRepository.Row> rows) {
        return rows.stream().map(r -> r.visible() ? r.booking() : r.booking().anonymous()).toList();
    }

    /** Checks what can be checked without the database: one thing booked, a production, sensible days. */
    private BookingFields shape(BookingFields f) {
        if (f.kitId() == null && f.roomId() == null) {
            throw Problem.badField("kitId", "give the kit (kitId) or the room (roomId) to book");
        }
        if (f.kitId() != null && f.roomId() != null) {
            throw Problem.badField("roomId", "a booking holds one kit item or one room, not both");
        }
        if (f.productionId() == null) {
            throw Problem.badField("productionId", "must not be null");
        }
        FieldChecks.check(validator, f);
        if (f.lastDay().isBefore(f.firstDay())) {
            throw Problem.badField("lastDay", "must not be before the first day");
        }
        if (ChronoUnit.DAYS.between(f.firstDay(), f.lastDay()) >= MAX_DAYS) {
            throw Problem.badField("lastDay", "a booking holds at most " + MAX_DAYS + " days");
        }
        return f;
    }

    /**
     * Locks the kit or room row (held until the transaction ends) and checks it can take bookings; its name.
     * Unknown kit or rooms are "not found"; retired ones are refused.
     */
    private String lockFree(BookingFields f) {
        if (f.kitId() != null) {
            KitStatus status = kits.lock(f.kitId()).orElseThrow(() -> Problem.notFound("kit"));
            Kit kit = kits.find(f.kitId()).orElseThrow();
            if (status == KitStatus.RETIRED) {
                throw Problem.conflict("kit '" + kit.name() + "' is retired and cannot be booked");
            }
            return "kit '" + kit.name() + "'";
        }
        boolean retired = kits.lockRoom(f.roomId()).orElseThrow(() -> Problem.notFound("room"));
        Room room = kits.findRoom(f.roomId()).orElseThrow();
        if (retired) {
            throw Problem.conflict("room '" + room.name() + "' is retired and cannot be booked");
        }
        return "room '" + room.name() + "'";
    }

    /** The stage and the task, when given, must be the production's own. */
    private void belongs(Viewer viewer, BookingFields f) {
        if (f.stageId() != null && productions.stages(viewer, f.productionId()).stream()
                .noneMatch(s -> s.id() == f.stageId())) {
            throw Problem.badField("stageId", "is not a stage of this production");
        }
        if (f.taskId() != null) {
            long of;
            try {
                of = tasks.get(viewer, f.taskId()).productionId();
            } catch (Problem unknown) {
                throw Problem.badField("taskId", "is not a task of this production");
            }
            if (of != f.productionId()) {
                throw Problem.badField("taskId", "is not a task of this production");
            }
        }
    }

    /** Refuses a booking sharing a day with another of the same thing, naming it as far as the viewer may know. */
    private void refuseClashes(Viewer viewer, BookingFields f, String thing, long self) {
        List<Booking> clashes = bookings.clashes(f.kitId(), f.roomId(), f.firstDay(), f.lastDay(), self);
        if (clashes.isEmpty()) {
            return;
        }
        Booking first = clashes.get(0);
        Map<Long, String> named = productions.visibleNames(viewer, List.of(first.productionId()));
        String whose = named.containsKey(first.productionId())
                ? named.get(first.productionId()) + " (booking " + first.id() + ")" : "another production";
        int more = clashes.size() - 1;
        throw Problem.conflict(firstUpper(thing) + " is already booked from " + first.firstDay() + " to "
                + first.lastDay() + " for " + whose + (more == 0 ? "" : ", and " + more + " more booking"
                + (more == 1 ? "" : "s") + " in those days"));
    }

    private static String firstUpper(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
