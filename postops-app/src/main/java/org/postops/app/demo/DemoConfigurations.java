package org.postops.app.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.postops.app.access.UserService;
import org.postops.app.access.Viewer;
import org.postops.app.config.ConfigService;
import org.postops.app.config.QualifiedConfigurationFields;
import org.postops.app.config.RuleFields;
import org.postops.app.config.SnapshotSource;
import org.postops.app.kit.KitService;
import org.postops.app.kit.KitType;
import org.postops.app.skill.Skill;
import org.postops.app.skill.SkillService;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the machines run and what the facility has qualified, through the real service, so the Configurations
 * pages, compliance, the drift warning, a ticket's "What changed?" and My work's configuration skills have
 * something to show:
 *
 * <ul>
 * <li>two facility configurations: every edit and grade workstation that runs Resolve, an NVIDIA driver or Media
 * Composer runs the approved versions (no skills: it reaches the Avid bays too), and the render nodes' Fusion and
 * Nuke stack on the 550–560 driver branch (requiring render farm skills);
 * <li>the drama's own, for its HDR finishing on Resolve, requiring colour and HDR at working (the drama books no
 * Avid bay, so only its Resolve workstations fall under it);
 * <li>snapshots sent nightly by {@code postops kit snapshot} over the past weeks, each telling the desk's story: the
 * render node's driver moved to the 565 branch the morning Fusion stopped starting, and went back that afternoon
 * (the CUDA ticket's "What changed?"); the grading workstation took Resolve 19.1.3 the day before its GPU memory
 * ticket; the Edit 2 Mac took macOS 15.2 overnight before its DeckLink vanished; Edit 1 got Media Composer 2024.10
 * with the second bin-lock fix; the grading monitor is unchanged (its overheating is hardware).
 * <li>yesterday evening the online workstation took the 565 driver: it is booked to the drama's overdue conform and
 * the documentary's, so it drifts against both, and each one's tech support is told (Aisha, Rob). Nadia, conforming
 * the drama on it with basic colour and no HDR, sees both flagged on My work.
 * </ul>
 *
 * Configurations are declared first and each machine's snapshots sent oldest first, so the last one alone is the
 * drift, as it would be when they arrive one night at a time. Snapshots say when they were taken ({@code takenAt}),
 * which the API takes for any snapshot; no "as of" is needed.
 */
@Component
class DemoConfigurations {

    /** The facility's time zone, as the demo's calendar days are (DemoFacility). */
    private static final ZoneId ZONE = ZoneId.of(UserService.DEFAULT_ZONE);
    static final String DRAMA_CONFIGURATION = "Lantern House HDR finishing";
    static final String WORKSTATIONS = "Edit and grade workstations";
    static final String RENDER_NODES = "Render nodes: Fusion and Nuke";

    private static final String DRIVER = "550.127.05";
    private static final String NEW_DRIVER = "565.77";
    private static final String CUDA_BREAKING_DRIVER = "565.57.01";
    private static final String ROCKY_9_4 = "5.14.0-427.13.1.el9_4.x86_64";
    private static final String ROCKY_9_4_UPDATED = "5.14.0-427.42.1.el9_4.x86_64";
    private static final Map<String, String> PROJECTS = mount("/mnt/projects", "san-01:/projects", "nfs");

    private final ConfigService configs;
    private final KitService kits;
    private final SkillService skills;
    private final JsonMapper json;

    DemoConfigurations(ConfigService configs, KitService kits, SkillService skills, JsonMapper json) {
        this.configs = configs;
        this.kits = kits;
        this.skills = skills;
        this.json = json;
    }

    /**
     * Runs inside the demo's transaction, after the kit is booked (the drift warning follows bookings) and before
     * the tickets; {@code productions} in the order of the demo's plans (drama first).
     */
    void load(Map<String, Viewer> people, List<Long> productions, LocalDate today) {
        Viewer aisha = people.get("aisha.begum");
        Viewer rob = people.get("rob.fletcher");
        Map<String, Long> skill = skills.skills().stream().collect(Collectors.toMap(Skill::name, Skill::id));
        Map<String, Long> kit = kits.choices(500).stream()
                .collect(Collectors.toMap(KitService.KitRef::name, KitService.KitRef::id, (a, b) -> a));

        configs.declare(aisha, null, new QualifiedConfigurationFields(WORKSTATIONS, List.of(KitType.WORKSTATION),
                List.of(optional("apps.davinci-resolve-studio.version", "19.1.x"),
                        optional("gpu[*].driver", "550–560"),
                        optional("apps.avid-media-composer.version", "2024.x")), List.of()));
        configs.declare(rob, null, new QualifiedConfigurationFields(RENDER_NODES, List.of(KitType.RENDER_NODE),
                List.of(equal("os.name", "Rocky Linux"), range("os.version", "9"),
                        range("gpu[*].driver", "550–560"), range("apps.nuke.version", "15.1.x"),
                        range("apps.fusion-render-node.version", "19.1.x")),
                List.of(skill.get("Render farm"))));
        if (!productions.isEmpty()) {
            configs.declare(aisha, productions.get(0), new QualifiedConfigurationFields(DRAMA_CONFIGURATION,
                    List.of(KitType.WORKSTATION), List.of(equal("os.name", "Rocky Linux"), range("os.version", "9"),
                            range("apps.davinci-resolve-studio.version", "19.1.x"), range("gpu[*].driver", "550–560"),
                            new RuleFields("mounts./mnt/projects", null, null, "san-01:/projects .*", true)),
                    List.of(skill.get("DaVinci Resolve colour"), skill.get("HDR (PQ/HLG)"))));
        }

        // the grading theatre: Resolve 19.1.3 arrived the day before the GPU memory ticket (12 days ago)
        Linux grade = new Linux(ROCKY_9_4, "NVIDIA RTX 6000 Ada Generation", 2, DRIVER,
                resolve("19.1.2", "Neat Video", "5.6.5", "Dehancer Pro", "7.1.0"), "DeckLink 8K Pro", "12.9");
        Linux graded = grade.withApps(resolve("19.1.3", "Neat Video", "5.6.5", "Dehancer Pro", "7.1.0"));
        send(aisha, kit, "Resolve grading workstation", at(today, 34, 2, 0), grade.body());
        send(aisha, kit, "Resolve grading workstation", at(today, 13, 2, 0), graded.body());
        send(aisha, kit, "Resolve grading workstation", at(today, 5, 2, 0),
                graded.withKernel(ROCKY_9_4_UPDATED).body());

        // Edit 3's online workstation: the 565 driver, installed yesterday evening, is the drift
        Linux online = new Linux(ROCKY_9_4, "NVIDIA RTX 5000 Ada Generation", 1, DRIVER,
                resolve("19.1.2", "Boris FX Sapphire", "2024.53"), "AJA KONA 5", "17.1");
        Linux updated = online.withApps(resolve("19.1.3", "Boris FX Sapphire", "2024.53"));
        send(aisha, kit, "Resolve online workstation", at(today, 30, 2, 0), online.body());
        send(aisha, kit, "Resolve online workstation", at(today, 13, 2, 5), updated.body());
        send(aisha, kit, "Resolve online workstation", at(today, 1, 18, 10),
                updated.withDriver(NEW_DRIVER).body());

        // Edit 2: macOS 15.2 overnight, then no DeckLink (ticket 20 days ago, 08:50)
        Mac edit2 = new Mac("14.6.1", "23.6.0", "2024.6", "DeckLink 4K Extreme 12G");
        send(aisha, kit, "Avid workstation, Edit 2", at(today, 24, 2, 0), edit2.body());
        send(aisha, kit, "Avid workstation, Edit 2", at(today, 20, 2, 0), edit2.withMacOs("15.2", "24.2.0").body());
        // Edit 1: Media Composer 2024.10 with the second bin-lock fix (5 days ago, resolved at 13:40)
        Mac edit1 = new Mac("14.6.1", "23.6.0", "2024.6", "UltraStudio 4K Mini");
        send(aisha, kit, "Avid workstation, Edit 1", at(today, 12, 2, 0), edit1.body());
        send(aisha, kit, "Avid workstation, Edit 1", at(today, 5, 13, 45), edit1.withMediaComposer("2024.10").body());

        // Render node 1: the 565 driver the morning Fusion would not start (27 days ago, 09:45), rolled back by 14:45
        Linux render = new Linux(ROCKY_9_4, "NVIDIA RTX A6000", 4, DRIVER, List.of(app("Nuke", "15.1v3"),
                app("Fusion Render Node", "19.1.2")), null, null);
        send(rob, kit, "Render node 1", at(today, 40, 2, 0), render.body());
        send(rob, kit, "Render node 1", at(today, 27, 7, 10), render.withDriver(CUDA_BREAKING_DRIVER).body());
        send(rob, kit, "Render node 1", at(today, 27, 14, 50), render.body());
        Linux render2 = render.withApps(List.of(app("Nuke", "15.1v2"), app("Fusion Render Node", "19.1.2")));
        send(rob, kit, "Render node 2", at(today, 40, 2, 5), render2.body());
        send(rob, kit, "Render node 2", at(today, 12, 2, 5), render.body());

        // the grading monitor, unchanged since its calibration: its P1 today is the hardware, not a change
        Map<String, Object> monitor = new LinkedHashMap<>();
        monitor.put("values", Map.of("firmware", "1.4", "calibration.target", "ST 2084 P3-D65 1000 nits",
                "calibration.probe", "Klein K10-A"));
        send(aisha, kit, "Sony BVM-HX3110 reference monitor", at(today, 30, 8, 30), monitor);
        send(aisha, kit, "Sony BVM-HX3110 reference monitor", at(today, 2, 8, 30), monitor);
    }

    /** A Rocky Linux workstation or render node: its GPUs (one model, one driver), apps and I/O card. */
    private record Linux(String kernel, String gpu, int gpus, String driver, List<Map<String, Object>> apps,
            String card, String firmware) {

        Linux withKernel(String k) {
            return new Linux(k, gpu, gpus, driver, apps, card, firmware);
        }

        Linux withDriver(String d) {
            return new Linux(kernel, gpu, gpus, d, apps, card, firmware);
        }

        Linux withApps(List<Map<String, Object>> a) {
            return new Linux(kernel, gpu, gpus, driver, a, card, firmware);
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("os", Map.of("name", "Rocky Linux", "version", "9.4", "kernel", kernel));
            List<Map<String, String>> cards = new ArrayList<>();
            for (int i = 0; i < gpus; i++) {
                cards.add(Map.of("model", gpu, "driver", driver));
            }
            body.put("gpus", cards);
            body.put("apps", apps);
            body.put("ioCards", card == null ? List.of() : List.of(Map.of("model", card, "firmware", firmware)));
            body.put("mounts", List.of(PROJECTS, mount("/mnt/cache", "/dev/nvme1n1", "xfs")));
            return body;
        }
    }

    /** An Avid bay's Mac Studio: macOS, Media Composer and its Blackmagic device (Desktop Video 12.9). */
    private record Mac(String macOs, String darwin, String mediaComposer, String card) {

        Mac withMacOs(String version, String kernel) {
            return new Mac(version, kernel, mediaComposer, card);
        }

        Mac withMediaComposer(String version) {
            return new Mac(macOs, darwin, version, card);
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("os", Map.of("name", "macOS", "version", macOs, "kernel", "Darwin " + darwin));
            body.put("gpus", List.of(Map.of("model", "Apple M2 Ultra")));
            body.put("apps", List.of(app("Avid Media Composer", mediaComposer), app("Blackmagic Desktop Video",
                    "12.9")));
            body.put("ioCards", List.of(Map.of("model", card, "firmware", "12.9")));
            body.put("mounts", List.of(mount("/Volumes/projects", "san-01:/projects", "nfs")));
            return body;
        }
    }

    /** Sends the snapshot as {@code postops kit snapshot} would have, taken at {@code takenAt}. */
    private void send(Viewer viewer, Map<String, Long> kit, String name, Instant takenAt, Map<String, Object> body) {
        Long id = kit.get(name);
        if (id == null) {
            throw new IllegalStateException("the demo kit has no “" + name + "”");
        }
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("takenAt", takenAt.toString());
        snapshot.putAll(body);
        configs.submit(viewer, id, json.writeValueAsBytes(snapshot), SnapshotSource.CLI);
    }

    /** Resolve Studio with its plugins, given as name, version, name, version... */
    private static List<Map<String, Object>> resolve(String version, String... plugins) {
        List<Map<String, String>> list = new ArrayList<>();
        for (int i = 0; i < plugins.length; i += 2) {
            list.add(Map.of("name", plugins[i], "version", plugins[i + 1]));
        }
        Map<String, Object> app = new LinkedHashMap<>(app("DaVinci Resolve Studio", version));
        app.put("plugins", list);
        return List.of(app);
    }

    private static Map<String, Object> app(String name, String version) {
        return Map.of("name", name, "version", version);
    }

    private static Map<String, String> mount(String path, String source, String type) {
        return Map.of("path", path, "source", source, "type", type);
    }

    private static RuleFields range(String key, String range) {
        return new RuleFields(key, range, null, null, true);
    }

    private static RuleFields optional(String key, String range) {
        return new RuleFields(key, range, null, null, false);
    }

    private static RuleFields equal(String key, String text) {
        return new RuleFields(key, null, text, null, true);
    }

    /** {@code daysAgo} days before today, at this time of day on the facility's clock. */
    private static Instant at(LocalDate today, int daysAgo, int hour, int minute) {
        return today.minusDays(daysAgo).atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
    }
}
