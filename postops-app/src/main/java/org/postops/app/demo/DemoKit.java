package org.postops.app.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.postops.app.access.UserService;
import org.postops.app.access.Viewer;
import org.postops.app.kit.BookingFields;
import org.postops.app.kit.BookingService;
import org.postops.app.kit.Kit;
import org.postops.app.kit.KitFields;
import org.postops.app.kit.KitFields.Software;
import org.postops.app.kit.KitService;
import org.postops.app.kit.KitStatus;
import org.postops.app.kit.KitType;
import org.postops.app.kit.Room;
import org.postops.app.kit.RoomFields;
import org.postops.app.kit.RoomType;
import org.postops.app.production.Member;
import org.postops.app.production.ProductionService;
import org.postops.app.task.TaskService;
import org.postops.app.task.TaskStatus;
import org.postops.app.task.TaskSummary;
import org.springframework.stereotype.Component;
import org.postops.app.web.Paging;

/**
 * Foundry Lane's rooms and kit, registered by its support engineer, and booked by each production's supervisor
 * to the tasks that need them (grade, mix, conform, offline), around each task's due date; a task still open past
 * its due date keeps its suite through today, as it would while the work goes on (so the drama's overdue conform
 * still works with the online workstation: see {@link DemoConfigurations}). One licence is about to expire and one
 * monitor's safety test is overdue, so the register has something to warn about.
 */
@Component
class DemoKit {

    private final KitService kit;
    private final BookingService bookings;
    private final ProductionService productions;
    private final TaskService tasks;
    private final UserService users;

    DemoKit(KitService kit, BookingService bookings, ProductionService productions, TaskService tasks,
            UserService users) {
        this.kit = kit;
        this.bookings = bookings;
        this.productions = productions;
        this.tasks = tasks;
        this.users = users;
    }

    void load(Map<String, Viewer> people, List<Long> loaded, LocalDate today) {
        Viewer support = people.get("aisha.begum");
        Map<String, Long> rooms = new HashMap<>();
        rooms.put("edit1", room(support, "Edit 1", RoomType.EDIT_SUITE, "First floor, Avid suite"));
        rooms.put("edit2", room(support, "Edit 2", RoomType.EDIT_SUITE, "First floor, Avid suite"));
        rooms.put("edit3", room(support, "Edit 3", RoomType.EDIT_SUITE, "First floor, online and finishing"));
        rooms.put("grade", room(support, "Grading theatre", RoomType.GRADING_THEATRE, "Ground floor, 4K projection"));
        rooms.put("dub", room(support, "Dubbing stage", RoomType.DUBBING_STAGE, "Basement, Dolby Atmos 7.1.4"));
        rooms.put("machine", room(support, "Machine room", RoomType.MACHINE_ROOM, "Basement, cooled racks"));

        Map<String, Long> items = new HashMap<>();
        List<Software> resolve = List.of(new Software("DaVinci Resolve Studio", "19.1.3"),
                new Software("NVIDIA driver", "550.127.05"));
        items.put("resolveGrade", kit(support, KitType.WORKSTATION, "Resolve grading workstation", "HP", "Z8 Fury G5",
                "FLP-0101", rooms.get("grade"), specs("cpu", "Xeon w9-3495X", "gpu", "2x RTX 6000 Ada", "ramGb", 512,
                        "os", "Rocky Linux 9.4"), resolve, today.plusMonths(7), null, null));
        items.put("resolveOnline", kit(support, KitType.WORKSTATION, "Resolve online workstation", "HP", "Z8 G5",
                "FLP-0102", rooms.get("edit3"), specs("cpu", "Xeon w7-3465X", "gpu", "RTX 5000 Ada", "ramGb", 256,
                        "os", "Rocky Linux 9.4"), resolve, today.plusMonths(5), null, null));
        items.put("avid1", kit(support, KitType.WORKSTATION, "Avid workstation, Edit 1", "Apple", "Mac Studio M2 Ultra",
                "FLP-0103", rooms.get("edit1"), specs("ramGb", 128, "os", "macOS 14.6.1"),
                List.of(new Software("Avid Media Composer", "2024.6")), today.plusMonths(9), null, null));
        items.put("avid2", kit(support, KitType.WORKSTATION, "Avid workstation, Edit 2", "Apple", "Mac Studio M2 Ultra",
                "FLP-0104", rooms.get("edit2"), specs("ramGb", 128, "os", "macOS 15.2"),
                List.of(new Software("Avid Media Composer", "2024.6")), today.plusMonths(9), null, null));
        items.put("monitor", kit(support, KitType.REFERENCE_MONITOR, "Sony BVM-HX3110 reference monitor", "Sony",
                "BVM-HX3110", "FLP-0201", rooms.get("grade"), specs("sizeInches", 31, "panel", "dual-layer LCD",
                        "peakNits", 4000), List.of(new Software("Firmware", "1.4")), today.minusDays(6), null, null));
        items.put("flanders", kit(support, KitType.REFERENCE_MONITOR, "Flanders Scientific XM312U", "Flanders Scientific",
                "XM312U", "FLP-0202", rooms.get("edit3"), specs("sizeInches", 31, "peakNits", 5000), List.of(),
                today.plusDays(21), null, null));
        items.put("decklink", kit(support, KitType.IO_CARD, "DeckLink 8K Pro (grade)", "Blackmagic Design",
                "DeckLink 8K Pro", "FLP-0301", rooms.get("grade"), specs("sdi", "4x 12G-SDI"),
                List.of(new Software("Desktop Video", "12.9")), null, null, null));
        items.put("kona", kit(support, KitType.IO_CARD, "AJA KONA 5 (online)", "AJA", "KONA 5", "FLP-0302",
                rooms.get("edit3"), specs("sdi", "4x 12G-SDI", "hdmi", "2.0"), List.of(new Software("AJA Desktop", "17.1")),
                null, null, null));
        items.put("san", kit(support, KitType.STORAGE, "Shared storage (SAN)", "Quantum", "StorNext H4000",
                "FLP-0401", rooms.get("machine"), specs("capacityTb", 480, "network", "25GbE", "raid", "RAID 6"),
                List.of(new Software("StorNext", "7.2.1")), today.plusMonths(2), null, null));
        items.put("mtrx", kit(support, KitType.AUDIO_INTERFACE, "Pro Tools MTRX Studio", "Avid", "MTRX Studio",
                "FLP-0501", rooms.get("dub"), specs("channels", 64, "dante", "yes"),
                List.of(new Software("Pro Tools Ultimate", "2024.10")), today.plusMonths(4), null, null));
        for (int i = 1; i <= 2; i++) {
            kit(support, KitType.RENDER_NODE, "Render node " + i, "Supermicro", "SYS-421GE", "FLP-060" + i,
                    rooms.get("machine"), specs("gpu", "4x RTX A6000", "ramGb", 256, "os", "Rocky Linux 9.4"),
                    List.of(new Software("Nuke", "15.1v3")), today.plusMonths(6), null, null);
        }
        kit(support, KitType.SOFTWARE_LICENCE, "DaVinci Resolve Studio licences", "Blackmagic Design",
                "Resolve Studio", "FLP-0901", null, Map.of(), List.of(), null, 8, today.plusDays(18));

        // What each production needs, by the first open task whose title says so: [resources, words].
        List<String[]> needs = List.of(new String[] {"grade resolveGrade monitor decklink", "grade"},
                new String[] {"dub mtrx", "mix"}, new String[] {"edit3 resolveOnline kona flanders", "conform"},
                new String[] {"edit2 avid2", "fine cut"}, new String[] {"edit1 avid1", "cut-down"});
        Map<String, List<LocalDate[]>> held = new HashMap<>();
        for (long production : loaded) {
            Viewer booker = supervisor(production);
            List<TaskSummary> plan = tasks.ofProduction(booker, production, null, null, Paging.of(0, 500)).items();
            for (String[] need : needs) {
                Optional<TaskSummary> task = plan.stream().filter(t -> t.status() != TaskStatus.DONE
                        && t.dueDate() != null && !t.dueDate().isBefore(today.minusDays(3))
                        && t.title().toLowerCase(Locale.ROOT).contains(need[1])).findFirst();
                if (task.isEmpty()) {
                    continue;
                }
                // two days before it is due to the day it is, or through today for unfinished work now overdue
                LocalDate from = task.get().dueDate().minusDays(2);
                int length = (int) Math.max(3, ChronoUnit.DAYS.between(from, today) + 1);
                for (String resource : need[0].split(" ")) {
                    LocalDate[] days = free(held, resource, from, length);
                    Long room = rooms.get(resource);
                    Long item = room == null ? items.get(resource) : null;
                    bookings.book(booker, new BookingFields(item, room, production, task.get().stageId(),
                            task.get().id(), days[0], days[1], room != null ? "Suite for " + task.get().title()
                                    : null));
                }
            }
        }
    }

    /** The first run of {@code length} days from {@code from} on that nothing else holds (the demo never clashes). */
    private static LocalDate[] free(Map<String, List<LocalDate[]>> held, String resource, LocalDate from, int length) {
        List<LocalDate[]> taken = held.computeIfAbsent(resource, r -> new ArrayList<>());
        LocalDate first = from;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (LocalDate[] t : taken) {
                LocalDate last = first.plusDays(length - 1);
                if (!first.isAfter(t[1]) && !last.isBefore(t[0])) {
                    first = t[1].plusDays(1);
                    moved = true;
                }
            }
        }
        LocalDate[] days = {first, first.plusDays(length - 1)};
        taken.add(days);
        return days;
    }

    private Viewer supervisor(long production) {
        Viewer admin = users.findByUsername("admin").orElseThrow().asViewer();
        String username = productions.members(admin, production).stream().filter(m -> m.role().manages())
                .map(Member::username).findFirst().orElseThrow();
        return users.findByUsername(username).orElseThrow().asViewer();
    }

    private long room(Viewer support, String name, RoomType kind, String location) {
        Room room = kit.createRoom(support, new RoomFields(name, kind, location, null, false));
        return room.id();
    }

    private long kit(Viewer support, KitType kind, String name, String make, String model, String tag, Long room,
            Map<String, Object> specs, List<Software> software, LocalDate patDue, Integer seats, LocalDate expires) {
        Kit created = kit.create(support, new KitFields(kind, name, make, model, "SN-" + tag.substring(4) + "-"
                + model.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT), tag, room, null,
                KitStatus.IN_SERVICE, specs, software, seats, expires, patDue, null));
        return created.id();
    }

    private static Map<String, Object> specs(Object... keyValues) {
        Map<String, Object> specs = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            specs.put((String) keyValues[i], keyValues[i + 1]);
        }
        return specs;
    }
}
