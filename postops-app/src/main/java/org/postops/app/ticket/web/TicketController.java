package org.postops.app.ticket.web;

import java.net.URI;
import java.util.List;
import org.postops.app.access.Viewer;
import org.postops.app.ticket.Severity;
import org.postops.app.ticket.Ticket;
import org.postops.app.ticket.TicketFields;
import org.postops.app.ticket.TicketService;
import org.postops.app.ticket.TicketStatus;
import org.postops.app.ticket.TicketSummary;
import org.postops.app.web.MergePatch;
import org.postops.app.web.PageOf;
import org.postops.app.web.Paging;
import org.postops.app.web.Preconditions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Tickets over the API: raise, read, list, edit, move on, assign, write updates, weigh options, resolve, rate. */
@RestController
@RequestMapping("/api/v1/tickets")
class TicketController {

    /** A move: the status wanted, and a public note saying why. */
    record StatusInput(TicketStatus status, String note) {
    }

    /** An assignment: a username (blank for nobody) and an expert of the experts register (or none). */
    record AssignmentInput(String assignee, Long expertId) {
    }

    /** A public update on the timeline. */
    record UpdateInput(String body) {
    }

    /** Why an option was chosen. */
    record ChoiceInput(String reason) {
    }

    /** The requester's rating of the resolution, 1 to 5, with a comment. */
    record RatingInput(Integer rating, String comment) {
    }

    private final TicketService tickets;

    TicketController(TicketService tickets) {
        this.tickets = tickets;
    }

    @GetMapping
    PageOf<TicketSummary> list(Viewer viewer, @RequestParam(required = false) TicketStatus status,
            @RequestParam(required = false) Severity severity, @RequestParam(required = false) boolean open,
            @RequestParam(required = false) boolean mine, @RequestParam(required = false) boolean assignedToMe,
            @RequestParam(required = false) boolean breached, @RequestParam(required = false) Long productionId,
            @RequestParam(required = false) Long kitId, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return tickets.list(viewer, new TicketService.Filter(status, severity, open, mine, assignedToMe, breached,
                productionId, kitId, q), Paging.of(page, size));
    }

    @PostMapping
    ResponseEntity<Ticket> raise(Viewer viewer, @RequestBody TicketFields fields) {
        Ticket created = tickets.raise(viewer, fields);
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + created.id()))
                .eTag(Preconditions.etag(created.version())).body(created);
    }

    @GetMapping("/{id}")
    ResponseEntity<Ticket> get(Viewer viewer, @PathVariable long id) {
        return ok(tickets.get(viewer, id));
    }

    @PatchMapping(path = "/{id}", consumes = {"application/json", "application/merge-patch+json"})
    ResponseEntity<Ticket> patch(Viewer viewer, @PathVariable long id, @RequestBody JsonNode patch,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(tickets.patch(viewer, id, patch, Preconditions.expectedVersion(ifMatch, MergePatch.version(patch))));
    }

    @PostMapping("/{id}/status")
    ResponseEntity<Ticket> move(Viewer viewer, @PathVariable long id, @RequestBody StatusInput input,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(tickets.move(viewer, id, input.status(), input.note(), Preconditions.expectedVersion(ifMatch, null)));
    }

    @PutMapping("/{id}/assignment")
    ResponseEntity<Ticket> assign(Viewer viewer, @PathVariable long id, @RequestBody AssignmentInput input,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(tickets.assign(viewer, id, input.assignee(), input.expertId(),
                Preconditions.expectedVersion(ifMatch, null)));
    }

    @PostMapping("/{id}/updates")
    ResponseEntity<Ticket> update(Viewer viewer, @PathVariable long id, @RequestBody UpdateInput input,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Ticket t = tickets.addUpdate(viewer, id, input.body(), Preconditions.expectedVersion(ifMatch, null));
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + id)).eTag(Preconditions.etag(t.version()))
                .body(t);
    }

    @GetMapping("/{id}/options")
    List<Ticket.Option> options(Viewer viewer, @PathVariable long id) {
        return tickets.options(viewer, id);
    }

    @PostMapping("/{id}/options")
    ResponseEntity<Ticket.Option> addOption(Viewer viewer, @PathVariable long id,
            @RequestBody TicketService.OptionFields input,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Ticket.Option option = tickets.addOption(viewer, id, input, Preconditions.expectedVersion(ifMatch, null));
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + id + "/options")).body(option);
    }

    @PostMapping("/{id}/options/{optionId}/choice")
    ResponseEntity<Ticket> choose(Viewer viewer, @PathVariable long id, @PathVariable long optionId,
            @RequestBody ChoiceInput input, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(tickets.chooseOption(viewer, id, optionId, input.reason(),
                Preconditions.expectedVersion(ifMatch, null)));
    }

    @PostMapping("/{id}/resolution")
    ResponseEntity<Ticket> resolve(Viewer viewer, @PathVariable long id,
            @RequestBody TicketService.ResolutionFields input,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(tickets.resolve(viewer, id, input, Preconditions.expectedVersion(ifMatch, null)));
    }

    @PostMapping("/{id}/rating")
    ResponseEntity<Ticket> rate(Viewer viewer, @PathVariable long id, @RequestBody RatingInput input) {
        return ok(tickets.rate(viewer, id, input.rating(), input.comment()));
    }

    private static ResponseEntity<Ticket> ok(Ticket t) {
        return ResponseEntity.ok().eTag(Preconditions.etag(t.version())).body(t);
    }
}
