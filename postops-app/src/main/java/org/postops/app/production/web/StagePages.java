package org.postops.app.production.web;

import jakarta.servlet.http.HttpServletResponse;
import org.postops.app.access.Viewer;
import org.postops.app.production.ProductionService;
import org.postops.app.production.Stage;
import org.postops.app.web.Inputs;
import org.postops.app.web.PageController;
import org.postops.app.web.Problem;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Manage stages" on the production page: rename, move and delete a stage. The service decides who may
 * (supervisors and producers) and refuses deleting a stage that still holds tasks; a refusal shows the
 * production page again with the complaint in that section, so these live beside {@link ProductionPages}.
 */
@PageController
class StagePages {

    private final ProductionService productions;
    private final ProductionPages page;

    StagePages(ProductionService productions, ProductionPages page) {
        this.productions = productions;
        this.page = page;
    }

    @PostMapping("/productions/{id}/stages/{stageId}")
    String rename(Viewer viewer, @PathVariable long id, @PathVariable long stageId,
            @RequestParam(required = false) String name, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        try {
            Stage stage = productions.changeStage(viewer, ofProduction(viewer, id, stageId).id(),
                    name == null ? "" : name, null); // null would mean "keep the name"; a blank one is refused
            flash.addFlashAttribute("notice", "Stage renamed to '" + stage.name() + "'.");
            flash.addFlashAttribute("manageStages", true); // keep the section open for the next change
            return "redirect:/productions/" + id + "#manage-stages";
        } catch (Problem p) {
            model.addAttribute("refusedStage", stageId);
            model.addAttribute("refusedName", name);
            return page.refused(viewer, id, "stages", p, model, response);
        }
    }

    /** Moves a stage to a position (0 is first); the page's Earlier and Later buttons post their neighbour's. */
    @PostMapping("/productions/{id}/stages/{stageId}/position")
    String move(Viewer viewer, @PathVariable long id, @PathVariable long stageId,
            @RequestParam(required = false) String position, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        try {
            Inputs in = new Inputs();
            Integer to = in.whole("position", position);
            if (to == null) {
                in.add("position", "must be given");
            }
            in.check();
            Stage stage = productions.changeStage(viewer, ofProduction(viewer, id, stageId).id(), null, to);
            flash.addFlashAttribute("notice", "Stage '" + stage.name() + "' is now number " + (stage.position() + 1)
                    + ".");
            flash.addFlashAttribute("manageStages", true); // keep the section open for the next change
            return "redirect:/productions/" + id + "#manage-stages";
        } catch (Problem p) {
            return page.refused(viewer, id, "stages", p, model, response);
        }
    }

    @PostMapping("/productions/{id}/stages/{stageId}/delete")
    String delete(Viewer viewer, @PathVariable long id, @PathVariable long stageId, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        try {
            Stage stage = ofProduction(viewer, id, stageId);
            productions.deleteStage(viewer, stageId);
            flash.addFlashAttribute("notice", "Stage '" + stage.name() + "' deleted.");
            flash.addFlashAttribute("manageStages", true); // keep the section open for the next change
            return "redirect:/productions/" + id + "#manage-stages";
        } catch (Problem p) {
            return page.refused(viewer, id, "stages", p, model, response);
        }
    }

    /** The stage, if it is one of this production's: the address names both, and they must agree. */
    private Stage ofProduction(Viewer viewer, long productionId, long stageId) {
        return productions.stages(viewer, productionId).stream().filter(s -> s.id() == stageId).findFirst()
                .orElseThrow(() -> Problem.notFound("stage"));
    }
}
