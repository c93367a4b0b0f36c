package org.postops.app.demo;

import static org.postops.app.skill.SkillLevel.BASIC;
import static org.postops.app.skill.SkillLevel.EXPERT;
import static org.postops.app.skill.SkillLevel.WORKING;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.postops.app.access.Viewer;
import org.postops.app.expert.ExpertFields;
import org.postops.app.expert.ExpertKind;
import org.postops.app.expert.ExpertService;
import org.postops.app.expert.SupportHours;
import org.postops.app.kit.KitType;
import org.postops.app.skill.LevelOf;
import org.postops.app.skill.Skill;
import org.postops.app.skill.SkillLevel;
import org.postops.app.skill.SkillService;
import org.postops.app.task.PlannedTask;
import org.postops.app.task.TaskService;
import org.springframework.stereotype.Component;

/**
 * Skills as a facility has them: everyone's own assessment, the skills some tasks need (the online of the
 * commercial needs more Flame than Nadia has, so her My work offers Ask for help), and the experts register:
 * two staff engineers, a freelance colourist and two vendor support lines.
 */
@Component
class DemoSkills {

    private final SkillService skills;
    private final ExpertService experts;
    private final TaskService tasks;

    DemoSkills(SkillService skills, ExpertService experts, TaskService tasks) {
        this.skills = skills;
        this.experts = experts;
        this.tasks = tasks;
    }

    /** {@code productions} in the order of the demo's plans (drama, documentary, commercial). */
    void load(Map<String, Viewer> people, List<Long> productions) {
        Map<String, Long> ids = skills.skills().stream().collect(Collectors.toMap(Skill::name, Skill::id));
        Function<Object[], List<LevelOf>> levels = pairs -> {
            List<LevelOf> out = new ArrayList<>();
            for (int i = 0; i < pairs.length; i += 2) {
                out.add(new LevelOf(ids.get((String) pairs[i]), (SkillLevel) pairs[i + 1]));
            }
            return out;
        };
        assess(people, "callum.reid", levels.apply(new Object[] {"DaVinci Resolve colour", EXPERT,
                "FilmLight Baselight", WORKING, "ACES", WORKING, "HDR (PQ/HLG)", WORKING, "Monitor calibration", BASIC,
                "Look development and LUTs", EXPERT}));
        assess(people, "marcus.bell", levels.apply(new Object[] {"Nuke", EXPERT, "After Effects", WORKING,
                "Autodesk Flame", BASIC, "ACES", BASIC, "Render farm", WORKING}));
        assess(people, "gareth.evans", levels.apply(new Object[] {"Avid Pro Tools", EXPERT, "Fairlight", WORKING,
                "Dolby Atmos mixing", WORKING, "Loudness", EXPERT, "Audio interfaces and routing", WORKING}));
        assess(people, "nadia.hussain", levels.apply(new Object[] {"DaVinci Resolve editing", EXPERT,
                "Conform and relink", EXPERT, "Avid Media Composer", WORKING, "Autodesk Flame", WORKING, "ProRes",
                WORKING, "IMF", BASIC, "DaVinci Resolve colour", BASIC}));
        assess(people, "priya.raman", levels.apply(new Object[] {"Adobe Premiere Pro", EXPERT, "Avid Media Composer",
                WORKING, "After Effects", BASIC, "H.264/HEVC", WORKING}));
        assess(people, "james.whitfield", levels.apply(new Object[] {"Avid Media Composer", EXPERT,
                "Adobe Premiere Pro", BASIC}));
        assess(people, "ellie.marsh", levels.apply(new Object[] {"Avid Media Composer", WORKING, "MHL/checksums",
                WORKING, "DNxHD/DNxHR", BASIC, "Camera RAW formats", BASIC}));
        assess(people, "rob.fletcher", levels.apply(new Object[] {"SAN/NAS", EXPERT, "LTO/LTFS", EXPERT,
                "MHL/checksums", EXPERT, "Workstations", WORKING, "Facility network", WORKING, "Camera RAW formats",
                WORKING, "Automated QC", WORKING}));
        assess(people, "aisha.begum", levels.apply(new Object[] {"Workstations", EXPERT, "I/O cards", EXPERT,
                "Reference monitors", EXPERT, "Monitor calibration", EXPERT, "Licence servers", EXPERT,
                "Facility network", WORKING, "DaVinci Resolve colour", WORKING}));

        if (productions.size() > 2) { // the commercial
            Viewer supervisor = people.get("harriet.cole");
            long commercial = productions.get(2);
            need(supervisor, commercial, "Online all versions", levels.apply(new Object[] {"Autodesk Flame", EXPERT,
                    "Conform and relink", WORKING}));
            need(supervisor, commercial, "Remove crew reflection", levels.apply(new Object[] {"Nuke", EXPERT}));
            need(supervisor, commercial, "Grade: warm morning look", levels.apply(new Object[] {
                    "DaVinci Resolve colour", EXPERT}));
            need(supervisor, commercial, "Mix TV", levels.apply(new Object[] {"Loudness", EXPERT}));
            need(supervisor, commercial, "QC every version", levels.apply(new Object[] {"Automated QC", WORKING,
                    "Delivery specifications", WORKING}));
        }

        Viewer support = people.get("aisha.begum");
        SupportHours londonOffice = new SupportHours(false, List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(18, 0),
                "Europe/London");
        experts.createExpert(support, new ExpertFields(ExpertKind.STAFF, support.id(), null, "Foundry Lane Post",
                null, "+44 20 7946 0101", null, "Machine room lead: workstations, I/O, monitors and licences.",
                londonOffice, List.of(), List.of(KitType.WORKSTATION, KitType.IO_CARD, KitType.REFERENCE_MONITOR,
                        KitType.SOFTWARE_LICENCE), true, null));
        experts.createExpert(support, new ExpertFields(ExpertKind.STAFF, people.get("rob.fletcher").id(), null,
                "Foundry Lane Post", null, "+44 20 7946 0102", null, "Storage, archive and data wrangling.",
                londonOffice, List.of(), List.of(KitType.STORAGE, KitType.NETWORK_SWITCH, KitType.RENDER_NODE,
                        KitType.DECK), true, null));
        experts.createExpert(support, new ExpertFields(ExpertKind.FREELANCER, null, "Dani Okoro", null,
                "dani@okorocolour.example", "+44 7700 900123", null,
                "Freelance colourist and colour scientist; HDR and ACES pipelines, theatre calibration.",
                new SupportHours(false, List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), LocalTime.of(8, 0),
                        LocalTime.of(20, 0), "Europe/London"),
                levels.apply(new Object[] {"DaVinci Resolve colour", EXPERT, "FilmLight Baselight", EXPERT, "ACES",
                        EXPERT, "HDR (PQ/HLG)", EXPERT, "Monitor calibration", WORKING}),
                List.of(KitType.REFERENCE_MONITOR, KitType.CONTROL_SURFACE), true, null));
        experts.createExpert(support, new ExpertFields(ExpertKind.VENDOR, null, "Blackmagic Design support",
                "Blackmagic Design", null, "+44 20 7946 0199", "https://www.blackmagicdesign.com/support",
                "DaVinci Resolve, DeckLink and UltraStudio. Have the Resolve version, OS and GPU driver ready.",
                new SupportHours(false, List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 30),
                        "Europe/London"),
                levels.apply(new Object[] {"DaVinci Resolve colour", EXPERT, "DaVinci Resolve editing", EXPERT,
                        "Fairlight", EXPERT, "I/O cards", EXPERT, "Camera RAW formats", WORKING}),
                List.of(KitType.IO_CARD, KitType.CONTROL_SURFACE, KitType.SOFTWARE_LICENCE), true, null));
        experts.createExpert(support, new ExpertFields(ExpertKind.VENDOR, null, "Avid support (24/7)", "Avid",
                null, "+1 800 555 0199", "https://www.avid.com/support",
                "Media Composer, Pro Tools and NEXIS. Open a case online first for a case number.",
                SupportHours.twentyFourSeven(), levels.apply(new Object[] {"Avid Media Composer", EXPERT,
                        "Avid Pro Tools", EXPERT, "SAN/NAS", WORKING, "DNxHD/DNxHR", EXPERT}),
                List.of(KitType.STORAGE, KitType.WORKSTATION, KitType.SOFTWARE_LICENCE), true, null));
    }

    private void assess(Map<String, Viewer> people, String username, List<LevelOf> levels) {
        skills.saveMySkills(people.get(username), levels);
    }

    private void need(Viewer supervisor, long production, String titleStart, List<LevelOf> levels) {
        tasks.plan(supervisor, production).stream().filter(t -> t.title().startsWith(titleStart))
                .map(PlannedTask::id).findFirst()
                .ifPresent(id -> skills.setTaskSkills(supervisor, id, levels));
    }
}
