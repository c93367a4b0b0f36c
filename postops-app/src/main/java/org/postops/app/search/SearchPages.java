package org.postops.app.search;

import org.postops.app.access.Viewer;
import org.postops.app.web.Inputs;
import org.postops.app.web.PageController;
import org.postops.app.web.Paging;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The results of the header's search box. An empty search shows the box and what it looks through. */
@PageController
class SearchPages {

    private final SearchService search;

    SearchPages(SearchService search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(Viewer viewer, @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            Model model) {
        String query = Inputs.text(q);
        model.addAttribute("q", query);
        if (query != null) {
            model.addAttribute("results", search.search(viewer, query, Paging.of(page, 25)));
        }
        return "search/results";
    }
}
