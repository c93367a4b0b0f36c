package org.postops.app.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postops.app.support.Problems.assertProblem;
import static org.postops.app.support.Problems.fields;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.kit.csv.KitCsv;
import org.postops.app.support.Api;
import org.postops.app.support.ServerTest;
import tools.jackson.databind.JsonNode;

/** The kit register as CSV: export, import all or nothing, dry run, and the way back (round trip). */
class KitCsvTest extends ServerTest {

    private static final Map<String, String> CSV = Map.of("Content-Type", "text/csv");

    private Api.Response importCsv(String csv, boolean dryRun) {
        return api.send(facility.admin(), "POST", "/api/v1/kit/import" + (dryRun ? "?dryRun=true" : ""), csv, CSV);
    }

    private long count(String u) {
        return api.get(facility.admin(), "/api/v1/kit?includeRetired=true&q=" + u).json().get("total").asLong();
    }

    @Test
    void anImportCreatesAndUpdatesByAssetTagAndTheExportComesBackUnchanged() {
        String u = Api.unique();
        String room = "Machine room " + u;
        api.post(facility.admin(), "/api/v1/rooms", Map.of("name", room, "kind", "machine_room"));
        String csv = "kind,name,make,model,serialNumber,assetTag,room,location,status,patDue,licenceSeats,"
                + "licenceExpires,notes,specs,software\r\n"
                + "workstation,\"Resolve 1, " + u + "\",HP,Z8 G5,SN1,T1-" + u + "," + room + ",Rack A,in_service,"
                + "2031-01-01,,,\"Says \"\"hello\"\"\nover two lines\",cpu=Xeon; ramGb=256; os=Rocky Linux 9,"
                + "DaVinci Resolve Studio 19.1.3; NVIDIA driver 550.120\r\n"
                + "storage,SAN " + u + ",Quantum,StorNext,SN2,T2-" + u + "," + room + ",,,,,,,capacityTb=480,\r\n"
                + "software-licence,Pro Tools " + u + ",Avid,Ultimate,,,,,,,20,2031-12-31,,,\r\n";
        Api.Response dry = importCsv(csv, true);
        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        assertThat(dry.json().get("created").asInt()).isEqualTo(3);
        assertThat(count(u)).as("a dry run saves nothing").isZero();

        Api.Response done = importCsv(csv, false);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("created").asInt()).isEqualTo(3);
        assertThat(count(u)).isEqualTo(3);
        JsonNode resolve = api.get(facility.admin(), "/api/v1/kit?q=T1-" + u).json().get("items").get(0);
        assertThat(resolve.get("name").asString()).isEqualTo("Resolve 1, " + u);
        assertThat(resolve.get("roomName").asString()).isEqualTo(room);
        assertThat(resolve.get("notes").asString()).isEqualTo("Says \"hello\"\nover two lines");
        assertThat(resolve.get("specs").get("ramGb").asInt()).isEqualTo(256);
        assertThat(resolve.get("specs").get("os").asString()).isEqualTo("Rocky Linux 9");
        assertThat(resolve.get("software").get(1).get("name").asString()).isEqualTo("NVIDIA driver");
        assertThat(resolve.get("software").get(1).get("version").asString()).isEqualTo("550.120");

        Api.Response export = api.get(facility.admin(), "/api/v1/kit/export?q=" + u);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith("text/csv");
        assertThat(export.header("Content-Disposition")).contains("attachment", "kit.csv");
        Api.Response again = importCsv(export.body(), true);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("unchanged").asInt()).as(again.body()).isEqualTo(2);
        assertThat(again.json().get("updated").asInt()).isZero();
        assertThat(again.json().get("created").asInt()).as("the row without an asset tag is new kit").isEqualTo(1);

        String changed = api.get(facility.admin(), "/api/v1/kit/export?q=T1-" + u).body().replace("Rack A", "Rack B");
        Api.Response update = importCsv(changed, false);
        assertThat(update.json().get("updated").asInt()).as(update.body()).isEqualTo(1);
        assertThat(update.json().get("rows").get(0).get("changes").toString()).contains("location");
        assertThat(api.get(facility.admin(), "/api/v1/kit?q=T1-" + u).json().get("items").get(0).get("location")
                .asString()).isEqualTo("Rack B");
    }

    @Test
    void aBadRowRefusesTheWholeFileNamingEachLineAndColumn() {
        String u = Api.unique();
        String csv = "kind,name,assetTag,patDue,room,licenceSeats\n"
                + "workstation,Good " + u + ",G-" + u + ",,,\n"
                + "toaster,Bad kind " + u + ",,,,\n"
                + "deck,Bad date " + u + ",,2031-02-30,,\n"
                + "deck,No room " + u + ",,,Nowhere " + u + ",\n"
                + "deck,Dup " + u + ",G-" + u + ",,,-3\n"
                + "deck,Short\n";
        Api.Response r = importCsv(csv, false);
        assertProblem(r, 400);
        assertThat(fields(r)).contains("line 3: kind", "line 4: patDue", "line 5: room", "line 6: assetTag",
                "line 6: licenceSeats", "line 7");
        assertThat(fields(r)).noneMatch(f -> f.startsWith("line 2"));
        assertThat(count(u)).as("nothing saved").isZero();

        assertThat(fields(importCsv("kind,name,colour\ndeck,x,red\n", false))).contains("line 1: colour");
        assertThat(fields(importCsv("make,model\nSony,X\n", false))).contains("line 1");
        assertThat(fields(importCsv("kind,name\n\"deck,x\n", false))).contains("file");
        assertThat(fields(importCsv("", false))).contains("file");
        assertProblem(api.send(facility.staff().token(), "POST", "/api/v1/kit/import",
                "kind,name\ndeck,Staff " + u + "\n", CSV), 403);
    }

    @Test
    void aFileOverFiveMegabytesIsRefused() {
        String u = Api.unique();
        String big = "kind,name,notes\n" + ("deck,Big " + u + "," + "x".repeat(1000) + "\n").repeat(6000);
        Api.Response r = importCsv(big, false);
        assertThat(r.status()).isEqualTo(413);
        assertThat(count(u)).isZero();
    }

    @Test
    void exportIsReadableByStaffAndListsColumnsInOrder() {
        Api.Response r = api.get(facility.staff().token(), "/api/v1/kit/export?q=" + Api.unique());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(String.join(",", KitCsv.COLUMNS) + "\r\n");
        assertThat(List.of(r.body().split(","))).hasSize(15);
    }
}
