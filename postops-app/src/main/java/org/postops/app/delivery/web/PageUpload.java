package org.postops.app.delivery.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.postops.app.access.Viewer;
import org.postops.app.delivery.AssetService;
import org.postops.app.delivery.MediaAsset;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The delivery page's upload (decision 0030): the API's upload — the file's bytes as the body, streamed to disk,
 * the same parameters, cap, checks and problem details — at the pages' door, so that the page's script signs it
 * with the session and the CSRF header. The API itself takes bearer tokens only and no cookies, so it needs no
 * CSRF protection; this keeps it that way. Not a page, so failures answer JSON for the script to show.
 */
@RestController
class PageUpload {

    private final AssetService assets;

    PageUpload(AssetService assets) {
        this.assets = assets;
    }

    @PostMapping("/productions/{id}/assets/upload")
    ResponseEntity<MediaAsset> upload(Viewer viewer, @PathVariable long id, @RequestParam String fileName,
            @RequestParam(required = false) String label, @RequestParam(required = false) Long deliverableId,
            @RequestParam(required = false) Long volumeId, @RequestParam(required = false) String folder,
            HttpServletRequest request) throws IOException {
        return DeliveryController.receive(assets, viewer, id, new AssetService.Upload(fileName, label, deliverableId,
                volumeId, folder), request);
    }
}
