package org.postops.app.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.ServerTest;
import org.postops.app.support.WebSession;
import tools.jackson.databind.JsonNode;

/**
 * The kit, room and booking pages render for staff, with warnings and bookings, and are "not found" to clients.
 * Their forms, posted as a browser posts them: what they save, what they refuse (saving nothing), who may post
 * them, the CSRF token, and bookings that keep restricted productions secret.
 */
class KitPagesTest extends ServerTest {

    /** Signed in once for the class (each sign-in costs a password hash): who keeps the register, and who not. */
    private static Account support;
    private static Account staff;
    private static WebSession asSupport;
    private static WebSession asStaff;
    private static WebSession asClient;

    @BeforeEach
    void people() {
        if (asSupport == null) {
            support = facility.person("support");
            staff = facility.staff();
            asSupport = WebSession.signIn(api, support);
            asStaff = WebSession.signIn(api, staff);
            asClient = WebSession.signIn(api, facility.client());
        }
    }

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

    // the kit forms

    @Test
    void theNewKitFormAddsKitAndRefusesBadFieldsSavingNothing() {
        String u = Api.unique();
        Map<String, String> form = kitForm("Grade box " + u, "GB-" + u);
        Api.Response added = asSupport.post("/kit/new", "/kit", form);
        long id = idIn(added, "/kit/");
        assertThat(shown(asSupport, added)).contains("Kit added to the register.", "Grade box " + u, "Xeon w9-3495X",
                "DaVinci Resolve Studio", "Rack 3");
        JsonNode saved = api.get(support.token(), "/api/v1/kit/" + id).json();
        assertThat(saved.get("name").asString()).isEqualTo("Grade box " + u);
        assertThat(saved.get("assetTag").asString()).isEqualTo("GB-" + u);
        assertThat(saved.get("specs").get("ramGb").asInt()).isEqualTo(256);
        assertThat(saved.get("software").get(0).get("version").asString()).isEqualTo("19.1.3");
        assertThat(saved.get("patDue").asString()).isEqualTo("2031-01-15");

        Map<String, String> bad = new HashMap<>(kitForm("Bad box " + u, "BAD-" + u));
        bad.put("licenceSeats", "plenty");
        bad.put("patDue", "next spring");
        bad.put("specs", "a fast one");
        Api.Response refused = asSupport.post("/kit/new", "/kit", bad);
        assertThat(refused.status()).as("the form again, not a redirect, answering as the API").isEqualTo(400);
        assertThat(refused.body()).contains("Please correct the 3 fields marked below.",
                "id=\"seats-error\">must be a whole number", "id=\"pat-error\">must be a date such as",
                "id=\"specs-error\">write each specification as key=value")
                .as("what was typed is kept").contains("value=\"BAD-" + u + "\"", "value=\"plenty\"");
        Api.Response blank = asSupport.post("/kit/new", "/kit", kitForm(" ", "BLANK-" + u));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("Please correct the field marked below.",
                "id=\"name-error\">must not be blank");
        Map<String, String> both = new HashMap<>(kitForm(" ", "BOTH-" + u));
        both.put("licenceSeats", "plenty");
        Api.Response oneRound = asSupport.post("/kit/new", "/kit", both);
        assertThat(oneRound.body()).as("a mistyped field and the register's own check, in one round")
                .contains("Please correct the 2 fields marked below.", "id=\"seats-error\">must be a whole number",
                        "id=\"name-error\">must not be blank");
        Api.Response taken = asSupport.post("/kit/new", "/kit", kitForm("Second box " + u, "GB-" + u));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body()).contains("Asset tag GB-" + u + " is already on kit");
        assertThat(kitCalled(u)).as("only the first was saved").isEqualTo(1);

        Api.Response byStaff = asStaff.post("/kit", "/kit", kitForm("Staff box " + u, null));
        assertThat(byStaff.status()).as("staff read the register; they do not add to it").isEqualTo(403);
        assertThat(byStaff.body()).contains("Only administrators and technical support may change kit");
        assertThat(asClient.post("/", "/kit", kitForm("Client box " + u, null)).status()).isEqualTo(404);
        assertThat(asSupport.postWithoutToken("/kit", kitForm("Forged box " + u, null)).status()).isEqualTo(403);
        assertThat(kitCalled(u)).as("nothing saved by the refused posts").isEqualTo(1);
    }

    @Test
    void theEditFormSavesAndRefusesBadFieldsAStaleVersionAndStaff() {
        String u = Api.unique();
        long id = idIn(asSupport.post("/kit/new", "/kit", kitForm("Edit bay " + u, "EB-" + u)), "/kit/");
        String edit = "/kit/" + id + "/edit";
        int version = api.get(support.token(), "/api/v1/kit/" + id).json().get("version").asInt();
        assertThat(asSupport.get(edit).body()).contains("name=\"version\" value=\"" + version + "\"");
        Map<String, String> changed = new HashMap<>(kitForm("Edit bay " + u + " (moved)", "EB-" + u));
        changed.put("location", "Rack 9");
        changed.put("version", Integer.toString(version));
        Api.Response saved = asSupport.post(edit, "/kit/" + id, changed);
        assertThat(idIn(saved, "/kit/")).isEqualTo(id);
        assertThat(shown(asSupport, saved)).contains("Saved.", "Edit bay " + u + " (moved)", "Rack 9");
        JsonNode after = api.get(support.token(), "/api/v1/kit/" + id).json();
        assertThat(after.get("location").asString()).isEqualTo("Rack 9");
        assertThat(after.get("version").asInt()).isEqualTo(version + 1);

        Map<String, String> stale = new HashMap<>(changed);
        stale.put("location", "Rack 1");
        Api.Response again = asSupport.post(edit, "/kit/" + id, stale);
        assertThat(again.status()).isEqualTo(412);
        assertThat(again.body()).contains("was changed by someone else since you read it", "Edit bay " + u);
        Map<String, String> bad = new HashMap<>(changed);
        bad.put("version", Integer.toString(version + 1));
        bad.put("software", "Resolve");
        bad.put("licenceExpires", "31/12/2031");
        Api.Response refused = asSupport.post(edit, "/kit/" + id, bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"software-error\"", "write each application as its name and version",
                "id=\"expires-error\"", "must be a date such as");
        Map<String, String> byStaff = new HashMap<>(changed);
        byStaff.put("version", Integer.toString(version + 1));
        byStaff.put("location", "Staff corner");
        assertThat(asStaff.post("/kit/" + id, "/kit/" + id, byStaff).status()).isEqualTo(403);
        assertThat(asClient.post("/", "/kit/" + id, byStaff).status()).isEqualTo(404);
        assertThat(asSupport.postWithoutToken("/kit/" + id, byStaff).status()).isEqualTo(403);
        after = api.get(support.token(), "/api/v1/kit/" + id).json();
        assertThat(after.get("location").asString()).as("no refused post changed it").isEqualTo("Rack 9");
        assertThat(after.get("version").asInt()).isEqualTo(version + 1);
        assertThat(asSupport.post(edit, "/kit/4242", changed).status()).isEqualTo(404);
    }

    @Test
    void theStatusFormChangesTheStatusSayingWhyAndRefusesAnUnknownStatus() {
        String u = Api.unique();
        long id = idIn(asSupport.post("/kit/new", "/kit", kitForm("Scope " + u, null)), "/kit/");
        String page = "/kit/" + id;
        Api.Response changed = asSupport.post(page, page + "/status", Map.of("status", "FAULTY", "reason",
                "No signal on SDI 2"));
        assertThat(idIn(changed, "/kit/")).isEqualTo(id);
        assertThat(shown(asSupport, changed)).contains("Status changed to faulty.");
        assertThat(kitStatus(id)).isEqualTo("faulty");

        Api.Response unknown = asSupport.post(page, page + "/status", Map.of("status", "EXPLODED"));
        assertThat(shown(asSupport, unknown)).contains("class=\"form-summary\"", "Status: is not one of the choices.");
        Api.Response tooLong = asSupport.post(page, page + "/status", Map.of("status", "IN_SERVICE", "reason",
                "x".repeat(2001)));
        assertThat(shown(asSupport, tooLong)).contains("Reason: must be at most 2000 characters.");
        assertThat(asStaff.post(page, page + "/status", Map.of("status", "IN_SERVICE")).status()).isEqualTo(403);
        assertThat(asClient.post("/", page + "/status", Map.of("status", "IN_SERVICE")).status()).isEqualTo(404);
        assertThat(asSupport.postWithoutToken(page + "/status", Map.of("status", "IN_SERVICE")).status())
                .isEqualTo(403);
        assertThat(kitStatus(id)).as("still faulty after every refused post").isEqualTo("faulty");
    }

    // rooms

    @Test
    void theRoomFormsAddEditAndRetireRoomsAndRefuseWhatTheyShould() {
        String u = Api.unique();
        Api.Response added = asSupport.post("/rooms", "/rooms", Map.of("name", "Suite " + u, "kind", "EDIT_SUITE",
                "location", "Floor 2"));
        long id = idIn(added, "/rooms/");
        assertThat(shown(asSupport, added)).contains("Room added.", "Suite " + u, "Floor 2", "Edit suite");
        JsonNode room = api.get(support.token(), "/api/v1/rooms/" + id).json();
        assertThat(room.get("location").asString()).isEqualTo("Floor 2");
        String read = Integer.toString(room.get("version").asInt());
        String next = Integer.toString(room.get("version").asInt() + 1);

        Api.Response blank = asSupport.post("/rooms", "/rooms", Map.of("name", " ", "kind", "EDIT_SUITE"));
        assertThat(blank.header("Location")).endsWith("/rooms");
        assertThat(shown(asSupport, blank)).contains("Name: must not be blank.");
        assertThat(shown(asSupport, asSupport.post("/rooms", "/rooms", Map.of("name", "Other " + u, "kind",
                "BROOM_CUPBOARD")))).contains("Kind: is not one of the choices.");
        assertThat(shown(asSupport, asSupport.post("/rooms", "/rooms", Map.of("name", "suite " + u, "kind",
                "SOUND_SUITE")))).contains("There is already a room called");
        assertThat(asStaff.post("/rooms", "/rooms", Map.of("name", "Staff " + u, "kind", "OTHER")).status())
                .isEqualTo(403);
        assertThat(asClient.post("/", "/rooms", Map.of("name", "Client " + u, "kind", "OTHER")).status())
                .isEqualTo(404);
        assertThat(asSupport.postWithoutToken("/rooms", Map.of("name", "Forged " + u, "kind", "OTHER")).status())
                .isEqualTo(403);
        assertThat(api.get(support.token(), "/api/v1/rooms?size=500&q=" + u).json().get("total").asInt())
                .as("one room saved; no refused post added one").isEqualTo(1);

        String page = "/rooms/" + id;
        Api.Response saved = asSupport.post(page, page, Map.of("name", "Suite " + u, "kind", "GRADING_THEATRE",
                "location", "Floor 3", "notes", "Dolby Vision mastering", "version", read));
        assertThat(shown(asSupport, saved)).contains("Saved.", "Grading theatre", "Floor 3", "Dolby Vision mastering");
        Api.Response stale = asSupport.post(page, page, Map.of("name", "Suite " + u, "kind", "EDIT_SUITE",
                "version", read));
        assertThat(shown(asSupport, stale)).contains("was changed by someone else since you read it");
        assertThat(shown(asSupport, asSupport.post(page, page, Map.of("name", "", "kind", "EDIT_SUITE", "version",
                next)))).contains("Name: must not be blank.");
        assertThat(shown(asSupport, asSupport.post(page, page, Map.of("name", "Suite " + u, "kind", "EDIT_SUITE",
                "version", "one")))).contains("Version: must be a whole number.");
        Map<String, String> byStaff = Map.of("name", "Suite " + u, "kind", "EDIT_SUITE", "version", next);
        assertThat(asStaff.post(page, page, byStaff).status()).isEqualTo(403);
        assertThat(asClient.post("/", page, byStaff).status()).isEqualTo(404);
        assertThat(asSupport.postWithoutToken(page, byStaff).status()).isEqualTo(403);
        room = api.get(support.token(), "/api/v1/rooms/" + id).json();
        assertThat(room.get("kind").asString()).as("no refused post changed it").isEqualTo("grading_theatre");
        assertThat(Integer.toString(room.get("version").asInt())).isEqualTo(next);

        Api.Response retired = asSupport.post(page, page, Map.of("name", "Suite " + u, "kind", "GRADING_THEATRE",
                "retired", "true", "version", next));
        String after = shown(asSupport, retired);
        assertThat(after).contains("Room retired: it takes no new bookings.").doesNotContain("id=\"book-heading\"");
        assertThat(api.get(support.token(), "/api/v1/rooms/" + id).json().get("retired").asBoolean()).isTrue();
    }

    // bookings

    @Test
    void theBookingFormsBookAndCancelAndKeepARestrictedProductionSecret() {
        String u = Api.unique();
        long kit = api.post(support.token(), "/api/v1/kit", Map.of("kind", "reference_monitor", "name",
                "Monitor " + u)).id();
        long production = facility.production(staff, Map.of("name", "Osprey " + u)).get("id").asLong();
        Account owner = facility.staff();
        long secret = facility.production(owner, Map.of("name", "Merlin " + u, "confidentiality", "restricted"))
                .get("id").asLong();
        long secretBooking = api.post(owner.token(), "/api/v1/bookings", Map.of("kitId", kit, "productionId", secret,
                "firstDay", "2031-05-04", "lastDay", "2031-05-08", "note", "Merlin final grade")).id();
        String page = "/kit/" + kit;
        String form = page + "?book=" + production;
        assertThat(asStaff.get(form).body()).contains("Book for Osprey " + u);

        Api.Response booked = asStaff.post(form, page + "/bookings", booking(production, "2031-06-01", "2031-06-03"));
        assertThat(booked.header("Location")).endsWith(page + "#bookings");
        assertThat(shown(asStaff, booked)).contains("Booked for Osprey " + u + " from 2031-06-01 to 2031-06-03.",
                "Online for the client");
        assertThat(bookingsOf(kit, production)).isEqualTo(1);

        assertThat(refusal(asStaff, asStaff.post(form, page + "/bookings", booking(production, "2031-06-05",
                "2031-06-04")))).isEqualTo("LastDay: must not be before the first day.");
        assertThat(refusal(asStaff, asStaff.post(form, page + "/bookings", booking(production, "soon", ""))))
                .isEqualTo("FirstDay: must be a date such as 2026-11-20.");
        assertThat(refusal(asStaff, asStaff.post(form, page + "/bookings", booking(production, "2031-06-02",
                "2031-06-02")))).contains("is already booked from 2031-06-01 to 2031-06-03 for Osprey " + u);

        Api.Response clash = asStaff.post(form, page + "/bookings", booking(production, "2031-05-06", "2031-05-09"));
        String shownClash = shown(asStaff, clash);
        assertThat(refusalIn(shownClash)).contains("is already booked from 2031-05-04 to 2031-05-08 for another "
                + "production");
        assertThat(shownClash).contains("Busy (another production)").doesNotContain("Merlin");
        assertThat(clash.header("Location")).as("the form again, for the same production")
                .endsWith(page + "?book=" + production + "#bookings");
        assertThat(shownClash).as("with the days typed, to be moved").contains("Book for Osprey " + u,
                "value=\"2031-05-06\"", "value=\"2031-05-09\"", "value=\"Online for the client\"");

        // each refusal is read before the next post: the form page fetched for its token would take the flash
        Api.Response toSecret = asStaff.post(form, page + "/bookings", booking(secret, "2031-09-01", "2031-09-01"));
        String secretRefusal = refusal(asStaff, toSecret);
        Api.Response toNothing = asStaff.post(form, page + "/bookings", booking(4242424, "2031-09-01", "2031-09-01"));
        assertThat(toSecret.status()).isEqualTo(toNothing.status());
        assertThat(secretRefusal).as("a production the booker may not see is one that does not exist")
                .isEqualTo(refusal(asStaff, toNothing)).isEqualTo("Production not found.");

        assertThat(asSupport.post(form, page + "/bookings", booking(production, "2031-10-01", "2031-10-01"))
                .status()).as("support are not on the production's team").isEqualTo(403);
        assertThat(asClient.post("/", page + "/bookings", booking(production, "2031-10-01", "2031-10-01")).status())
                .isEqualTo(404);
        assertThat(asStaff.postWithoutToken(page + "/bookings", booking(production, "2031-10-01", "2031-10-01"))
                .status()).isEqualTo(403);
        assertThat(bookingsOf(kit, production)).as("no refused post booked anything").isEqualTo(1);
        assertThat(api.get(owner.token(), "/api/v1/kit/" + kit + "/bookings").json().size()).isEqualTo(2);

        long mine = api.get(staff.token(), "/api/v1/productions/" + production + "/bookings").json().get(0).get("id")
                .asLong();
        String cancel = "/bookings/" + mine + "/cancel";
        assertThat(asSupport.post(page, cancel, Map.of()).status()).isEqualTo(403);
        assertThat(asClient.post("/", cancel, Map.of()).status()).isEqualTo(404);
        assertThat(asStaff.postWithoutToken(cancel, Map.of()).status()).isEqualTo(403);
        assertThat(asStaff.post(page, "/bookings/" + secretBooking + "/cancel", Map.of()).status())
                .as("the secret booking is as unknown as one that never was")
                .isEqualTo(asStaff.post(page, "/bookings/4242424/cancel", Map.of()).status()).isEqualTo(404);
        assertThat(bookingsOf(kit, production)).isEqualTo(1);
        assertThat(api.get(owner.token(), "/api/v1/bookings/" + secretBooking).status()).isEqualTo(200);
        Api.Response cancelled = asStaff.post(page, cancel, Map.of());
        assertThat(cancelled.header("Location")).endsWith(page + "#bookings");
        assertThat(shown(asStaff, cancelled)).contains("Booking cancelled.").doesNotContain("Online for the client");
        assertThat(bookingsOf(kit, production)).isZero();
    }

    @Test
    void theRoomBookingFormBooksAndRefusesARetiredRoom() {
        String u = Api.unique();
        long room = api.post(support.token(), "/api/v1/rooms", Map.of("name", "Dub " + u, "kind", "dubbing_stage"))
                .id();
        long production = facility.production(staff, Map.of("name", "Puffin " + u)).get("id").asLong();
        String page = "/rooms/" + room;
        String form = page + "?book=" + production;
        Api.Response booked = asStaff.post(form, page + "/bookings", booking(production, "2031-07-01", "2031-07-02"));
        assertThat(booked.header("Location")).endsWith(page + "#bookings");
        assertThat(shown(asStaff, booked)).contains("Booked for Puffin " + u + " from 2031-07-01 to 2031-07-02.");
        assertThat(api.get(staff.token(), "/api/v1/rooms/" + room + "/bookings").json().size()).isEqualTo(1);

        assertThat(asClient.post("/", page + "/bookings", booking(production, "2031-08-01", "2031-08-01")).status())
                .isEqualTo(404);
        assertThat(asStaff.postWithoutToken(page + "/bookings", booking(production, "2031-08-01", "2031-08-01"))
                .status()).isEqualTo(403);
        assertThat(api.patch(support.token(), "/api/v1/rooms/" + room, Map.of("retired", true)).status())
                .isEqualTo(200);
        assertThat(refusal(asStaff, asStaff.post(form, page + "/bookings", booking(production, "2031-08-01",
                "2031-08-01")))).contains("is retired and cannot be booked");
        assertThat(api.get(staff.token(), "/api/v1/rooms/" + room + "/bookings").json().size()).isEqualTo(1);
    }

    // the CSV import

    @Test
    void theImportFormShowsADryRunImportsAndListsBadRowsByLineSavingNothing() {
        String u = Api.unique();
        String header = "kind,name,assetTag,location\n";
        String csv = header + "workstation,Import A " + u + ",IA-" + u + ",Rack 1\n"
                + "storage,Import B " + u + ",IB-" + u + ",\n";
        Api.Response dry = asSupport.upload("/kit", "/kit/import", Map.of("dryRun", "true"), "file", "kit.csv", csv);
        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        assertThat(dry.body()).contains("Import kit: dry run", "Nothing saved. It would create 2, update 0, leave 0 "
                + "unchanged.", "Import A " + u, "IB-" + u);
        assertThat(kitCalled(u)).as("a dry run saves nothing").isZero();

        Api.Response done = asSupport.upload("/kit", "/kit/import", Map.of(), "file", "kit.csv", csv);
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).contains("Created 2, update 0, leave 0 unchanged.").containsPattern(
                "href=\"/kit/\\d+\">Import A " + u);
        assertThat(kitCalled(u)).isEqualTo(2);

        String bad = header + "workstation,Import C " + u + ",IC-" + u + ",\n" + "toaster,Import D " + u + ",ID-" + u
                + ",\n" + "storage,,IE-" + u + ",\n";
        Api.Response refused = asSupport.upload("/kit", "/kit/import", Map.of(), "file", "kit.csv", bad);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Nothing was imported.", "<strong>line 3: kind</strong>",
                "<strong>line 4: name</strong>").doesNotContain("<strong>line 2");
        assertThat(asSupport.upload("/kit", "/kit/import", Map.of(), "file", "kit.csv", null).body())
                .contains("Nothing was imported. File: choose a CSV file to import.");
        assertThat(asStaff.upload("/kit", "/kit/import", Map.of(), "file", "kit.csv", bad).status()).isEqualTo(403);
        assertThat(asClient.upload("/", "/kit/import", Map.of(), "file", "kit.csv", bad).status()).isEqualTo(404);
        assertThat(asSupport.upload(null, "/kit/import", Map.of(), "file", "kit.csv", bad).status()).isEqualTo(403);
        assertThat(kitCalled(u)).as("no refused import saved a row").isEqualTo(2);
    }

    // helpers

    /** The fields of the kit form as support would fill it in; a null asset tag is left empty. */
    private static Map<String, String> kitForm(String name, String assetTag) {
        Map<String, String> f = new HashMap<>();
        f.put("kind", "WORKSTATION");
        f.put("name", name);
        f.put("make", "HP");
        f.put("model", "Z8 G5");
        f.put("assetTag", assetTag == null ? "" : assetTag);
        f.put("roomId", "");
        f.put("location", "Rack 3");
        f.put("status", "IN_SERVICE");
        f.put("patDue", "2031-01-15");
        f.put("licenceSeats", "");
        f.put("licenceExpires", "");
        f.put("specs", "cpu=Xeon w9-3495X; ramGb=256");
        f.put("software", "DaVinci Resolve Studio 19.1.3");
        f.put("notes", "");
        f.put("version", "");
        return f;
    }

    /** The id at the end of a redirect to {@code prefix + id} (a fragment after it ignored). */
    static long idIn(Api.Response redirect, String prefix) {
        assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
        String location = redirect.header("Location").replaceAll("#.*$", "");
        assertThat(location).contains(prefix);
        return Long.parseLong(location.substring(location.lastIndexOf(prefix) + prefix.length()));
    }

    /** The page a redirect leads to, as the browser shows it next (with the notice or refusal flashed to it). */
    static String shown(WebSession web, Api.Response redirect) {
        assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
        Api.Response page = web.get(redirect.header("Location").replaceAll("^https?://[^/]+", "")
                .replaceAll("#.*$", ""));
        assertThat(page.status()).isEqualTo(200);
        return page.body();
    }

    private static Map<String, String> booking(long production, String first, String last) {
        return Map.of("productionId", Long.toString(production), "stageId", "", "taskId", "", "firstDay", first,
                "lastDay", last, "note", "Online for the client");
    }

    /** The refusal a redirect leads to, as the page shows it at the top. */
    private static String refusal(WebSession web, Api.Response redirect) {
        return refusalIn(shown(web, redirect));
    }

    private static String refusalIn(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("class=\"form-summary\" role=\"alert\">([^<]*)<")
                .matcher(page);
        assertThat(m.find()).as("a refusal is shown in %s", page.substring(Math.max(0, page.indexOf("<main"))))
                .isTrue();
        return org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1));
    }

    /** The kit's bookings for this production, as its team sees them. */
    private long bookingsOf(long kit, long production) {
        JsonNode all = api.get(staff.token(), "/api/v1/kit/" + kit + "/bookings").json();
        long n = 0;
        for (JsonNode b : all) {
            if (!b.get("busy").asBoolean() && b.get("productionId").asLong() == production) {
                n++;
            }
        }
        return n;
    }

    private long kitCalled(String u) {
        return api.get(support.token(), "/api/v1/kit?includeRetired=true&q=" + u).json().get("total").asLong();
    }

    private String kitStatus(long id) {
        return api.get(support.token(), "/api/v1/kit/" + id).json().get("status").asString();
    }
}
