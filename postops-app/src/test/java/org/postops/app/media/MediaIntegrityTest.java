package org.postops.app.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postops.app.support.Problems.assertBadField;
import static org.postops.app.support.Problems.assertProblem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.Jobs;
import org.postops.app.support.ServerTest;
import org.postops.app.support.WebSession;
import org.postops.media.mhl.MediaHashList;
import org.postops.media.mhl.MhlOptions;
import org.postops.media.mhl.MhlReport;
import tools.jackson.databind.JsonNode;

/**
 * Media integrity over real HTTP on real files: the test server runs in this JVM, so the server's paths are
 * the temporary folders this test writes.
 */
class MediaIntegrityTest extends ServerTest {

    private Account support() {
        return facility.person("support");
    }

    private static Path tempDir(String name) throws IOException {
        return Files.createTempDirectory("postops-media-" + name + "-");
    }

    /** A small card: two clips and a sidecar in a subfolder. */
    private static Path card(Path under, String name) throws IOException {
        Path card = Files.createDirectories(under.resolve(name));
        Files.createDirectories(card.resolve("CLIPS"));
        Files.write(card.resolve("CLIPS/A001C001.mov"), bytes(300_000, 1));
        Files.write(card.resolve("CLIPS/A001C002.mov"), bytes(200_000, 2));
        Files.writeString(card.resolve("A001.xml"), "<clip>take 1</clip>", StandardCharsets.UTF_8);
        return card;
    }

    private static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31 + seed);
        }
        return b;
    }

    private long volume(String token, Path root, String mediaType, String site) {
        Api.Response r = api.post(token, "/api/v1/volumes", Map.of("name", "Vol " + Api.unique(),
                "kind", mediaType.equals("tape") ? "lto_tape" : "nearline", "mediaType", mediaType, "site", site,
                "rootPath", root.toString()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.id();
    }

    private long folder(Account who, long production, long volume, String path, String label) {
        Api.Response r = api.post(who.token(), "/api/v1/productions/" + production + "/media-folders",
                Map.of("volumeId", volume, "relativePath", path, "label", label));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.id();
    }

    private JsonNode run(Account who, long folder, String action) {
        Api.Response r = api.post(who.token(), "/api/v1/media-folders/" + folder + "/" + action, null);
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        return Jobs.await(api, who.token(), r.id());
    }

    @Test
    void volumesAreRegisteredBySupportAndAdministratorsOnly() throws IOException {
        Path root = tempDir("vol");
        Account staff = facility.staff();
        Account client = facility.client();
        Map<String, Object> body = new HashMap<>(Map.of("name", "SAN " + Api.unique(), "kind", "san_share",
                "mediaType", "disk", "site", "on_site", "rootPath", root.toString()));
        assertProblem(api.post(staff.token(), "/api/v1/volumes", body), 403);
        assertProblem(api.post(client.token(), "/api/v1/volumes", body), 404);
        Account support = support();

        Map<String, Object> relative = new HashMap<>(body);
        relative.put("rootPath", "mnt/san");
        assertThat(assertBadField(api.post(support.token(), "/api/v1/volumes", relative), "rootPath"))
                .contains("absolute");
        Map<String, Object> gone = new HashMap<>(body);
        gone.put("rootPath", root.resolve("not-mounted").toString());
        assertThat(assertBadField(api.post(support.token(), "/api/v1/volumes", gone), "rootPath"))
                .contains("does not exist");
        Files.writeString(root.resolve("a-file"), "x");
        Map<String, Object> file = new HashMap<>(body);
        file.put("rootPath", root.resolve("a-file").toString());
        assertThat(assertBadField(api.post(support.token(), "/api/v1/volumes", file), "rootPath"))
                .contains("not a folder");
        Map<String, Object> badKind = new HashMap<>(body);
        badKind.put("kind", "floppy");
        assertThat(api.post(support.token(), "/api/v1/volumes", badKind).status()).isEqualTo(400);
        Map<String, Object> noKit = new HashMap<>(body);
        noKit.put("kitId", 4242);
        assertBadField(api.post(support.token(), "/api/v1/volumes", noKit), "kitId");

        Api.Response made = api.post(support.token(), "/api/v1/volumes", body);
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        long id = made.id();
        assertThat(made.json().get("mediaType").asString()).isEqualTo("disk");
        assertThat(api.get(staff.token(), "/api/v1/volumes/" + id).status()).isEqualTo(200);
        assertThat(api.get(client.token(), "/api/v1/volumes/" + id).status()).isEqualTo(404);
        assertThat(api.get(client.token(), "/api/v1/volumes").status()).isEqualTo(404);
        assertProblem(api.patch(staff.token(), "/api/v1/volumes/" + id, Map.of("site", "off_site")), 403);

        Api.Response moved = api.patch(support.token(), "/api/v1/volumes/" + id, Map.of("site", "off_site"),
                Map.of("If-Match", "\"0\""));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("site").asString()).isEqualTo("off_site");
        assertProblem(api.patch(support.token(), "/api/v1/volumes/" + id, Map.of("notes", "late"),
                Map.of("If-Match", "\"0\"")), 412);
        Api.Response retired = api.patch(facility.admin(), "/api/v1/volumes/" + id, Map.of("retired", true));
        assertThat(retired.json().get("retired").asBoolean()).isTrue();
        assertThat(api.get(staff.token(), "/api/v1/volumes").json().toString()).doesNotContain("\"id\":" + id);
        assertThat(api.get(staff.token(), "/api/v1/volumes?includeRetired=true").json().toString())
                .contains("\"id\":" + id);
        assertThat(api.delete(support.token(), "/api/v1/volumes/" + id).status()).isIn(404, 405);
    }

    @Test
    void aFolderIsSealedVerifiedAndAFailureNamesTheFileAndTellsTheTeam() throws Exception {
        Account owner = facility.staff();
        Account tech = support();
        Account bystander = facility.staff();
        long production = facility.production(owner).get("id").asLong();
        facility.member(owner, production, tech, "tech_support");
        facility.member(owner, production, bystander, "editor");
        Path root = tempDir("seal");
        Path card = card(root, "A001");
        long volume = volume(facility.admin(), root, "disk", "on_site");
        long folder = folder(owner, production, volume, "A001", "A001 camera card");

        JsonNode sealed = run(owner, folder, "seal");
        assertThat(sealed.get("status").asString()).as(sealed.toString()).isEqualTo("succeeded");
        assertThat(sealed.get("percent").asInt()).isEqualTo(100);
        assertThat(sealed.get("filesDone").asLong()).isEqualTo(3).isEqualTo(sealed.get("filesTotal").asLong());
        assertThat(sealed.get("bytesDone").asLong()).isEqualTo(sealed.get("bytesTotal").asLong()).isGreaterThan(500_000);
        assertThat(sealed.get("message").asString()).startsWith("Sealed: generation 1, 3 files");
        assertThat(Files.isDirectory(card.resolve("ascmhl"))).isTrue();

        JsonNode first = api.get(owner.token(), "/api/v1/media-folders/" + folder + "/runs").json().get(0);
        assertThat(first.get("generation").asInt()).isEqualTo(1);
        assertThat(first.get("original").asLong()).isEqualTo(3);
        assertThat(first.get("ok").asBoolean()).isTrue();
        assertThat(first.get("rootFormat").asString()).isEqualTo("xxh128");
        // the same tree sealed by the library directly gives the same root hashes
        Path twin = card(tempDir("twin"), "A001");
        MhlReport library = MediaHashList.create(twin, new MhlOptions());
        var libRoot = library.rootHashes().stream().filter(d -> d.format().xmlName().equals("xxh128")).findFirst()
                .orElseThrow();
        assertThat(first.get("rootContent").asString()).isEqualTo(libRoot.content());
        assertThat(first.get("rootStructure").asString()).isEqualTo(libRoot.structure());
        JsonNode files = api.get(owner.token(), "/api/v1/media-folders/" + folder + "/files").json();
        assertThat(files.get("total").asLong()).isEqualTo(3);
        assertThat(files.get("items").get(0).get("hash").asString()).hasSize(32);

        // a second seal verifies and writes generation 2
        JsonNode second = run(owner, folder, "seal");
        assertThat(second.get("message").asString()).startsWith("Generation 2 written: 3 files verified");

        Files.write(card.resolve("CLIPS/A001C002.mov"), bytes(200_000, 3));
        JsonNode failed = run(owner, folder, "verify");
        assertThat(failed.get("status").asString()).isEqualTo("failed");
        assertThat(failed.get("message").asString()).contains("Verification failed")
                .contains("CLIPS/A001C002.mov").doesNotContain("A001C001");
        JsonNode latest = api.get(owner.token(), "/api/v1/media-folders/" + folder).json().get("latestRun");
        assertThat(latest.get("failed").asLong()).isEqualTo(1);
        assertThat(latest.get("verified").asLong()).isEqualTo(2);
        assertThat(latest.get("generation").asInt()).as("verify writes no generation").isEqualTo(2);
        JsonNode worst = api.get(owner.token(), "/api/v1/media-folders/" + folder + "/files").json().get("items")
                .get(0);
        assertThat(worst.get("path").asString()).isEqualTo("CLIPS/A001C002.mov");
        assertThat(worst.get("status").asString()).isEqualTo("failed");

        assertThat(api.get(tech.token(), "/api/v1/me/notifications?size=100").body())
                .contains("Verification failed: A001 camera card").contains("CLIPS/A001C002.mov");
        assertThat(api.get(owner.token(), "/api/v1/me/notifications?size=100").body())
                .contains("Verification failed: A001 camera card");
        assertThat(api.get(bystander.token(), "/api/v1/me/notifications?size=100").body())
                .doesNotContain("A001 camera card");
        assertThat(api.get(facility.admin(), "/api/v1/audit?productionId=" + production).body())
                .contains("media-folder.verification-failed").contains("media-folder.sealed");
    }

    @Test
    void aFolderWithoutHistoryOrGoneFailsWithAClearMessage() throws Exception {
        Account owner = facility.staff();
        long production = facility.production(owner).get("id").asLong();
        Path root = tempDir("clear");
        card(root, "B001");
        long volume = volume(facility.admin(), root, "disk", "on_site");
        long folder = folder(owner, production, volume, "B001", "B001");
        JsonNode nothing = run(owner, folder, "verify");
        assertThat(nothing.get("status").asString()).isEqualTo("failed");
        assertThat(nothing.get("message").asString()).contains("no ASC MHL history").contains("Seal it first");
        deleteTree(root.resolve("B001"));
        JsonNode gone = run(owner, folder, "seal");
        assertThat(gone.get("status").asString()).isEqualTo("failed");
        assertThat(gone.get("message").asString()).contains("cannot be opened").contains("B001");
    }

    @Test
    void pathsThatLeaveTheVolumeAreRefused() throws IOException {
        Account owner = facility.staff();
        long production = facility.production(owner).get("id").asLong();
        Path root = tempDir("jail");
        Path outside = card(tempDir("outside"), "SECRET");
        card(root, "A001");
        Files.createSymbolicLink(root.resolve("escape"), outside);
        long volume = volume(facility.admin(), root, "disk", "on_site");
        String p = "/api/v1/productions/" + production + "/media-folders";
        for (String bad : List.of("../outside", "A001/../../etc", "/etc", outside.toString(), "escape",
                "escape/CLIPS", "", ".", "missing", "A001/A001.xml", "C:\\Windows")) {
            Api.Response r = api.post(owner.token(), p, Map.of("volumeId", volume, "relativePath", bad,
                    "label", "Bad"));
            assertThat(r.status()).as("%s: %s", bad, r.body()).isEqualTo(400);
            assertThat(org.postops.app.support.Problems.fields(r)).contains("relativePath");
        }
        assertThat(api.post(owner.token(), p, Map.of("volumeId", 4242, "relativePath", "A001", "label", "x"))
                .status()).isEqualTo(404);
        assertBadField(api.post(owner.token(), p, Map.of("volumeId", volume, "relativePath", "A001", "label", "x",
                "hashFormats", List.of("crc32"))), "hashFormats");
        folder(owner, production, volume, "./A001/", "A001");
        assertProblem(api.post(owner.token(), p, Map.of("volumeId", volume, "relativePath", "A001", "label", "Again")),
                409);
        assertThat(api.get(owner.token(), "/api/v1/media-folders/4242").status()).isEqualTo(404);
        assertThat(api.post(owner.token(), "/api/v1/media-folders/4242/seal", null).status()).isEqualTo(404);
        Account client = facility.client();
        facility.member(owner, production, client, "client");
        assertThat(api.post(client.token(), p, Map.of("volumeId", volume, "relativePath", "A001", "label", "x"))
                .status()).isIn(403, 404);
    }

    @Test
    void threeVerifiedCopiesOnTwoMediaOneOffSiteAreCompleteAndTwoAreDescribed() throws Exception {
        Account owner = facility.staff();
        long production = facility.production(owner).get("id").asLong();
        Path san = tempDir("san");
        Path lto = tempDir("lto");
        Path vault = tempDir("vault");
        card(san, "A001");
        card(lto, "A001");
        card(vault, "CARD_A001"); // another name for the same content
        Files.writeString(vault.resolve("CARD_A001/extra-notes.txt"), "a copy may hold more");
        long onSan = folder(owner, production, volume(facility.admin(), san, "disk", "on_site"), "A001", "A001 SAN");
        long onTape = folder(owner, production, volume(facility.admin(), lto, "tape", "on_site"), "A001", "A001 LTO");
        for (long f : List.of(onSan, onTape)) {
            assertThat(run(owner, f, "seal").get("status").asString()).isEqualTo("succeeded");
        }
        JsonNode two = coverageOf(owner, production, onSan);
        assertThat(two.get("complete").asBoolean()).isFalse();
        assertThat(two.get("verifiedCopies").asInt()).isEqualTo(2);
        assertThat(two.get("needs").get(0).asString()).isEqualTo("needs one more copy off site");
        assertThat(two.get("copies").toString()).contains("root hash");

        long offSite = folder(owner, production, volume(facility.admin(), vault, "disk", "off_site"), "CARD_A001",
                "A001 vault");
        assertThat(run(owner, offSite, "seal").get("status").asString()).isEqualTo("succeeded");
        JsonNode three = coverageOf(owner, production, onSan);
        assertThat(three.get("complete").asBoolean()).as(three.toString()).isTrue();
        assertThat(three.get("verifiedCopies").asInt()).isEqualTo(3);
        assertThat(three.get("offSiteCopies").asInt()).isEqualTo(1);
        assertThat(three.get("mediaTypes").toString()).contains("disk").contains("tape");
        assertThat(three.get("copies").toString()).contains("files");
        assertThat(three.get("summary").asString()).startsWith("Complete: 3 verified copies");
        // the vault holds more than the SAN, so the SAN is not a full copy of the vault
        assertThat(coverageOf(owner, production, offSite).get("verifiedCopies").asInt()).isEqualTo(1);

        // a copy whose last verify failed no longer counts
        Files.write(lto.resolve("A001/CLIPS/A001C001.mov"), bytes(300_000, 9));
        assertThat(run(owner, onTape, "verify").get("status").asString()).isEqualTo("failed");
        JsonNode broken = coverageOf(owner, production, onSan);
        assertThat(broken.get("complete").asBoolean()).isFalse();
        assertThat(broken.get("needs").get(0).asString())
                .isEqualTo("needs one more copy on a medium other than disk");
        assertThat(broken.get("summary").asString()).contains("its last verify failed");

        Account client = facility.client();
        facility.member(owner, production, client, "client");
        assertThat(api.get(client.token(), "/api/v1/productions/" + production + "/media-coverage").status())
                .isEqualTo(200);
        JsonNode seen = api.get(client.token(), "/api/v1/media-folders/" + onSan).json();
        assertThat(seen.get("location").isNull()).as("no server paths for clients").isTrue();
        assertThat(api.post(client.token(), "/api/v1/media-folders/" + onSan + "/verify", null).status())
                .isIn(403, 404);
    }

    @Test
    void thePagesShowFoldersCoverageAndProgress() throws Exception {
        Account owner = facility.staff();
        long production = facility.production(owner).get("id").asLong();
        Path root = tempDir("pages");
        card(root, "A001");
        long volume = volume(facility.admin(), root, "disk", "on_site");
        WebSession web = WebSession.signIn(api, owner);
        Api.Response registered = web.post("/productions/" + production + "/media",
                "/productions/" + production + "/media-folders", Map.of("volumeId", Long.toString(volume),
                        "relativePath", "A001", "label", "A001 from the page"));
        assertThat(registered.status()).isIn(200, 302, 303);
        long folder = api.get(owner.token(), "/api/v1/productions/" + production + "/media-folders").json().get(0)
                .get("id").asLong();
        Api.Response sealed = web.post("/media-folders/" + folder, "/media-folders/" + folder + "/seal", Map.of());
        assertThat(sealed.status()).isIn(200, 302, 303);
        long job = api.get(owner.token(), "/api/v1/media-folders/" + folder + "/jobs").json().get(0).get("id").asLong();
        Jobs.await(api, owner.token(), job);
        Api.Response page = web.get("/productions/" + production + "/media");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("A001 from the page").contains("Needs two more copies");
        Api.Response one = web.get("/media-folders/" + folder);
        assertThat(one.body()).contains("A001 from the page").contains("Sealed: generation 1")
                .contains("CLIPS/A001C001.mov");
        assertThat(web.get("/productions/" + production).body()).contains("/productions/" + production + "/media");
        Api.Response volumes = WebSession.signIn(api, support()).get("/volumes");
        assertThat(volumes.status()).isEqualTo(200);
        assertThat(volumes.body()).contains("Register a volume");
    }

    private JsonNode coverageOf(Account who, long production, long folder) {
        Api.Response r = api.get(who.token(), "/api/v1/productions/" + production + "/media-coverage");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        for (JsonNode item : r.json().get("items")) {
            if (item.get("folderId").asLong() == folder) {
                return item;
            }
        }
        throw new AssertionError("no coverage for folder " + folder + ": " + r.body());
    }

    private static void deleteTree(Path p) throws IOException {
        try (var walk = Files.walk(p)) {
            List<Path> all = new ArrayList<>(walk.toList());
            java.util.Collections.reverse(all);
            for (Path each : all) {
                Files.delete(each);
            }
        }
    }
}
