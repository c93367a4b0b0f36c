package org.postops.app.delivery.web;

import org.postops.app.delivery.AssetFields;
import org.postops.app.delivery.AssetService;
import org.postops.app.delivery.MediaAsset;
import org.postops.app.delivery.QcRun;
import org.postops.app.delivery.QcService;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.postops.app.access.ConfidentialityPolicy;
import org.postops.app.access.ConfidentialityPolicy.Access;
import org.postops.app.access.MemberRole;
import org.postops.app.access.Viewer;
import org.postops.app.job.JobRun;
import org.postops.app.media.volume.VolumeService;
import org.postops.app.production.ProductionService;
import org.postops.app.web.PageController;
import org.postops.app.web.Problem;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Delivery pages: a production's deliverables with their latest verdicts and its assets (QC buttons, live
 * progress, uploading a file through {@link PageUpload}, registering one on a volume), and one asset with its
 * metadata and QC history. The HTML report opens from here with the page's sign-in. Clients of the production read
 * all of it and see no buttons.
 */
@PageController
class DeliveryPages {

    private final AssetService assets;
    private final QcService qc;
    private final ProductionService productions;
    private final VolumeService volumes;

    DeliveryPages(AssetService assets, QcService qc, ProductionService productions, VolumeService volumes) {
        this.assets = assets;
        this.qc = qc;
        this.productions = productions;
        this.volumes = volumes;
    }

    @GetMapping("/productions/{id}/deliveries")
    String deliveries(Viewer viewer, @PathVariable long id, Model model) {
        boolean mayWork = mayWork(viewer, id);
        model.addAttribute("production", productions.get(viewer, id));
        model.addAttribute("deliveries", qc.deliveries(viewer, id));
        model.addAttribute("assets", assets.ofProduction(viewer, id));
        List<JobRun> runs = qc.productionJobs(viewer, id);
        model.addAttribute("active", runs.stream().filter(r -> !r.finished()).toList());
        model.addAttribute("mayWork", mayWork);
        model.addAttribute("profiles", mayWork ? qc.profiles() : List.of());
        model.addAttribute("volumeChoices", mayWork ? volumes.list(viewer, false) : List.of());
        model.addAttribute("maxUploadBytes", assets.maxUploadBytes());
        model.addAttribute("maxUploadWords", org.postops.app.web.BodyLimit.size(assets.maxUploadBytes()));
        return "delivery/deliveries";
    }

    @PostMapping("/productions/{id}/assets")
    String register(Viewer viewer, @PathVariable long id, @RequestParam Map<String, String> form,
            RedirectAttributes flash) {
        try {
            MediaAsset a = assets.register(viewer, id, new AssetFields(number(form.get("volumeId"), "volumeId"),
                    form.get("relativePath"), form.get("label"), number(form.get("deliverableId"), "deliverableId")));
            flash.addFlashAttribute("notice", "Registered and probed. Run a QC to check it against its profile.");
            return "redirect:/assets/" + a.id();
        } catch (Problem p) {
            if (p.status().value() == 404 && !String.valueOf(p.getMessage()).contains("volume")) {
                throw p;
            }
            flash.addFlashAttribute("refused", refusal(p));
            return "redirect:/productions/" + id + "/deliveries";
        }
    }

    @GetMapping("/assets/{id}")
    String asset(Viewer viewer, @PathVariable long id, Model model) {
        MediaAsset a = assets.get(viewer, id);
        boolean mayWork = mayWork(viewer, a.productionId());
        model.addAttribute("asset", a);
        model.addAttribute("production", productions.get(viewer, a.productionId()));
        model.addAttribute("runs", qc.history(viewer, id));
        List<JobRun> jobs = qc.jobs(viewer, id);
        model.addAttribute("active", jobs.stream().filter(r -> !r.finished()).toList());
        model.addAttribute("mayWork", mayWork);
        model.addAttribute("profiles", mayWork ? qc.profiles() : List.of());
        model.addAttribute("deliverables", mayWork ? assets.deliverables(viewer, a.productionId()).values().stream()
                .toList() : List.of());
        return "delivery/asset";
    }

    @PostMapping("/assets/{id}")
    String change(Viewer viewer, @PathVariable long id, @RequestParam Map<String, String> form,
            RedirectAttributes flash) {
        try {
            int version = Integer.parseInt(form.getOrDefault("version", "-1"));
            tools.jackson.databind.node.ObjectNode patch = tools.jackson.databind.node.JsonNodeFactory.instance
                    .objectNode();
            patch.put("label", form.get("label"));
            Long deliverable = number(form.get("deliverableId"), "deliverableId");
            if (deliverable == null) {
                patch.putNull("deliverableId");
            } else {
                patch.put("deliverableId", deliverable);
            }
            assets.patch(viewer, id, patch, Optional.of(version));
            flash.addFlashAttribute("notice", "Saved.");
        } catch (NumberFormatException e) {
            flash.addFlashAttribute("refused", "The form was incomplete: reload the page and try again.");
        } catch (Problem p) {
            if (p.status().value() == 404) {
                throw p;
            }
            flash.addFlashAttribute("refused", refusal(p));
        }
        return "redirect:/assets/" + id;
    }

    @PostMapping("/assets/{id}/qc")
    String start(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String profile,
            @RequestParam(required = false) String back, RedirectAttributes flash) {
        String to = "deliveries".equals(back) ? "redirect:/productions/" + assets.get(viewer, id).productionId()
                + "/deliveries" : "redirect:/assets/" + id;
        try {
            QcRun run = qc.start(viewer, id, Optional.ofNullable(profile));
            flash.addFlashAttribute("notice", "QC of " + run.assetLabel() + " against " + run.profileId() + ": queued.");
        } catch (Problem p) {
            if (p.status().value() == 404) {
                throw p;
            }
            flash.addFlashAttribute("refused", refusal(p));
        }
        return to;
    }

    @GetMapping("/qc-runs/{id}/report.html")
    ResponseEntity<String> report(Viewer viewer, @PathVariable long id) {
        return DeliveryController.html(qc.htmlReport(viewer, id), id);
    }

    private boolean mayWork(Viewer viewer, long productionId) {
        Optional<MemberRole> role = productions.access(viewer, productionId, Access.VIEW).myRole();
        return ConfidentialityPolicy.allows(viewer, role, Access.WORK);
    }

    private static Long number(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw Problem.badField(field, "must be chosen from the list");
        }
    }

    private static String refusal(Problem p) {
        if (p.errors().isEmpty()) {
            return p.getMessage();
        }
        return p.errors().stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
    }
}
