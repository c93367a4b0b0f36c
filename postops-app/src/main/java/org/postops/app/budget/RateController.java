package org.postops.app.budget;

import java.net.URI;
import java.time.LocalDate;
import org.postops.app.access.Viewer;
import org.postops.app.web.MergePatch;
import org.postops.app.web.PageOf;
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

/** The rate card over the API: read by staff, changed by administrators. */
@RestController
@RequestMapping("/api/v1/rates")
class RateController {

    private final RateService rates;

    RateController(RateService rates) {
        this.rates = rates;
    }

    @GetMapping
    PageOf<RateCard> list(Viewer viewer, @RequestParam(required = false) SubjectType subjectType,
            @RequestParam(required = false) String subject, @RequestParam(required = false) String currency,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return rates.list(viewer, subjectType, subject, currency, on, Paging.of(page, size));
    }

    @GetMapping("/{id}")
    ResponseEntity<RateCard> get(Viewer viewer, @PathVariable long id) {
        RateCard rate = rates.get(viewer, id);
        return ResponseEntity.ok().eTag(Preconditions.etag(rate.version())).body(rate);
    }

    @PostMapping
    ResponseEntity<RateCard> create(Viewer viewer, @RequestBody RateFields fields) {
        RateCard created = rates.create(viewer, fields);
        return ResponseEntity.created(URI.create("/api/v1/rates/" + created.id()))
                .eTag(Preconditions.etag(created.version())).body(created);
    }

    @PatchMapping(path = "/{id}", consumes = {"application/json", "application/merge-patch+json"})
    ResponseEntity<RateCard> patch(Viewer viewer, @PathVariable long id, @RequestBody JsonNode patch,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        RateCard rate = rates.patch(viewer, id, patch, Preconditions.expectedVersion(ifMatch,
                patch != null && patch.isObject() ? MergePatch.version(patch) : null));
        return ResponseEntity.ok().eTag(Preconditions.etag(rate.version())).body(rate);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(Viewer viewer, @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        rates.delete(viewer, id, Preconditions.expectedVersion(ifMatch, null));
        return ResponseEntity.noContent().build();
    }
}
