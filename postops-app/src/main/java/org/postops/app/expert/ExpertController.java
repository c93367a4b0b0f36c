package org.postops.app.expert;

import java.net.URI;
import java.util.List;
import org.postops.app.access.Viewer;
import org.postops.app.web.MergePatch;
import org.postops.app.web.Preconditions;
import org.springframework.http.ResponseEntity;
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

/** The experts register over the API: staff read it, technical support and administrators change it. */
@RestController
@RequestMapping("/api/v1/experts")
class ExpertController {

    private final ExpertService experts;

    ExpertController(ExpertService experts) {
        this.experts = experts;
    }

    @GetMapping
    List<Expert> list(Viewer viewer, @RequestParam(defaultValue = "false") boolean includeInactive) {
        return experts.experts(viewer, includeInactive);
    }

    @PostMapping
    ResponseEntity<Expert> create(Viewer viewer, @RequestBody ExpertFields fields) {
        Expert expert = experts.createExpert(viewer, fields);
        return ResponseEntity.created(URI.create("/api/v1/experts/" + expert.id()))
                .eTag(Preconditions.etag(expert.version())).body(expert);
    }

    @GetMapping("/{id}")
    ResponseEntity<Expert> get(Viewer viewer, @PathVariable long id) {
        Expert expert = experts.expert(viewer, id);
        return ResponseEntity.ok().eTag(Preconditions.etag(expert.version())).body(expert);
    }

    /** A JSON merge patch; setting {@code active} false takes the expert off suggestions (nothing is deleted). */
    @PatchMapping(path = "/{id}", consumes = {"application/json", "application/merge-patch+json"})
    ResponseEntity<Expert> patch(Viewer viewer, @PathVariable long id, @RequestBody JsonNode patch,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Expert expert = experts.patchExpert(viewer, id, patch,
                Preconditions.expectedVersion(ifMatch, MergePatch.version(patch)));
        return ResponseEntity.ok().eTag(Preconditions.etag(expert.version())).body(expert);
    }
}
