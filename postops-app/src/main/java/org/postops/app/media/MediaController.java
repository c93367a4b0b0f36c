package org.postops.app.media;

import java.net.URI;
import java.util.List;
import org.postops.app.access.Viewer;
import org.postops.app.job.JobRun;
import org.postops.app.web.PageOf;
import org.postops.app.web.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Media folders, their seal and verify runs and a production's 3-2-1 coverage over the API. */
@RestController
@RequestMapping("/api/v1")
class MediaController {

    private final MediaService media;

    MediaController(MediaService media) {
        this.media = media;
    }

    @GetMapping("/volumes/{id}/folders")
    List<MediaFolder> foldersOnVolume(Viewer viewer, @PathVariable long id) {
        return media.onVolume(viewer, id);
    }

    @GetMapping("/productions/{id}/media-folders")
    List<MediaFolder> folders(Viewer viewer, @PathVariable long id) {
        return media.ofProduction(viewer, id);
    }

    @PostMapping("/productions/{id}/media-folders")
    ResponseEntity<MediaFolder> registerFolder(Viewer viewer, @PathVariable long id,
            @RequestBody MediaFolderFields fields) {
        MediaFolder f = media.register(viewer, id, fields);
        return ResponseEntity.created(URI.create("/api/v1/media-folders/" + f.id())).body(f);
    }

    @GetMapping("/media-folders/{id}")
    MediaFolder folder(Viewer viewer, @PathVariable long id) {
        return media.get(viewer, id);
    }

    @PostMapping("/media-folders/{id}/seal")
    ResponseEntity<JobRun> seal(Viewer viewer, @PathVariable long id) {
        JobRun run = media.seal(viewer, id);
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/jobs/" + run.id())).body(run);
    }

    @PostMapping("/media-folders/{id}/verify")
    ResponseEntity<JobRun> verify(Viewer viewer, @PathVariable long id) {
        JobRun run = media.verify(viewer, id);
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/jobs/" + run.id())).body(run);
    }

    @GetMapping("/media-folders/{id}/runs")
    List<MediaRun> runs(Viewer viewer, @PathVariable long id) {
        return media.runs(viewer, id);
    }

    @GetMapping("/media-folders/{id}/files")
    PageOf<MediaFile> files(Viewer viewer, @PathVariable long id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return media.files(viewer, id, Paging.of(page, size));
    }

    @GetMapping("/media-folders/{id}/jobs")
    List<JobRun> jobs(Viewer viewer, @PathVariable long id) {
        return media.jobs(viewer, id);
    }

    @GetMapping("/productions/{id}/media-coverage")
    Coverage coverage(Viewer viewer, @PathVariable long id) {
        return media.coverage(viewer, id);
    }
}
