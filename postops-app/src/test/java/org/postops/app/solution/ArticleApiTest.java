package org.postops.app.solution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postops.app.support.Problems.assertBadField;
import static org.postops.app.support.Problems.assertProblem;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.skill.SkillCategory;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.ServerTest;
import org.postops.app.support.WebSession;
import org.postops.app.system.Ids;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Knowledge articles over the API, found by the same search as solutions; and the knowledge pages. */
class ArticleApiTest extends ServerTest {

    @Autowired
    SolutionService solutions;
    @Autowired
    TransactionTemplate transaction;

    Solution solution(String summary, String error, String fix) {
        long by = api.get(facility.admin(), "/api/v1/me").json().get("id").asLong();
        Instant restored = Instant.now().minus(Duration.ofHours(2));
        return transaction.execute(s -> solutions.record(new SolutionInput(Ids.next(), null, List.of(), null,
                SkillCategory.HARDWARE, summary, "Monitor shows no signal", error, fix, SolutionKind.FIX, null, null,
                null, by, restored.minus(Duration.ofHours(1)), restored)));
    }

    @Test
    void supportWritesArticlesEveryoneButClientsReadsAndSearchFindsThem() {
        String tag = SolutionApiTest.word();
        Solution s = solution("DeckLink not detected after macOS update " + tag, "No DeckLink device found",
                "Reinstalled Desktop Video 12.9");
        Account support = facility.person("support");
        Map<String, Object> fields = new HashMap<>(Map.of("title", "After a macOS update: DeckLink" + tag + " missing",
                "body", "Symptom: Resolve shows no video output device.\n\nReinstall Desktop Video 12.9 and allow the "
                        + "Blackmagic system extension in Privacy & Security, then restart.",
                "category", "hardware", "solutionIds", List.of(s.id())));
        Api.Response created = api.post(support.token(), "/api/v1/articles", fields);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.id();
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.json().get("solutionIds").get(0).asLong()).isEqualTo(s.id());
        assertThat(created.json().get("effectiveness").asDouble()).isEqualTo(s.effectiveness().score());

        Account staff = facility.staff();
        assertThat(api.get(staff.token(), "/api/v1/articles/" + id).json().get("title").asString()).contains(tag);
        JsonNode hits = api.get(staff.token(), "/api/v1/solutions/search?q=DeckLink" + tag).json();
        assertThat(hits.get(0).get("type").asString()).isEqualTo("article");
        assertThat(hits.get(0).get("articleId").asLong()).isEqualTo(id);
        assertThat(api.get(staff.token(), "/api/v1/solutions/" + s.id()).json().get("articleIds").get(0).asLong())
                .isEqualTo(id);

        assertProblem(api.post(staff.token(), "/api/v1/articles", fields), 403);
        assertProblem(api.post(facility.client().token(), "/api/v1/articles", fields), 404);
        assertProblem(api.get(facility.client().token(), "/api/v1/articles/" + id), 404);

        fields.put("title", "DeckLink" + tag + " missing after a macOS update");
        Api.Response changed = api.send(support.token(), "PUT", "/api/v1/articles/" + id, fields,
                Map.of("If-Match", "\"0\""));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"1\"");
        assertProblem(api.send(support.token(), "PUT", "/api/v1/articles/" + id, fields, Map.of("If-Match", "\"0\"")),
                412);

        assertThat(api.delete(support.token(), "/api/v1/articles/" + id).status()).isEqualTo(204);
        assertThat(api.get(staff.token(), "/api/v1/solutions/search?q=DeckLink" + tag).json().valueStream()
                .noneMatch(h -> h.has("articleId") && h.get("articleId").asLong() == id)).isTrue();
        assertThat(api.get(staff.token(), "/api/v1/articles/" + id).json().get("retired").asBoolean()).isTrue();
        assertProblem(api.delete(support.token(), "/api/v1/articles/" + id), 404);
        assertProblem(api.send(support.token(), "PUT", "/api/v1/articles/" + id, fields, Map.of()), 404);
    }

    @Test
    void badArticlesAreRefusedAndNothingIsSaved() {
        Account support = facility.person("support");
        long before = api.get(support.token(), "/api/v1/articles?size=1").json().get("total").asLong();
        assertBadField(api.post(support.token(), "/api/v1/articles", Map.of("title", " ", "body", "x")), "title");
        assertBadField(api.post(support.token(), "/api/v1/articles", Map.of("title", "T")), "body");
        assertBadField(api.post(support.token(), "/api/v1/articles", Map.of("title", "T", "body", "x".repeat(50_001))),
                "body");
        assertBadField(api.post(support.token(), "/api/v1/articles", Map.of("title", "T", "body", "x",
                "solutionIds", List.of(4242))), "solutionIds");
        assertProblem(api.post(support.token(), "/api/v1/articles", "{\"title\": \"T\", "), 400);
        assertProblem(api.post(support.token(), "/api/v1/articles", Map.of("title", "T", "body", "x",
                "category", "gardening")), 400);
        assertProblem(api.get(support.token(), "/api/v1/articles/4242"), 404);
        assertThat(api.get(support.token(), "/api/v1/articles?size=1").json().get("total").asLong()).isEqualTo(before);
    }

    @Test
    void theKnowledgePagesShowSearchResultsSolutionsAndArticles() {
        String tag = SolutionApiTest.word();
        Solution s = solution("Reference monitor flickers " + tag, "SDIFlicker" + tag + "Warning on output 2",
                "Swapped the SDI cable for a 12G one");
        Account support = facility.person("support");
        long article = api.post(support.token(), "/api/v1/articles", Map.of("title", "SDI flicker " + tag,
                "body", "First paragraph.\n\nSecond paragraph.", "solutionIds", List.of(s.id()))).id();

        WebSession staff = WebSession.signIn(api, facility.staff());
        Api.Response page = staff.get("/knowledge?q=SDIFlicker" + tag);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Knowledge base", "Reference monitor flickers " + tag, "Swapped the SDI cable",
                "How well each kind of solution works", "id=\"kinds\"");
        Api.Response typed = staff.get("/knowledge/results?q=SDIFlick" + tag.substring(0, 3));
        assertThat(typed.status()).isEqualTo(200);
        assertThat(typed.body()).contains("id=\"kb-results\"").doesNotContain("<html");
        assertThat(staff.get("/knowledge/results?q=" + "q".repeat(1200)).status()).isEqualTo(400);
        Api.Response similar = staff.get("/knowledge/similar?text=monitor+SDIFlicker" + tag);
        assertThat(similar.body()).contains("Similar past tickets", "Reference monitor flickers " + tag);
        assertThat(staff.get("/knowledge/similar?text=").body()).contains("Nothing like it yet");
        assertThat(staff.get("/solutions/" + s.id()).body()).contains("Swapped the SDI cable", "Effectiveness",
                "SDI flicker " + tag);
        Api.Response articlePage = staff.get("/articles/" + article);
        assertThat(articlePage.body()).contains("<p>First paragraph.</p>", "<p>Second paragraph.</p>");
        assertThat(staff.get("/articles/new").status()).isEqualTo(403);

        WebSession writer = WebSession.signIn(api, support);
        assertThat(writer.get("/articles/new?solution=" + s.id()).body()).contains("Write an article",
                Long.toString(s.id()));
        assertThat(writer.get("/articles/" + article + "/edit").body()).contains("SDI flicker " + tag);

        WebSession client = WebSession.signIn(api, facility.client());
        assertThat(client.get("/knowledge").status()).isEqualTo(404);
        assertThat(client.get("/solutions/" + s.id()).status()).isEqualTo(404);
        assertThat(client.get("/knowledge/similar?text=monitor").status()).isEqualTo(404);
    }
}
