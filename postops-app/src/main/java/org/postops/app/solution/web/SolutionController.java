package org.postops.app.solution.web;

import java.util.List;
import org.postops.app.access.Viewer;
import org.postops.app.skill.SkillCategory;
import org.postops.app.solution.KindEffectiveness;
import org.postops.app.solution.SearchHit;
import org.postops.app.solution.Solution;
import org.postops.app.solution.SolutionService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The knowledge base's solutions over the API: search, similar tickets, one solution, ratings, figures per kind. */
@RestController
@RequestMapping("/api/v1/solutions")
class SolutionController {

    /** A rating of 1–5 stars with an optional comment. */
    record RatingInput(Integer stars, String comment) {
    }

    private final SolutionService solutions;

    SolutionController(SolutionService solutions) {
        this.solutions = solutions;
    }

    @GetMapping("/search")
    List<SearchHit> search(Viewer viewer, @RequestParam(required = false) String q,
            @RequestParam(required = false) SkillCategory category, @RequestParam(required = false) Integer limit) {
        return solutions.search(viewer, q, category, limit == null ? 10 : limit);
    }

    @GetMapping("/similar")
    List<SearchHit> similar(Viewer viewer, @RequestParam(required = false) String text,
            @RequestParam(required = false) Integer limit) {
        return solutions.similar(viewer, text, limit == null ? 5 : limit);
    }

    @GetMapping("/effectiveness")
    List<KindEffectiveness> byKind(Viewer viewer) {
        return solutions.byKind(viewer);
    }

    @GetMapping("/{id}")
    Solution get(Viewer viewer, @PathVariable long id) {
        return solutions.get(viewer, id);
    }

    @PostMapping("/{id}/rating")
    Solution rate(Viewer viewer, @PathVariable long id, @RequestBody RatingInput rating) {
        if (rating == null || rating.stars() == null) {
            throw org.postops.app.web.Problem.badField("stars", "give 1 to 5 stars");
        }
        return solutions.rate(viewer, id, rating.stars(), rating.comment());
    }
}
