package org.postops.app.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.ServerTest;
import org.postops.app.support.WebSession;

/** The kit, room and booking pages render for staff, with warnings and bookings, and are "not found" to clients. */
class KitPagesTest extends ServerTest {

    @Test
    void theRegisterAKitItemARoomAndAProductionsBookingsRender() {
        Account staff = facility.staff();
        String u = Api.unique();
        String admin = facility.admin();
        long room = api.post(admin, "/api/v1/rooms", Map.of("name", "Grading theatre " + u, "kind",
                "grading_theatre")).id();
        Api.Response created = api.post(admin, "/api/v1/kit", Map.of("kind", "reference_monitor", "name",
                "Flanders " + u, "make", "Flanders Scientific", "model", "XMP550", "roomId", room, "patDue",
                LocalDate.now().minusDays(3).toString(), "specs", Map.of("panel", "QD-OLED", "sizeInches", 55),
                "software", java.util.List.of(Map.of("name", "Firmware", "version", "1.2.3"))));
        long kit = created.id();
        long production = facility.production(staff, Map.of("name", "Osprey " + u)).get("id").asLong();
        assertThat(api.post(staff.token(), "/api/v1/bookings", Map.of("kitId", kit, "productionId", production,
                "firstDay", LocalDate.now().toString(), "lastDay", LocalDate.now().plusDays(2).toString())).status())
                .isEqualTo(201);

        WebSession web = WebSession.signIn(api, staff);
        Api.Response list = web.get("/kit?q=" + u);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Flanders " + u, "PAT test overdue", "aria-current=\"page\">Kit</a>");
        Api.Response page = web.get("/kit/" + kit);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Flanders " + u, "QD-OLED", "Firmware", "Osprey " + u,
                "/tickets/new?kitId=" + kit, "PAT test overdue");
        assertThat(web.get("/kit/" + kit + "?book=" + production).body()).contains("Book for Osprey " + u);
        assertThat(web.get("/rooms").status()).isEqualTo(200);
        assertThat(web.get("/rooms/" + room).body()).contains("Grading theatre " + u, "Flanders " + u);
        assertThat(web.get("/productions/" + production + "/bookings").body()).contains("Flanders " + u);
        assertThat(web.get("/productions/" + production).body()).contains("/productions/" + production + "/bookings");
        assertThat(web.get("/kit/4242").status()).isEqualTo(404);
        assertThat(web.get("/kit/new").status()).as("staff read; they do not add kit").isEqualTo(403);
        Api.Response export = web.get("/kit/export.csv");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body()).startsWith("kind,name,make");

        WebSession support = WebSession.signIn(api, facility.person("support"));
        assertThat(support.get("/kit/new").status()).isEqualTo(200);
        assertThat(support.get("/kit/" + kit + "/edit").body()).contains("panel=QD-OLED; sizeInches=55",
                "Firmware 1.2.3");

        WebSession client = WebSession.signIn(api, facility.client());
        for (String path : new String[] {"/kit", "/kit/" + kit, "/rooms", "/rooms/" + room,
                "/productions/" + production + "/bookings"}) {
            assertThat(client.get(path).status()).as(path).isEqualTo(404);
        }
        assertThat(client.get("/").body()).doesNotContain("href=\"/kit\"");
    }
}
