package org.postops.app.media.volume;

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

/** The facility's volumes over the API (their folders: the media area's controller). */
@RestController
@RequestMapping("/api/v1")
class VolumeController {

    private final VolumeService volumes;

    VolumeController(VolumeService volumes) {
        this.volumes = volumes;
    }

    @GetMapping("/volumes")
    List<Volume> volumes(Viewer viewer, @RequestParam(defaultValue = "false") boolean includeRetired) {
        return volumes.list(viewer, includeRetired);
    }

    @PostMapping("/volumes")
    ResponseEntity<Volume> register(Viewer viewer, @RequestBody VolumeFields fields) {
        Volume v = volumes.register(viewer, fields);
        return ResponseEntity.created(URI.create("/api/v1/volumes/" + v.id())).eTag(Preconditions.etag(v.version()))
                .body(v);
    }

    @GetMapping("/volumes/{id}")
    ResponseEntity<Volume> volume(Viewer viewer, @PathVariable long id) {
        Volume v = volumes.get(viewer, id);
        return ResponseEntity.ok().eTag(Preconditions.etag(v.version())).body(v);
    }

    @PatchMapping(path = "/volumes/{id}", consumes = {"application/json", "application/merge-patch+json"})
    ResponseEntity<Volume> patch(Viewer viewer, @PathVariable long id, @RequestBody JsonNode patch,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Volume v = volumes.patch(viewer, id, patch, Preconditions.expectedVersion(ifMatch, MergePatch.version(patch)));
        return ResponseEntity.ok().eTag(Preconditions.etag(v.version())).body(v);
    }
}
