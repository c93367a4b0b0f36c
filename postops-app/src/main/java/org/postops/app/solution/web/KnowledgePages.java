package org.postops.app.solution.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postops.app.access.Role;
import org.postops.app.access.Viewer;
import org.postops.app.skill.SkillCategory;
import org.postops.app.solution.Article;
import org.postops.app.solution.ArticleFields;
import org.postops.app.solution.ArticleService;
import org.postops.app.solution.Solution;
import org.postops.app.solution.SolutionService;
import org.postops.app.web.FormErrors;
import org.postops.app.web.Inputs;
import org.postops.app.web.PageController;
import org.postops.app.web.Paging;
import org.postops.app.web.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The knowledge base's pages: search with results as you type, effectiveness per kind of solution, each solution
 * and article, and the article form. {@code /knowledge/similar} is the fragment the new-ticket form includes.
 */
@PageController
class KnowledgePages {

    /** An article as typed: solution ids separated by commas or spaces. */
    record ArticleForm(String title, String body, String category, String solutionIds, String version) {

        static ArticleForm blank(String from) {
            return new ArticleForm(null, null, null, from, null);
        }

        static ArticleForm of(Article a) {
            return new ArticleForm(a.title(), a.body(), a.category() == null ? null : a.category().name(),
                    String.join(", ", a.solutionIds().stream().map(String::valueOf).toList()),
                    Integer.toString(a.version()));
        }

        ArticleFields fields(Inputs in) {
            List<Long> ids = new java.util.ArrayList<>();
            String text = Inputs.text(solutionIds);
            if (text != null) {
                for (String part : text.split("[,\\s]+")) {
                    Long id = in.id("solutionIds", part);
                    if (id != null) {
                        ids.add(id);
                    }
                }
            }
            return new ArticleFields(title, body, in.choice("category", SkillCategory.class, category), ids);
        }
    }

    private final SolutionService solutions;
    private final ArticleService articles;

    KnowledgePages(SolutionService solutions, ArticleService articles) {
        this.solutions = solutions;
        this.articles = articles;
    }

    @GetMapping("/knowledge")
    String knowledge(Viewer viewer, @RequestParam(required = false) String q,
            @RequestParam(required = false) String category, Model model, HttpServletResponse response) {
        SolutionService.desk(viewer);
        results(viewer, q, category, model, response);
        model.addAttribute("kinds", solutions.byKind(viewer).stream().filter(k -> k.category() == null).toList());
        model.addAttribute("articles", articles.list(viewer, Paging.of(0, 10)));
        model.addAttribute("categories", SkillCategory.values());
        model.addAttribute("writer", writer(viewer));
        return "solution/knowledge";
    }

    /** The results alone, for htmx as the search box is typed in. */
    @GetMapping("/knowledge/results")
    String results(Viewer viewer, @RequestParam(required = false) String q,
            @RequestParam(required = false) String category, Model model, HttpServletResponse response) {
        SolutionService.desk(viewer);
        String query = Inputs.text(q);
        model.addAttribute("q", query);
        model.addAttribute("category", Inputs.text(category));
        model.addAttribute("hits", List.of());
        if (query != null) {
            try {
                Inputs in = new Inputs();
                SkillCategory chosen = in.choice("category", SkillCategory.class, category);
                in.check();
                model.addAttribute("hits", solutions.search(viewer, query, chosen, 20));
            } catch (Problem p) {
                if (p.status() != HttpStatus.BAD_REQUEST) {
                    throw p;
                }
                response.setStatus(400);
                model.addAttribute("searchError", FormErrors.of(p).byField().values().stream().findFirst()
                        .map(FormErrors::sentence).orElse(p.getMessage()));
            }
        }
        return "solution/knowledge :: results";
    }

    /** Past tickets like the one being typed: the fragment the new-ticket form includes with hx-get. */
    @GetMapping("/knowledge/similar")
    String similar(Viewer viewer, @RequestParam(required = false) String text, Model model) {
        String typed = text == null || text.length() <= SolutionService.MAX_TEXT ? text
                : text.substring(0, SolutionService.MAX_TEXT); // the form keeps typing; never refuse it
        model.addAttribute("similar", solutions.similar(viewer, typed, 5));
        return "solution/similar :: similar";
    }

    @GetMapping("/solutions/{id}")
    String solution(Viewer viewer, @PathVariable long id, Model model) {
        Solution solution = solutions.get(viewer, id);
        model.addAttribute("solution", solution);
        model.addAttribute("linked", solution.articleIds().stream().map(a -> articles.get(viewer, a)).toList());
        model.addAttribute("writer", writer(viewer));
        return "solution/solution";
    }

    @GetMapping("/articles/{id}")
    String article(Viewer viewer, @PathVariable long id, Model model) {
        Article article = articles.get(viewer, id);
        model.addAttribute("article", article);
        model.addAttribute("paragraphs", Arrays.stream(article.body().split("\\R\\s*\\R")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList());
        model.addAttribute("writer", writer(viewer));
        return "solution/article";
    }

    @GetMapping("/articles/new")
    String newArticle(Viewer viewer, @RequestParam(required = false) Long solution, Model model) {
        requireWriter(viewer);
        return form(null, ArticleForm.blank(solution == null ? null : solution.toString()), FormErrors.none(), model);
    }

    @PostMapping("/articles")
    String create(Viewer viewer, ArticleForm form, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        requireWriter(viewer);
        try {
            Inputs in = new Inputs();
            ArticleFields fields = form.fields(in);
            in.check();
            Article created = articles.create(viewer, fields);
            flash.addFlashAttribute("notice", "Article published.");
            return "redirect:/articles/" + created.id();
        } catch (Problem p) {
            if (p.status() != HttpStatus.BAD_REQUEST) {
                throw p;
            }
            response.setStatus(400);
            return form(null, form, FormErrors.of(p), model);
        }
    }

    @GetMapping("/articles/{id}/edit")
    String edit(Viewer viewer, @PathVariable long id, Model model) {
        requireWriter(viewer);
        Article article = articles.get(viewer, id);
        return form(article, ArticleForm.of(article), FormErrors.none(), model);
    }

    @PostMapping("/articles/{id}")
    String update(Viewer viewer, @PathVariable long id, ArticleForm form, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        requireWriter(viewer);
        Article current = articles.get(viewer, id);
        try {
            Inputs in = new Inputs();
            ArticleFields fields = form.fields(in);
            Integer version = in.whole("version", form.version());
            in.check();
            articles.update(viewer, id, fields, Optional.ofNullable(version));
            flash.addFlashAttribute("notice", "Article saved.");
            return "redirect:/articles/" + id;
        } catch (Problem p) {
            response.setStatus(p.status().value());
            if (p.status() == HttpStatus.PRECONDITION_FAILED) {
                ArticleForm again = new ArticleForm(form.title(), form.body(), form.category(), form.solutionIds(),
                        Integer.toString(current.version()));
                return form(current, again, new FormErrors("Someone else changed this article while you were "
                        + "editing. Save again to replace their version with yours.", Map.of()), model);
            }
            if (p.status() != HttpStatus.BAD_REQUEST) {
                throw p;
            }
            return form(current, form, FormErrors.of(p), model);
        }
    }

    @PostMapping("/articles/{id}/retire")
    String retire(Viewer viewer, @PathVariable long id, RedirectAttributes flash) {
        articles.retire(viewer, id);
        flash.addFlashAttribute("notice", "Article retired: it is kept, but no longer listed or found.");
        return "redirect:/knowledge";
    }

    private String form(Article article, ArticleForm form, FormErrors errors, Model model) {
        model.addAttribute("article", article);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", SkillCategory.values());
        return "solution/article-form";
    }

    private static boolean writer(Viewer viewer) {
        return viewer.role() == Role.SUPPORT || viewer.role() == Role.ADMIN;
    }

    private static void requireWriter(Viewer viewer) {
        SolutionService.desk(viewer);
        if (!writer(viewer)) {
            throw Problem.forbidden("only technical support and administrators write knowledge articles");
        }
    }
}
