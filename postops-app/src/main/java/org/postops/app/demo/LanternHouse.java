package org.postops.app.demo;

import static org.postops.app.demo.ProductionPlan.TaskPlan.milestone;
import static org.postops.app.demo.ProductionPlan.TaskPlan.task;
import static org.postops.app.task.TaskStatus.BLOCKED;
import static org.postops.app.task.TaskStatus.DONE;
import static org.postops.app.task.TaskStatus.IN_PROGRESS;
import static org.postops.app.task.TaskStatus.IN_REVIEW;
import static org.postops.app.task.TaskStatus.TODO;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.postops.app.access.Confidentiality;
import org.postops.app.access.MemberRole;
import org.postops.app.demo.ProductionPlan.Remark;
import org.postops.app.demo.ProductionPlan.TaskPlan;
import org.postops.app.demo.ProductionPlan.TeamMember;
import org.postops.app.production.Brief;
import org.postops.app.production.Criterion;
import org.postops.app.production.Deliverable;
import org.postops.app.production.ProductionFields;
import org.postops.app.production.ProductionStatus;
import org.postops.app.production.ProductionType;
import org.postops.app.production.Scan;
import org.postops.app.production.Spec;
import org.postops.app.task.TaskStatus;

/**
 * The restricted drama: six episodes moving through post a week apart, so episode 1 is nearly
 * delivered while episode 6 is still being cut. Only its team can see it; the codename is MOTH.
 */
final class LanternHouse {

    /** One step every episode goes through, dated from that episode's picture lock. */
    private record Step(String key, String stage, String title, String who, double hours, int fromLock,
            String... after) {
    }

    private static final List<Step> EPISODE = List.of(
            new Step("ingest", "Ingest & sync", "ingest and sync rushes", "ellie.marsh", 14, -42),
            new Step("cut", "Offline edit", "director's cut", "james.whitfield", 32, -3, "ingest"),
            new Step("lock", "Picture lock", "picture lock and turnover (EDL, AAF, guide track)",
                    "ellie.marsh james.whitfield", 6, 0, "cut"),
            new Step("conform", "Online / conform", "conform from camera originals", "nadia.hussain", 14, 5, "lock"),
            new Step("vfx", "VFX", "VFX shots: comp, clean-up, screen replacements", "marcus.bell", 24, 10, "lock"),
            new Step("grade", "Grade", "HDR grade and SDR trim pass", "callum.reid", 16, 15, "conform", "vfx"),
            new Step("mix", "Audio post", "sound design, 5.1 mix and stereo fold-down", "gareth.evans", 24, 15,
                    "lock"),
            new Step("qc", "QC", "QC and IMF package", "aisha.begum nadia.hussain", 8, 19, "grade", "mix"));

    /** Episode 1 locked three weeks ago; each later episode locks a week after the one before. */
    private static final int FIRST_LOCK = -20;

    /** Where the plain rule below does not tell the story: work that is stuck or waiting for sign-off. */
    private static final Map<String, TaskStatus> EXCEPTIONS = Map.of(
            "ep3-vfx", BLOCKED, "ep1-qc", IN_REVIEW, "ep2-grade", IN_REVIEW);

    private LanternHouse() {
    }

    static ProductionPlan plan(LocalDate today) {
        ProductionFields fields = new ProductionFields("The Lantern House", "MOTH", "Halden Pictures",
                ProductionType.DRAMA_SERIES, ProductionStatus.ACTIVE, Confidentiality.RESTRICTED,
                today.minusDays(70), today.plusDays(FIRST_LOCK + 35), today.plusDays(50), "GBP",
                new Brief("""
                        Six-part psychological drama. A lighthouse keeper's daughter returns to the Northumberland \
                        coast after her father's death and finds the house has been let, for twenty years, to \
                        people who should not exist.""",
                        "Deliver six 58-minute episodes in HDR and SDR for worldwide streaming; keep the look "
                                + "consistent with the pilot grade; finish within the post budget.",
                        "Adult drama audience, global subscription streaming platform; 16+ rating.",
                        62_000_000L,
                        List.of(new Criterion(null, "Show LUT and HDR grading workflow signed off by the DoP", true),
                                new Criterion(null, "Episodes pass the platform's IMF and Dolby Vision QC", false),
                                new Criterion(null, "Photosensitive epilepsy (PSE) test passed for every episode",
                                        false),
                                new Criterion(null, "Music cue sheets and archive clearances complete", false),
                                new Criterion(null, "Post schedule agreed with the platform", true))),
                new Spec(3840, 2160, "25", Scan.PROGRESSIVE, "16:9",
                        "HDR PQ Rec.2020 (P3-D65) with SDR Rec.709 trim", "5.1 + stereo", "IMF App 2E (JPEG 2000)",
                        List.of(new Deliverable(null, "UHD HDR IMF package",
                                        "IMF App 2E, JPEG 2000 lossless, PQ Rec.2020, 5.1 + 2.0", "netflix-loudness"),
                                new Deliverable(null, "SDR master", "ProRes 4444 XQ UHD, Rec.709", null),
                                new Deliverable(null, "Stems and M&E", "WAV 48 kHz 24-bit, 5.1 dialogue/music/effects",
                                        null),
                                new Deliverable(null, "Subtitles", "TTML (IMSC1 text profile)", null))));
        List<TeamMember> team = List.of(new TeamMember("tom.okafor", MemberRole.PRODUCER),
                new TeamMember("james.whitfield", MemberRole.EDITOR),
                new TeamMember("ellie.marsh", MemberRole.ASSISTANT_EDITOR),
                new TeamMember("callum.reid", MemberRole.COLOURIST),
                new TeamMember("nadia.hussain", MemberRole.ONLINE_EDITOR),
                new TeamMember("marcus.bell", MemberRole.VFX_ARTIST),
                new TeamMember("gareth.evans", MemberRole.SOUND),
                new TeamMember("aisha.begum", MemberRole.TECH_SUPPORT));
        return new ProductionPlan("harriet.cole", "tom.okafor", fields, team, List.of(), tasks(), remarks());
    }

    private static List<TaskPlan> tasks() {
        List<TaskPlan> tasks = new ArrayList<>(List.of(
                task("lut", "Grade", "Agree show LUT, HDR mastering display and trim workflow",
                        "callum.reid harriet.cole", 8, -55, DONE),
                task("schedule", "Delivery", "Confirm delivery spec and post schedule with the platform",
                        "tom.okafor", 4, -50, DONE),
                task("archive", "Online / conform", "Clear archive news footage used in episodes 2 and 5",
                        "tom.okafor", 6, -5, BLOCKED)
                        .described("Licensor wants a new fee for worldwide SVOD; legal are reviewing.")));
        Map<String, TaskStatus> statuses = new HashMap<>();
        for (int episode = 1; episode <= 6; episode++) {
            int lock = FIRST_LOCK + 7 * (episode - 1);
            String prefix = "ep" + episode + "-";
            for (Step step : EPISODE) {
                String key = prefix + step.key();
                int due = lock + step.fromLock();
                String[] after = Arrays.stream(step.after()).map(a -> prefix + a).toArray(String[]::new);
                boolean ready = Arrays.stream(after).allMatch(a -> statuses.get(a) == DONE);
                TaskStatus status = EXCEPTIONS.getOrDefault(key, status(due, ready));
                statuses.put(key, status);
                tasks.add(task(key, step.stage(), "Ep " + episode + ": " + step.title(), step.who(), step.hours(), due,
                        status, after));
            }
        }
        tasks.add(task("titles", "VFX", "Main title sequence", "marcus.bell", 24, 20, IN_PROGRESS, "lut"));
        tasks.add(milestone("ep1-locked", "Picture lock", "Ep 1: picture lock", "tom.okafor", FIRST_LOCK, "ep1-lock"));
        tasks.add(task("cues", "Audio post", "Music cue sheets for episodes 1–6", "gareth.evans tom.okafor", 6, 40,
                TODO, "ep6-mix +8h")); // once the final mix has been played back to the producers
        tasks.add(task("series", "Delivery", "Series delivery: IMF packages, SDR masters, stems, subtitles",
                "nadia.hussain aisha.begum tom.okafor", 12, 45, TODO,
                "ep1-qc", "ep2-qc", "ep3-qc", "ep4-qc", "ep5-qc", "ep6-qc", "titles", "cues", "archive"));
        tasks.add(milestone("delivered", "Delivery", "Series delivered to the platform", "tom.okafor", 50, "series"));
        return tasks;
    }

    /**
     * Long past is done (what it waits for is due earlier still, so done too); work due in the next
     * week whose inputs are done is in hand; anything else is still to do, waiting or not started.
     */
    private static TaskStatus status(int dueInDays, boolean ready) {
        if (dueInDays <= -3) {
            return DONE;
        }
        return ready && dueInDays <= 7 ? IN_PROGRESS : TODO;
    }

    private static List<Remark> remarks() {
        return List.of(
                new Remark("ep3-vfx", "marcus.bell", "Clean plates for sc. 14 and 22 haven't come from set, so the "
                        + "window replacements can't start. Everything else for ep 3 is tracked."),
                new Remark("ep3-vfx", "harriet.cole", "Chased the line producer: plates promised by Thursday."),
                new Remark("ep1-qc", "aisha.begum", "Loudness passes (-27 LKFS). One PSE flag at 10:41:33:10 in the "
                        + "club scene; Callum is checking the strobe."),
                new Remark("ep2-grade", "callum.reid", "HDR pass done; SDR trim ready for review in Suite 2."),
                new Remark("archive", "tom.okafor", "Legal expect an answer from the licensor next week. If it "
                        + "fails we replace the shots with stills from our own library."));
    }
}
