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
import org.postops.app.demo.ProductionPlan.ExtraStage;
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
 * The documentary: in its fine cut, picture lock days away, held up by one archive clearance that has
 * gone quiet. Standard confidentiality: all staff can see it.
 */
final class SaltRoads {

    private static final String INGEST = "Ingest & sync";
    private static final String LOGGING = "Logging & transcription";
    private static final String OFFLINE = "Offline edit";
    private static final String ARCHIVE = "Archive clearance";
    private static final String LOCK = "Picture lock";
    private static final String ONLINE = "Online / conform";
    private static final String GRADE = "Grade";
    private static final String AUDIO = "Audio post";
    private static final String ACCESS = "Subtitles & access";
    private static final String QC = "QC";
    private static final String DELIVERY = "Delivery";

    private SaltRoads() {
    }

    static ProductionPlan plan(LocalDate today) {
        ProductionFields fields = new ProductionFields("The Salt Roads", null, "Wetherby Docs",
                ProductionType.DOCUMENTARY, ProductionStatus.ACTIVE, Confidentiality.STANDARD, today.minusDays(50),
                today.plusDays(4), today.plusDays(24), "GBP",
                new Brief("""
                        Feature-length documentary following the old salt ways from the Cheshire brine springs to \
                        the Severn, through the people who still live and work along them.""",
                        "A 59-minute film for a 9pm factual slot, with archive that places today's landscape in "
                                + "its industrial past; deliver to the broadcaster's file-delivery standard.",
                        "UK public-service broadcast and catch-up streaming; general factual audience.",
                        9_500_000L,
                        List.of(new Criterion(null, "Paper edit approved by the commissioning editor", true),
                                new Criterion(null, "Rough cut signed off at exec viewing", true),
                                new Criterion(null, "All archive cleared for UK TV and 5 years' streaming", false),
                                new Criterion(null, "Passes DPP technical QC first time", false))),
                new Spec(1920, 1080, "25", Scan.PROGRESSIVE, "16:9", "SDR Rec.709", "Stereo", "ProRes 422 HQ",
                        List.of(new Deliverable(null, "Broadcast master",
                                        "AS-11 UK DPP HD (AVC-Intra 100), stereo + M&E", "uk-dpp-as11-hd"),
                                new Deliverable(null, "Mezzanine master", "ProRes 422 HQ 1080p25", "prores-mezzanine"),
                                new Deliverable(null, "Subtitles", "EBU-TT-D", null))));
        List<TeamMember> team = List.of(new TeamMember("tom.okafor", MemberRole.PRODUCER),
                new TeamMember("priya.raman", MemberRole.EDITOR),
                new TeamMember("ellie.marsh", MemberRole.ASSISTANT_EDITOR),
                new TeamMember("callum.reid", MemberRole.COLOURIST),
                new TeamMember("nadia.hussain", MemberRole.ONLINE_EDITOR),
                new TeamMember("gareth.evans", MemberRole.SOUND),
                new TeamMember("rob.fletcher", MemberRole.TECH_SUPPORT));
        return new ProductionPlan("harriet.cole", "tom.okafor", fields, team,
                List.of(new ExtraStage(ACCESS, QC)), tasks(), remarks());
    }

    private static List<TaskPlan> tasks() {
        return List.of(
                task("storage", INGEST, "Set up shared storage and LTO backup for the project", "rob.fletcher", 4, -48,
                        DONE),
                task("setup", INGEST, "Avid project, bins and sequence templates", "ellie.marsh", 3, -47, DONE,
                        "storage"),
                task("block1", INGEST, "Ingest and sync shoot block 1 (Cheshire)", "ellie.marsh", 10, -44, DONE,
                        "setup"),
                task("block2", INGEST, "Ingest and sync shoot block 2 (Droitwich)", "ellie.marsh", 10, -32, DONE,
                        "setup"),
                task("pickups", INGEST, "Ingest pick-up shoot and drone footage", "ellie.marsh", 6, -12, DONE, "setup"),
                task("transcripts", LOGGING, "Transcribe interviews (14 hours)", "ellie.marsh", 16, -28, DONE,
                        "block1", "block2"),
                task("logging", LOGGING, "Log observational footage and archive selects", "ellie.marsh", 20, -25, DONE,
                        "block1", "block2"),
                task("paper", OFFLINE, "Paper edit with the director", "priya.raman tom.okafor", 12, -24, DONE,
                        "transcripts"),
                task("assembly", OFFLINE, "Assembly edit", "priya.raman", 60, -14, DONE, "paper", "logging"),
                task("rough", OFFLINE, "Rough cut and exec viewing", "priya.raman", 40, -6, DONE, "assembly",
                        "pickups"),
                task("script", OFFLINE, "Write narration script", "priya.raman tom.okafor", 8, -1, IN_REVIEW, "rough"),
                task("fine", OFFLINE, "Fine cut", "priya.raman", 40, 1, IN_PROGRESS, "rough"),
                task("archivelist", ARCHIVE, "Archive shot list with sources, timecodes and durations", "ellie.marsh",
                        6, -4, IN_REVIEW, "rough"),
                task("newsreels", ARCHIVE, "Clear 1950s newsreel footage", "tom.okafor", 8, -2, BLOCKED, "archivelist")
                        .described("Three shots from the salt works strike. The rights holder has not replied for "
                                + "three weeks: escalate, or replace the shots before lock."),
                task("stills", ARCHIVE, "Clear photographs and historical maps", "tom.okafor", 4, 3, IN_PROGRESS,
                        "rough"),
                task("music", ARCHIVE, "Music licences and cue sheet", "tom.okafor gareth.evans", 4, 12, TODO, "fine"),
                task("lock", LOCK, "Picture lock and turnover (AAF, EDL, reference)", "priya.raman ellie.marsh", 4, 4,
                        TODO, "fine", "newsreels", "stills"),
                milestone("locked", LOCK, "Picture lock", "tom.okafor", 4, "lock"),
                task("trailer", OFFLINE, "Cut the 60-second trailer", "priya.raman", 8, 14, TODO, "lock"),
                task("conform", ONLINE, "Conform from camera originals and archive masters", "nadia.hussain", 16, 8,
                        TODO, "lock"),
                task("graphics", ONLINE, "Captions, maps and lower thirds", "nadia.hussain", 12, 9, TODO, "lock"),
                task("grade", GRADE, "Grade (Rec.709), including archive clean-up", "callum.reid", 24, 12, TODO,
                        "conform ss +8h"), // the grade starts on the conformed reels once a day of conform is done
                task("dialogue", AUDIO, "Dialogue edit and clean-up", "gareth.evans", 24, 10, TODO, "lock"),
                task("narration", AUDIO, "Record narration", "gareth.evans tom.okafor", 4, 7, TODO, "script"),
                task("mix", AUDIO, "Stereo mix and M&E", "gareth.evans", 24, 15, TODO, "dialogue", "narration"),
                task("subtitles", ACCESS, "Subtitles (EBU-TT-D) and audio description script", "ellie.marsh", 8, 17,
                        TODO, "lock"),
                task("qc", QC, "Full technical QC to the DPP standard", "rob.fletcher", 6, 19, TODO, "grade", "mix",
                        "graphics", "subtitles"),
                task("deliver", DELIVERY, "Deliver the AS-11 file and paperwork", "rob.fletcher tom.okafor", 4, 22,
                        TODO, "qc"),
                milestone("delivered", DELIVERY, "Delivered to the broadcaster", "tom.okafor", 24, "deliver"),
                task("backup", DELIVERY, "Archive the project to LTO and free the storage", "rob.fletcher", 6, 30, TODO,
                        "deliver +16h")); // once the broadcaster has confirmed the file passed their checks
    }

    private static List<Remark> remarks() {
        return List.of(
                new Remark("newsreels", "tom.okafor", "Left another message with the licensor. If nothing by "
                        + "Friday, Priya will cut around the strike shots."),
                new Remark("newsreels", "priya.raman", "I have an alternative using the 1962 stills; it works."),
                new Remark("script", "tom.okafor", "Commissioner's notes are in; two small changes in part three."),
                new Remark("rough", "harriet.cole", "Exec viewing went well: trim the opening by a minute."));
    }
}
