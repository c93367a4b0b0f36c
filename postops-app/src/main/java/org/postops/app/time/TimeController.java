package org.postops.app.time;

import java.net.URI;
import java.time.LocalDate;
import org.postops.app.access.Viewer;
import org.postops.app.web.MergePatch;
import org.postops.app.web.Paging;
import org.postops.app.web.Preconditions;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
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

/** Time logs over the API: logging on a task, changing and deleting entries, My time, a production's summary. */
@RestController
@RequestMapping("/api/v1")
class TimeController {

    private final TimeService time;

    TimeController(TimeService time) {
        this.time = time;
    }

    @PostMapping("/tasks/{id}/time")
    ResponseEntity<TimeEntry> log(Viewer viewer, @PathVariable long id, @RequestBody TimeRequest request) {
        TimeEntry entry = time.log(viewer, id, request);
        return ResponseEntity.created(URI.create("/api/v1/time/" + entry.id()))
                .eTag(Preconditions.etag(entry.version())).body(entry);
    }

    @GetMapping("/tasks/{id}/time")
    TaskTime ofTask(Viewer viewer, @PathVariable long id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return time.ofTask(viewer, id, Paging.of(page, size));
    }

    @GetMapping("/time/{id}")
    ResponseEntity<TimeEntry> get(Viewer viewer, @PathVariable long id) {
        TimeEntry entry = time.get(viewer, id);
        return ResponseEntity.ok().eTag(Preconditions.etag(entry.version())).body(entry);
    }

    @PatchMapping(path = "/time/{id}", consumes = {"application/json", "application/merge-patch+json"})
    ResponseEntity<TimeEntry> change(Viewer viewer, @PathVariable long id, @RequestBody JsonNode patch,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        TimeEntry entry = time.change(viewer, id, patch,
                Preconditions.expectedVersion(ifMatch, patch != null && patch.isObject() ? MergePatch.version(patch)
                        : null));
        return ResponseEntity.ok().eTag(Preconditions.etag(entry.version())).body(entry);
    }

    @DeleteMapping("/time/{id}")
    ResponseEntity<Void> delete(Viewer viewer, @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        time.delete(viewer, id, Preconditions.expectedVersion(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me/time")
    MyTime mine(Viewer viewer, @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        return time.mine(viewer, from, to);
    }

    @GetMapping("/productions/{id}/time-summary")
    TimeSummary summary(Viewer viewer, @PathVariable long id) {
        return time.summary(viewer, id);
    }
}
