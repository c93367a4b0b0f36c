package org.postops.app.demo;

import static org.postops.app.demo.ProductionPlan.TaskPlan.milestone;
import static org.postops.app.demo.ProductionPlan.TaskPlan.task;
import static org.postops.app.task.TaskStatus.BLOCKED;
import static org.postops.app.task.TaskStatus.DONE;
import static org.postops.app.task.TaskStatus.IN_PROGRESS;
import static org.postops.app.task.TaskStatus.IN_REVIEW;
import static org.postops.app.task.TaskStatus.TODO;

import java.time.LocalDate;
import java.util.List;
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

/**
 * The commercial: a 30-second spot and its cut-downs in the last week before air, with the client on
 * the team (she sees this production only, and comments on it). Its post budget is tight: the forecast
 * runs a little over the cap, so the budget shows its warning.
 */
final class FirstLight {

    private static final String INGEST = "Ingest";
    private static final String OFFLINE = "Offline edit";
    private static final String APPROVAL = "Client approval";
    private static final String ONLINE = "Online / conform";
    private static final String VFX = "VFX & graphics";
    private static final String GRADE = "Grade";
    private static final String AUDIO = "Audio post";
    private static final String QC = "QC";
    private static final String DELIVERY = "Delivery";

    private FirstLight() {
    }

    static ProductionPlan plan(LocalDate today) {
        ProductionFields fields = new ProductionFields("Harbour Coffee: First Light (30s)", null,
                "Harbour Coffee Co.", ProductionType.COMMERCIAL, ProductionStatus.ACTIVE, Confidentiality.STANDARD,
                today.minusDays(12), today.minusDays(2), today.plusDays(5), "GBP",
                new Brief("""
                        A fisherman's first coffee of the day as the sun comes up over the harbour. One take of \
                        the pour, warm morning light, the new compostable cup in the end frame.""",
                        "Launch the new cup: a 30s TV spot, 20s and 10s cut-downs and social versions, on air "
                                + "in a week.",
                        "UK adults 25–54; linear TV, video on demand and social (16:9, 1:1, 9:16).",
                        600_000L,
                        List.of(new Criterion(null, "30s cut approved by the client", true),
                                new Criterion(null, "Supers and legal line cleared for broadcast", false),
                                new Criterion(null, "Clock numbers issued for every version", false),
                                new Criterion(null, "Masters delivered to playout two days before air", false))),
                new Spec(1920, 1080, "25", Scan.PROGRESSIVE, "16:9", "SDR Rec.709", "Stereo", "ProRes 4444",
                        List.of(new Deliverable(null, "TV master 30s",
                                        "ProRes 4444 1080p25, stereo at -23 LUFS, clock and slate", "ebu-r128"),
                                new Deliverable(null, "TV cut-downs 20s and 10s", "ProRes 4444 1080p25, clocked",
                                        "ebu-r128"),
                                new Deliverable(null, "Web and social versions",
                                        "H.264 MP4: 1920x1080, 1080x1080, 1080x1920, -14 LUFS", "streaming-web"))));
        List<TeamMember> team = List.of(new TeamMember("tom.okafor", MemberRole.PRODUCER),
                new TeamMember("priya.raman", MemberRole.EDITOR),
                new TeamMember("callum.reid", MemberRole.COLOURIST),
                new TeamMember("marcus.bell", MemberRole.VFX_ARTIST),
                new TeamMember("nadia.hussain", MemberRole.ONLINE_EDITOR),
                new TeamMember("gareth.evans", MemberRole.SOUND),
                new TeamMember("rob.fletcher", MemberRole.TECH_SUPPORT),
                new TeamMember("claire.donovan", MemberRole.CLIENT));
        return new ProductionPlan("harriet.cole", "tom.okafor", fields, team, List.of(), tasks(), remarks());
    }

    private static List<TaskPlan> tasks() {
        return List.of(
                task("ingest", INGEST, "Ingest and sync the shoot day (ARRIRAW, two cameras)", "rob.fletcher", 4, -11,
                        DONE),
                task("dailies", INGEST, "Edit proxies and dailies for the agency", "rob.fletcher", 3, -10, DONE,
                        "ingest"),
                task("v1", OFFLINE, "Offline: 30s version 1", "priya.raman", 16, -8, DONE, "dailies"),
                task("v2", OFFLINE, "Offline: client notes round 1 (v2)", "priya.raman", 8, -5, DONE, "v1"),
                task("approved", APPROVAL, "Client approval of the 30s cut", "tom.okafor", 1, -3, DONE, "v2"),
                task("cut20", OFFLINE, "20s cut-down", "priya.raman", 6, -1, IN_REVIEW, "approved"),
                task("cut10", OFFLINE, "10s cut-down and 6s bumper", "priya.raman", 6, 1, IN_PROGRESS, "approved"),
                task("locked", APPROVAL, "Lock all versions with the client", "tom.okafor", 1, 1, TODO, "cut20",
                        "cut10"),
                milestone("lock", APPROVAL, "Picture lock: all versions", "tom.okafor", -2, "locked"),
                task("conform", ONLINE, "Conform the 30s from ARRIRAW", "nadia.hussain", 6, -2, DONE, "approved"),
                task("packshot", VFX, "Packshot and end frame with legal line", "marcus.bell", 10, 1, IN_PROGRESS,
                        "approved"),
                task("cleanup", VFX, "Remove crew reflection in the café window; rig removal", "marcus.bell", 8, 0,
                        BLOCKED, "approved")
                        .described("Needs the clean plate from the agency's stills shoot."),
                task("supers", VFX, "Supers and legal copy as cleared", "nadia.hussain", 3, 2, TODO, "packshot"),
                task("grade", GRADE, "Grade: warm morning look, matched to the reference stills", "callum.reid", 8, 0,
                        IN_REVIEW, "conform"),
                task("gradecuts", GRADE, "Grade the 20s and 10s cut-downs", "callum.reid", 4, 2, TODO, "grade",
                        "locked"),
                task("music", AUDIO, "Music edit to the licensed track", "gareth.evans", 4, -2, DONE, "approved"),
                task("sfx", AUDIO, "Sound design: pour, steam, harbour ambience", "gareth.evans", 6, 1, IN_PROGRESS,
                        "approved"),
                task("mix", AUDIO, "Mix TV (-23 LUFS) and web (-16 LUFS) versions", "gareth.evans", 4, 3, TODO,
                        "music", "sfx", "locked"),
                task("online", ONLINE, "Online all versions with supers and packshot", "nadia.hussain", 6, 3, TODO,
                        "gradecuts", "supers", "cleanup"),
                task("clocks", DELIVERY, "Clock numbers and broadcast clearance submission", "tom.okafor", 2, 2,
                        IN_PROGRESS),
                task("qc", QC, "QC every version; check clocks and slates", "rob.fletcher", 2, 4, TODO, "online",
                        "mix"),
                task("playout", DELIVERY, "Deliver ProRes 4444 masters to playout", "rob.fletcher", 2, 5, TODO, "qc",
                        "clocks +8h"), // clearance answers a working day after the submission
                task("social", DELIVERY, "Encode H.264 web and social versions (16:9, 1:1, 9:16)", "nadia.hussain", 3,
                        5, TODO, "qc"),
                milestone("aired", DELIVERY, "Masters delivered to playout", "tom.okafor", 5, "playout", "social"),
                task("handover", DELIVERY, "Archive the project; hand stills over to the agency", "rob.fletcher", 2, 10,
                        TODO, "playout"));
    }

    private static List<Remark> remarks() {
        return List.of(
                new Remark("grade", "claire.donovan", "Loving the warmth. Could the steam off the cup read a touch "
                        + "brighter in the final shot?"),
                new Remark("grade", "callum.reid", "Yes: I'll lift it with a window and send a new still this "
                        + "afternoon."),
                new Remark("cleanup", "marcus.bell", "Waiting for the clean plate; asked Claire for it."),
                new Remark("cleanup", "claire.donovan", "Our photographer is sending it over tonight."));
    }
}
