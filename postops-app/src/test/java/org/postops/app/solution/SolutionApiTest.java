package org.postops.app.solution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.postops.app.support.Problems.assertBadField;
import static org.postops.app.support.Problems.assertProblem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.postops.app.skill.SkillCategory;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.KitRows;
import org.postops.app.support.ServerTest;
import org.postops.app.system.Ids;
import org.postops.app.web.Problem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Solutions recorded through the service (as the tickets area will on resolving), then searched, rated and measured
 * over real HTTP.
 */
class SolutionApiTest extends ServerTest {

    @Autowired
    SolutionService solutions;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    /** A word nobody else's data has: letters only, so it stays one word. */
    static String word() {
        return word('a');
    }

    /** A unique word of 16 letters from {@code first} on: words from 'a' and from 'q' share no letter, so no n-gram. */
    static String word(char first) {
        StringBuilder b = new StringBuilder();
        for (char c : Api.unique().toCharArray()) {
            b.append((char) (first + Character.digit(c, 16) % (first == 'a' ? 16 : 10)));
        }
        return b.toString();
    }

    static String errorCode() {
        return String.format(Locale.ROOT, "0xC%07X", ThreadLocalRandom.current().nextInt(1 << 28));
    }

    SolutionInput input(Long production, List<Long> kit, SkillCategory category, String summary, String symptoms,
            String error, String done, SolutionKind kind, Instant raised, Instant restored, long by) {
        return new SolutionInput(Ids.next(), production, kit, "WORKSTATION", category, summary, symptoms, error, done,
                kind, kind == SolutionKind.WORKAROUND ? Boolean.TRUE : null, null, null, by, raised, restored);
    }

    Solution record(SolutionInput in) {
        return transaction.execute(status -> solutions.record(in));
    }

    long adminId() {
        return api.get(facility.admin(), "/api/v1/me").json().get("id").asLong();
    }

    Solution simple(String summary, String error, String done, List<Long> kit, SkillCategory category) {
        Instant restored = Instant.now().minus(Duration.ofDays(1));
        return record(input(null, kit, category, summary, null, error, done, SolutionKind.FIX,
                restored.minus(Duration.ofHours(3)), restored, adminId()));
    }

    JsonNode search(String token, String q, String more) {
        Api.Response r = api.get(token, "/api/v1/solutions/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                + more);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static List<Long> ids(JsonNode hits) {
        return hits.valueStream().filter(h -> h.has("solutionId")).map(h -> h.get("solutionId").asLong()).toList();
    }

    static JsonNode hit(JsonNode hits, long solutionId) {
        return hits.valueStream().filter(h -> h.has("solutionId") && h.get("solutionId").asLong() == solutionId)
                .findFirst().orElseThrow(() -> new AssertionError(solutionId + " not in " + hits));
    }

    @Test
    void aFragmentOfAnErrorMessageFindsTheSolutionRankedAboveWeakerMatches() {
        String code = errorCode();
        String tag = word();
        Solution strong = simple("Resolve crashes on export " + tag,
                "Exception " + code + " in ResolveFX" + tag + ".dll at 0x00007FF6A1B2C3D4 while rendering the timeline",
                "Removed the third-party OFX plugin and re-rendered", List.of(), SkillCategory.GRADING);
        Solution weak = simple("ResolveFX" + tag + " plugin slow on the grading suite", "ResolveFX" + tag + " stalled",
                "Cleared the render cache", List.of(), SkillCategory.GRADING);
        JsonNode hits = search(facility.admin(), code + " in ResolveFX" + tag, "");
        assertThat(ids(hits)).first().isEqualTo(strong.id());
        assertThat(ids(hits)).contains(weak.id());
        assertThat(hit(hits, strong.id()).get("relevance").asDouble())
                .isGreaterThan(hit(hits, weak.id()).get("relevance").asDouble());
        assertThat(hit(hits, strong.id()).get("errorText").asString()).contains(code);

        // part of an identifier, cut mid-word, as someone copies it from a log
        Solution gpu = simple("GPU memory full when rendering 4K HDR " + tag,
                "GPU" + tag + "MemoryFullException: CUDA out of memory rendering 3840x2160",
                "Rendered in two halves with the optimised media", List.of(), SkillCategory.GRADING);
        Solution words = simple("Grading suite: gpu " + tag + " memory reads full", "gpu memory full warning " + tag,
                "Closed the other apps", List.of(), SkillCategory.GRADING);
        JsonNode fragment = search(facility.staff().token(), "GPU" + tag + "MemoryFul", "");
        assertThat(ids(fragment)).first().isEqualTo(gpu.id());
        assertThat(ids(fragment)).contains(words.id());

        Solution cuda = simple("Fusion will not start " + tag, "Fusion" + tag + ": Failed to initialize CUDA (error 999)",
                "Reinstalled CUDA 12.4 and the studio driver", List.of(), SkillCategory.VFX);
        JsonNode quoted = search(facility.admin(), "\"Failed to initialize CUDA\" Fusion" + tag, "&category=vfx");
        assertThat(ids(quoted)).first().isEqualTo(cuda.id());
        assertThat(ids(search(facility.admin(), "Fusion" + tag, "&category=grading"))).doesNotContain(cuda.id());
    }

    @Test
    void aRecurrenceOnTheSameKitAndCategoryLowersTheScoreAndTheRank() {
        KitRows kit = new KitRows(jdbc);
        long k1 = kit.kit("Grade 1 " + word(), "WORKSTATION", null);
        long k2 = kit.kit("Grade 2 " + word(), "WORKSTATION", null);
        String tag = word();
        Solution a = simple("Scopes freeze " + tag, "VideoScope" + tag + " stopped updating", "Restarted the panel daemon",
                List.of(k1), SkillCategory.GRADING);
        Solution b = simple("Scopes freeze " + tag, "VideoScope" + tag + " stopped updating", "Restarted the panel daemon",
                List.of(k2), SkillCategory.GRADING);
        JsonNode before = search(facility.admin(), "VideoScope" + tag, "");
        double scoreBefore = hit(before, a.id()).get("effectiveness").get("score").asDouble();
        assertThat(hit(before, a.id()).get("effectiveness").get("recurrences").asInt()).isZero();
        assertThat(ids(before)).first().isEqualTo(a.id() < b.id() ? a.id() : b.id()); // a tie goes to the lower id

        long newTicket = Ids.next();
        transaction.executeWithoutResult(s -> solutions.recurrence(newTicket, List.of(k1, k1), SkillCategory.GRADING,
                Instant.now()));
        transaction.executeWithoutResult(s -> solutions.recurrence(newTicket, List.of(k1), SkillCategory.GRADING,
                Instant.now())); // the same ticket again: counted once
        transaction.executeWithoutResult(s -> solutions.recurrence(Ids.next(), List.of(k1), SkillCategory.AUDIO,
                Instant.now())); // another category: not a recurrence of this fix

        JsonNode after = search(facility.admin(), "VideoScope" + tag, "");
        JsonNode fell = hit(after, a.id()).get("effectiveness");
        assertThat(fell.get("recurrences").asInt()).isEqualTo(1);
        assertThat(fell.get("score").asDouble()).isLessThan(scoreBefore);
        assertThat(hit(after, b.id()).get("effectiveness").get("score").asDouble()).isEqualTo(scoreBefore);
        assertThat(ids(after)).first().isEqualTo(b.id());
        assertThat(solutions.effectivenessOf(a.id()).recurrences()).isEqualTo(1);
        assertThat(api.get(facility.admin(), "/api/v1/solutions/" + a.id()).json().get("effectiveness").get("score")
                .asDouble()).isEqualTo(fell.get("score").asDouble());
    }

    @Test
    void aSolutionRestoredLongerAgoThanThirtyDaysDoesNotRecur() {
        long k = new KitRows(jdbc).kit("Deck " + word(), "DECK", null);
        Instant restored = Instant.now().minus(Duration.ofDays(31));
        Solution old = record(input(null, List.of(k), SkillCategory.HARDWARE, "Deck eats tape", null, null,
                "Cleaned the heads", SolutionKind.FIX, restored.minus(Duration.ofHours(2)), restored, adminId()));
        transaction.executeWithoutResult(s -> solutions.recurrence(Ids.next(), List.of(k), SkillCategory.HARDWARE,
                Instant.now()));
        assertThat(solutions.effectivenessOf(old.id()).recurrences()).isZero();
        // reopening the solved ticket itself counts against its solution, kit or not
        Solution own = simple("Licence server down " + word(), null, "Restarted the licence daemon", List.of(),
                SkillCategory.SOFTWARE_AND_LICENCES);
        transaction.executeWithoutResult(s -> solutions.recurrence(own.ticketId(), List.of(),
                SkillCategory.SOFTWARE_AND_LICENCES, Instant.now()));
        assertThat(solutions.effectivenessOf(own.id()).recurrences()).isEqualTo(1);
    }

    @Test
    void aGoodRatingRaisesTheScoreAndOnlySupportRecordsOneOverTheApi() {
        String tag = word();
        Solution s = simple("Fibre channel drops " + tag, "FCLinkDown" + tag, "Replaced the SFP", List.of(),
                SkillCategory.STORAGE);
        double before = hit(search(facility.admin(), "FCLinkDown" + tag, ""), s.id()).get("effectiveness")
                .get("score").asDouble();
        Account support = facility.person("support");
        Api.Response rated = api.post(support.token(), "/api/v1/solutions/" + s.id() + "/rating",
                Map.of("stars", 5, "comment", "Back up in minutes"));
        assertThat(rated.status()).as(rated.body()).isEqualTo(200);
        assertThat(rated.json().get("effectiveness").get("rating").asInt()).isEqualTo(5);
        JsonNode after = hit(search(facility.admin(), "FCLinkDown" + tag, ""), s.id()).get("effectiveness");
        assertThat(after.get("score").asDouble()).isGreaterThan(before);
        assertThat(after.get("rating").asInt()).isEqualTo(5);

        // the requester's rating through their ticket (how the tickets area calls it)
        transaction.executeWithoutResult(t -> solutions.rate(s.ticketId(), 1, "It came back"));
        assertThat(solutions.effectivenessOf(s.id()).score()).isLessThan(before);

        assertThat(api.post(facility.staff().token(), "/api/v1/solutions/" + s.id() + "/rating", Map.of("stars", 4))
                .status()).isEqualTo(403);
        assertThat(api.post(facility.client().token(), "/api/v1/solutions/" + s.id() + "/rating", Map.of("stars", 4))
                .status()).isEqualTo(404);
        assertBadField(api.post(support.token(), "/api/v1/solutions/" + s.id() + "/rating", Map.of("stars", 6)),
                "stars");
        assertBadField(api.post(support.token(), "/api/v1/solutions/" + s.id() + "/rating", Map.of()), "stars");
        assertProblem(api.post(support.token(), "/api/v1/solutions/" + s.id() + "/rating", "{\"stars\": "), 400);
        assertProblem(api.post(support.token(), "/api/v1/solutions/4242/rating", Map.of("stars", 3)), 404);
        assertThat(solutions.effectivenessOf(s.id()).rating()).isEqualTo(1);
        assertThatThrownBy(() -> transaction.executeWithoutResult(t -> solutions.rate(Ids.next(), 3, null)))
                .isInstanceOf(Problem.class);
    }

    @Test
    void someoneOutsideARestrictedProductionSeesTheFixButNotTheProduction() {
        String tag = word();
        String error = word('q'); // no letter of the tag's: searching the production's name must not meet the error
        Account owner = facility.staff();
        Account outsider = facility.staff();
        String name = "Kestrel Ridge " + tag;
        String codename = "MERLIN" + tag.toUpperCase(Locale.ROOT);
        long production = facility.production(owner, Map.of("name", name, "codename", codename,
                "client", "Hobby Films " + tag, "confidentiality", "restricted")).get("id").asLong();
        Instant restored = Instant.now().minus(Duration.ofHours(5));
        Solution s = record(input(production, List.of(), SkillCategory.DELIVERY_AND_QC,
                "Kestrel Ridge " + tag + " IMF package fails Netflix Photon", "Photon says CPL hash mismatch for " + name,
                "IMFValidation" + error + "Error: hash mismatch in CPL of " + codename,
                "Re-wrapped the " + codename + " IMF with the corrected OPL; Photon then passed", SolutionKind.FIX,
                restored.minus(Duration.ofHours(4)), restored, adminId()));

        JsonNode theirs = search(outsider.token(), "IMFValidation" + error, "");
        JsonNode hit = hit(theirs, s.id());
        assertThat(hit.get("whatWasDone").asString()).contains("Re-wrapped the", "corrected OPL");
        assertThat(hit.get("withheld").asBoolean()).isTrue();
        assertThat(hit.has("production")).isFalse();
        assertThat(hit.has("ticketId")).isFalse();
        assertThat(hit.has("symptoms")).isFalse();
        for (String secret : List.of(name, codename, "Hobby Films", "Kestrel", Long.toString(production),
                Long.toString(s.ticketId()))) {
            assertThat(theirs.toString().toLowerCase(Locale.ROOT)).as("names %s", secret)
                    .doesNotContain(secret.toLowerCase(Locale.ROOT));
        }
        Api.Response one = api.get(outsider.token(), "/api/v1/solutions/" + s.id());
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body()).doesNotContain(name).doesNotContain(codename).doesNotContain(Long.toString(production))
                .contains("corrected OPL");
        // the production's name typed into the search finds nothing of it
        assertThat(ids(search(outsider.token(), name, ""))).doesNotContain(s.id());
        assertThat(ids(search(outsider.token(), codename, ""))).doesNotContain(s.id());

        JsonNode mine = hit(search(owner.token(), "IMFValidation" + error, ""), s.id());
        assertThat(mine.get("production").get("id").asLong()).isEqualTo(production);
        assertThat(mine.get("production").get("name").asString()).isEqualTo(name);
        assertThat(mine.get("summary").asString()).contains(name);
        assertThat(api.get(owner.token(), "/api/v1/solutions/" + s.id()).json().get("ticketId").asLong())
                .isEqualTo(s.ticketId());
    }

    @Test
    void clientsFindNothingOfTheKnowledgeBase() {
        Solution s = simple("Client-proof " + word(), null, "Nothing", List.of(), SkillCategory.OTHER);
        String client = facility.client().token();
        for (String path : List.of("/api/v1/solutions/search?q=proof", "/api/v1/solutions/similar?text=proof",
                "/api/v1/solutions/" + s.id(), "/api/v1/solutions/effectiveness", "/api/v1/articles")) {
            assertProblem(api.get(client, path), 404);
        }
    }

    @Test
    void badSearchesAreRefusedAndBadSolutionsAreNotSaved() {
        String token = facility.staff().token();
        assertBadField(api.get(token, "/api/v1/solutions/search?q=%20%20"), "q");
        assertBadField(api.get(token, "/api/v1/solutions/search"), "q");
        assertBadField(api.get(token, "/api/v1/solutions/search?q=" + "a".repeat(1500)), "q");
        assertThat(api.get(token, "/api/v1/solutions/search?q=" + "a".repeat(10_000)).status()).isEqualTo(400);
        assertBadField(api.get(token, "/api/v1/solutions/search?q=cuda&limit=0"), "limit");
        assertBadField(api.get(token, "/api/v1/solutions/search?q=cuda&limit=51"), "limit");
        assertProblem(api.get(token, "/api/v1/solutions/search?q=cuda&limit=ten"), 400);
        assertProblem(api.get(token, "/api/v1/solutions/search?q=cuda&category=gardening"), 400);
        assertThat(api.get(token, "/api/v1/solutions/similar?text=").json()).isEmpty();
        assertBadField(api.get(token, "/api/v1/solutions/similar?text=" + "b".repeat(5000) + "&limit=99"), "limit");
        assertProblem(api.get(token, "/api/v1/solutions/4242"), 404);

        Instant now = Instant.now();
        long by = adminId();
        SolutionInput noFix = input(null, List.of(), SkillCategory.AUDIO, "Hum on the dubbing stage", null, null, " ",
                SolutionKind.FIX, now, now, by);
        assertRefused(noFix, "whatWasDone");
        SolutionInput undecided = new SolutionInput(Ids.next(), null, List.of(), null, SkillCategory.AUDIO, "Hum",
                null, null, "Lifted the ground", SolutionKind.WORKAROUND, null, null, null, by, now, now);
        assertRefused(undecided, "workaroundAcceptable");
        SolutionInput unexplained = new SolutionInput(Ids.next(), null, List.of(), null, SkillCategory.AUDIO, "Hum",
                null, null, "Lifted the ground", SolutionKind.WORKAROUND, false, " ", null, by, now, now);
        assertRefused(unexplained, "whyNotAcceptable");
        assertRefused(new SolutionInput(Ids.next(), null, List.of(4242L), null, SkillCategory.AUDIO, "Hum", null, null,
                "Fixed", SolutionKind.FIX, null, null, null, by, now, now), "kitIds");
        assertRefused(new SolutionInput(Ids.next(), null, List.of(), "TOASTER", SkillCategory.AUDIO, "Hum", null,
                null, "Fixed", SolutionKind.FIX, null, null, null, by, now, now.minusSeconds(60)), "restoredAt");
        assertThatThrownBy(() -> solutions.record(input(null, List.of(), SkillCategory.AUDIO, "Hum", null, null,
                "Fixed", SolutionKind.FIX, now, now, by))).as("outside a transaction")
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);

        SolutionInput ok = new SolutionInput(Ids.next(), null, List.of(), null, SkillCategory.AUDIO, "Hum",
                null, null, "Lifted the ground", SolutionKind.WORKAROUND, false, "Unsafe beyond the session", null,
                by, now.minusSeconds(600), now);
        Solution saved = record(ok);
        assertThat(saved.workaroundAcceptable()).isFalse();
        assertThat(saved.whyNotAcceptable()).isEqualTo("Unsafe beyond the session");
        assertThat(saved.effectiveness().restoreMinutes()).isEqualTo(10);
    }

    private void assertRefused(SolutionInput in, String field) {
        assertThatThrownBy(() -> record(in)).isInstanceOfSatisfying(Problem.class,
                p -> assertThat(p.errors()).extracting(Problem.FieldError::field).contains(field));
        assertThat(jdbc.sql("select count(*) from solution where ticket_id = ?").param(in.ticketId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void similarPastTicketsAppearAsTheNewOneIsTyped() {
        String tag = word();
        Solution s = simple("DeckLink not detected after macOS update " + tag, "No DeckLink" + tag + " device found",
                "Reinstalled Desktop Video 12.9 and allowed the system extension", List.of(),
                SkillCategory.HARDWARE);
        Api.Response r = api.get(facility.staff().token(), "/api/v1/solutions/similar?text="
                + URLEncoder.encode("Monitor black, DeckLink" + tag.substring(0, 6), StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(200);
        assertThat(ids(r.json())).first().isEqualTo(s.id());
    }

    @Test
    void effectivenessIsAggregatedPerKindOfSolution() {
        simple("Aggregate " + word(), null, "Fixed it", List.of(), SkillCategory.NETWORKING);
        JsonNode rows = api.get(facility.admin(), "/api/v1/solutions/effectiveness").json();
        JsonNode fixes = rows.valueStream().filter(r -> r.get("kind").asString().equals("fix") && !r.has("category"))
                .findFirst().orElseThrow();
        assertThat(fixes.get("solutions").asInt()).isPositive();
        assertThat(fixes.get("meanScore").asDouble()).isBetween(0.0, 1.0);
        assertThat(rows.valueStream().anyMatch(r -> r.has("category")
                && r.get("category").asString().equals("networking"))).isTrue();
        assertThat(solutions.byKind()).isNotEmpty();
    }
}
