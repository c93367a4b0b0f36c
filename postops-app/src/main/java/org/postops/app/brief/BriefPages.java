package org.postops.app.brief;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.postops.app.access.Viewer;
import org.postops.app.web.FormErrors;
import org.postops.app.web.PageController;
import org.postops.app.web.Problem;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The printable technical brief, with the team's notes form and a form to share it with colleagues. */
@PageController
class BriefPages {

    private final BriefService briefs;

    BriefPages(BriefService briefs) {
        this.briefs = briefs;
    }

    @GetMapping("/productions/{id}/brief")
    String brief(Viewer viewer, @PathVariable long id, Model model) {
        model.addAttribute("brief", briefs.brief(viewer, id));
        model.addAttribute("mayWrite", briefs.mayWrite(viewer, id));
        return "brief/page";
    }

    @PostMapping("/productions/{id}/brief/notes")
    String saveNotes(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String storageNotes,
            @RequestParam(required = false) String mediaNotes, @RequestParam(required = false) String riskNotes,
            @RequestParam(required = false) Integer version, RedirectAttributes flash) {
        try {
            briefs.saveNotes(viewer, id, new BriefNotesFields(storageNotes, mediaNotes, riskNotes),
                    Optional.ofNullable(version));
            flash.addFlashAttribute("notice", "Notes saved.");
        } catch (Problem p) {
            flash.addFlashAttribute("refused", FormErrors.of(p).summary());
        }
        return "redirect:/productions/" + id + "/brief";
    }

    @PostMapping("/productions/{id}/brief/share")
    String share(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String usernames,
            @RequestParam(required = false) String message, RedirectAttributes flash) {
        List<String> names = usernames == null ? List.of() : Arrays.stream(usernames.split("[,;\\s]+"))
                .filter(s -> !s.isBlank()).toList();
        try {
            List<String> shared = briefs.share(viewer, id, names, message);
            flash.addFlashAttribute("notice", "Shared with " + String.join(", ", shared) + ".");
        } catch (Problem p) {
            flash.addFlashAttribute("refused", FormErrors.of(p).summary());
        }
        return "redirect:/productions/" + id + "/brief";
    }
}
