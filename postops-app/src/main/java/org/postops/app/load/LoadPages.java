package org.postops.app.load;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.postops.app.access.Viewer;
import org.postops.app.schedule.ScheduleService;
import org.postops.app.web.FormErrors;
import org.postops.app.web.Inputs;
import org.postops.app.web.PageController;
import org.postops.app.web.PageOf;
import org.postops.app.web.Paging;
import org.postops.app.web.Problem;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The People page: everyone's load, day by day or week by week, across productions. */
@PageController
class LoadPages {

    private static final DateTimeFormatter RANGE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final LoadService load;
    private final ScheduleService schedules;

    LoadPages(LoadService load, ScheduleService schedules) {
        this.load = load;
        this.schedules = schedules;
    }

    @GetMapping("/people/load")
    String people(Viewer viewer, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String zoom, @RequestParam(required = false) String people,
            @RequestParam(required = false) Integer page, Model model) {
        boolean weeks = "week".equals(zoom);
        Inputs inputs = new Inputs();
        LocalDate first = inputs.date("from", from);
        LocalDate last = inputs.date("to", to);
        FormErrors errors = FormErrors.none();
        LoadService.Window window;
        try {
            inputs.check();
            window = load.window(first, last);
        } catch (Problem p) {
            errors = FormErrors.of(p);
            window = load.window(null, null);
        }
        List<Long> ids = LoadController.ids(people);
        LoadReport report = load.people(viewer, ids, window.from(), window.to(), Paging.of(page, 50));
        model.addAttribute("grid", LoadGrid.of(report, schedules.calendar(), schedules.today(), weeks));
        model.addAttribute("report", report);
        model.addAttribute("pages", new PageOf<>(List.of(), report.page(), report.size(), report.total()));
        model.addAttribute("errors", errors);
        model.addAttribute("from", window.from());
        model.addAttribute("to", window.to());
        model.addAttribute("range", RANGE.format(window.from()) + " – " + RANGE.format(window.to()));
        model.addAttribute("weeks", weeks);
        model.addAttribute("people", ids == null ? null : people);
        long span = window.days();
        model.addAttribute("earlier", link(window.from().minusDays(span), window.to().minusDays(span), zoom, people));
        model.addAttribute("later", link(window.from().plusDays(span), window.to().plusDays(span), zoom, people));
        model.addAttribute("thisWeek", link(null, null, zoom, people));
        model.addAttribute("byDay", link(window.from(), window.to(), null, people));
        model.addAttribute("byWeek", link(window.from(), window.to(), "week", people));
        model.addAttribute("everyone", ids == null ? null : link(window.from(), window.to(), zoom, null));
        return "load/people";
    }

    private static String link(LocalDate from, LocalDate to, String zoom, String people) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/people/load");
        if (from != null) {
            b.queryParam("from", from).queryParam("to", to);
        }
        if ("week".equals(zoom)) {
            b.queryParam("zoom", "week");
        }
        if (people != null && !people.isBlank()) {
            b.queryParam("people", people);
        }
        return b.encode().build().toUriString();
    }
}
