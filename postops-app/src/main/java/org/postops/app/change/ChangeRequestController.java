package org.postops.app.change;

import jakarta.validation.constraints.Size;
import java.net.URI;
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

/** Change requests, their proposed changes, impact and decision over the API. */
@RestController
@RequestMapping("/api/v1")
class ChangeRequestController {

    /** The decision: approve, reject, defer or reopen, with a note saying why. */
    record DecisionInput(ChangeRequestService.Decision decision, @Size(max = 2000) String note) {
    }

    private final ChangeRequestService requests;

    ChangeRequestController(ChangeRequestService requests) {
        this.requests = requests;
    }

    @GetMapping("/productions/{id}/change-requests")
    PageOf<ChangeRequestSummary> list(Viewer viewer, @PathVariable long id,
            @RequestParam(required = false) ChangeStatus status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return requests.list(viewer, id, status, Paging.of(page, size));
    }

    @PostMapping("/productions/{id}/change-requests")
    ResponseEntity<ChangeRequest> raise(Viewer viewer, @PathVariable long id,
            @RequestBody ChangeRequestFields fields) {
        ChangeRequest created = requests.raise(viewer, id, fields);
        return ResponseEntity.created(URI.create("/api/v1/change-requests/" + created.id()))
                .eTag(Preconditions.etag(created.version())).body(created);
    }

    @GetMapping("/change-requests/{id}")
    ResponseEntity<ChangeRequest> get(Viewer viewer, @PathVariable long id) {
        ChangeRequest request = requests.get(viewer, id);
        return ResponseEntity.ok().eTag(Preconditions.etag(request.version())).body(request);
    }

    @PatchMapping(path = "/change-requests/{id}", consumes = {"application/json", "application/merge-patch+json"})
    ResponseEntity<ChangeRequest> patch(Viewer viewer, @PathVariable long id, @RequestBody JsonNode patch,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        ChangeRequest request = requests.patch(viewer, id, patch,
                Preconditions.expectedVersion(ifMatch, MergePatch.version(patch)));
        return ResponseEntity.ok().eTag(Preconditions.etag(request.version())).body(request);
    }

    @PostMapping("/change-requests/{id}/changes")
    ResponseEntity<ProposedChange> propose(Viewer viewer, @PathVariable long id,
            @RequestBody ChangeRequestService.ProposalInput change,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        ProposedChange created = requests.propose(viewer, id, change,
                Preconditions.expectedVersion(ifMatch, null));
        return ResponseEntity.created(URI.create("/api/v1/change-requests/" + id)).body(created);
    }

    @DeleteMapping("/change-requests/{id}/changes/{changeId}")
    ResponseEntity<Void> withdraw(Viewer viewer, @PathVariable long id, @PathVariable long changeId) {
        requests.withdraw(viewer, id, changeId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/change-requests/{id}/impact")
    Impact impact(Viewer viewer, @PathVariable long id) {
        return requests.impact(viewer, id);
    }

    @PostMapping("/change-requests/{id}/decision")
    ResponseEntity<ChangeRequest> decide(Viewer viewer, @PathVariable long id, @RequestBody DecisionInput input,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        ChangeRequest request = requests.decide(viewer, id, input.decision(), input.note(),
                Preconditions.expectedVersion(ifMatch, null));
        return ResponseEntity.ok().eTag(Preconditions.etag(request.version())).body(request);
    }
}
