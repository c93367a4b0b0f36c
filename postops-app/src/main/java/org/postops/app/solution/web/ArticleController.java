package org.postops.app.solution.web;

import java.net.URI;
import org.postops.app.access.Viewer;
import org.postops.app.solution.Article;
import org.postops.app.solution.ArticleFields;
import org.postops.app.solution.ArticleService;
import org.postops.app.web.PageOf;
import org.postops.app.web.Paging;
import org.postops.app.web.Preconditions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Knowledge articles over the API. A change replaces the article and carries its version (If-Match). */
@RestController
@RequestMapping("/api/v1/articles")
class ArticleController {

    private final ArticleService articles;

    ArticleController(ArticleService articles) {
        this.articles = articles;
    }

    @GetMapping
    PageOf<Article> list(Viewer viewer, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return articles.list(viewer, Paging.of(page, size));
    }

    @PostMapping
    ResponseEntity<Article> create(Viewer viewer, @RequestBody ArticleFields fields) {
        Article created = articles.create(viewer, fields);
        return ResponseEntity.created(URI.create("/api/v1/articles/" + created.id()))
                .eTag(Preconditions.etag(created.version())).body(created);
    }

    @GetMapping("/{id}")
    ResponseEntity<Article> get(Viewer viewer, @PathVariable long id) {
        Article article = articles.get(viewer, id);
        return ResponseEntity.ok().eTag(Preconditions.etag(article.version())).body(article);
    }

    @PutMapping("/{id}")
    ResponseEntity<Article> update(Viewer viewer, @PathVariable long id, @RequestBody ArticleFields fields,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Article article = articles.update(viewer, id, fields, Preconditions.expectedVersion(ifMatch, null));
        return ResponseEntity.ok().eTag(Preconditions.etag(article.version())).body(article);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> retire(Viewer viewer, @PathVariable long id) {
        articles.retire(viewer, id);
        return ResponseEntity.noContent().build();
    }
}
