package org.postops.app.media;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.postops.app.access.ConfidentialityPolicy.Access;
import org.postops.app.access.ConfidentialityPolicy;
import org.postops.app.access.MemberRole;
import org.postops.app.access.Viewer;
import org.postops.app.job.JobRun;
import org.postops.app.media.volume.MediaType;
import org.postops.app.media.volume.Site;
import org.postops.app.media.volume.Volume;
import org.postops.app.media.volume.VolumeFields;
import org.postops.app.media.volume.VolumeKind;
import org.postops.app.media.volume.VolumeService;
import org.postops.app.production.ProductionService;
import org.postops.app.web.PageController;
import org.postops.app.web.Paging;
import org.postops.app.web.Problem;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Media pages: the facility's volumes (for everyone but clients; set up by administrators and support), a
 * production's media (folders, runs with live progress, 3-2-1 coverage, buttons to seal and verify) and one
 * folder with its runs and the latest run's files. A refused form comes back with the reason.
 */
@PageController
class MediaPages {

    private final VolumeService volumes;
    private final MediaService media;
    private final ProductionService productions;

    MediaPages(VolumeService volumes, MediaService media, ProductionService productions) {
        this.volumes = volumes;
        this.media = media;
        this.productions = productions;
    }

    @GetMapping("/volumes")
    String volumes(Viewer viewer, @RequestParam(defaultValue = "false") boolean includeRetired, Model model) {
        model.addAttribute("volumes", volumes.list(viewer, includeRetired));
        model.addAttribute("includeRetired", includeRetired);
        form(viewer, model);
        return "media/volumes";
    }

    @PostMapping("/volumes")
    String register(Viewer viewer, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        try {
            Volume v = volumes.register(viewer, fields(form));
            flash.addFlashAttribute("notice", "Volume registered. Register productions' folders on it from their "
                    + "media pages.");
            return "redirect:/volumes/" + v.id();
        } catch (Problem p) {
            flash.addFlashAttribute("refused", refusal(p));
            return "redirect:/volumes";
        }
    }

    @GetMapping("/volumes/{id}")
    String volume(Viewer viewer, @PathVariable long id, Model model) {
        model.addAttribute("volume", volumes.get(viewer, id));
        model.addAttribute("folders", media.onVolume(viewer, id));
        form(viewer, model);
        return "media/volume";
    }

    @PostMapping("/volumes/{id}")
    String change(Viewer viewer, @PathVariable long id, @RequestParam Map<String, String> form,
            RedirectAttributes flash) {
        try {
            int version = Integer.parseInt(form.getOrDefault("version", "-1"));
            volumes.change(viewer, id, fields(form), version);
            flash.addFlashAttribute("notice", "Volume saved.");
        } catch (NumberFormatException e) {
            flash.addFlashAttribute("refused", "The form was incomplete: reload the page and try again.");
        } catch (Problem p) {
            if (p.status().value() == 404) {
                throw p;
            }
            flash.addFlashAttribute("refused", refusal(p));
        }
        return "redirect:/volumes/" + id;
    }

    @GetMapping("/productions/{id}/media")
    String production(Viewer viewer, @PathVariable long id, Model model) {
        Optional<MemberRole> role = productions.access(viewer, id, Access.VIEW).myRole();
        boolean mayWork = ConfidentialityPolicy.allows(viewer, role, Access.WORK);
        model.addAttribute("production", productions.get(viewer, id));
        model.addAttribute("folders", media.ofProduction(viewer, id));
        model.addAttribute("coverage", media.coverage(viewer, id).items().stream()
                .collect(Collectors.toMap(Coverage.FolderCoverage::folderId, c -> c)));
        model.addAttribute("windowDays", media.windowDays());
        List<JobRun> runs = media.productionJobs(viewer, id);
        model.addAttribute("active", runs.stream().filter(r -> !r.finished()).toList());
        model.addAttribute("recent", runs.stream().filter(JobRun::finished).limit(10).toList());
        model.addAttribute("mayWork", mayWork);
        model.addAttribute("volumeChoices", mayWork ? volumes.list(viewer, false) : List.of());
        return "media/production";
    }

    @PostMapping("/productions/{id}/media-folders")
    String registerFolder(Viewer viewer, @PathVariable long id, @RequestParam Map<String, String> form,
            RedirectAttributes flash) {
        try {
            Long volumeId = form.get("volumeId") == null || form.get("volumeId").isBlank() ? null
                    : Long.valueOf(form.get("volumeId"));
            List<String> formats = form.get("hashFormats") == null || form.get("hashFormats").isBlank() ? List.of()
                    : List.of(form.get("hashFormats").split("[,\\s]+"));
            MediaFolder f = media.register(viewer, id, new MediaFolderFields(volumeId, form.get("relativePath"),
                    form.get("label"), formats));
            flash.addFlashAttribute("notice", "Folder registered. Seal it to record its hashes.");
            return "redirect:/media-folders/" + f.id();
        } catch (NumberFormatException e) {
            flash.addFlashAttribute("refused", "volumeId: choose a volume");
        } catch (Problem p) {
            if (p.status().value() == 404 && p.getMessage() != null && !p.getMessage().contains("volume")) {
                throw p;
            }
            flash.addFlashAttribute("refused", refusal(p));
        }
        return "redirect:/productions/" + id + "/media";
    }

    @GetMapping("/media-folders/{id}")
    String folder(Viewer viewer, @PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        MediaFolder f = media.get(viewer, id);
        Optional<MemberRole> role = productions.access(viewer, f.productionId(), Access.VIEW).myRole();
        model.addAttribute("folder", f);
        model.addAttribute("production", productions.get(viewer, f.productionId()));
        model.addAttribute("runs", media.runs(viewer, id));
        model.addAttribute("files", media.files(viewer, id, Paging.of(page, 100)));
        List<JobRun> jobs = media.jobs(viewer, id);
        model.addAttribute("active", jobs.stream().filter(r -> !r.finished()).toList());
        model.addAttribute("lastJob", jobs.stream().filter(JobRun::finished).findFirst().orElse(null));
        model.addAttribute("coverage", media.coverage(viewer, f.productionId()).items().stream()
                .filter(c -> c.folderId() == id).findFirst().orElse(null));
        model.addAttribute("mayWork", ConfidentialityPolicy.allows(viewer, role, Access.WORK));
        return "media/folder";
    }

    @PostMapping("/media-folders/{id}/seal")
    String seal(Viewer viewer, @PathVariable long id, RedirectAttributes flash) {
        return start(id, flash, () -> media.seal(viewer, id));
    }

    @PostMapping("/media-folders/{id}/verify")
    String verify(Viewer viewer, @PathVariable long id, RedirectAttributes flash) {
        return start(id, flash, () -> media.verify(viewer, id));
    }

    private static String start(long id, RedirectAttributes flash, java.util.function.Supplier<JobRun> action) {
        try {
            JobRun run = action.get();
            flash.addFlashAttribute("notice", run.title() + ": queued.");
        } catch (Problem p) {
            if (p.status().value() == 404) {
                throw p;
            }
            flash.addFlashAttribute("refused", refusal(p));
        }
        return "redirect:/media-folders/" + id;
    }

    private static void form(Viewer viewer, Model model) {
        model.addAttribute("maySetUp", VolumeService.maySetUp(viewer));
        model.addAttribute("kinds", VolumeKind.values());
        model.addAttribute("mediaTypes", MediaType.values());
        model.addAttribute("sites", Site.values());
    }

    private static VolumeFields fields(Map<String, String> form) {
        Long kitId = null;
        String kit = form.get("kitId");
        if (kit != null && !kit.isBlank()) {
            try {
                kitId = Long.valueOf(kit.strip());
            } catch (NumberFormatException e) {
                throw Problem.badField("kitId", "must be a kit id");
            }
        }
        return new VolumeFields(form.get("name"), choice(VolumeKind.class, form.get("kind"), "kind"),
                choice(MediaType.class, form.get("mediaType"), "mediaType"), choice(Site.class, form.get("site"), "site"),
                form.get("rootPath"), kitId, form.get("notes"), "true".equals(form.get("retired")));
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.badField(field, "is not one of the choices");
        }
    }

    /** The refusal in words: each field and what is wrong with it, or the problem's detail. */
    static String refusal(Problem p) {
        if (p.errors().isEmpty()) {
            return p.getMessage();
        }
        return p.errors().stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
    }
}
