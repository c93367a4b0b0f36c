package org.postops.app.search;

import org.postops.app.access.Viewer;
import org.postops.app.web.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search over the API. */
@RestController
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/api/v1/search")
    SearchResults search(Viewer viewer, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return search.search(viewer, q, Paging.of(page, size));
    }
}
