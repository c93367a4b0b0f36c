package org.postops.app.time;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.postops.app.access.ConfidentialityPolicy;
import org.postops.app.access.ConfidentialityPolicy.Access;
import org.postops.app.access.MemberRole;
import org.postops.app.access.Viewer;
import org.postops.app.production.Member;
import org.postops.app.production.ProductionService;
import org.postops.app.task.Task;
import org.postops.app.task.TaskService;
import org.postops.app.task.TaskSummary;
import org.postops.app.web.FormErrors;
import org.postops.app.web.Formats;
import org.postops.app.web.Inputs;
import org.postops.app.web.PageController;
import org.postops.app.web.Paging;
import org.postops.app.web.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * My time (a week of one's own time as a grid of tasks by days, and a form to log more), a task's time
 * (loaded into the task page with htmx, or a page of its own without script), and editing an entry.
 */
@PageController
class TimePages {

    /** The log-time form as typed; {@code person} is a username (managers log for their team). */
    record LogForm(String taskId, String date, String hours, String minutes, String note, String person,
            String version) {

        static LogForm blank(LocalDate date) {
            return new LogForm(null, date.toString(), null, null, null, null, null);
        }

        /** What the form asks for, with complaints about what could not be read collected in {@code in}. */
        TimeRequest request(Inputs in) {
            Integer h = in.whole("hours", hours);
            Integer m = in.whole("minutes", minutes);
            LocalDate day = in.date("date", date);
            if (Inputs.text(date) == null) {
                in.add("date", "choose the day you worked");
            }
            return new TimeRequest(day, h == null ? null : BigDecimal.valueOf(h), m == null ? null
                    : BigDecimal.valueOf(m), null, note, Inputs.text(person));
        }
    }

    /** A column of the week: its day, and the viewer's total on it. */
    record DayColumn(String label, String date, String total, boolean today) {
    }

    /** A row of the week: a task and its time on each day. */
    record TaskRow(long taskId, String title, long productionId, String productionName, List<String> cells,
            String total) {
    }

    /** An entry as a list shows it, with whether the viewer may change it. */
    record EntryRow(long id, String day, long taskId, String taskTitle, String productionName, String person,
            String duration, String note, boolean mayChange) {
    }

    /** A task the form offers. */
    record Choice(long id, String label) {
    }

    private static final DateTimeFormatter WEEK_DAY = DateTimeFormatter.ofPattern("EEE d", Locale.UK);

    private final TimeService time;
    private final TaskService tasks;
    private final ProductionService productions;
    private final Formats formats;

    TimePages(TimeService time, TaskService tasks, ProductionService productions, Formats formats) {
        this.time = time;
        this.tasks = tasks;
        this.productions = productions;
        this.formats = formats;
    }

    // My time

    @GetMapping("/me/time")
    String myTime(Viewer viewer, @RequestParam(required = false) String week, Model model) {
        LocalDate monday = monday(viewer, week);
        LocalDate today = time.today(viewer);
        return myTime(viewer, monday, LogForm.blank(today.isBefore(monday) || today.isAfter(monday.plusDays(6))
                ? monday : today), FormErrors.none(), model);
    }

    private String myTime(Viewer viewer, LocalDate monday, LogForm form, FormErrors errors, Model model) {
        MyTime week = time.mine(viewer, monday, monday.plusDays(6));
        LocalDate today = time.today(viewer);
        List<DayColumn> days = week.days().stream().map(d -> new DayColumn(WEEK_DAY.format(d.date()),
                d.date().toString(), Minutes.clock(d.minutes()), d.date().equals(today))).toList();
        Map<Long, long[]> byTask = new LinkedHashMap<>();
        Map<Long, TimeEntry> firstOfTask = new LinkedHashMap<>();
        for (TimeEntry e : week.entries()) {
            byTask.computeIfAbsent(e.taskId(), k -> new long[7])[(int) (e.date().toEpochDay() - monday.toEpochDay())]
                    += e.totalMinutes();
            firstOfTask.putIfAbsent(e.taskId(), e);
        }
        List<TaskRow> rows = new ArrayList<>();
        byTask.forEach((taskId, cells) -> {
            TimeEntry e = firstOfTask.get(taskId);
            long total = 0;
            List<String> shown = new ArrayList<>();
            for (long c : cells) {
                shown.add(Minutes.clock(c));
                total += c;
            }
            rows.add(new TaskRow(taskId, e.taskTitle(), e.productionId(), e.productionName(), shown,
                    Minutes.clock(total)));
        });
        rows.sort(java.util.Comparator.comparing((TaskRow r) -> r.productionName().toLowerCase(Locale.ROOT))
                .thenComparing(r -> r.title().toLowerCase(Locale.ROOT)));
        model.addAttribute("week", week);
        model.addAttribute("weekLabel", formats.date(monday, viewer.zone()) + " – "
                + formats.date(monday.plusDays(6), viewer.zone()));
        model.addAttribute("days", days);
        model.addAttribute("rows", rows);
        model.addAttribute("weekTotal", Minutes.human(week.totalMinutes()));
        model.addAttribute("weekClock", Minutes.clock(week.totalMinutes()));
        model.addAttribute("previousWeek", "/me/time?week=" + monday.minusWeeks(1));
        model.addAttribute("nextWeek", monday.plusWeeks(1).isAfter(today) ? null
                : "/me/time?week=" + monday.plusWeeks(1));
        model.addAttribute("thisWeek", monday.plusDays(6).isBefore(today) ? "/me/time" : null);
        model.addAttribute("entries", week.entries().stream().map(e -> row(viewer, e, time.mayChange(viewer, e)))
                .toList());
        model.addAttribute("choices", choices(viewer, week.entries()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", today.toString());
        model.addAttribute("monday", monday.toString());
        return "time/my-time";
    }

    @PostMapping("/me/time")
    String log(Viewer viewer, LogForm form, @RequestParam(required = false) String week, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        try {
            Inputs in = new Inputs();
            Long taskId = in.id("taskId", form.taskId());
            TimeRequest request = form.request(in);
            in.check();
            TimeEntry entry = time.logChosen(viewer, taskId, request);
            flash.addFlashAttribute("notice", "Logged " + entry.duration() + " on ‘" + entry.taskTitle() + "’ for "
                    + formats.date(entry.date(), viewer.zone()) + ".");
            return "redirect:/me/time?week=" + entry.date();
        } catch (Problem p) {
            if (p.status() != HttpStatus.BAD_REQUEST) {
                throw p;
            }
            response.setStatus(p.status().value());
            return myTime(viewer, monday(viewer, week), form, FormErrors.of(p), model);
        }
    }

    private LocalDate monday(Viewer viewer, String week) {
        LocalDate day = null;
        try {
            day = Inputs.text(week) == null ? null : LocalDate.parse(week.strip());
        } catch (java.time.format.DateTimeParseException e) {
            // an unreadable week shows this week
        }
        return (day == null ? time.today(viewer) : day).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The viewer's unfinished tasks, and any task they logged time on this week (perhaps finished since). */
    private List<Choice> choices(Viewer viewer, List<TimeEntry> week) {
        Map<Long, Choice> choices = new LinkedHashMap<>();
        for (TaskSummary t : tasks.myWork(viewer, false, Paging.of(0, Paging.MAX_SIZE)).items()) {
            choices.put(t.id(), new Choice(t.id(), t.title() + " — " + t.productionName()));
        }
        for (TimeEntry e : week) {
            choices.putIfAbsent(e.taskId(), new Choice(e.taskId(), e.taskTitle() + " — " + e.productionName()));
        }
        return new ArrayList<>(choices.values());
    }

    private EntryRow row(Viewer viewer, TimeEntry e, boolean mayChange) {
        return new EntryRow(e.id(), formats.date(e.date(), viewer.zone()), e.taskId(), e.taskTitle(),
                e.productionName(), e.person().displayName(), e.duration(), e.note(),
                mayChange);
    }

    // a task's time

    @GetMapping("/tasks/{id}/time")
    String taskTime(Viewer viewer, @PathVariable long id,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Task task = tasks.get(viewer, id);
        return taskTime(viewer, task, htmx != null, LogForm.blank(time.today(viewer)), FormErrors.none(), model);
    }

    private String taskTime(Viewer viewer, Task task, boolean htmx, LogForm form, FormErrors errors, Model model) {
        Optional<MemberRole> role = productions.access(viewer, task.productionId(), Access.VIEW).myRole();
        if (viewer.isClient() || role.orElse(null) == MemberRole.CLIENT) {
            if (htmx) {
                return "time/task :: nothing"; // the task page simply has no time section for clients
            }
            throw Problem.forbidden("clients do not see the facility's time records");
        }
        TaskTime figures = time.ofTask(viewer, task.id(), Paging.of(0, 100));
        boolean mayWork = ConfidentialityPolicy.allows(viewer, role, Access.WORK);
        boolean mayManage = ConfidentialityPolicy.allows(viewer, role, Access.MANAGE);
        model.addAttribute("task", task);
        model.addAttribute("time", figures);
        model.addAttribute("entries", figures.entries().items().stream()
                .map(e -> row(viewer, e, mayManage && mayWork || mayWork
                        && e.person().username().equals(viewer.username()))).toList());
        model.addAttribute("mayWork", mayWork);
        model.addAttribute("team", mayManage ? productions.members(viewer, task.productionId()).stream()
                .filter(m -> m.role() != MemberRole.CLIENT).toList() : List.<Member>of());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", time.today(viewer).toString());
        return htmx ? "time/task :: timeSection" : "time/task";
    }

    @PostMapping("/tasks/{id}/time")
    String logOnTask(Viewer viewer, @PathVariable long id, LogForm form,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        Task task = tasks.get(viewer, id);
        try {
            Inputs in = new Inputs();
            TimeRequest request = form.request(in);
            in.check();
            TimeEntry entry = time.log(viewer, id, request);
            String notice = "Logged " + entry.duration() + " for " + formats.date(entry.date(), viewer.zone())
                    + (entry.person().username().equals(viewer.username()) ? "" : " for "
                    + entry.person().displayName()) + ".";
            if (htmx == null) {
                flash.addFlashAttribute("notice", notice);
                return "redirect:/tasks/" + id + "#task-time";
            }
            model.addAttribute("timeNotice", notice);
            return taskTime(viewer, task, true, LogForm.blank(time.today(viewer)), FormErrors.none(), model);
        } catch (Problem p) {
            if (p.status() != HttpStatus.BAD_REQUEST) {
                throw p;
            }
            response.setStatus(p.status().value());
            if (htmx != null) { // swap the section, complaints and all, rather than the page's problem area
                response.setHeader("HX-Retarget", "#task-time");
                response.setHeader("HX-Reswap", "outerHTML");
            }
            return taskTime(viewer, task, htmx != null, form, FormErrors.of(p), model);
        }
    }

    // one entry

    @GetMapping("/time/{id}/edit")
    String editForm(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String from,
            Model model) {
        TimeEntry e = time.get(viewer, id);
        return editForm(viewer, e, new LogForm(null, e.date().toString(), Integer.toString(e.hours()),
                Integer.toString(e.minutes()), e.note(), null, Integer.toString(e.version())), from, FormErrors.none(),
                model);
    }

    private String editForm(Viewer viewer, TimeEntry e, LogForm form, String from, FormErrors errors, Model model) {
        if (!time.mayChange(viewer, e)) {
            throw Problem.forbidden("you may change only your own time; this production's supervisors and "
                    + "producers may change anyone's");
        }
        model.addAttribute("entry", e);
        model.addAttribute("day", formats.date(e.date(), viewer.zone()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("from", "task".equals(from) ? "task" : "week");
        model.addAttribute("back", back(e, from));
        model.addAttribute("today", time.today(viewer).toString());
        return "time/edit";
    }

    @PostMapping("/time/{id}/edit")
    String edit(Viewer viewer, @PathVariable long id, LogForm form, @RequestParam(required = false) String from,
            Model model, RedirectAttributes flash, HttpServletResponse response) {
        TimeEntry current = time.get(viewer, id);
        try {
            Inputs in = new Inputs();
            TimeRequest request = form.request(in);
            Integer version = in.whole("version", form.version());
            in.check();
            TimeEntry after = time.change(viewer, id, request, Optional.ofNullable(version));
            flash.addFlashAttribute("notice", "Time changed to " + after.duration() + " on "
                    + formats.date(after.date(), viewer.zone()) + ".");
            return "redirect:" + back(after, from);
        } catch (Problem p) {
            response.setStatus(p.status().value());
            if (p.status() == HttpStatus.PRECONDITION_FAILED) {
                LogForm again = new LogForm(null, form.date(), form.hours(), form.minutes(), form.note(), null,
                        Integer.toString(current.version()));
                return editForm(viewer, current, again, from, new FormErrors("This entry was changed by someone "
                        + "else while you were editing; it now says " + current.duration() + " on "
                        + formats.date(current.date(), viewer.zone()) + ". Save again to replace that.", Map.of()),
                        model);
            }
            if (p.status() != HttpStatus.BAD_REQUEST) {
                throw p;
            }
            return editForm(viewer, current, form, from, FormErrors.of(p), model);
        }
    }

    @PostMapping("/time/{id}/delete")
    String delete(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String from,
            RedirectAttributes flash) {
        TimeEntry e = time.get(viewer, id);
        time.delete(viewer, id, Optional.empty());
        flash.addFlashAttribute("notice", "Deleted " + e.duration() + " on ‘" + e.taskTitle() + "’ for "
                + formats.date(e.date(), viewer.zone()) + ".");
        return "redirect:" + back(e, from);
    }

    /** Where to go after changing an entry: its task's page, or the week of My time that shows it. */
    private static String back(TimeEntry e, String from) {
        return "task".equals(from) ? "/tasks/" + e.taskId() + "#task-time" : "/me/time?week=" + e.date();
    }
}
