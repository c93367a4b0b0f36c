package org.postops.app.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Clips;
import org.postops.app.support.Facility;
import org.postops.app.support.HandPlan;
import org.postops.app.support.ServerTest;

/**
 * The web pages driven in Debian's Chromium, the way people use them: signing in through the form,
 * creating through the forms, htmx updates in place. Every page visited must load without a content
 * security policy complaint, since a blocked inline script or style would silently break it.
 */
class PagesInBrowserTest extends ServerTest {

    private static Playwright playwright;
    private static Browser browser;

    private BrowserContext context;
    private Page page;
    private final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    static void launch() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        page = context.newPage();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type()) && !m.text().contains("favicon")) {
                consoleErrors.add(m.text());
            }
        });
        page.onDialog(d -> d.accept());
    }

    @AfterEach
    void closePage() {
        context.close();
        assertThat(consoleErrors).filteredOn(e -> e.contains("Content Security Policy")).isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(String username, String password) {
        page.navigate(url("/login"));
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url("/"));
    }

    private void signOut() {
        page.locator(".account-menu summary").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL(url("/login?signedout"));
        assertThat(page.getByText("You have signed out.")).isVisible();
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void aNewTeamMemberFindsTheTaskAssignedToThemOnMyWork() {
        String u = Api.unique();
        String username = "ed-" + u;
        String password = "pw-" + u + "-long-enough";
        String token = api.token("admin", adminPassword());
        // a restricted production the new person is not on: it must not exist for them
        String secret = "Secret " + u;
        api.post(token, "/api/v1/productions", Map.of("name", secret, "confidentiality", "restricted"));

        signIn("admin", adminPassword());

        page.navigate(url("/admin/users"));
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Edie " + u);
        page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill(username + "@example.com");
        page.getByLabel("First password").fill(password);
        button("Add person").click();
        assertThat(page.locator(".notice")).containsText("Edie " + u + " (" + username + ") can now sign in.");

        page.navigate(url("/productions"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New production")).click();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Harbour Lights " + u);
        page.getByLabel("Client").fill("Seaside Films");
        page.getByLabel("Type").selectOption("DOCUMENTARY");
        page.getByLabel("Delivery").fill("2027-03-01");
        button("Create production").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Harbour Lights " + u);
        assertThat(page.locator(".column-head").first()).containsText("Ingest & sync");
        String productionPage = page.url();

        page.getByLabel("Add someone by username").fill(username);
        page.getByLabel("Role on this production").selectOption("EDITOR");
        button("Add to team").click();
        assertThat(page.locator(".team")).containsText("Edie " + u);

        page.locator("#add-task summary").click();
        page.getByLabel("Title").fill("Log interviews " + u);
        page.locator("#new-stage").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Logging & transcription"));
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Edie " + u)).check();
        page.getByLabel("Due date").fill("2027-01-15");
        page.getByLabel("Estimate (hours)").fill("2.5");
        button("Add task").click();
        Locator card = page.locator(".task-card", new Page.LocatorOptions().setHasText("Log interviews " + u));
        assertThat(card).containsText("Edie " + u);
        assertThat(card).containsText("2 h 30 min");
        assertThat(page.locator("section.column", new Page.LocatorOptions().setHas(card)))
                .containsText("Logging & transcription");

        signOut();
        signIn(username, password);

        Locator row = page.locator("tr", new Page.LocatorOptions().setHasText("Log interviews " + u));
        assertThat(row).containsText("Harbour Lights " + u);
        assertThat(row).containsText("Logging & transcription");
        assertThat(row).containsText("Fri 15 Jan 2027");
        assertThat(row).containsText("2 h 30 min");

        page.navigate(url("/productions"));
        assertThat(page.locator("main")).containsText("Harbour Lights " + u);
        assertThat(page.locator("main")).not().containsText(secret);
        page.navigate(url("/search?q=" + u));
        assertThat(page.locator("main")).containsText("Harbour Lights " + u);
        assertThat(page.locator("main")).not().containsText(secret);
        // the production page is theirs to see; the admin menu is not
        page.navigate(productionPage);
        assertThat(page.locator(".nav")).not().containsText("Admin");
    }

    @Test
    void anEditorRaisesATicketFromATaskAndSeesTheTaskLinked() {
        String u = Api.unique();
        String token = api.token("admin", adminPassword());
        long production = api.post(token, "/api/v1/productions", Map.of("name", "Ticket " + u, "confidentiality",
                "standard")).id();
        long task = api.post(token, "/api/v1/productions/" + production + "/tasks",
                Map.of("title", "Conform reel " + u)).id();
        // a past ticket with the same error, resolved: the form shows it as the error is typed
        long past = api.post(token, "/api/v1/tickets", Map.of("summary", "Bins locked after crash " + u,
                "severity", "p3", "category", "editing_systems", "errorText", "BINLOCK" + u + " bin is locked")).id();
        api.post(token, "/api/v1/tickets/" + past + "/status", Map.of("status", "in_progress"));
        api.post(token, "/api/v1/tickets/" + past + "/resolution", Map.of("whatWasDone", "Removed the stale lock files",
                "kind", "fix"));
        String expert = "Avid line " + u;
        api.post(token, "/api/v1/experts", Map.of("kind", "vendor", "name", expert));

        signIn("admin", adminPassword());
        page.navigate(url("/tasks/" + task));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Raise a ticket")).click();
        page.waitForURL(url("/tickets/new?taskId=" + task));
        assertThat(page.getByLabel("Conform reel " + u)).isChecked();
        page.getByLabel("What is wrong").fill("Avid bin locked " + u);
        page.getByLabel("Severity").selectOption("p2");
        page.getByLabel("Category").selectOption("editing_systems");
        page.getByLabel("Error text").fill("BINLOCK" + u + " bin is locked by another user");
        page.getByLabel("Error text").press("End");
        assertThat(page.locator("#similar-tickets")).containsText("Bins locked after crash " + u);
        assertThat(page.locator("#similar-tickets")).containsText("Removed the stale lock files");
        button("Raise the ticket").click();
        assertThat(page.locator("h1")).hasText("Avid bin locked " + u);
        Locator about = page.locator("section[aria-labelledby=about-heading]");
        assertThat(about.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Conform reel " + u)))
                .isVisible();
        assertThat(about.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ticket " + u)))
                .isVisible();
        assertThat(page.locator("#service")).containsText("First response");
        assertThat(page.locator("#service")).containsText("left, due");

        button("Triaged").click();
        assertThat(page.locator(".notice")).hasText("Status changed.");
        assertThat(page.locator("#timeline")).containsText("moved it from new to triaged");
        if (page.locator("#experts details").count() > 0) {
            page.locator("#experts details summary").click(); // past the first five suggestions
        }
        Locator suggested = page.locator("#experts li.card").filter(new Locator.FilterOptions().setHasText(expert));
        suggested.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Assign " + expert)).click();
        assertThat(page.locator(".notice")).hasText("Assigned.");
        assertThat(about.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(expert))).isVisible();
        page.navigate(url("/tickets?q=" + u));
        assertThat(page.locator("table.tickets")).containsText("Avid bin locked " + u);
        assertThat(page.locator("nav.nav").getByText("Tickets")).isVisible();
    }

    @Test
    void statusChangesInPlaceAndAStaleChangeIsRefusedWithTheCurrentState() {
        String u = Api.unique();
        String token = api.token("admin", adminPassword());
        long production = api.post(token, "/api/v1/productions", Map.of("name", "Status " + u, "confidentiality", "standard")).id();
        long task = api.post(token, "/api/v1/productions/" + production + "/tasks",
                Map.of("title", "Grade reel " + u, "assignees", List.of("admin"))).id();

        signIn("admin", adminPassword());
        page.navigate(url("/tasks/" + task));
        button("In progress").click();
        Locator status = page.locator("#task-status");
        assertThat(status).containsText("Status set to in progress.");
        assertThat(status.locator(".badge").first()).hasText("In progress");
        assertThat(button("In progress")).isDisabled();
        assertThat(api.get(token, "/api/v1/tasks/" + task).json().get("status").asString()).isEqualTo("in_progress");

        // someone else moves it on while this page is open
        api.patch(token, "/api/v1/tasks/" + task, Map.of("status", "in_review"));
        button("Done").click();
        assertThat(status).containsText("Someone else changed this task");
        assertThat(status.locator(".badge").first()).hasText("In review");
        assertThat(api.get(token, "/api/v1/tasks/" + task).json().get("status").asString()).isEqualTo("in_review");

        // the edit form learnt the new version from that answer, so saving it now is not refused
        page.locator("#edit summary").click();
        page.locator("#edit-title").fill("Grade reel " + u + " (v2)");
        button("Save task").click();
        assertThat(page.locator(".notice")).hasText("Task saved.");
        assertThat(page.locator("h1")).hasText("Grade reel " + u + " (v2)");
    }

    @Test
    void aSupervisorRaisesAChangeSeesItsImpactAndApprovesIt() {
        HandPlan plan = HandPlan.make(facility);
        signIn(plan.supervisor().username(), Facility.PASSWORD);
        page.navigate(url("/productions/" + plan.production()));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change requests")).click();
        page.getByLabel("What is asked").fill("Recut of scene 12");
        page.getByLabel("Asked by").fill("The director");
        button("Raise").click();
        assertThat(page.locator("h1")).hasText("Recut of scene 12");

        page.getByText("Change a task").click();
        page.getByLabel("Task", new Page.GetByLabelOptions().setExact(true)).selectOption(String.valueOf(plan.id("B")));
        page.getByLabel("New estimate (hours)").fill("11");
        button("Propose").first().click();
        assertThat(page.locator("ol.changes")).containsText("'B conform': estimate 8 h → 11 h");
        assertThat(page.locator("dt:has-text('Slip') + dd")).hasText("3 h of work, 1 working day");
        assertThat(page.locator("#impact tr.warning")).containsText("M delivery");

        page.getByLabel("Why (shown in the history)").fill("Client pays for the day");
        button("Approve and apply").click();
        assertThat(page.locator(".notice")).containsText("Approved");
        assertThat(page.locator("ol.history")).containsText("approved: Client pays for the day");
        assertThat(button("Approve and apply")).hasCount(0);
    }

    @Test
    void aTaskPageShowsWhatItWaitsForAndWhatNeedsItWithTheirStatus() {
        String u = Api.unique();
        String token = api.token("admin", adminPassword());
        long production = api.post(token, "/api/v1/productions", Map.of("name", "Links " + u, "confidentiality", "standard")).id();
        String tasks = "/api/v1/productions/" + production + "/tasks";
        long conform = api.post(token, tasks, Map.of("title", "Conform " + u, "status", "done")).id();
        long grade = api.post(token, tasks, Map.of("title", "Grade " + u, "dependsOn", List.of(conform))).id();

        signIn("admin", adminPassword());
        page.navigate(url("/tasks/" + grade));
        Locator waitsFor = page.locator("dt:has-text('Waits for') + dd");
        assertThat(waitsFor.getByRole(AriaRole.LINK)).hasText("Conform " + u);
        assertThat(waitsFor.locator(".badge")).hasText("Done");
        assertThat(page.locator("dt:has-text('Needed by') + dd")).hasText("Nothing");

        page.navigate(url("/tasks/" + conform));
        assertThat(page.locator("dt:has-text('Needed by') + dd").getByRole(AriaRole.LINK)).hasText("Grade " + u);
        assertThat(page.locator("dt:has-text('Waits for') + dd")).hasText("Nothing");
    }

    @Test
    void theGanttDrawsTheCriticalPathBesideItsTaskNamesAndSwitchesZoom() {
        String u = Api.unique();
        String token = api.token("admin", adminPassword());
        long production = api.post(token, "/api/v1/productions", Map.of("name", "Gantt " + u, "confidentiality",
                "standard", "startDate", "2027-01-04")).id();
        String tasks = "/api/v1/productions/" + production + "/tasks";
        long edit = api.post(token, tasks, Map.of("title", "Edit " + u, "estimateHours", 16)).id();
        long grade = api.post(token, tasks, Map.of("title", "Grade " + u, "estimateHours", 8,
                "dependsOn", List.of(edit))).id();
        long vfx = api.post(token, tasks, Map.of("title", "VFX " + u, "estimateHours", 4,
                "dependsOn", List.of(edit))).id();
        api.post(token, tasks, Map.of("title", "Delivery " + u, "milestone", true, "dueDate", "2027-01-05",
                "dependsOn", List.of(grade, vfx)));

        signIn("admin", adminPassword());
        page.navigate(url("/productions/" + production));
        assertThat(page.locator("#schedule")).containsText("misses its target by 8 h");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the Gantt chart")).click();
        assertThat(page.locator(".gantt-chart .g-task")).hasCount(4);
        assertThat(page.locator(".gantt-chart .g-task.critical .g-bar")).hasCount(2); // edit, grade
        assertThat(page.locator(".gantt-chart .g-link")).hasCount(4);
        assertThat(page.locator(".gantt-chart .g-miss")).hasText("misses by 8 h");
        Locator critical = page.locator(".gantt-chart [data-task-id='" + grade + "'] .g-bar");
        Locator slack = page.locator(".gantt-chart [data-task-id='" + vfx + "'] .g-bar");
        assertThat(critical).isVisible();
        // the stylesheet colours them (no inline style is allowed): a critical bar is not a plain one
        String criticalFill = (String) critical.evaluate("e => getComputedStyle(e).fill");
        assertThat(criticalFill).isNotEqualTo(slack.evaluate("e => getComputedStyle(e).fill"))
                .isNotEqualTo("rgb(0, 0, 0)");
        // each name sits level with its bar
        var name = page.locator(".gantt-names").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Grade " + u)).boundingBox();
        var bar = critical.boundingBox();
        assertThat(Math.abs((name.y + name.height / 2) - (bar.y + bar.height / 2))).isLessThan(3.0);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("By week")).click();
        page.waitForURL(Pattern.compile(".*zoom=week$"));
        assertThat(page.locator(".gantt-chart .g-week-label").first()).hasText("w/c 4 Jan");
        assertThat(page.locator(".gantt-chart .g-day-number")).hasCount(0);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("By week")))
                .hasAttribute("aria-current", "true");
        assertThat(page.locator(".gantt-chart .g-task.critical .g-bar")).hasCount(2);
        assertThat(page.locator(".schedule-table tr.critical")).hasCount(3); // edit, grade, delivery
        page.locator(".gantt-names").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("VFX " + u))
                .click();
        assertThat(page.locator("h1")).hasText("VFX " + u);
    }

    @Test
    void managersTickAcceptanceCriteriaInPlace() {
        String u = Api.unique();
        String token = api.token("admin", adminPassword());
        long production = api.post(token, "/api/v1/productions", Map.of("name", "Criteria " + u, "confidentiality", "standard", "brief",
                Map.of("acceptanceCriteria", List.of(Map.of("description", "Passes QC", "done", false))))).id();

        signIn("admin", adminPassword());
        page.navigate(url("/productions/" + production));
        Response ticked = page.waitForResponse(r -> r.url().contains("/criteria/"),
                () -> page.getByLabel("Passes QC").check());
        assertThat(ticked.status()).isEqualTo(200);
        assertThat(page.getByLabel("Passes QC")).isChecked();
        assertThat(page.locator("#criteria-count")).hasText("1 of 1 met");
        assertThat(api.get(token, "/api/v1/productions/" + production).json()
                .at("/brief/acceptanceCriteria/0/done").asBoolean()).isTrue();
    }

    @Test
    void aRefusedFormIsShownAgainWithTheMessageBesideTheField() {
        String u = Api.unique();
        signIn("admin", adminPassword());
        page.navigate(url("/productions/new"));
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Backwards " + u);
        page.getByLabel("Start").fill("2027-02-01");
        page.getByLabel("Delivery").fill("2027-01-01");
        Response response = page.waitForResponse(r -> r.url().endsWith("/productions"),
                () -> button("Create production").click());
        assertThat(response.status()).isEqualTo(400);
        assertThat(page.locator("#deliveryDate-error")).hasText("must not be before the start date");
        assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).hasValue("Backwards " + u);
        assertThat(api.get(api.token("admin", adminPassword()), "/api/v1/productions?q=Backwards%20" + u).json()
                .get("total").asLong()).isZero();
    }

    @Test
    void unknownThingsAreNotFoundPagesAndTheApiStillAnswersJson() {
        signIn("admin", adminPassword());
        Response missing = page.navigate(url("/productions/12345"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Not found");
        assertThat(page.locator(".account-menu summary")).containsText("Administrator");
        Response nonsense = page.navigate(url("/tasks/not-a-number"));
        assertThat(nonsense.status()).isEqualTo(404);
        Response wrongPage = page.navigate(url("/no-such-page"));
        assertThat(wrongPage.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Not found");

        Api.Response api404 = api.get(api.token("admin", adminPassword()), "/api/v1/productions/12345");
        assertThat(api404.status()).isEqualTo(404);
        assertThat(api404.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void theSignInPageSaysWhenThePasswordIsWrong() {
        page.navigate(url("/"));
        page.waitForURL(Pattern.compile(".*/login$"));
        page.getByLabel("Username").fill("admin");
        page.getByLabel("Password").fill("not the password");
        button("Sign in").click();
        assertThat(page.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText("Wrong")))
                .hasText("Wrong username or password.");
    }

    @Test
    void aNewApiTokenIsShownOnceWorksAndCanBeRevoked() {
        String u = Api.unique();
        signIn("admin", adminPassword());
        page.navigate(url("/account"));
        page.getByLabel("Name it after where it will be used").fill("render script " + u);
        page.getByLabel("Valid for (days)").fill("7");
        button("Create token").click();
        String token = page.locator("#issued-token").inputValue();
        assertThat(token).startsWith("pops_");
        assertThat(api.get(token, "/api/v1/me").status()).isEqualTo(200);

        page.navigate(url("/account"));
        assertThat(page.locator("#issued-token")).hasCount(0);
        Locator row = page.locator("tr", new Page.LocatorOptions().setHasText("render script " + u));
        assertThat(row).containsText(token.substring(0, 12));
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke render script " + u)).click();
        assertThat(page.locator(".notice")).containsText("Token revoked");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("render script " + u))).containsText("Revoked");
        assertThat(api.get(token, "/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void anAdministratorVerifiesTheAuditChainAndFiltersTheTrail() {
        signIn("admin", adminPassword());
        page.navigate(url("/admin/audit"));
        button("Verify chain").click();
        assertThat(page.locator("#verdict")).containsText("Intact");
        page.getByLabel("Action").fill("login.succeeded");
        button("Filter").click();
        Locator actions = page.locator("table.audit tbody td:nth-child(3)");
        assertThat(actions.first()).hasText("login.succeeded");
        assertThat(actions.filter(new Locator.FilterOptions().setHasNotText("login.succeeded"))).hasCount(0);
    }

    @Test
    void aClientSeesOnlyTheirProductionAndCannotChangeIt() {
        String u = Api.unique();
        String token = api.token("admin", adminPassword());
        String password = "client-" + u + "-pw";
        api.post(token, "/api/v1/users", Map.of("username", "cl-" + u, "displayName", "Cleo " + u, "email",
                "cl-" + u + "@example.com", "role", "client", "password", password, "timeZone", "America/Los_Angeles"));
        long theirs = api.post(token, "/api/v1/productions", Map.of("name", "Client cut " + u, "confidentiality",
                "standard")).id();
        api.post(token, "/api/v1/productions", Map.of("name", "Someone else's " + u, "confidentiality", "standard"));
        api.post(token, "/api/v1/productions/" + theirs + "/members", Map.of("username", "cl-" + u, "role", "client"));
        long task = api.post(token, "/api/v1/productions/" + theirs + "/tasks", Map.of("title", "Review cut " + u)).id();

        signIn("cl-" + u, password);
        page.navigate(url("/productions"));
        assertThat(page.locator("main")).containsText("Client cut " + u);
        assertThat(page.locator("main")).not().containsText("Someone else's " + u);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New production"))).hasCount(0);

        page.navigate(url("/productions/" + theirs));
        assertThat(page.locator("#add-task")).hasCount(0);
        assertThat(page.locator("#budget")).hasCount(0);
        assertThat(page.locator(".nav")).not().containsText("My time"); // clients log no time
        assertThat(page.navigate(url("/productions/" + theirs + "/budget")).status()).isEqualTo(403);
        page.navigate(url("/productions/" + theirs));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit details, brief and spec")))
                .hasCount(0);

        page.navigate(url("/tasks/" + task));
        assertThat(page.locator(".status-buttons")).hasCount(0);
        assertThat(page.locator("#task-time")).hasCount(0);
        page.getByLabel("Add a comment").fill("Love the opening, " + u);
        button("Comment").click();
        assertThat(page.locator(".comments")).containsText("Love the opening, " + u);
        assertThat(page.locator(".comments")).containsText("Cleo " + u);
        assertThat(page.navigate(url("/admin/users")).status()).isEqualTo(403);
    }

    @Test
    void thePeoplePageShowsLoadPerDayAndRestrictedWorkOnlyAsBusy() {
        String u = Api.unique();
        Facility.Account boss = facility.staff();
        Facility.Account viewer = facility.staff();
        Facility.Account worker = facility.staff();
        long open = facility.production(boss, Map.of("name", "Open reel " + u, "startDate", "2030-03-04"))
                .get("id").asLong();
        facility.member(boss, open, viewer, "editor");
        facility.member(boss, open, worker, "editor");
        facility.task(boss, open, Map.of("title", "Assembly " + u, "estimateHours", 2, "assignees",
                List.of(worker.username())));
        long secret = facility.production(boss, Map.of("name", "Kestrel " + u, "codename", "KESTREL" + u,
                "confidentiality", "restricted", "startDate", "2030-03-04")).get("id").asLong();
        facility.member(boss, secret, worker, "editor");
        facility.task(boss, secret, Map.of("title", "Plate " + u, "estimateHours", 7, "assignees",
                List.of(worker.username())));

        signIn(viewer.username(), Facility.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("People").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("People");
        page.getByLabel("From").fill("2030-03-04");
        page.getByLabel("To").fill("2030-03-10");
        button("Show").click();
        Locator row = page.locator(".load-grid tbody tr", new Page.LocatorOptions().setHasText("Test " + worker.username()));
        assertThat(row.locator(".person")).containsText("9 h of 40 h");
        assertThat(row.locator(".person")).containsText("1 h over");
        Locator monday = row.locator("td").first();
        assertThat(monday).hasClass(Pattern.compile("\\bover\\b"));
        assertThat(monday.locator("span").first()).hasText("9:00");
        monday.click();
        assertThat(page.locator("#load-detail")).isVisible();
        assertThat(page.locator("#load-detail")).containsText("Over by 1 h");
        assertThat(page.locator("#load-detail")).containsText("Open reel " + u + ": 2 h");
        assertThat(page.locator("#load-detail")).containsText("busy: 7 h");
        assertThat(row.locator("td").nth(5)).hasClass(Pattern.compile("\\boff\\b")); // Saturday
        assertThat(page.content()).doesNotContain("Kestrel").doesNotContain("KESTREL").doesNotContain(
                Long.toString(secret)).doesNotContain("Plate " + u);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Weeks").setExact(true)).click();
        assertThat(page.locator(".load-grid thead th").nth(1)).containsText("Week of");
        assertThat(row.locator("td").first().locator("span").first()).hasText("9:00");
        assertThat(page.content()).doesNotContain("Kestrel");
    }

    @Test
    void peopleChangeTheirPasswordOnlyWithTheCurrentOne() {
        String u = Api.unique();
        String old = "old-" + u + "-password";
        String fresh = "new-" + u + "-password";
        api.post(api.token("admin", adminPassword()), "/api/v1/users", Map.of("username", "pw-" + u, "displayName",
                "Pat " + u, "email", "pw-" + u + "@example.com", "role", "support", "password", old));
        signIn("pw-" + u, old);
        page.navigate(url("/account"));
        page.getByLabel("Current password").fill("not-" + old);
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(fresh);
        page.getByLabel("New password again").fill(fresh);
        button("Change password").click();
        assertThat(page.locator("#currentPassword-error")).hasText("is not your current password");

        page.getByLabel("Current password").fill(old);
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(fresh);
        page.getByLabel("New password again").fill(fresh);
        button("Change password").click();
        assertThat(page.locator(".notice")).containsText("Password changed.");
        assertThat(api.post(null, "/api/v1/auth/tokens", Map.of("username", "pw-" + u, "password", old, "name", "t"))
                .status()).isEqualTo(401);
        assertThat(api.token("pw-" + u, fresh)).startsWith("pops_");
    }

    @Test
    void managersRenameMoveAndDeleteStagesButNotOneThatHoldsTasks() {
        String u = Api.unique();
        String token = api.token("admin", adminPassword());
        Api.Response created = api.post(token, "/api/v1/productions", Map.of("name", "Stages " + u, "confidentiality",
                "standard", "type", "short"));
        long production = created.id();
        long ingest = created.json().at("/stages/0/id").asLong();
        long edit = created.json().at("/stages/1/id").asLong();
        long qc = created.json().at("/stages/5/id").asLong();
        api.post(token, "/api/v1/productions/" + production + "/tasks", Map.of("title", "Sync " + u, "stageId", ingest));

        signIn("admin", adminPassword());
        page.navigate(url("/productions/" + production));
        page.locator("#manage-stages summary").click();
        page.locator("#stage-name-" + edit).fill("Offline edit " + u);
        button("Rename Edit").click();
        assertThat(page.locator(".notice")).hasText("Stage renamed to 'Offline edit " + u + "'.");
        button("Move earlier Offline edit " + u).click(); // the section stays open after each change
        assertThat(page.locator(".notice")).hasText("Stage 'Offline edit " + u + "' is now number 1.");
        assertThat(page.locator(".column-head").first()).containsText("Offline edit " + u);
        assertThat(page.locator(".column-head").nth(1)).containsText("Ingest");

        button("Delete QC").click();
        assertThat(page.locator(".notice")).hasText("Stage 'QC' deleted.");
        assertThat(page.locator("#stage-" + qc)).hasCount(0);

        Response refused = page.waitForResponse(r -> r.url().endsWith("/delete"), () -> button("Delete Ingest").click());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(page.locator("#manage-stages .form-summary"))
                .hasText("The stage still holds 1 task; move them to another stage first.");
        assertThat(page.locator("#stage-" + ingest)).containsText("Sync " + u);

        page.locator("#stage-name-" + ingest).fill(" ");
        button("Rename Ingest").click();
        assertThat(page.locator("#stage-name-" + ingest + "-error")).hasText("must not be blank");
        assertThat(api.get(token, "/api/v1/productions/" + production + "/stages").json().size()).isEqualTo(6);
    }

    @Test
    void managersChangeMembersRolesAndSeeWhyARoleIsRefused() {
        String u = Api.unique();
        String token = api.token("admin", adminPassword());
        for (String[] person : new String[][] {{"ro-" + u, "Rory " + u, "staff"}, {"rc-" + u, "Rae " + u, "client"}}) {
            api.post(token, "/api/v1/users", Map.of("username", person[0], "displayName", person[1], "email",
                    person[0] + "@example.com", "role", person[2], "password", "pw-" + u + "-long-enough"));
        }
        long production = api.post(token, "/api/v1/productions", Map.of("name", "Roles " + u, "confidentiality",
                "standard")).id();
        String members = "/api/v1/productions/" + production + "/members";
        api.post(token, members, Map.of("username", "ro-" + u, "role", "editor"));
        api.post(token, members, Map.of("username", "rc-" + u, "role", "client"));

        signIn("admin", adminPassword());
        page.navigate(url("/productions/" + production));
        Locator summary = page.locator("#team .form-summary");
        // the only supervisor cannot step down before someone else manages the production
        page.getByLabel("Role of Administrator").selectOption("EDITOR");
        button("Change role of Administrator").click();
        assertThat(summary).hasText("A production needs at least one supervisor or producer; add another first.");

        page.getByLabel("Role of Rory " + u).selectOption("PRODUCER");
        button("Change role of Rory " + u).click();
        assertThat(page.locator(".notice")).hasText("Rory " + u + " is now producer on this production.");
        assertThat(page.getByLabel("Role of Rory " + u)).hasValue("PRODUCER");

        page.getByLabel("Role of Rae " + u).selectOption("EDITOR");
        button("Change role of Rae " + u).click();
        assertThat(summary).hasText("rc-" + u + " is a client and can only join as client.");
        Map<String, String> roles = new java.util.HashMap<>();
        api.get(token, members).json().forEach(m -> roles.put(m.get("username").asString(), m.get("role").asString()));
        assertThat(roles).containsEntry("admin", "supervisor").containsEntry("ro-" + u, "producer")
                .containsEntry("rc-" + u, "client");
    }

    @Test
    void peopleChangeTheirOwnNameAndTimeZone() {
        String u = Api.unique();
        String password = "pw-" + u + "-long-enough";
        String token = api.token("admin", adminPassword());
        api.post(token, "/api/v1/users", Map.of("username", "tz-" + u, "displayName", "Tam " + u, "email",
                "tz-" + u + "@example.com", "role", "staff", "password", password));
        signIn("tz-" + u, password);
        page.navigate(url("/account"));
        assertThat(page.getByLabel("Time zone")).hasValue("Europe/London");

        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("  "); // the browser lets spaces by
        button("Save profile").click();
        assertThat(page.locator("#profile-displayName-error")).hasText("must not be blank");

        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Tamsin " + u);
        page.getByLabel("Email").fill("tamsin-" + u + "@example.com");
        page.getByLabel("Time zone").selectOption("America/Los_Angeles");
        button("Save profile").click();
        assertThat(page.locator(".notice")).hasText("Saved.");
        assertThat(page.getByLabel("Time zone")).hasValue("America/Los_Angeles");
        Api.Response me = api.get(api.token("tz-" + u, password), "/api/v1/me");
        assertThat(me.json().get("displayName").asString()).isEqualTo("Tamsin " + u);
        assertThat(me.json().get("timeZone").asString()).isEqualTo("America/Los_Angeles");
        assertThat(me.json().get("role").asString()).isEqualTo("staff");

        // the signed-in session follows the account within SessionRecheck's ten seconds
        Locator header = page.locator(".account-menu summary");
        long deadline = System.currentTimeMillis() + 15_000;
        while (!header.textContent().contains("Tamsin " + u) && System.currentTimeMillis() < deadline) {
            page.waitForTimeout(1_000);
            page.reload();
        }
        assertThat(header).containsText("Tamsin " + u);
    }

    @Test
    void anAssignmentShowsAsAnUnreadCountThatOpeningTheNotificationClears() {
        String u = Api.unique();
        String password = "pw-" + u + "-long-enough";
        String admin = api.token("admin", adminPassword());
        api.post(admin, "/api/v1/users", Map.of("username", "nt-" + u, "displayName", "Nia " + u, "email",
                "nt-" + u + "@example.com", "role", "staff", "password", password));
        long production = api.post(admin, "/api/v1/productions", Map.of("name", "Lapwing " + u,
                "confidentiality", "standard")).id();
        api.post(admin, "/api/v1/productions/" + production + "/members", Map.of("username", "nt-" + u,
                "role", "editor"));
        long first = api.post(admin, "/api/v1/productions/" + production + "/tasks", Map.of("title", "Razorbill " + u,
                "assignees", List.of("nt-" + u))).id();
        api.post(admin, "/api/v1/productions/" + production + "/tasks", Map.of("title", "Guillemot " + u,
                "assignees", List.of("nt-" + u)));

        signIn("nt-" + u, password);
        Locator link = page.locator(".nav a", new Page.LocatorOptions().setHasText("Notifications"));
        assertThat(link).hasText("Notifications2 unread");
        link.click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Notifications");
        Locator item = page.locator(".notifications li", new Page.LocatorOptions().setHasText("Razorbill " + u));
        assertThat(item).containsText("assigned you “Razorbill " + u + "”");
        assertThat(item).containsText("Lapwing " + u);

        item.getByRole(AriaRole.LINK).click();
        page.waitForURL(url("/tasks/" + first));
        assertThat(link).hasText("Notifications1 unread");

        page.navigate(url("/me/notifications"));
        assertThat(page.locator(".notifications li")).hasCount(1);
        button("Mark all read").click();
        assertThat(page.locator(".notice")).hasText("1 notification marked read.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Nothing unread"))).isVisible();
        assertThat(link).hasText("Notifications");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Show read ones too")).click();
        assertThat(page.locator(".notifications li")).hasCount(2);
    }

    @Test
    void aCalendarFeedAddressIsShownOnceWorksAndCanBeRotatedAndRevoked() {
        String u = Api.unique();
        String password = "pw-" + u + "-long-enough";
        api.post(api.token("admin", adminPassword()), "/api/v1/users", Map.of("username", "cf-" + u,
                "displayName", "Cy " + u, "email", "cf-" + u + "@example.com", "role", "staff", "password", password));
        signIn("cf-" + u, password);
        page.navigate(url("/account"));
        Locator section = page.locator("#calendar");
        assertThat(section).containsText("You have no calendar feed.");
        assertThat(section).containsText("Google Calendar");
        button("Create a calendar feed").click();
        String first = page.locator("#issued-feed").inputValue();
        assertThat(first).startsWith(url("/calendar/cal_")).endsWith(".ics");
        assertThat(api.get(null, first.substring(api.base().length())).body()).startsWith("BEGIN:VCALENDAR\r\n");

        page.navigate(url("/account"));
        assertThat(page.locator("#issued-feed")).hasCount(0);
        assertThat(section).containsText(first.substring(url("").length(), url("").length() + 22));

        button("Make a new address").click();
        String second = page.locator("#issued-feed").inputValue();
        assertThat(second).isNotEqualTo(first);
        assertThat(page.locator("#calendar .issued")).containsText("The old address no longer works");
        assertThat(api.get(null, first.substring(api.base().length())).status()).isEqualTo(404);

        page.navigate(url("/account"));
        button("Revoke the feed").click();
        assertThat(page.locator(".notice")).containsText("Calendar feed revoked");
        assertThat(section).containsText("You have no calendar feed.");
        assertThat(api.get(null, second.substring(api.base().length())).status()).isEqualTo(404);
    }

    @Test
    void anEditorUploadsAClipFromTheDeliveryPageAndSeesItProbed() throws Exception {
        String u = Api.unique();
        Facility.Account owner = facility.staff();
        Facility.Account client = facility.client();
        tools.jackson.databind.JsonNode p = facility.production(owner, Map.of("name", "Upload " + u, "spec",
                Map.of("deliverables", List.of(Map.of("name", "Web master " + u, "deliveryProfileId", "ebu-r128")))));
        long production = p.get("id").asLong();
        long deliverable = p.get("spec").get("deliverables").get(0).get("id").asLong();
        facility.member(owner, production, client, "client");
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("postops-upload-");
        // 2 s of 640×360 at 25 fps from 10:00:00:00 with a stereo tone, as a camera department would send it
        String tone = "0.0707946*sin(2*PI*1000*t)";
        java.nio.file.Path clip = Clips.make(dir.resolve("reel1-" + u + ".mov"), "-f", "lavfi", "-i",
                "color=c=gray:size=640x360:rate=25:d=2", "-f", "lavfi", "-i", "aevalsrc=exprs='" + tone + "|" + tone
                        + "':s=48000:c=stereo:d=2", "-c:a", "pcm_s24le", "-c:v", "mpeg4", "-q:v", "31", "-timecode",
                "10:00:00:00");
        java.nio.file.Path notes = java.nio.file.Files.writeString(dir.resolve("notes-" + u + ".mov"),
                "not a movie, only words\n");
        String deliveries = "/productions/" + production + "/deliveries";
        String assets = "/api/v1/productions/" + production + "/assets";

        signIn(owner.username(), Facility.PASSWORD);
        page.navigate(url(deliveries));
        Locator form = page.locator("form[data-upload]");
        assertThat(form).isVisible();
        Locator error = form.locator("[data-upload-error]");
        Locator done = form.locator("[data-upload-done]");

        // a file FFmpeg cannot read: the server's reason, from its problem details, and nothing kept
        page.locator("#up-file").setInputFiles(notes);
        button("Upload and probe").click();
        assertThat(error).containsText("notes-" + u + ".mov: FFmpeg cannot read it as media");
        assertThat(api.get(owner.token(), assets).json().size()).isZero();

        // the real clip, attached to the deliverable: in, probed, and in the list with its facts
        page.locator("#up-file").setInputFiles(clip);
        page.locator("#up-label").fill("Reel 1 " + u);
        page.locator("#up-deliverable").selectOption(String.valueOf(deliverable));
        button("Upload and probe").click();
        assertThat(done).hasText("Reel 1 " + u + " is in and probed, attached to Web master " + u
                + ". Run a QC from the list of files.");
        assertThat(error).isHidden();
        Locator row = page.locator("#delivery-lists tbody tr", new Page.LocatorOptions().setHasText("Reel 1 " + u));
        assertThat(row).containsText("reel1-" + u + ".mov");
        assertThat(row).containsText("640×360");
        assertThat(row).containsText("25 fps");
        assertThat(row).containsText("TC 10:00:00:00");
        assertThat(row).containsText("stereo (2 ch) 48 kHz 24-bit");
        assertThat(row).containsText("Web master " + u);
        assertThat(page.locator("#delivery-lists table").first()).containsText("Not checked yet");
        tools.jackson.databind.JsonNode uploaded = api.get(owner.token(), assets).json();
        assertThat(uploaded.size()).isEqualTo(1);
        assertThat(uploaded.get(0).get("origin").asString()).isEqualTo("upload");
        assertThat(uploaded.get(0).get("sizeBytes").asLong()).isEqualTo(java.nio.file.Files.size(clip));
        assertThat(uploaded.get(0).get("deliverableId").asLong()).isEqualTo(deliverable);

        // a file past the server's cap is refused before a byte is sent (the page knows the cap)
        form.evaluate("f => f.setAttribute('data-max-bytes', '1000')");
        page.locator("#up-file").setInputFiles(clip);
        button("Upload and probe").click();
        assertThat(error).containsText("reel1-" + u + ".mov is larger than 200 GiB");
        assertThat(api.get(owner.token(), assets).json().size()).isEqualTo(1);

        // a client of the production sees the files but no upload form
        signOut();
        signIn(client.username(), Facility.PASSWORD);
        page.navigate(url(deliveries));
        assertThat(page.locator("main")).containsText("Reel 1 " + u);
        assertThat(page.locator("form[data-upload]")).hasCount(0);
    }

    @Test
    void onATabletAnUploadShowsItsProgressAndCanBeCancelled() throws Exception {
        String u = Api.unique();
        Facility.Account editor = facility.staff();
        long production = facility.production(editor, Map.of("name", "Tablet " + u)).get("id").asLong();
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("postops-upload-");
        java.nio.file.Path big = dir.resolve("big-" + u + ".mov");
        byte[] bytes = new byte[3_000_000];
        new java.util.Random(7).nextBytes(bytes);
        java.nio.file.Files.write(big, bytes);

        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(820, 1180).setHasTouch(true)
                .setIsMobile(true).setDeviceScaleFactor(2));
        page = context.newPage();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type()) && !m.text().contains("favicon")) {
                consoleErrors.add(m.text());
            }
        });
        signIn(editor.username(), Facility.PASSWORD);
        page.navigate(url("/productions/" + production + "/deliveries"));
        // a slow line (about 250 kB/s up), so the upload is still going when Cancel is tapped
        com.microsoft.playwright.CDPSession cdp = context.newCDPSession(page);
        cdp.send("Network.enable");
        com.google.gson.JsonObject slow = new com.google.gson.JsonObject();
        slow.addProperty("offline", false);
        slow.addProperty("latency", 20);
        slow.addProperty("downloadThroughput", -1);
        slow.addProperty("uploadThroughput", 250_000);
        cdp.send("Network.emulateNetworkConditions", slow);

        Locator form = page.locator("form[data-upload]");
        page.locator("#up-file").setInputFiles(big);
        button("Upload and probe").tap();
        Locator figures = form.locator("[data-upload-figures]");
        assertThat(figures).containsText(Pattern.compile("\\d+ % · [\\d.]+ (kB|MB) of 3\\.0 MB · [\\d.]+ MB/s · about \\d+ s left"));
        assertThat(form.locator("progress")).isVisible();
        assertThat(button("Upload and probe")).isDisabled();
        // the server streams the body to disk as it comes
        java.nio.file.Path uploads = DATA.resolve("uploads").resolve(String.valueOf(production));
        long until = System.currentTimeMillis() + 10_000;
        while (!partFileIn(uploads)) {
            assertThat(System.currentTimeMillis()).as("the upload reaches the server's disk").isLessThan(until);
            page.waitForTimeout(100);
        }
        button("Cancel upload").tap();
        assertThat(form.locator("[data-upload-done]")).hasText("Upload of big-" + u + ".mov cancelled. Nothing was saved.");
        assertThat(form.locator("[data-upload-progress]")).isHidden();
        assertThat(button("Upload and probe")).isEnabled();

        // the server saw the body stop before its end, and kept nothing
        until = System.currentTimeMillis() + 15_000;
        while (partFileIn(uploads)) {
            assertThat(System.currentTimeMillis()).as("the part file is removed").isLessThan(until);
            page.waitForTimeout(100);
        }
        try (java.util.stream.Stream<java.nio.file.Path> left = java.nio.file.Files.list(uploads)) {
            assertThat(left.toList()).as("nothing half-saved in the uploads").isEmpty();
        }
        assertThat(api.get(editor.token(), "/api/v1/productions/" + production + "/assets").json().size()).isZero();
    }

    private static boolean partFileIn(java.nio.file.Path folder) throws java.io.IOException {
        if (!java.nio.file.Files.isDirectory(folder)) {
            return false;
        }
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".part"));
        }
    }

    @Test
    void timeLoggedOnATaskPageShowsOnMyTime() {
        String u = Api.unique();
        String password = "pw-" + u + "-long-enough";
        String token = api.token("admin", adminPassword());
        api.post(token, "/api/v1/users", Map.of("username", "tl-" + u, "displayName", "Tilly " + u, "email",
                "tl-" + u + "@example.com", "role", "staff", "password", password));
        long production = api.post(token, "/api/v1/productions", Map.of("name", "Timesheet " + u,
                "confidentiality", "standard")).id();
        api.post(token, "/api/v1/productions/" + production + "/members", Map.of("username", "tl-" + u,
                "role", "editor"));
        long task = api.post(token, "/api/v1/productions/" + production + "/tasks", Map.of("title", "Assemble " + u,
                "estimateHours", 6, "assignees", List.of("tl-" + u))).id();

        signIn("tl-" + u, password);
        page.navigate(url("/tasks/" + task));
        Locator time = page.locator("#task-time");
        assertThat(time).containsText("6 h"); // the estimate, once the section has loaded
        time.locator("summary").click();
        time.getByLabel("Hours").fill("2");
        time.getByLabel("Minutes").fill("30");
        time.getByLabel("Note").fill("First assembly " + u);
        button("Log time").click();
        assertThat(time.locator(".notice")).containsText("Logged 2 h 30 min");
        assertThat(time.locator(".time-figures")).containsText("3 h 30 min"); // remaining
        assertThat(time.locator("table")).containsText("First assembly " + u);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My time")).click();
        Locator row = page.locator(".week-grid tbody tr", new Page.LocatorOptions().setHasText("Assemble " + u));
        assertThat(row).containsText("2:30");
        assertThat(row).containsText("Timesheet " + u);
        assertThat(page.locator("#week-total")).hasText("2:30");
        assertThat(page.locator("main")).containsText("First assembly " + u);

        // the production page loads its budget; a restricted production's budget and time are not found
        page.navigate(url("/productions/" + production));
        assertThat(page.locator("#budget")).containsText("Planned");
        long secret = api.post(token, "/api/v1/productions", Map.of("name", "Secret " + u, "confidentiality",
                "restricted")).id();
        long secretTask = api.post(token, "/api/v1/productions/" + secret + "/tasks", Map.of("title", "Hidden " + u))
                .id();
        assertThat(page.navigate(url("/productions/" + secret + "/budget")).status()).isEqualTo(404);
        assertThat(page.navigate(url("/tasks/" + secretTask + "/time")).status()).isEqualTo(404);
    }
}
