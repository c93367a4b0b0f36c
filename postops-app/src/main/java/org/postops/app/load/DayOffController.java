package org.postops.app.load;

import java.net.URI;
import java.time.LocalDate;
import org.postops.app.access.Viewer;
import org.postops.app.web.PageOf;
import org.postops.app.web.Paging;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** People's days off over the API. */
@RestController
@RequestMapping("/api/v1")
class DayOffController {

    private final DaysOffService daysOff;

    DayOffController(DaysOffService daysOff) {
        this.daysOff = daysOff;
    }

    @GetMapping("/users/{id}/days-off")
    PageOf<DayOff> list(Viewer viewer, @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return daysOff.list(viewer, id, from, to, Paging.of(page, size));
    }

    @PostMapping("/users/{id}/days-off")
    ResponseEntity<DayOff> add(Viewer viewer, @PathVariable long id,
            @RequestBody DaysOffService.NewDayOff request) {
        DayOff created = daysOff.add(viewer, id, request);
        return ResponseEntity.created(URI.create("/api/v1/days-off/" + created.id())).body(created);
    }

    @GetMapping("/days-off/{id}")
    DayOff get(Viewer viewer, @PathVariable long id) {
        return daysOff.get(viewer, id);
    }

    @DeleteMapping("/days-off/{id}")
    ResponseEntity<Void> delete(Viewer viewer, @PathVariable long id) {
        daysOff.delete(viewer, id);
        return ResponseEntity.noContent().build();
    }
}
