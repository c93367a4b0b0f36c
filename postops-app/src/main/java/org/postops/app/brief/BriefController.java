package org.postops.app.brief;

import java.util.List;
import java.util.Map;
import org.postops.app.access.Viewer;
import org.postops.app.web.Preconditions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The technical brief, its notes and sharing over the API. */
@RestController
@RequestMapping("/api/v1")
class BriefController {

    /** Whom to tell of the brief (usernames), with a short message. */
    record ShareInput(List<String> usernames, String message) {
    }

    private final BriefService briefs;

    BriefController(BriefService briefs) {
        this.briefs = briefs;
    }

    @GetMapping("/productions/{id}/brief")
    TechnicalBrief brief(Viewer viewer, @PathVariable long id) {
        return briefs.brief(viewer, id);
    }

    @GetMapping("/productions/{id}/brief/notes")
    ResponseEntity<BriefNotes> notes(Viewer viewer, @PathVariable long id) {
        BriefNotes notes = briefs.notes(viewer, id);
        return ResponseEntity.ok().eTag(Preconditions.etag(notes.version())).body(notes);
    }

    @PutMapping("/productions/{id}/brief/notes")
    ResponseEntity<BriefNotes> saveNotes(Viewer viewer, @PathVariable long id, @RequestBody BriefNotesFields fields,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        BriefNotes notes = briefs.saveNotes(viewer, id, fields, Preconditions.expectedVersion(ifMatch, null));
        return ResponseEntity.ok().eTag(Preconditions.etag(notes.version())).body(notes);
    }

    @PostMapping("/productions/{id}/brief/share")
    Map<String, Object> share(Viewer viewer, @PathVariable long id, @RequestBody ShareInput input) {
        return Map.of("sharedWith", briefs.share(viewer, id, input.usernames(), input.message()));
    }
}
