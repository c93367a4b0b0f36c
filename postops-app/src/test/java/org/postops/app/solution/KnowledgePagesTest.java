package org.postops.app.solution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * The knowledge article forms, posted as a browser posts them: writing, editing and retiring an article save
 * what they should, bad fields come back beside the form with nothing saved, a stale version is refused
 * saying so (and saving again then replaces it), staff (403) and clients (404) are refused, and a post
 * without the CSRF token is 403.
 */
class KnowledgePagesTest extends ServerTest {

    @Autowired
    SolutionService solutions;
    @Autowired
    TransactionTemplate transaction;

    /** Signed in once for the class (each sign-in costs a password hash). */
    private static Account support;
    private static WebSession asSupport;
    private static WebSession asStaff;
    private static WebSession asClient;

    @BeforeEach
    void people() {
        if (asSupport == null) {
            support = facility.person("support");
            asSupport = WebSession.signIn(api, support);
            asStaff = WebSession.signIn(api, facility.staff());
            asClient = WebSession.signIn(api, facility.client());
        }
    }

    @Test
    void theNewArticleFormPublishesAndRefusesBadFieldsSavingNothing() {
        String tag = SolutionApiTest.word();
        long solution = solution("DeckLink missing " + tag).id();
        long before = total();
        Api.Response published = asSupport.post("/articles/new", "/articles", article("DeckLink " + tag + " missing",
                Long.toString(solution)));
        long id = idIn(published);
        assertThat(shown(asSupport, published)).contains("Article published.", "DeckLink " + tag + " missing",
                "<p>Reinstall Desktop Video 12.9.</p>", "<p>Then restart.</p>", "Solution " + solution, "Hardware");
        JsonNode saved = api.get(support.token(), "/api/v1/articles/" + id).json();
        assertThat(saved.get("category").asString()).isEqualTo("hardware");
        assertThat(saved.get("solutionIds").get(0).asLong()).isEqualTo(solution);
        assertThat(total()).isEqualTo(before + 1);

        Map<String, String> noTitle = article(" ", "");
        Api.Response refused = asSupport.post("/articles/new", "/articles", noTitle);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Please correct the field marked below.",
                "id=\"article-title-error\">must not be blank").as("what was typed is kept")
                .contains("Reinstall Desktop Video 12.9.");
        Map<String, String> noBody = article("Empty " + tag, "");
        noBody.put("body", " ");
        assertThat(asSupport.post("/articles/new", "/articles", noBody).body())
                .contains("id=\"article-body-error\">must not be blank: say what to do");
        assertThat(asSupport.post("/articles/new", "/articles", article("Unknown " + tag, "4242")).body())
                .contains("id=\"article-solutions-error\">solution 4242 not found");
        assertThat(asSupport.post("/articles/new", "/articles", article("Typo " + tag, solution + ", x12")).body())
                .contains("id=\"article-solutions-error\">is not one of the choices", "value=\"" + solution + ", x12\"");
        Map<String, String> gardening = article("Gardening " + tag, "");
        gardening.put("category", "GARDENING");
        assertThat(asSupport.post("/articles/new", "/articles", gardening).body())
                .contains("id=\"article-category-error\">is not one of the choices");

        Api.Response byStaff = asStaff.post("/knowledge", "/articles", article("Staff " + tag, ""));
        assertThat(byStaff.status()).isEqualTo(403);
        assertThat(byStaff.body()).contains("Only technical support and administrators write knowledge articles");
        assertThat(asClient.post("/", "/articles", article("Client " + tag, "")).status()).isEqualTo(404);
        assertThat(asSupport.postWithoutToken("/articles", article("Forged " + tag, "")).status()).isEqualTo(403);
        assertThat(total()).as("no refused post saved an article").isEqualTo(before + 1);
    }

    @Test
    void theEditFormSavesRefusesAStaleVersionAndOffersToSaveAgain() {
        String tag = SolutionApiTest.word();
        long id = api.post(support.token(), "/api/v1/articles", Map.of("title", "Flicker " + tag, "body",
                "Swap the SDI cable.")).id();
        int version = api.get(support.token(), "/api/v1/articles/" + id).json().get("version").asInt();
        String edit = "/articles/" + id + "/edit";
        String page = "/articles/" + id;
        assertThat(asSupport.get(edit).body()).contains("name=\"version\" value=\"" + version + "\"");

        Map<String, String> changed = article("Flicker on SDI " + tag, "");
        changed.put("version", Integer.toString(version));
        Api.Response saved = asSupport.post(edit, page, changed);
        assertThat(idIn(saved)).isEqualTo(id);
        assertThat(shown(asSupport, saved)).contains("Article saved.", "Flicker on SDI " + tag);
        assertThat(title(id)).isEqualTo("Flicker on SDI " + tag);

        Map<String, String> stale = article("Stale " + tag, "");
        stale.put("version", Integer.toString(version));
        Api.Response refused = asSupport.post(edit, page, stale);
        assertThat(refused.status()).isEqualTo(412);
        assertThat(refused.body()).contains("Someone else changed this article while you were editing. Save again to "
                + "replace their version with yours.", "value=\"Stale " + tag + "\"",
                "name=\"version\" value=\"" + (version + 1) + "\"");
        assertThat(title(id)).as("the stale post saved nothing").isEqualTo("Flicker on SDI " + tag);

        Map<String, String> blank = article("Blank " + tag, "");
        blank.put("body", "");
        blank.put("version", Integer.toString(version + 1));
        Api.Response bad = asSupport.post(edit, page, blank);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"article-body-error\">must not be blank");
        Map<String, String> other = article("Other " + tag, "");
        other.put("version", Integer.toString(version + 1));
        assertThat(asStaff.post(page, page, other).status()).isEqualTo(403);
        assertThat(asClient.post("/", page, other).status()).isEqualTo(404);
        assertThat(asSupport.postWithoutToken(page, other).status()).isEqualTo(403);
        assertThat(asSupport.post(edit, "/articles/4242", other).status()).isEqualTo(404);
        assertThat(title(id)).as("no refused post changed it").isEqualTo("Flicker on SDI " + tag);

        stale.put("version", Integer.toString(version + 1)); // as the refused form offered it
        assertThat(asSupport.post(edit, page, stale).status()).isEqualTo(302);
        assertThat(title(id)).isEqualTo("Stale " + tag);
    }

    @Test
    void theRetireButtonRetiresForSupportOnly() {
        String tag = SolutionApiTest.word();
        long id = api.post(support.token(), "/api/v1/articles", Map.of("title", "Old advice " + tag, "body",
                "Reboot it.")).id();
        String page = "/articles/" + id;
        String retire = page + "/retire";
        assertThat(asSupport.get(page).body()).contains("action=\"" + retire + "\"");
        assertThat(asStaff.get(page).body()).doesNotContain(retire);
        assertThat(asStaff.post(page, retire, Map.of()).status()).isEqualTo(403);
        assertThat(asClient.post("/", retire, Map.of()).status()).isEqualTo(404);
        assertThat(asSupport.postWithoutToken(retire, Map.of()).status()).isEqualTo(403);
        assertThat(retired(id)).as("no refused post retired it").isFalse();

        Api.Response retired = asSupport.post(page, retire, Map.of());
        assertThat(retired.status()).isEqualTo(302);
        assertThat(retired.header("Location")).endsWith("/knowledge");
        assertThat(shown(asSupport, retired)).contains("Article retired: it is kept, but no longer listed or found.")
                .doesNotContain("Old advice " + tag);
        assertThat(retired(id)).isTrue();
        assertThat(asSupport.post("/knowledge", retire, Map.of()).status()).as("once only").isEqualTo(404);
        assertThat(asSupport.post("/knowledge", "/articles/4242/retire", Map.of()).status()).isEqualTo(404);
        Map<String, String> revived = article("Revived " + tag, "");
        revived.put("version", "");
        assertThat(asSupport.post("/knowledge", page, revived).status()).as("a retired article is not edited")
                .isEqualTo(404);
        assertThat(api.get(support.token(), "/api/v1/articles/" + id).json().get("title").asString())
                .isEqualTo("Old advice " + tag);
    }

    // helpers

    private Solution solution(String summary) {
        long by = api.get(facility.admin(), "/api/v1/me").json().get("id").asLong();
        Instant restored = Instant.now().minus(Duration.ofHours(2));
        return transaction.execute(s -> solutions.record(new SolutionInput(Ids.next(), null, List.of(), null,
                SkillCategory.HARDWARE, summary, "No video output device", "No DeckLink device found",
                "Reinstalled Desktop Video 12.9", SolutionKind.FIX, null, null, null, by,
                restored.minus(Duration.ofHours(1)), restored)));
    }

    /** The article form as support would fill it in. */
    private static Map<String, String> article(String title, String solutionIds) {
        Map<String, String> f = new HashMap<>();
        f.put("title", title);
        f.put("body", "Reinstall Desktop Video 12.9.\n\nThen restart.");
        f.put("category", "HARDWARE");
        f.put("solutionIds", solutionIds);
        return f;
    }

    private long total() {
        return api.get(support.token(), "/api/v1/articles?size=1").json().get("total").asLong();
    }

    private String title(long id) {
        return api.get(support.token(), "/api/v1/articles/" + id).json().get("title").asString();
    }

    private boolean retired(long id) {
        return api.get(support.token(), "/api/v1/articles/" + id).json().get("retired").asBoolean();
    }

    private static long idIn(Api.Response redirect) {
        assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
        String location = redirect.header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf("/articles/") + "/articles/".length()));
    }

    private static String shown(WebSession web, Api.Response redirect) {
        assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
        Api.Response page = web.get(redirect.header("Location").replaceAll("^https?://[^/]+", ""));
        assertThat(page.status()).isEqualTo(200);
        return page.body();
    }
}
