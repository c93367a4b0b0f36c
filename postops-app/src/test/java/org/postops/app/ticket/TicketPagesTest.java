package org.postops.app.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.KitRows;
import org.postops.app.support.ServerTest;
import org.postops.app.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ticket pages over HTTP, as a browser without scripts uses them. */
class TicketPagesTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void raisingFromATaskPageLinksTheTaskAndTheTicketPageShowsItsClocks() {
        String u = Api.unique();
        Account editor = facility.staff();
        long production = facility.production(editor, Map.of("name", "Kestrel " + u)).get("id").asLong();
        long task = facility.task(editor, production, Map.of("title", "Conform reel " + u)).get("id").asLong();
        long kit = new KitRows(jdbc).kit("Avid station " + u, "WORKSTATION", null);
        WebSession web = WebSession.signIn(api, editor);

        assertThat(web.get("/tasks/" + task).body()).contains("/tickets/new?taskId=" + task).contains("Raise a ticket");
        assertThat(web.get("/productions/" + production).body()).contains("/tickets/new?productionId=" + production);
        assertThat(web.get("/").body()).contains("href=\"/tickets\"");
        String form = web.get("/tickets/new?taskId=" + task + "&kitId=" + kit).body();
        assertThat(form).contains("Conform reel " + u).contains("Avid station " + u);
        assertThat(form).containsPattern("value=\"" + task + "\"\\s+checked");

        Api.Response refused = web.post("/tickets/new", "/tickets", Map.of("summary", " ", "severity", "p2",
                "category", "editing_systems", "productionId", String.valueOf(production)));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("summary: must not be blank");

        Api.Response raised = web.post("/tickets/new", "/tickets", Map.of("summary", "Bin locked " + u,
                "severity", "p2", "category", "editing_systems", "productionId", String.valueOf(production),
                "taskIds", String.valueOf(task), "kitIds", String.valueOf(kit), "errorText", "Bin is locked"));
        assertThat(raised.status()).as(raised.body()).isEqualTo(302);
        String location = raised.header("Location");
        assertThat(location).matches(".*/tickets/\\d+");
        String page = web.get(location.replaceAll("^https?://[^/]+", "")).body();
        assertThat(page).contains("Bin locked " + u).contains("Conform reel " + u).contains("Kestrel " + u)
                .contains("Avid station " + u).contains("First response").contains("left, due")
                .contains("Bin is locked");
        String list = web.get("/tickets?q=" + u).body();
        assertThat(list).contains("Bin locked " + u).contains("left for response");
        assertThat(web.get("/tickets?breached=true&status=new&severity=p2&mine=true&assigned=true").status())
                .isEqualTo(200);
    }

    @Test
    void theTicketPageWorksTheWholeLifecycle() {
        String u = Api.unique();
        Account requester = facility.staff();
        Account engineer = facility.person("support");
        long id = api.post(requester.token(), "/api/v1/tickets", Map.of("summary", "Scope dark " + u,
                "severity", "p1", "category", "hardware")).id();
        WebSession web = WebSession.signIn(api, engineer);
        String page = "/tickets/" + id;
        assertThat(web.post(page, page + "/status", Map.of("status", "IN_PROGRESS")).status()).isEqualTo(302);
        assertThat(web.post(page, page + "/options", Map.of("kind", "repair", "description", "New lamp",
                "cost", "120.50", "currency", "GBP", "restoreHours", "2", "restoreMinutes", "15")).status())
                .isEqualTo(302);
        String withOption = web.get(page).body();
        assertThat(withOption).contains("New lamp").contains("£120.50").contains("2 h 15 min");
        assertThat(web.post(page, page + "/assignment", Map.of("assignee", engineer.username())).status())
                .isEqualTo(302);
        assertThat(web.post(page, page + "/resolution", Map.of("whatWasDone", "Replaced the lamp", "kind", "fix"))
                .status()).isEqualTo(302);
        String resolved = web.get(page).body();
        assertThat(resolved).contains("Replaced the lamp").contains("Not rated yet");
        WebSession mine = WebSession.signIn(api, requester);
        assertThat(mine.get(page).body()).contains("How well did this solve it?");
        mine.post(page, page + "/rating", Map.of("rating", "4", "comment", "Bright again"));
        assertThat(mine.get(page).body()).contains("4 of 5: Bright again");
        assertThat(WebSession.signIn(api, facility.client()).get(page).status()).isEqualTo(404);
    }

    @Test
    void theResolveFormOffersTheKitsSnapshotsNewestFirst() {
        String u = Api.unique();
        Account engineer = facility.person("support");
        long kit = api.post(facility.admin(), "/api/v1/kit", Map.of("kind", "workstation", "name", "Grade box " + u))
                .id();
        for (String driver : List.of("550.54", "560.28")) {
            assertThat(api.post(engineer.token(), "/api/v1/kit/" + kit + "/snapshots", Map.of("source", "api",
                    "gpus", List.of(Map.of("model", "RTX A6000", "driver", driver)))).status()).isEqualTo(201);
        }
        long id = api.post(engineer.token(), "/api/v1/tickets", Map.of("summary", "Black frames " + u,
                "severity", "p2", "category", "hardware", "kitIds", List.of(kit))).id();
        assertThat(api.post(engineer.token(), "/api/v1/tickets/" + id + "/status", Map.of("status", "in_progress"))
                .status()).isEqualTo(200);
        long newest = api.get(engineer.token(), "/api/v1/kit/" + kit + "/snapshots").json().get("items").get(0)
                .get("id").asLong();
        String body = WebSession.signIn(api, engineer).get("/tickets/" + id).body();
        assertThat(body).contains("The configuration it applied to");
        assertThat(body).containsPattern("<option value=\"" + newest + "\" selected=\"selected\">Grade box " + u
                + " — snapshot of ");
        assertThat(body.split("— snapshot of ", -1)).as("both snapshots offered").hasSize(3);
    }
}
