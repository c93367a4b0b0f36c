package org.postops.app.delivery.web;

import org.postops.app.delivery.AssetFields;
import org.postops.app.delivery.AssetService;
import org.postops.app.delivery.DeliveryStatus;
import org.postops.app.delivery.MediaAsset;
import org.postops.app.delivery.QcRun;
import org.postops.app.delivery.QcService;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.postops.app.access.Viewer;
import org.postops.app.web.MergePatch;
import org.postops.app.web.Preconditions;
import org.postops.app.web.Problem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

/** Media assets, their QC runs and reports, and the deliverables' latest verdicts over the API. */
@RestController
@RequestMapping("/api/v1")
class DeliveryController {

    /** The HTML report is self-contained: inline style and inlined images, no script, never framed. */
    static final String REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /** Starting a QC: the profile to check against (default: the attached deliverable's). */
    record QcRequest(String profile) {
    }

    private final AssetService assets;
    private final QcService qc;

    DeliveryController(AssetService assets, QcService qc) {
        this.assets = assets;
        this.qc = qc;
    }

    @GetMapping("/productions/{id}/assets")
    List<MediaAsset> assets(Viewer viewer, @PathVariable long id) {
        return assets.ofProduction(viewer, id);
    }

    @PostMapping("/productions/{id}/assets")
    ResponseEntity<MediaAsset> register(Viewer viewer, @PathVariable long id, @RequestBody AssetFields fields) {
        MediaAsset a = assets.register(viewer, id, fields);
        return ResponseEntity.created(URI.create("/api/v1/assets/" + a.id())).eTag(Preconditions.etag(a.version()))
                .body(a);
    }

    /**
     * The file's bytes as the body (any type but forms), streamed to disk; at most postops.assets.max-upload
     * (the one exception to the API's 1 MiB body limit, see web.BodyLimit).
     */
    @PostMapping("/productions/{id}/assets/upload")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<MediaAsset> upload(Viewer viewer, @PathVariable long id, @RequestParam String fileName,
            @RequestParam(required = false) String label, @RequestParam(required = false) Long deliverableId,
            @RequestParam(required = false) Long volumeId, @RequestParam(required = false) String folder,
            HttpServletRequest request) throws IOException {
        return receive(assets, viewer, id, new AssetService.Upload(fileName, label, deliverableId, volumeId, folder),
                request);
    }

    /**
     * An upload's body (anything but a form: 415) handed to {@link AssetService#upload}; 201 with the asset. The
     * API's upload and the page's ({@link PageUpload}) are this one call.
     */
    static ResponseEntity<MediaAsset> receive(AssetService assets, Viewer viewer, long productionId,
            AssetService.Upload upload, HttpServletRequest request) throws IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/")) {
            throw new Problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "send the file's bytes as the body "
                    + "(Content-Type: application/octet-stream), not a form", List.of());
        }
        MediaAsset a = assets.upload(viewer, productionId, upload, request.getInputStream());
        return ResponseEntity.created(URI.create("/api/v1/assets/" + a.id())).eTag(Preconditions.etag(a.version()))
                .body(a);
    }

    @GetMapping("/assets/{id}")
    ResponseEntity<MediaAsset> asset(Viewer viewer, @PathVariable long id) {
        MediaAsset a = assets.get(viewer, id);
        return ResponseEntity.ok().eTag(Preconditions.etag(a.version())).body(a);
    }

    @PatchMapping(path = "/assets/{id}", consumes = {"application/json", "application/merge-patch+json"})
    ResponseEntity<MediaAsset> patch(Viewer viewer, @PathVariable long id, @RequestBody JsonNode patch,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        MediaAsset a = assets.patch(viewer, id, patch, Preconditions.expectedVersion(ifMatch,
                MergePatch.version(patch)));
        return ResponseEntity.ok().eTag(Preconditions.etag(a.version())).body(a);
    }

    @PostMapping("/assets/{id}/qc")
    ResponseEntity<QcRun> startQc(Viewer viewer, @PathVariable long id,
            @RequestBody(required = false) QcRequest body) {
        QcRun run = qc.start(viewer, id, Optional.ofNullable(body).map(QcRequest::profile));
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/qc-runs/" + run.id()))
                .body(run);
    }

    @GetMapping("/assets/{id}/qc")
    List<QcRun> history(Viewer viewer, @PathVariable long id) {
        return qc.history(viewer, id);
    }

    @GetMapping("/qc-runs/{id}")
    QcRun run(Viewer viewer, @PathVariable long id) {
        return qc.run(viewer, id);
    }

    @GetMapping(path = "/qc-runs/{id}/report.html", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> report(Viewer viewer, @PathVariable long id) {
        return html(qc.htmlReport(viewer, id), id);
    }

    @GetMapping("/productions/{id}/deliveries")
    List<DeliveryStatus> deliveries(Viewer viewer, @PathVariable long id) {
        return qc.deliveries(viewer, id);
    }

    @GetMapping("/delivery-profiles")
    List<QcService.ProfileChoice> profiles(Viewer viewer) {
        return qc.profiles();
    }

    static ResponseEntity<String> html(String page, long runId) {
        return ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Security-Policy", REPORT_CSP)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"qc-" + runId + ".html\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store").body(page);
    }
}
