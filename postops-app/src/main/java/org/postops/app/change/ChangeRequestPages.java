package org.postops.app.change;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postops.app.access.ConfidentialityPolicy;
import org.postops.app.access.ConfidentialityPolicy.Access;
import org.postops.app.access.MemberRole;
import org.postops.app.access.Viewer;
import org.postops.app.production.ProductionService;
import org.postops.app.task.PlannedTask;
import org.postops.app.task.TaskService;
import org.postops.app.web.Inputs;
import org.postops.app.web.PageController;
import org.postops.app.web.Paging;
import org.postops.app.web.Problem;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Change request pages: a production's requests with a form to raise one, and each request with its proposed
 * changes, their impact, the decision buttons and the history. A refused form comes back with the reason.
 */
@PageController
class ChangeRequestPages {

    private final ChangeRequestService requests;
    private final ProductionService productions;
    private final TaskService tasks;
    private final JsonMapper json;

    ChangeRequestPages(ChangeRequestService requests, ProductionService productions, TaskService tasks,
            JsonMapper json) {
        this.requests = requests;
        this.productions = productions;
        this.tasks = tasks;
        this.json = json;
    }

    @GetMapping("/productions/{id}/change-requests")
    String list(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page, Model model) {
        Optional<MemberRole> role = productions.access(viewer, id, Access.VIEW).myRole();
        Inputs in = new Inputs();
        ChangeStatus wanted = status == null || status.isBlank() ? null : in.choice("status", ChangeStatus.class, status);
        in.check();
        model.addAttribute("production", productions.get(viewer, id));
        model.addAttribute("requests", requests.list(viewer, id, wanted, Paging.of(page, 25)));
        model.addAttribute("status", wanted);
        model.addAttribute("statuses", ChangeStatus.values());
        model.addAttribute("mayRaise", ConfidentialityPolicy.allows(viewer, role, Access.COMMENT));
        return "change/list";
    }

    @PostMapping("/productions/{id}/change-requests")
    String raise(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String title,
            @RequestParam(required = false) String requestedBy, @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        try {
            ChangeRequest created = requests.raise(viewer, id, new ChangeRequestFields(title, requestedBy, reason));
            flash.addFlashAttribute("notice", "Change request raised. Its managers can now propose the changes "
                    + "that meet it and see their impact.");
            return "redirect:/change-requests/" + created.id();
        } catch (Problem p) {
            flash.addFlashAttribute("refused", refusal(p));
            return "redirect:/productions/" + id + "/change-requests";
        }
    }

    @GetMapping("/change-requests/{id}")
    String show(Viewer viewer, @PathVariable long id, Model model) {
        ChangeRequest request = requests.get(viewer, id);
        Optional<MemberRole> role = productions.access(viewer, request.productionId(), Access.VIEW).myRole();
        boolean mayManage = ConfidentialityPolicy.allows(viewer, role, Access.MANAGE);
        model.addAttribute("cr", request);
        model.addAttribute("mayManage", mayManage);
        model.addAttribute("mayDecide", mayManage && request.status().undecided());
        Impact impact = null;
        String impactProblem = null;
        if (!request.changes().isEmpty()) {
            try {
                impact = requests.impact(viewer, id);
            } catch (Problem p) {
                impactProblem = p.getMessage();
            }
        }
        model.addAttribute("impact", impact);
        model.addAttribute("impactProblem", impactProblem);
        if (mayManage && request.status().undecided()) {
            List<PlannedTask> plan = tasks.plan(viewer, request.productionId());
            model.addAttribute("plan", plan);
            model.addAttribute("stages", productions.stages(viewer, request.productionId()));
        }
        return "change/page";
    }

    /** One form per kind of change; empty fields change nothing. */
    @PostMapping("/change-requests/{id}/changes")
    String propose(Viewer viewer, @PathVariable long id, @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes flash) {
        try {
            requests.propose(viewer, id, input(form), Optional.empty());
            flash.addFlashAttribute("notice", "Change proposed; the impact below includes it.");
        } catch (Problem p) {
            flash.addFlashAttribute("refused", refusal(p));
        }
        return "redirect:/change-requests/" + id + "#changes";
    }

    @PostMapping("/change-requests/{id}/changes/{changeId}/withdraw")
    String withdraw(Viewer viewer, @PathVariable long id, @PathVariable long changeId, RedirectAttributes flash) {
        try {
            requests.withdraw(viewer, id, changeId);
            flash.addFlashAttribute("notice", "Change withdrawn.");
        } catch (Problem p) {
            if (p.status().value() == 404 && p.errors().isEmpty() && p.getMessage().startsWith("change request")) {
                throw p;
            }
            flash.addFlashAttribute("refused", refusal(p));
        }
        return "redirect:/change-requests/" + id + "#changes";
    }

    @PostMapping("/change-requests/{id}/decision")
    String decide(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String decision,
            @RequestParam(required = false) String note, @RequestParam(required = false) String version,
            RedirectAttributes flash) {
        Inputs in = new Inputs();
        ChangeRequestService.Decision d = in.choice("decision", ChangeRequestService.Decision.class, decision);
        Integer expected = in.whole("version", version);
        try {
            in.check();
            ChangeRequest after = requests.decide(viewer, id, d, note, Optional.ofNullable(expected));
            flash.addFlashAttribute("notice", switch (after.status()) {
                case APPROVED -> "Approved: the changes are applied and the schedule recomputed.";
                case REJECTED -> "Rejected; nothing was changed.";
                case DEFERRED -> "Deferred; reopen it when it is time to decide.";
                default -> "Reopened.";
            });
        } catch (Problem p) {
            flash.addFlashAttribute("refused", refusal(p));
        }
        return "redirect:/change-requests/" + id;
    }

    private ChangeRequestService.ProposalInput input(MultiValueMap<String, String> form) {
        Inputs in = new Inputs();
        ChangeKind kind = in.choice("kind", ChangeKind.class, form.getFirst("kind"));
        in.check();
        ObjectNode body = json.createObjectNode();
        switch (kind) {
            case NEW_TASK: {
                put(body, "title", Inputs.text(form.getFirst("title")));
                Long stage = in.id("stageId", form.getFirst("stageId"));
                if (stage != null) {
                    body.put("stageId", stage);
                }
                Double hours = in.number("estimateHours", form.getFirst("estimateHours"));
                if (hours != null) {
                    body.put("estimateHours", hours);
                }
                put(body, "dueDate", Inputs.text(form.getFirst("dueDate")));
                List<String> deps = form.getOrDefault("dependsOn", List.of());
                body.set("dependsOn", json.valueToTree(deps.stream().map(d -> in.id("dependsOn", d))
                        .filter(d -> d != null).toList()));
                in.check();
                return new ChangeRequestService.ProposalInput(kind, null, body, null);
            }
            case CHANGE_TASK: {
                Long task = in.id("taskId", form.getFirst("taskId"));
                Double hours = in.number("estimateHours", form.getFirst("estimateHours"));
                if (hours != null) {
                    body.put("estimateHours", hours);
                }
                put(body, "dueDate", Inputs.text(form.getFirst("dueDate")));
                put(body, "startNotBefore", Inputs.text(form.getFirst("startNotBefore")));
                in.check();
                return new ChangeRequestService.ProposalInput(kind, task, null, body);
            }
            default: {
                put(body, "deliveryDate", Inputs.text(form.getFirst("deliveryDate")));
                put(body, "pictureLockDate", Inputs.text(form.getFirst("pictureLockDate")));
                ObjectNode spec = json.createObjectNode();
                put(spec, "masteringFormat", Inputs.text(form.getFirst("masteringFormat")));
                put(spec, "colourPipeline", Inputs.text(form.getFirst("colourPipeline")));
                Integer width = in.whole("frameWidth", form.getFirst("frameWidth"));
                Integer height = in.whole("frameHeight", form.getFirst("frameHeight"));
                if (width != null) {
                    spec.put("frameWidth", width);
                }
                if (height != null) {
                    spec.put("frameHeight", height);
                }
                if (!spec.isEmpty()) {
                    body.set("spec", spec);
                }
                in.check();
                return new ChangeRequestService.ProposalInput(kind, null, null, body);
            }
        }
    }

    private static void put(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static Map<String, Object> refusal(Problem p) {
        return Map.of("message", p.getMessage());
    }
}
