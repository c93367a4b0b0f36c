package org.postops.app.config.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import org.postops.app.access.Viewer;
import org.postops.app.config.ConfigService;
import org.postops.app.config.KitComplianceReport;
import org.postops.app.config.KitSnapshot;
import org.postops.app.config.SnapshotBody;
import org.postops.app.config.SnapshotDiff;
import org.postops.app.config.SnapshotSource;
import org.postops.app.config.SnapshotSummary;
import org.postops.app.web.PageOf;
import org.postops.app.web.Paging;
import org.postops.app.web.Problem;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Kit snapshots, their history and diffs, and a kit's compliance, over the API. */
@RestController
@RequestMapping("/api/v1/kit/{id}")
class SnapshotController {

    private final ConfigService configs;

    SnapshotController(ConfigService configs) {
        this.configs = configs;
    }

    /** The body is read here, at most 1 MiB, and parsed strictly: see docs/support-desk.md for its schema. */
    @PostMapping(path = "/snapshots", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(description = "{takenAt, source, os {name, version, kernel}, gpus [{model, driver}], "
                    + "apps [{name, version, plugins [{name, version}]}], ioCards [{model, firmware}], "
                    + "mounts [{path, source, type}], values {key: value}}")))
    ResponseEntity<KitSnapshot> submit(Viewer viewer, @PathVariable long id, HttpServletRequest request)
            throws IOException {
        byte[] body = SnapshotBody.read(request.getInputStream(), request.getContentLengthLong());
        if (body.length == 0) {
            throw Problem.badField("body", "is empty: send the snapshot as a JSON object");
        }
        KitSnapshot created = configs.submit(viewer, id, body, SnapshotSource.API);
        return ResponseEntity.created(URI.create("/api/v1/kit/" + id + "/snapshots/" + created.id())).body(created);
    }

    @GetMapping("/snapshots")
    PageOf<SnapshotSummary> history(Viewer viewer, @PathVariable long id,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return configs.history(viewer, id, Paging.of(page, size));
    }

    @GetMapping("/snapshots/{snapshotId}")
    KitSnapshot snapshot(Viewer viewer, @PathVariable long id, @PathVariable long snapshotId) {
        return configs.snapshot(viewer, id, snapshotId);
    }

    @GetMapping("/snapshots/diff")
    SnapshotDiff diff(Viewer viewer, @PathVariable long id, @RequestParam long from, @RequestParam long to) {
        return configs.diff(viewer, id, from, to);
    }

    @GetMapping("/compliance")
    KitComplianceReport compliance(Viewer viewer, @PathVariable long id) {
        return configs.kitCompliance(viewer, id);
    }
}
