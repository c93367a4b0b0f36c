package org.postops.app.demo;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postops.app.access.Viewer;
import org.postops.app.change.ChangeKind;
import org.postops.app.change.ChangeRequest;
import org.postops.app.change.ChangeRequestFields;
import org.postops.app.change.ChangeRequestService;
import org.postops.app.change.ChangeRequestService.Decision;
import org.postops.app.change.ChangeRequestService.ProposalInput;
import org.postops.app.change.ProposedChange;
import org.postops.app.task.Person;
import org.postops.app.task.PlannedTask;
import org.postops.app.task.TaskService;
import org.postops.app.task.TaskStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Change requests as a facility has them, through the real service: one waiting for a decision with its impact
 * to read, one approved (its changes are in the plan) and one deferred. Each production gets one.
 */
@Component
class DemoChangeRequests {

    private final ChangeRequestService requests;
    private final TaskService tasks;
    private final JsonMapper json;

    DemoChangeRequests(ChangeRequestService requests, TaskService tasks, JsonMapper json) {
        this.requests = requests;
        this.tasks = tasks;
        this.json = json;
    }

    /** {@code productions} in the order of the demo's plans (drama, documentary, commercial). */
    void load(Map<String, Viewer> people, List<Long> productions) {
        Viewer supervisor = people.get("harriet.cole");
        Viewer producer = people.get("tom.okafor");
        if (productions.size() > 0) { // the drama: open, waiting on the producer
            long p = productions.get(0);
            ChangeRequest cr = requests.raise(producer, p, new ChangeRequestFields(
                    "Director's notes: recut of the cliff-top scene and three more VFX shots", "The director",
                    "After the viewing the director wants the cliff-top scene recut for pace and three more "
                            + "VFX shots (sky replacements) in that sequence."));
            longest(supervisor, p).ifPresent(t -> lengthen(supervisor, cr.id(), t, 1.5));
            addTask(supervisor, cr.id(), p, "Sky replacements: three more shots", 18);
        }
        if (productions.size() > 2) { // the commercial: approved, already in the plan
            long p = productions.get(2);
            ChangeRequest cr = requests.raise(producer, p, new ChangeRequestFields(
                    "Agency wants a 6s bumper from the 30s", "Harbour Coffee's agency",
                    "A six-second bumper for video on demand, cut from the approved 30s."));
            addTask(supervisor, cr.id(), p, "Cut and clock the 6s bumper", 3);
            requests.decide(supervisor, cr.id(), Decision.APPROVE, "Quoted and accepted: half a day of edit.",
                    Optional.empty());
        }
        if (productions.size() > 1) { // the documentary: deferred until the broadcaster decides
            long p = productions.get(1);
            ChangeRequest cr = requests.raise(producer, p, new ChangeRequestFields(
                    "Delivery moves from HD SDR to UHD HDR", "The broadcaster",
                    "The broadcaster may take the series in UHD HDR (PQ) for its streaming service."));
            ObjectNode spec = json.createObjectNode();
            spec.put("frameWidth", 3840);
            spec.put("frameHeight", 2160);
            spec.put("colourPipeline", "ACES, HDR PQ 1000 nits with an SDR trim");
            ObjectNode patch = json.createObjectNode();
            patch.set("spec", spec);
            requests.propose(supervisor, cr.id(), new ProposalInput(ChangeKind.CHANGE_PRODUCTION, null, null, patch),
                    Optional.empty());
            longest(supervisor, p).ifPresent(t -> lengthen(supervisor, cr.id(), t, 1.4));
            requests.decide(supervisor, cr.id(), Decision.DEFER, "Waiting for the broadcaster's answer on Friday.",
                    Optional.empty());
        }
    }

    /** The longest task not yet done: the one a change most often lengthens. */
    private Optional<PlannedTask> longest(Viewer viewer, long production) {
        return tasks.plan(viewer, production).stream()
                .filter(t -> t.status() != TaskStatus.DONE && !t.milestone() && t.estimateMinutes() != null)
                .max(Comparator.comparingInt(PlannedTask::estimateMinutes));
    }

    private ProposedChange lengthen(Viewer supervisor, long request, PlannedTask task, double factor) {
        ObjectNode patch = json.createObjectNode();
        patch.put("estimateHours", Math.round(task.estimateMinutes() * factor / 60.0));
        return requests.propose(supervisor, request, new ProposalInput(ChangeKind.CHANGE_TASK, task.id(), null, patch),
                Optional.empty());
    }

    private void addTask(Viewer supervisor, long request, long production, String title, int hours) {
        PlannedTask anchor = longest(supervisor, production).orElse(null);
        ObjectNode task = json.createObjectNode();
        task.put("title", title);
        task.put("estimateHours", hours);
        if (anchor != null) {
            task.put("stageId", anchor.stageId());
            task.set("dependsOn", json.valueToTree(List.of(anchor.id())));
            task.set("assignees", json.valueToTree(tasks.get(supervisor, anchor.id()).assignees().stream()
                    .map(Person::username).toList()));
        }
        requests.propose(supervisor, request, new ProposalInput(ChangeKind.NEW_TASK, null, task, null),
                Optional.empty());
    }
}
