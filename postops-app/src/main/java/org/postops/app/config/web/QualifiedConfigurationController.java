package org.postops.app.config.web;

import java.net.URI;
import java.util.List;
import org.postops.app.access.Viewer;
import org.postops.app.config.ConfigService;
import org.postops.app.config.KitCompliance;
import org.postops.app.config.QualifiedConfiguration;
import org.postops.app.config.QualifiedConfigurationFields;
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

/** Qualified configurations, the facility's and productions', and a production's compliance, over the API. */
@RestController
@RequestMapping("/api/v1")
class QualifiedConfigurationController {

    private final ConfigService configs;

    QualifiedConfigurationController(ConfigService configs) {
        this.configs = configs;
    }

    @GetMapping("/qualified-configurations")
    PageOf<QualifiedConfiguration> facility(Viewer viewer, @RequestParam(required = false) Boolean withdrawn,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return configs.facilityConfigurations(viewer, Boolean.TRUE.equals(withdrawn), Paging.of(page, size));
    }

    @PostMapping("/qualified-configurations")
    ResponseEntity<QualifiedConfiguration> declare(Viewer viewer, @RequestBody QualifiedConfigurationFields fields) {
        return created(configs.declare(viewer, null, fields));
    }

    @GetMapping("/productions/{id}/qualified-configurations")
    PageOf<QualifiedConfiguration> ofProduction(Viewer viewer, @PathVariable long id,
            @RequestParam(required = false) Boolean withdrawn, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return configs.productionConfigurations(viewer, id, Boolean.TRUE.equals(withdrawn), Paging.of(page, size));
    }

    @PostMapping("/productions/{id}/qualified-configurations")
    ResponseEntity<QualifiedConfiguration> declareFor(Viewer viewer, @PathVariable long id,
            @RequestBody QualifiedConfigurationFields fields) {
        return created(configs.declare(viewer, id, fields));
    }

    @GetMapping("/productions/{id}/compliance")
    List<KitCompliance> compliance(Viewer viewer, @PathVariable long id) {
        return configs.complianceOf(viewer, id);
    }

    @GetMapping("/qualified-configurations/{id}")
    ResponseEntity<QualifiedConfiguration> get(Viewer viewer, @PathVariable long id) {
        QualifiedConfiguration q = configs.configuration(viewer, id);
        return ResponseEntity.ok().eTag(Preconditions.etag(q.version())).body(q);
    }

    @PatchMapping(path = "/qualified-configurations/{id}",
            consumes = {"application/json", "application/merge-patch+json"})
    ResponseEntity<QualifiedConfiguration> patch(Viewer viewer, @PathVariable long id, @RequestBody JsonNode patch,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        QualifiedConfiguration q = configs.patch(viewer, id, patch,
                Preconditions.expectedVersion(ifMatch, MergePatch.version(patch)));
        return ResponseEntity.ok().eTag(Preconditions.etag(q.version())).body(q);
    }

    /** Withdraws it: kept for the record, no longer checked. */
    @DeleteMapping("/qualified-configurations/{id}")
    ResponseEntity<Void> withdraw(Viewer viewer, @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        configs.withdraw(viewer, id, Preconditions.expectedVersion(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<QualifiedConfiguration> created(QualifiedConfiguration q) {
        return ResponseEntity.created(URI.create("/api/v1/qualified-configurations/" + q.id()))
                .eTag(Preconditions.etag(q.version())).body(q);
    }
}
