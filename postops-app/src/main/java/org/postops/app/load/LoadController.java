package org.postops.app.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.postops.app.access.Viewer;
import org.postops.app.web.Paging;
import org.postops.app.web.Problem;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** People's load over the API. */
@RestController
@RequestMapping("/api/v1")
class LoadController {

    private final LoadService load;

    LoadController(LoadService load) {
        this.load = load;
    }

    /** {@code ?people=ID,ID} (user ids; default: the people the viewer works with), {@code from}, {@code to}. */
    @GetMapping("/load")
    LoadReport people(Viewer viewer, @RequestParam(required = false) String people,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return load.people(viewer, ids(people), from, to, Paging.of(page, size));
    }

    @GetMapping("/users/{id}/load")
    LoadReport person(Viewer viewer, @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return load.person(viewer, id, from, to);
    }

    @GetMapping("/productions/{id}/load")
    LoadReport production(Viewer viewer, @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return load.production(viewer, id, from, to, Paging.of(page, size));
    }

    /** "1,2, 3" as ids; null for nothing; 400 for anything else. */
    static List<Long> ids(String people) {
        if (people == null || people.isBlank()) {
            return null;
        }
        List<Long> ids = new ArrayList<>();
        for (String part : people.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                ids.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                throw Problem.badField("people", "must be user ids separated by commas, such as 1234,5678; '"
                        + (part.length() > 40 ? part.substring(0, 40) + "…" : part.strip()) + "' is not one");
            }
        }
        return ids;
    }
}
