package org.postops.app.kit;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.postops.app.access.Viewer;
import org.postops.app.web.MergePatch;
import org.postops.app.web.PageOf;
import org.postops.app.web.Paging;
import org.postops.app.web.Preconditions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The kit register, rooms and bookings over the API (the CSV import and export are in {@code kit.csv}). */
@RestController
@RequestMapping("/api/v1")
class KitController {

    private final KitService kit;
    private final BookingService bookings;

    KitController(KitService kit, BookingService bookings) {
        this.kit = kit;
        this.bookings = bookings;
    }

    @GetMapping("/kit")
    PageOf<Kit> list(Viewer viewer, @RequestParam(required = false) KitType kind,
            @RequestParam(required = false) KitStatus status, @RequestParam(required = false) Long roomId,
            @RequestParam(required = false) String q, @RequestParam(required = false) boolean includeRetired,
            @RequestParam(required = false) boolean attention, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return kit.list(viewer, new KitService.KitQuery(kind, status, roomId, q, includeRetired, attention),
                Paging.of(page, size));
    }

    @PostMapping("/kit")
    ResponseEntity<Kit> create(Viewer viewer, @RequestBody KitFields fields) {
        Kit created = kit.create(viewer, fields);
        return ResponseEntity.created(URI.create("/api/v1/kit/" + created.id()))
                .eTag(Preconditions.etag(created.version())).body(created);
    }

    @GetMapping("/kit/{id}")
    ResponseEntity<Kit> get(Viewer viewer, @PathVariable long id) {
        Kit k = kit.get(viewer, id);
        return ResponseEntity.ok().eTag(Preconditions.etag(k.version())).body(k);
    }

    @PatchMapping(path = "/kit/{id}", consumes = {"application/json", "application/merge-patch+json"})
    ResponseEntity<Kit> patch(Viewer viewer, @PathVariable long id, @RequestBody JsonNode patch,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Kit k = kit.patch(viewer, id, patch, Preconditions.expectedVersion(ifMatch, MergePatch.version(patch)));
        return ResponseEntity.ok().eTag(Preconditions.etag(k.version())).body(k);
    }

    @GetMapping("/kit/{id}/bookings")
    List<Booking> kitBookings(Viewer viewer, @PathVariable long id, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        return bookings.ofKit(viewer, id, from, to);
    }

    // rooms

    @GetMapping("/rooms")
    PageOf<Room> rooms(Viewer viewer, @RequestParam(required = false) RoomType kind,
            @RequestParam(required = false) String q, @RequestParam(required = false) boolean includeRetired,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return kit.rooms(viewer, kind, q, includeRetired, Paging.of(page, size));
    }

    @PostMapping("/rooms")
    ResponseEntity<Room> createRoom(Viewer viewer, @RequestBody RoomFields fields) {
        Room created = kit.createRoom(viewer, fields);
        return ResponseEntity.created(URI.create("/api/v1/rooms/" + created.id()))
                .eTag(Preconditions.etag(created.version())).body(created);
    }

    @GetMapping("/rooms/{id}")
    ResponseEntity<Room> room(Viewer viewer, @PathVariable long id) {
        Room room = kit.room(viewer, id);
        return ResponseEntity.ok().eTag(Preconditions.etag(room.version())).body(room);
    }

    @PatchMapping(path = "/rooms/{id}", consumes = {"application/json", "application/merge-patch+json"})
    ResponseEntity<Room> patchRoom(Viewer viewer, @PathVariable long id, @RequestBody JsonNode patch,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Room room = kit.patchRoom(viewer, id, patch, Preconditions.expectedVersion(ifMatch, MergePatch.version(patch)));
        return ResponseEntity.ok().eTag(Preconditions.etag(room.version())).body(room);
    }

    @GetMapping("/rooms/{id}/kit")
    PageOf<Kit> roomKit(Viewer viewer, @PathVariable long id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size); // a page it cannot serve is refused before the room is looked up
        kit.room(viewer, id);
        return kit.list(viewer, new KitService.KitQuery(null, null, id, null, false, false), paging);
    }

    @GetMapping("/rooms/{id}/bookings")
    List<Booking> roomBookings(Viewer viewer, @PathVariable long id, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        return bookings.ofRoom(viewer, id, from, to);
    }

    // bookings

    @PostMapping("/bookings")
    ResponseEntity<Booking> book(Viewer viewer, @RequestBody BookingFields fields) {
        Booking created = bookings.book(viewer, fields);
        return ResponseEntity.created(URI.create("/api/v1/bookings/" + created.id()))
                .eTag(Preconditions.etag(created.version())).body(created);
    }

    @GetMapping("/bookings/{id}")
    ResponseEntity<Booking> booking(Viewer viewer, @PathVariable long id) {
        Booking b = bookings.get(viewer, id);
        return ResponseEntity.ok().eTag(Preconditions.etag(b.version())).body(b);
    }

    @PatchMapping(path = "/bookings/{id}", consumes = {"application/json", "application/merge-patch+json"})
    ResponseEntity<Booking> patchBooking(Viewer viewer, @PathVariable long id, @RequestBody JsonNode patch,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Booking b = bookings.patch(viewer, id, patch, Preconditions.expectedVersion(ifMatch, MergePatch.version(patch)));
        return ResponseEntity.ok().eTag(Preconditions.etag(b.version())).body(b);
    }

    @DeleteMapping("/bookings/{id}")
    ResponseEntity<Void> cancel(Viewer viewer, @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        bookings.cancel(viewer, id, Preconditions.expectedVersion(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/productions/{id}/bookings")
    List<Booking> productionBookings(Viewer viewer, @PathVariable long id) {
        return bookings.ofProduction(viewer, id);
    }
}
