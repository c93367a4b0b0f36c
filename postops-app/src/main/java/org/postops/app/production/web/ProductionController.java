package org.postops.app.production.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.postops.app.access.MemberRole;
import org.postops.app.access.Viewer;
import org.postops.app.production.Member;
import org.postops.app.production.Production;
import org.postops.app.production.ProductionFields;
import org.postops.app.production.ProductionService;
import org.postops.app.production.ProductionSummary;
import org.postops.app.production.Stage;
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

/** Productions, their stages and their team over the API. */
@RestController
@RequestMapping("/api/v1")
class ProductionController {

    record NewMember(@NotBlank @Size(max = 64) String username, @NotNull MemberRole role) {
    }

    record RoleChange(@NotNull MemberRole role) {
    }

    record NewStage(@NotBlank @Size(max = 100) String name, Integer position) {
    }

    record StageChange(@Size(max = 100) String name, Integer position) {
    }

    record CriterionChange(@NotNull Boolean done) {
    }

    private final ProductionService productions;

    ProductionController(ProductionService productions) {
        this.productions = productions;
    }

    @GetMapping("/productions")
    PageOf<ProductionSummary> list(Viewer viewer, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return productions.list(viewer, q, Paging.of(page, size));
    }

    @PostMapping("/productions")
    ResponseEntity<Production> create(Viewer viewer, @RequestBody ProductionFields fields,
            @RequestParam(required = false) Long copyFrom) {
        Production created = productions.create(viewer, fields, copyFrom);
        return ResponseEntity.created(URI.create("/api/v1/productions/" + created.id()))
                .eTag(Preconditions.etag(created.version())).body(created);
    }

    @GetMapping("/productions/{id}")
    ResponseEntity<Production> get(Viewer viewer, @PathVariable long id) {
        Production production = productions.get(viewer, id);
        return ResponseEntity.ok().eTag(Preconditions.etag(production.version())).body(production);
    }

    @PatchMapping(path = "/productions/{id}", consumes = {"application/json", "application/merge-patch+json"})
    ResponseEntity<Production> patch(Viewer viewer, @PathVariable long id, @RequestBody JsonNode patch,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Production production = productions.patch(viewer, id, patch,
                Preconditions.expectedVersion(ifMatch, MergePatch.version(patch)));
        return ResponseEntity.ok().eTag(Preconditions.etag(production.version())).body(production);
    }

    @PatchMapping("/productions/{id}/criteria/{criterionId}")
    ResponseEntity<Production> criterion(Viewer viewer, @PathVariable long id, @PathVariable long criterionId,
            @Valid @RequestBody CriterionChange change) {
        Production production = productions.setCriterionDone(viewer, id, criterionId, change.done());
        return ResponseEntity.ok().eTag(Preconditions.etag(production.version())).body(production);
    }

    @GetMapping("/productions/{id}/stages")
    List<Stage> stages(Viewer viewer, @PathVariable long id) {
        return productions.stages(viewer, id);
    }

    @PostMapping("/productions/{id}/stages")
    ResponseEntity<Stage> addStage(Viewer viewer, @PathVariable long id, @Valid @RequestBody NewStage stage) {
        Stage created = productions.addStage(viewer, id, stage.name(), stage.position());
        return ResponseEntity.created(URI.create("/api/v1/stages/" + created.id())).body(created);
    }

    @PatchMapping("/stages/{stageId}")
    Stage changeStage(Viewer viewer, @PathVariable long stageId, @Valid @RequestBody StageChange change) {
        return productions.changeStage(viewer, stageId, change.name(), change.position());
    }

    @DeleteMapping("/stages/{stageId}")
    ResponseEntity<Void> deleteStage(Viewer viewer, @PathVariable long stageId) {
        productions.deleteStage(viewer, stageId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/productions/{id}/members")
    List<Member> members(Viewer viewer, @PathVariable long id) {
        return productions.members(viewer, id);
    }

    @PostMapping("/productions/{id}/members")
    ResponseEntity<Member> addMember(Viewer viewer, @PathVariable long id, @Valid @RequestBody NewMember member) {
        Member added = productions.addMember(viewer, id, member.username(), member.role());
        return ResponseEntity.created(URI.create("/api/v1/productions/" + id + "/members/" + added.username()))
                .body(added);
    }

    @PatchMapping("/productions/{id}/members/{username}")
    Member changeMember(Viewer viewer, @PathVariable long id, @PathVariable String username,
            @Valid @RequestBody RoleChange change) {
        return productions.changeMember(viewer, id, username, change.role());
    }

    @DeleteMapping("/productions/{id}/members/{username}")
    ResponseEntity<Void> removeMember(Viewer viewer, @PathVariable long id, @PathVariable String username) {
        productions.removeMember(viewer, id, username);
        return ResponseEntity.noContent().build();
    }
}
