package org.postops.app.kit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postops.app.access.Viewer;
import org.postops.app.kit.Booking;
import org.postops.app.kit.BookingFields;
import org.postops.app.kit.BookingService;
import org.postops.app.kit.Kit;
import org.postops.app.kit.csv.KitCsv;
import org.postops.app.kit.KitService;
import org.postops.app.kit.KitStatus;
import org.postops.app.kit.KitType;
import org.postops.app.kit.Room;
import org.postops.app.kit.RoomFields;
import org.postops.app.kit.RoomType;
import org.postops.app.production.ProductionService;
import org.postops.app.production.ProductionSummary;
import org.postops.app.task.TaskService;
import org.postops.app.task.TaskSummary;
import org.postops.app.web.FormErrors;
import org.postops.app.web.Inputs;
import org.postops.app.web.PageController;
import org.postops.app.web.Paging;
import org.postops.app.web.Problem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The kit register's pages: the list with its filters and warnings, each item with its bookings and a booking
 * form, the new and edit forms, rooms, the CSV import and export, and a production's bookings. Clients are
 * answered "not found" by the services, as everywhere in the support desk.
 */
@PageController
class KitPages {

    private final KitService kit;
    private final BookingService bookings;
    private final KitCsv csv;
    private final ProductionService productions;
    private final TaskService tasks;

    KitPages(KitService kit, BookingService bookings, KitCsv csv, ProductionService productions, TaskService tasks) {
        this.kit = kit;
        this.bookings = bookings;
        this.csv = csv;
        this.productions = productions;
        this.tasks = tasks;
    }

    @GetMapping("/kit")
    String list(Viewer viewer, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String status, @RequestParam(required = false) String roomId,
            @RequestParam(required = false) String q, @RequestParam(required = false) boolean attention,
            @RequestParam(required = false) boolean includeRetired, @RequestParam(required = false) Integer page,
            Model model) {
        Inputs in = new Inputs();
        KitType k = in.choice("kind", KitType.class, kind);
        KitStatus s = in.choice("status", KitStatus.class, status);
        Long room = in.id("roomId", roomId);
        in.check();
        model.addAttribute("kit", kit.list(viewer, new KitService.KitQuery(k, s, room, q, includeRetired, attention),
                Paging.of(page, 50)));
        model.addAttribute("kind", k);
        model.addAttribute("status", s);
        model.addAttribute("roomId", room);
        model.addAttribute("q", Inputs.text(q));
        model.addAttribute("attention", attention);
        model.addAttribute("includeRetired", includeRetired);
        model.addAttribute("kinds", KitType.values());
        model.addAttribute("statuses", KitStatus.values());
        model.addAttribute("rooms", kit.activeRooms(viewer));
        model.addAttribute("mayEdit", KitService.mayEdit(viewer));
        return "kit/list";
    }

    @GetMapping("/kit/new")
    String newForm(Viewer viewer, Model model) {
        kit.activeRooms(viewer);
        if (!KitService.mayEdit(viewer)) {
            throw Problem.forbidden("only administrators and technical support may add kit");
        }
        return form(viewer, model, null, KitForm.empty(), FormErrors.none());
    }

    @PostMapping("/kit")
    String create(Viewer viewer, @ModelAttribute KitForm form, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        try {
            Kit created = kit.create(viewer, form.fields(f -> kit.problems(f, null)));
            flash.addFlashAttribute("notice", "Kit added to the register.");
            return "redirect:/kit/" + created.id();
        } catch (Problem p) {
            forbiddenToErrorPage(p);
            if (p.status().value() == 404) {
                throw p;
            }
            response.setStatus(p.status().value()); // the form again, answering as the API would
            return form(viewer, model, null, form, FormErrors.of(p));
        }
    }

    @GetMapping("/kit/{id}/edit")
    String editForm(Viewer viewer, @PathVariable long id, Model model) {
        Kit k = kit.get(viewer, id);
        if (!KitService.mayEdit(viewer)) {
            throw Problem.forbidden("only administrators and technical support may change kit");
        }
        return form(viewer, model, k, KitForm.of(k), FormErrors.none());
    }

    @PostMapping("/kit/{id}")
    String update(Viewer viewer, @PathVariable long id, @ModelAttribute KitForm form, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        Kit k = kit.get(viewer, id);
        try {
            kit.update(viewer, id, form.fields(f -> kit.problems(f, k.roomId())), Optional.ofNullable(form.expectedVersion()));
            flash.addFlashAttribute("notice", "Saved.");
            return "redirect:/kit/" + id;
        } catch (Problem p) {
            forbiddenToErrorPage(p);
            if (p.status().value() == 404) {
                throw p;
            }
            response.setStatus(p.status().value());
            return form(viewer, model, k, form, FormErrors.of(p));
        }
    }

    private String form(Viewer viewer, Model model, Kit existing, KitForm form, FormErrors errors) {
        model.addAttribute("existing", existing);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", KitType.values());
        model.addAttribute("statuses", KitStatus.values());
        model.addAttribute("rooms", kit.activeRooms(viewer));
        return "kit/form";
    }

    @PostMapping("/kit/{id}/status")
    String status(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String status,
            @RequestParam(required = false) String reason, RedirectAttributes flash) {
        kit.get(viewer, id);
        try {
            Inputs in = new Inputs();
            KitStatus s = in.choice("status", KitStatus.class, status);
            in.check();
            kit.changeStatus(viewer, id, s, reason);
            flash.addFlashAttribute("notice", "Status changed to " + s.label().toLowerCase() + ".");
        } catch (Problem p) {
            forbiddenToErrorPage(p);
            flash.addFlashAttribute("refused", Map.of("message", FormErrors.sentence(p.getMessage())));
        }
        return "redirect:/kit/" + id;
    }

    @GetMapping("/kit/{id}")
    String show(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String book, Model model) {
        Kit k = kit.get(viewer, id);
        model.addAttribute("k", k);
        model.addAttribute("mayEdit", KitService.mayEdit(viewer));
        model.addAttribute("statuses", KitStatus.values());
        model.addAttribute("bookings", bookings.ofKit(viewer, id, kit.today().minusDays(30), null));
        bookingForm(viewer, book, model);
        return "kit/page";
    }

    /** The booking form: the productions the viewer can see; once one is chosen, its stages and tasks. */
    private void bookingForm(Viewer viewer, String book, Model model) {
        List<ProductionSummary> choices = productions.list(viewer, null, Paging.of(0, Paging.MAX_SIZE)).items();
        model.addAttribute("productions", choices);
        Long chosen = null;
        try {
            chosen = book == null || book.isBlank() ? null : Long.valueOf(book);
        } catch (NumberFormatException e) {
            chosen = null;
        }
        if (chosen != null && bookings.mayBook(viewer, chosen)) {
            long pid = chosen;
            model.addAttribute("chosen", choices.stream().filter(p -> p.id() == pid).findFirst().orElse(null));
            model.addAttribute("stages", productions.stages(viewer, pid));
            List<TaskSummary> open = tasks.ofProduction(viewer, pid, null, null, Paging.of(0, Paging.MAX_SIZE)).items();
            model.addAttribute("tasks", open);
        }
        model.addAttribute("today", kit.today());
    }

    @PostMapping("/kit/{id}/bookings")
    String bookKit(Viewer viewer, @PathVariable long id, @RequestParam Map<String, String> form,
            RedirectAttributes flash) {
        kit.get(viewer, id);
        return book(viewer, id, null, form, flash, "/kit/" + id);
    }

    @PostMapping("/rooms/{id}/bookings")
    String bookRoom(Viewer viewer, @PathVariable long id, @RequestParam Map<String, String> form,
            RedirectAttributes flash) {
        kit.room(viewer, id);
        return book(viewer, null, id, form, flash, "/rooms/" + id);
    }

    private String book(Viewer viewer, Long kitId, Long roomId, Map<String, String> form, RedirectAttributes flash,
            String back) {
        Inputs in = new Inputs();
        Long production = in.id("productionId", form.get("productionId"));
        Long stage = in.id("stageId", form.get("stageId"));
        Long task = in.id("taskId", form.get("taskId"));
        LocalDate first = in.date("firstDay", form.get("firstDay"));
        LocalDate last = in.date("lastDay", form.get("lastDay"));
        try {
            in.check();
            Booking b = bookings.book(viewer, new BookingFields(kitId, roomId, production, stage, task, first,
                    last == null ? first : last, form.get("note")));
            flash.addFlashAttribute("notice", "Booked for " + b.productionName() + " from " + b.firstDay() + " to "
                    + b.lastDay() + ".");
        } catch (Problem p) {
            forbiddenToErrorPage(p);
            flash.addFlashAttribute("refused", Map.of("message", FormErrors.sentence(p.getMessage())));
            if (production != null) {
                // the form again, for the same production, with what was typed: the clash is fixed by a date
                flash.addFlashAttribute("typed", typed(form));
                return "redirect:" + back + "?book=" + production + "#bookings";
            }
        }
        return "redirect:" + back + "#bookings";
    }

    /** The booking form's fields as typed (dates as text: a mistyped one is shown again to be corrected). */
    private static Map<String, String> typed(Map<String, String> form) {
        Map<String, String> typed = new java.util.HashMap<>();
        for (String field : List.of("stageId", "taskId", "firstDay", "lastDay", "note")) {
            String v = form.get(field);
            if (v != null) {
                typed.put(field, v.length() > 2000 ? v.substring(0, 2000) : v);
            }
        }
        return typed;
    }

    @PostMapping("/bookings/{id}/cancel")
    String cancel(Viewer viewer, @PathVariable long id, RedirectAttributes flash) {
        Booking b = bookings.get(viewer, id);
        String back = b.kitId() != null ? "/kit/" + b.kitId() : "/rooms/" + b.roomId();
        try {
            bookings.cancel(viewer, id, Optional.empty());
            flash.addFlashAttribute("notice", "Booking cancelled.");
        } catch (Problem p) {
            forbiddenToErrorPage(p);
            flash.addFlashAttribute("refused", Map.of("message", FormErrors.sentence(p.getMessage())));
        }
        return "redirect:" + back + "#bookings";
    }

    /**
     * A refusal (403) is the error page's business, as on every page: it answers 403 and records the refusal in
     * the audit trail. Only what the viewer may fix (a bad field, a clash, a stale version) is shown by the form.
     */
    private static void forbiddenToErrorPage(Problem p) {
        if (p.status() == HttpStatus.FORBIDDEN) {
            throw p;
        }
    }

    // rooms

    @GetMapping("/rooms")
    String rooms(Viewer viewer, @RequestParam(required = false) String q,
            @RequestParam(required = false) boolean includeRetired, @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("rooms", kit.rooms(viewer, null, q, includeRetired, Paging.of(page, 50)));
        model.addAttribute("q", Inputs.text(q));
        model.addAttribute("includeRetired", includeRetired);
        model.addAttribute("kinds", RoomType.values());
        model.addAttribute("mayEdit", KitService.mayEdit(viewer));
        return "kit/rooms";
    }

    @PostMapping("/rooms")
    String createRoom(Viewer viewer, @RequestParam(required = false) String name,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String location,
            RedirectAttributes flash) {
        try {
            Inputs in = new Inputs();
            RoomType type = in.choice("kind", RoomType.class, kind);
            in.check();
            Room room = kit.createRoom(viewer, new RoomFields(name, type, location, null, false));
            flash.addFlashAttribute("notice", "Room added.");
            return "redirect:/rooms/" + room.id();
        } catch (Problem p) {
            forbiddenToErrorPage(p);
            if (p.status().value() == 404) {
                throw p;
            }
            flash.addFlashAttribute("refused", Map.of("message", FormErrors.sentence(p.getMessage())));
            return "redirect:/rooms";
        }
    }

    @GetMapping("/rooms/{id}")
    String room(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String book, Model model) {
        Room room = kit.room(viewer, id);
        model.addAttribute("room", room);
        model.addAttribute("kit", kit.list(viewer, new KitService.KitQuery(null, null, id, null, false, false),
                Paging.of(0, Paging.MAX_SIZE)));
        model.addAttribute("bookings", bookings.ofRoom(viewer, id, kit.today().minusDays(30), null));
        model.addAttribute("kinds", RoomType.values());
        model.addAttribute("mayEdit", KitService.mayEdit(viewer));
        bookingForm(viewer, book, model);
        return "kit/room";
    }

    @PostMapping("/rooms/{id}")
    String updateRoom(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String name,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String location,
            @RequestParam(required = false) String notes, @RequestParam(required = false) boolean retired,
            @RequestParam(required = false) String version, RedirectAttributes flash) {
        kit.room(viewer, id);
        try {
            Inputs in = new Inputs();
            RoomType type = in.choice("kind", RoomType.class, kind);
            Integer expected = in.whole("version", version);
            in.check();
            kit.updateRoom(viewer, id, new RoomFields(name, type, location, notes, retired),
                    Optional.ofNullable(expected));
            flash.addFlashAttribute("notice", retired ? "Room retired: it takes no new bookings." : "Saved.");
        } catch (Problem p) {
            forbiddenToErrorPage(p);
            flash.addFlashAttribute("refused", Map.of("message", FormErrors.sentence(p.getMessage())));
        }
        return "redirect:/rooms/" + id;
    }

    // a production's bookings

    @GetMapping("/productions/{id}/bookings")
    String productionBookings(Viewer viewer, @PathVariable long id, Model model) {
        List<Booking> list = bookings.ofProduction(viewer, id);
        model.addAttribute("production", productions.get(viewer, id));
        model.addAttribute("bookings", list);
        model.addAttribute("mayBook", bookings.mayBook(viewer, id));
        return "kit/production";
    }

    // CSV

    @GetMapping("/kit/export.csv")
    ResponseEntity<String> export(Viewer viewer) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("kit.csv").build()
                        .toString())
                .body(csv.export(viewer, KitService.KitQuery.all()));
    }

    @PostMapping("/kit/import")
    String importCsv(Viewer viewer, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) boolean dryRun, Model model) throws IOException {
        kit.activeRooms(viewer);
        model.addAttribute("dryRun", dryRun);
        try {
            if (file == null || file.isEmpty()) {
                throw Problem.badField("file", "choose a CSV file to import");
            }
            if (file.getSize() > KitCsv.MAX_BYTES) {
                throw Problem.badField("file", "is larger than 5 MB; import the register in parts");
            }
            String text = new String(file.getBytes(), StandardCharsets.UTF_8);
            model.addAttribute("report", csv.importCsv(viewer, text, dryRun));
            model.addAttribute("errors", FormErrors.none());
        } catch (Problem p) {
            forbiddenToErrorPage(p);
            if (p.status().value() == 404) {
                throw p;
            }
            model.addAttribute("report", null);
            model.addAttribute("problem", FormErrors.sentence(p.getMessage()));
            model.addAttribute("problems", p.errors());
        }
        return "kit/import";
    }
}
