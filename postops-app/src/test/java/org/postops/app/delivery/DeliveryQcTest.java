package org.postops.app.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postops.app.support.Problems.assertBadField;
import static org.postops.app.support.Problems.assertProblem;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postops.app.support.Api;
import org.postops.app.support.Facility.Account;
import org.postops.app.support.Jobs;
import org.postops.app.support.ServerTest;
import tools.jackson.databind.JsonNode;

/**
 * Delivery QC over real HTTP on media the bundled FFmpeg makes: a 5 s 1080p25 clip with a −23 LUFS tone (passes
 * ebu-r128), the same 17 dB too loud (fails it), a mute one (cannot be checked) and a text file (not media).
 */
class DeliveryQcTest extends ServerTest {

    static Path media;
    static Path good;
    static Path loud;
    static Path mute;

    static Path make(Path out, String... args) throws Exception {
        return org.postops.app.support.Clips.make(out, args);
    }

    /** 5 s of flat grey 1920×1080 at 25 fps from 10:00:00:00 with a stereo 1 kHz tone at {@code amplitude}. */
    static Path clip(String name, Double amplitude) throws Exception {
        List<String> args = new ArrayList<>(List.of("-f", "lavfi", "-i", "color=c=gray:size=1920x1080:rate=25:d=5"));
        if (amplitude != null) {
            String tone = amplitude + "*sin(2*PI*1000*t)";
            args.addAll(List.of("-f", "lavfi", "-i", "aevalsrc=exprs='" + tone + "|" + tone + "':s=48000:c=stereo:d=5",
                    "-c:a", "pcm_s24le"));
        }
        args.addAll(List.of("-c:v", "mpeg4", "-q:v", "31", "-timecode", "10:00:00:00"));
        return make(media.resolve(name + ".mov"), args.toArray(String[]::new));
    }

    @BeforeAll
    static void makeMedia() throws Exception {
        media = Files.createTempDirectory("postops-delivery-");
        Files.createDirectories(media.resolve("masters"));
        good = clip("masters/good", 0.0707946);
        loud = clip("loud", 0.5);
        mute = clip("masters/mute", null);
        Files.writeString(media.resolve("masters/notes.mov"), "not a movie, only words\n");
    }

    record Setup(Account owner, Account editor, Account client, Account outsider, long production, long broadcast,
            long web, long untested, long volume) {
    }

    private Setup setup() {
        Account owner = facility.staff();
        Account editor = facility.staff();
        Account client = facility.client();
        Account outsider = facility.staff();
        JsonNode p = facility.production(owner, Map.of("name", "Osprey " + Api.unique(), "confidentiality",
                "restricted", "spec", Map.of("deliverables", List.of(
                        Map.of("name", "Broadcast master", "deliveryProfileId", "ebu-r128"),
                        Map.of("name", "Web master", "deliveryProfileId", "ebu-r128"),
                        Map.of("name", "Textless", "format", "ProRes")))));
        long production = p.get("id").asLong();
        facility.member(owner, production, editor, "editor");
        facility.member(owner, production, client, "client");
        JsonNode d = p.get("spec").get("deliverables");
        Account support = facility.person("support");
        Api.Response v = api.post(support.token(), "/api/v1/volumes", Map.of("name", "Nearline " + Api.unique(),
                "kind", "nearline", "mediaType", "disk", "site", "on_site", "rootPath", media.toString()));
        assertThat(v.status()).as(v.body()).isEqualTo(201);
        return new Setup(owner, editor, client, outsider, production, d.get(0).get("id").asLong(),
                d.get(1).get("id").asLong(), d.get(2).get("id").asLong(), v.id());
    }

    private Api.Response register(Account who, Setup s, String path, Long deliverable) {
        Map<String, Object> body = new HashMap<>(Map.of("volumeId", s.volume(), "relativePath", path));
        if (deliverable != null) {
            body.put("deliverableId", deliverable);
        }
        return api.post(who.token(), "/api/v1/productions/" + s.production() + "/assets", body);
    }

    private Api.Response upload(Account who, long production, String query, HttpRequest.BodyPublisher body) {
        HttpRequest r = HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/productions/" + production
                        + "/assets/upload?" + query)).header("Authorization", "Bearer " + who.token())
                .header("Content-Type", "application/octet-stream").POST(body).timeout(Duration.ofSeconds(60)).build();
        try {
            HttpResponse<String> res = HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
            JsonNode json = res.body().isEmpty() || !res.headers().firstValue("Content-Type").orElse("").contains("json")
                    ? null : Api.JSON.readTree(res.body());
            return new Api.Response(res.statusCode(), res, json);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode qc(Account who, long asset, Object body) {
        Api.Response r = api.post(who.token(), "/api/v1/assets/" + asset + "/qc", body);
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        assertThat(r.header("Location")).isEqualTo("/api/v1/qc-runs/" + r.id());
        Jobs.await(api, who.token(), r.json().get("jobRunId").asLong(), Duration.ofSeconds(90));
        Api.Response run = api.get(who.token(), "/api/v1/qc-runs/" + r.id());
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        return run.json();
    }

    private static JsonNode rule(JsonNode run, String id) {
        for (JsonNode r : run.get("report").get("rules")) {
            if (r.get("id").asString().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no rule " + id + " in " + run);
    }

    @Test
    void aPassingAndAFailingMasterAgainstTheirDeliverablesProfile() throws Exception {
        Setup s = setup();
        Api.Response registered = register(s.editor(), s, "masters/good.mov", s.broadcast());
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        JsonNode a = registered.json();
        assertThat(a.get("label").asString()).isEqualTo("good.mov");
        assertThat(a.get("deliverableName").asString()).isEqualTo("Broadcast master");
        assertThat(a.get("deliveryProfileId").asString()).isEqualTo("ebu-r128");
        JsonNode facts = a.get("facts");
        assertThat(facts.get("container").asString()).isEqualTo("QuickTime");
        assertThat(facts.get("frameWidth").asInt()).isEqualTo(1920);
        assertThat(facts.get("frameHeight").asInt()).isEqualTo(1080);
        assertThat(facts.get("frameRate").asString()).isEqualTo("25");
        assertThat(facts.get("startTimecode").asString()).isEqualTo("10:00:00:00");
        assertThat(facts.get("durationSeconds").decimalValue().doubleValue()).isBetween(4.9, 5.1);
        assertThat(facts.get("audioLayout").asString()).isEqualTo("stereo (2 ch) 48 kHz 24-bit");
        assertThat(a.get("metadata").get("video").get(0).get("width").asInt()).isEqualTo(1920);
        long goodId = a.get("id").asLong();
        assertProblem(register(s.editor(), s, "masters/good.mov", null), 409);

        assertThat(Files.size(loud)).as("past the API's usual body limit: the upload's own cap applies")
                .isGreaterThan(org.postops.app.web.BodyLimit.MAX_JSON_BYTES);
        Api.Response uploaded = upload(s.editor(), s.production(), "fileName=loud.mov&label=Web+master+v1&deliverableId="
                + s.web(), HttpRequest.BodyPublishers.ofFile(loud));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.json().get("origin").asString()).isEqualTo("upload");
        assertThat(uploaded.json().get("sizeBytes").asLong()).isEqualTo(Files.size(loud));
        long loudId = uploaded.id();

        JsonNode pass = qc(s.editor(), goodId, null);
        assertThat(pass.get("state").asString()).isEqualTo("pass");
        assertThat(pass.get("verdict").asString()).isEqualTo("pass");
        assertThat(pass.get("profileId").asString()).isEqualTo("ebu-r128");
        assertThat(pass.get("deliverableId").asLong()).isEqualTo(s.broadcast());
        assertThat(pass.get("integratedLufs").decimalValue().doubleValue()).isBetween(-23.5, -22.5);
        assertThat(rule(pass, "integrated-loudness").get("outcome").asString()).isEqualTo("pass");
        assertThat(rule(pass, "true-peak").get("outcome").asString()).isEqualTo("pass");
        assertThat(pass.get("report").get("file").asString()).isEqualTo("good.mov");
        assertThat(pass.get("report").get("metadata").get("file").asString()).isEqualTo("good.mov");

        JsonNode fail = qc(s.editor(), loudId, Map.of());
        assertThat(fail.get("state").asString()).isEqualTo("fail");
        assertThat(fail.get("rulesFailed").asInt()).isEqualTo(1);
        assertThat(fail.get("message").asString()).startsWith("Fail against ebu-r128: integrated-loudness");
        assertThat(rule(fail, "integrated-loudness").get("outcome").asString()).isEqualTo("fail");
        assertThat(rule(fail, "true-peak").get("outcome").asString()).isEqualTo("pass");
        assertThat(api.get(s.editor().token(), "/api/v1/jobs/" + fail.get("jobRunId").asLong()).json()
                .get("status").asString()).isEqualToIgnoringCase("FAILED");

        // each deliverable shows its latest verdict; the one nothing is attached to shows none
        JsonNode deliveries = api.get(s.client().token(), "/api/v1/productions/" + s.production() + "/deliveries")
                .json();
        assertThat(deliveries.size()).isEqualTo(3);
        assertThat(deliveries.get(0).get("latestRun").get("state").asString()).isEqualTo("pass");
        assertThat(deliveries.get(0).get("assets").asInt()).isEqualTo(1);
        assertThat(deliveries.get(1).get("latestRun").get("state").asString()).isEqualTo("fail");
        assertThat(deliveries.get(1).get("profileKnown").asBoolean()).isTrue();
        assertThat(deliveries.get(2).get("latestRun").isNull()).isTrue();

        // the asset list carries each latest run; history per asset, newest first
        JsonNode list = api.get(s.owner().token(), "/api/v1/productions/" + s.production() + "/assets").json();
        assertThat(list.size()).isEqualTo(2);
        assertThat(list.valueStream().map(x -> x.get("latestRun").get("state").asString())).containsExactlyInAnyOrder(
                "pass", "fail");
        JsonNode again = qc(s.owner(), loudId, Map.of("profile", "streaming-web"));
        assertThat(again.get("profileId").asString()).isEqualTo("streaming-web");
        assertThat(again.get("deliverableId").isNull()).as("a profile chosen by hand is not the deliverable's")
                .isTrue();
        JsonNode history = api.get(s.client().token(), "/api/v1/assets/" + loudId + "/qc").json();
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(0).get("profileId").asString()).isEqualTo("streaming-web");
        assertThat(history.get(1).get("state").asString()).isEqualTo("fail");
        assertThat(api.get(s.owner().token(), "/api/v1/productions/" + s.production() + "/deliveries").json().get(1)
                .get("latestRun").get("state").asString()).as("a check against another profile leaves the "
                + "deliverable's verdict").isEqualTo("fail");

        // the failure told the uploader and the supervisor, and is in the audit trail
        for (Account told : List.of(s.editor(), s.owner())) {
            String inbox = api.get(told.token(), "/api/v1/me/notifications?size=100").body();
            assertThat(inbox).contains("QC failed: Web master v1 against ebu-r128").contains("/assets/" + loudId);
        }
        assertThat(api.get(s.client().token(), "/api/v1/me/notifications?size=100").body()).doesNotContain(
                "Web master v1");
        assertThat(api.get(facility.admin(), "/api/v1/audit?productionId=" + s.production()).body())
                .contains("qc.failed").contains("qc.passed").contains("media-asset.registered");

        // the HTML report: members (the client too) read it, outsiders are told it does not exist
        String report = "/api/v1/qc-runs/" + fail.get("id").asLong() + "/report.html";
        for (Account member : List.of(s.editor(), s.client())) {
            Api.Response html = api.get(member.token(), report);
            assertThat(html.status()).isEqualTo(200);
            assertThat(html.header("Content-Type")).startsWith("text/html");
            assertThat(html.header("Content-Security-Policy")).startsWith("default-src 'none'");
            assertThat(html.body()).contains("<h1>FAIL</h1>").contains("loud.mov").doesNotContain(
                    ServerTest.DATA.toString()).doesNotContain("<script");
        }
        assertProblem(api.get(s.outsider().token(), report), 404);
        assertProblem(api.get(s.outsider().token(), "/api/v1/qc-runs/" + fail.get("id").asLong()), 404);
        assertProblem(api.get(s.outsider().token(), "/api/v1/assets/" + loudId), 404);
        assertProblem(api.get(s.outsider().token(), "/api/v1/assets/" + loudId + "/qc"), 404);
        assertProblem(api.get(s.outsider().token(), "/api/v1/productions/" + s.production() + "/assets"), 404);
        assertProblem(api.post(s.outsider().token(), "/api/v1/assets/" + loudId + "/qc", null), 404);

        // clients read without the facility's paths, and change nothing
        JsonNode seen = api.get(s.client().token(), "/api/v1/assets/" + goodId).json();
        assertThat(seen.get("location").isNull()).isTrue();
        assertThat(seen.get("volumeName").isNull()).isTrue();
        assertThat(seen.get("metadata").get("file").asString()).isEqualTo("good.mov");
        assertThat(api.get(s.owner().token(), "/api/v1/assets/" + goodId).json().get("location").asString())
                .endsWith("masters/good.mov");
        assertProblem(api.post(s.client().token(), "/api/v1/assets/" + goodId + "/qc", null), 403);
        assertProblem(api.patch(s.client().token(), "/api/v1/assets/" + goodId, Map.of("label", "x")), 403);
        assertProblem(register(s.client(), s, "masters/good.mov", null), 403);
    }

    @Test
    void refusedRegistrationsSaveNothing() throws Exception {
        Setup s = setup();
        Path outside = Files.createTempDirectory("postops-outside-");
        Files.copy(good, outside.resolve("elsewhere.mov"));
        Files.createSymbolicLink(media.resolve("masters/link-" + s.production() + ".mov"),
                outside.resolve("elsewhere.mov"));
        assertThat(assertBadField(register(s.editor(), s, "../" + outside.getFileName() + "/elsewhere.mov", null),
                "relativePath")).contains("..");
        assertThat(assertBadField(register(s.editor(), s, outside.resolve("elsewhere.mov").toString(), null),
                "relativePath")).contains("relative");
        assertThat(assertBadField(register(s.editor(), s, "masters/link-" + s.production() + ".mov", null),
                "relativePath")).contains("outside the volume");
        assertThat(assertBadField(register(s.editor(), s, "masters", null), "relativePath")).contains("not a file");
        assertThat(assertBadField(register(s.editor(), s, "masters/nothing.mov", null), "relativePath"))
                .contains("no file");
        assertThat(assertBadField(register(s.editor(), s, "masters/good.mov", 4242L), "deliverableId"))
                .contains("no deliverable 4242");
        assertThat(assertBadField(register(s.editor(), s, "masters/notes.mov", null), "relativePath"))
                .contains("FFmpeg cannot read it as media");
        assertProblem(api.post(s.editor().token(), "/api/v1/productions/" + s.production() + "/assets",
                Map.of("volumeId", 4242, "relativePath", "masters/good.mov")), 404);

        Path uploads = ServerTest.DATA.resolve("uploads").resolve(String.valueOf(s.production()));
        Api.Response text = upload(s.editor(), s.production(), "fileName=notes.mov",
                HttpRequest.BodyPublishers.ofString("only words, no pictures\n"));
        assertThat(assertBadField(text, "body")).contains("FFmpeg cannot read it as media");
        Api.Response chunked = upload(s.editor(), s.production(), "fileName=notes.mov",
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(new byte[5000])));
        assertBadField(chunked, "body");
        assertBadField(upload(s.editor(), s.production(), "fileName=empty.mov", HttpRequest.BodyPublishers.noBody()),
                "body");
        assertBadField(upload(s.editor(), s.production(), "fileName=..%2Fescape.mov",
                HttpRequest.BodyPublishers.ofFile(good)), "fileName");
        assertBadField(upload(s.editor(), s.production(), "fileName=good.mov&deliverableId=4242",
                HttpRequest.BodyPublishers.ofFile(good)), "deliverableId");
        assertBadField(upload(s.editor(), s.production(), "fileName=good.mov&volumeId=" + s.volume()
                + "&folder=../", HttpRequest.BodyPublishers.ofFile(good)), "folder");
        assertProblem(upload(s.outsider(), s.production(), "fileName=good.mov", HttpRequest.BodyPublishers.ofFile(good)),
                404);
        // a declared length past postops.assets.max-upload is refused before a byte is read
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write(("POST /api/v1/productions/" + s.production() + "/assets/upload?fileName=x.mov"
                    + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + s.editor().token()
                    + "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + (201L << 30) + "\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.setSoTimeout(10_000);
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[4096];
            int n;
            while (!answer.toString().contains("}]}") && (n = socket.getInputStream().read(buffer)) > 0) {
                answer.append(new String(buffer, 0, n, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(answer.toString()).startsWith("HTTP/1.1 413").contains("larger than 200 GiB");
        }
        try (Stream<Path> left = Files.exists(uploads) ? Files.list(uploads) : Stream.empty()) {
            assertThat(left.toList()).as("nothing half-saved in the uploads").isEmpty();
        }
        assertThat(api.get(s.owner().token(), "/api/v1/productions/" + s.production() + "/assets").json().size())
                .isZero();

        // an upload into a folder of a volume becomes an asset on that volume
        Api.Response onVolume = upload(s.editor(), s.production(), "fileName=copy-" + s.production()
                + ".mov&volumeId=" + s.volume() + "&folder=masters", HttpRequest.BodyPublishers.ofFile(good));
        assertThat(onVolume.status()).as(onVolume.body()).isEqualTo(201);
        assertThat(onVolume.json().get("origin").asString()).isEqualTo("volume");
        assertThat(onVolume.json().get("relativePath").asString()).isEqualTo("masters/copy-" + s.production() + ".mov");
        assertThat(Files.size(media.resolve("masters/copy-" + s.production() + ".mov"))).isEqualTo(Files.size(good));
        assertProblem(upload(s.editor(), s.production(), "fileName=copy-" + s.production() + ".mov&volumeId="
                + s.volume() + "&folder=masters", HttpRequest.BodyPublishers.ofFile(good)), 409);
    }

    @Test
    void aFileThatCannotBeCheckedIsNeitherPassNorFail() {
        Setup s = setup();
        Api.Response m = register(s.editor(), s, "masters/mute.mov", s.broadcast());
        assertThat(m.status()).as(m.body()).isEqualTo(201);
        assertThat(m.json().get("facts").get("audioLayout").isNull()).isTrue();
        JsonNode run = qc(s.editor(), m.id(), null);
        assertThat(run.get("state").asString()).isEqualTo("could_not_check");
        assertThat(run.get("verdict").asString()).isEqualTo("could_not_check");
        assertThat(run.get("message").asString()).startsWith("Could not check:").contains("no audio track");
        assertThat(run.get("htmlReport").asBoolean()).isFalse();
        assertProblem(api.get(s.editor().token(), "/api/v1/qc-runs/" + run.get("id").asLong() + "/report.html"), 404);
        assertThat(api.get(s.owner().token(), "/api/v1/productions/" + s.production() + "/deliveries").json().get(0)
                .get("latestRun").get("state").asString()).isEqualTo("could_not_check");
        assertThat(api.get(s.owner().token(), "/api/v1/me/notifications?size=100").body())
                .doesNotContain("QC failed: mute.mov");

        // what to check against must be known: a deliverable without a profile, an unknown id, a path
        Api.Response g = register(s.editor(), s, "masters/good.mov", s.untested());
        assertThat(g.status()).as(g.body()).isEqualTo(201);
        assertThat(assertBadField(api.post(s.editor().token(), "/api/v1/assets/" + g.id() + "/qc", null), "profile"))
                .contains("names no delivery profile");
        assertThat(assertBadField(api.post(s.editor().token(), "/api/v1/assets/" + g.id() + "/qc",
                Map.of("profile", "bbc-hd")), "profile")).contains("no delivery profile 'bbc-hd'; known: ebu-r128");
        assertBadField(api.post(s.editor().token(), "/api/v1/assets/" + g.id() + "/qc",
                Map.of("profile", "/etc/passwd.yaml")), "profile");
        assertThat(api.get(s.editor().token(), "/api/v1/assets/" + g.id() + "/qc").json().size()).isZero();

        // label and deliverable change with the version read; a stale one is refused
        Api.Response changed = api.patch(s.editor().token(), "/api/v1/assets/" + g.id(),
                Map.of("label", "Textless v2", "deliverableId", s.broadcast()), Map.of("If-Match", "\"0\""));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("deliverableName").asString()).isEqualTo("Broadcast master");
        assertProblem(api.patch(s.editor().token(), "/api/v1/assets/" + g.id(), Map.of("label", "x"),
                Map.of("If-Match", "\"0\"")), 412);
        assertBadField(api.patch(s.editor().token(), "/api/v1/assets/" + g.id(), Map.of("deliverableId", 4242)),
                "deliverableId");
        assertBadField(api.patch(s.editor().token(), "/api/v1/assets/" + g.id(), Map.of("label", " ")), "label");
    }

    @Test
    void thePagesUploadIsTheApisBehindTheSessionAndItsCsrfToken() throws Exception {
        Setup s = setup();
        org.postops.app.support.WebSession web = org.postops.app.support.WebSession.signIn(api, s.editor());
        String deliveries = "/productions/" + s.production() + "/deliveries";
        String upload = "/productions/" + s.production() + "/assets/upload?fileName=good.mov&deliverableId="
                + s.broadcast();
        String assets = "/api/v1/productions/" + s.production() + "/assets";
        Map<String, String> octets = Map.of("Content-Type", "application/octet-stream");
        assertThat(web.get(deliveries).body()).contains("data-upload-url=\"/productions/" + s.production()
                + "/assets/upload\"").contains("data-max-bytes=\"" + (200L << 30) + "\"");

        // without its CSRF token, or at the API with the page's cookie, nothing is taken
        assertThat(web.script(null, "POST", upload, HttpRequest.BodyPublishers.ofFile(good), octets).status())
                .isEqualTo(403);
        assertThat(web.script(null, "POST", "/api/v1" + upload, HttpRequest.BodyPublishers.ofFile(good), octets)
                .status()).as("the API takes no cookies").isEqualTo(401);
        assertThat(api.get(s.owner().token(), assets).json().size()).isZero();

        // with them: the same upload as the API's, answering JSON
        Api.Response in = web.script(deliveries, "POST", upload, HttpRequest.BodyPublishers.ofFile(good), octets);
        assertThat(in.status()).as(in.body()).isEqualTo(201);
        assertThat(in.json().get("origin").asString()).isEqualTo("upload");
        assertThat(in.json().get("sizeBytes").asLong()).isEqualTo(Files.size(good));
        assertThat(in.json().get("deliverableName").asString()).isEqualTo("Broadcast master");
        assertThat(in.json().get("facts").get("frameWidth").asInt()).isEqualTo(1920);
        assertThat(api.get(s.owner().token(), assets).json().size()).isEqualTo(1);

        // its refusals are problem details, for the page's script to show
        assertThat(assertBadField(web.script(deliveries, "POST", "/productions/" + s.production()
                + "/assets/upload?fileName=notes.mov", HttpRequest.BodyPublishers.ofString("only words\n"), octets),
                "body")).contains("FFmpeg cannot read it as media");
        assertProblem(web.post(deliveries, "/productions/" + s.production() + "/assets/upload?fileName=form.mov",
                Map.of("file", "x")), 415);
        assertProblem(org.postops.app.support.WebSession.signIn(api, s.client()).script(deliveries, "POST", upload,
                HttpRequest.BodyPublishers.ofFile(good), octets), 403);
        org.postops.app.support.WebSession outsider = org.postops.app.support.WebSession.signIn(api, s.outsider());
        Api.Response hidden = outsider.script("/", "POST", upload, HttpRequest.BodyPublishers.ofFile(good), octets);
        Api.Response nowhere = outsider.script("/", "POST", "/productions/" + org.postops.app.system.Ids.next()
                + "/assets/upload?fileName=good.mov", HttpRequest.BodyPublishers.ofFile(good), octets);
        assertProblem(hidden, 404);
        assertThat(hidden.json().get("detail").asString()).isEqualTo(nowhere.json().get("detail").asString());
        assertThat(api.get(s.owner().token(), assets).json().size()).isEqualTo(1);

        // a declared length past postops.assets.max-upload is refused before a byte is read, as at the API
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write(("POST " + upload + " HTTP/1.1\r\nHost: localhost\r\nCookie: "
                    + web.cookie() + "\r\nX-CSRF-TOKEN: " + web.csrfToken(deliveries)
                    + "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + (201L << 30) + "\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.setSoTimeout(10_000);
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[4096];
            int n;
            while (!answer.toString().contains("}]}") && (n = socket.getInputStream().read(buffer)) > 0) {
                answer.append(new String(buffer, 0, n, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(answer.toString()).startsWith("HTTP/1.1 413").contains("larger than 200 GiB");
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    QcService qcService;

    @org.springframework.beans.factory.annotation.Autowired
    org.postops.app.job.JobService jobService;

    /** The bundled FFmpeg's processes (children of this JVM, which runs the server) that read {@code file}. */
    private static List<ProcessHandle> reading(Path file) {
        return ProcessHandle.current().descendants().filter(p -> p.info().commandLine().orElse("")
                .contains(file.getFileName().toString())).toList();
    }

    @Test
    void aCancelledQcStopsAndRecordsNoVerdict() throws Exception {
        Setup s = setup();
        // ten minutes of a -23 LUFS tone (a pass against ebu-r128, were it checked to the end) under a small
        // picture: seconds of decoding, long enough to still be running when the cancel comes
        Path file = make(media.resolve("masters/long-" + s.production() + ".mkv"), "-f", "lavfi", "-i",
                "color=c=gray:size=320x180:rate=1:d=600", "-f", "lavfi", "-i",
                "sine=frequency=1000:sample_rate=48000:duration=600", "-af", "volume=-2dB,aformat=channel_layouts=stereo",
                "-c:v", "mpeg4", "-q:v", "31", "-c:a", "flac");
        Api.Response registered = register(s.editor(), s, "masters/" + file.getFileName(), s.broadcast());
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        long asset = registered.id();
        Api.Response started = api.post(s.editor().token(), "/api/v1/assets/" + asset + "/qc", null);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long qcRun = started.id();
        long job = started.json().get("jobRunId").asLong();

        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode running = api.get(s.editor().token(), "/api/v1/jobs/" + job).json();
        while (!running.get("status").asString().equals("running") || running.get("bytesDone").asLong() == 0) {
            assertThat(running.get("status").asString()).as("the QC is under way, not over").isIn("queued", "running");
            assertThat(System.nanoTime()).as("the QC reports progress").isLessThan(until);
            Thread.sleep(50);
            running = api.get(s.editor().token(), "/api/v1/jobs/" + job).json();
        }
        assertThat(reading(file)).as("FFmpeg decodes the file").isNotEmpty();
        assertThat(api.get(s.client().token(), "/api/v1/qc-runs/" + qcRun).json().get("state").asString())
                .isEqualTo("running");

        Api.Response cancelled = api.post(s.editor().token(), "/api/v1/jobs/" + job + "/cancel", null);
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("cancelled");
        assertThat(cancelled.json().get("message").asString()).startsWith("Cancelled by ");

        // the work stops: FFmpeg is stopped at the next progress report, long before the programme's end
        until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!reading(file).isEmpty()) {
            assertThat(System.nanoTime()).as("FFmpeg stops after the cancel").isLessThan(until);
            Thread.sleep(100);
        }
        Thread.sleep(1000); // the worker's last steps after FFmpeg stopped

        JsonNode run = api.get(s.editor().token(), "/api/v1/qc-runs/" + qcRun).json();
        assertThat(run.get("state").asString()).isEqualTo("cancelled");
        assertThat(run.get("verdict").isNull()).as("a cancelled run has no verdict").isTrue();
        assertThat(run.get("htmlReport").asBoolean()).isFalse();
        assertThat(run.get("report").isNull()).isTrue();
        assertThat(run.get("finishedAt").isNull()).isTrue();
        assertProblem(api.get(s.editor().token(), "/api/v1/qc-runs/" + qcRun + "/report.html"), 404);
        assertThat(ServerTest.DATA.resolve("qc-reports/" + s.production() + "/" + qcRun + ".html")).doesNotExist();
        assertThat(api.get(s.owner().token(), "/api/v1/productions/" + s.production() + "/deliveries").json().get(0)
                .get("latestRun").isNull()).as("the deliverable has no verdict, let alone a pass").isTrue();
        assertThat(api.get(s.owner().token(), "/api/v1/assets/" + asset).json().get("latestRun").get("state")
                .asString()).isEqualTo("cancelled");
        assertThat(api.get(facility.admin(), "/api/v1/audit?productionId=" + s.production()).body())
                .doesNotContain("qc.passed").doesNotContain("qc.failed").doesNotContain("qc.not-checked");
        assertThat(api.get(s.editor().token(), "/api/v1/jobs/" + job).json().get("status").asString())
                .isEqualTo("cancelled");

        // a second cancel is refused as the API documents: the run has already ended
        Api.Response again = api.post(s.editor().token(), "/api/v1/jobs/" + job + "/cancel", null);
        assertThat(assertProblem(again, 409)).contains("already been cancelled");

        // a verdict that comes in after the cancel (the check ended as the cancel came) is not recorded
        org.postops.app.access.Viewer editor = new org.postops.app.access.Viewer(s.editor().id(),
                s.editor().username(), "Editor", org.postops.app.access.Role.STAFF, java.time.ZoneId.of("UTC"));
        boolean recorded = qcService.record(jobService.get(editor, job), qcService.runOfJob(job).orElseThrow(),
                qcService.place(asset), new QcService.Outcome(QcRun.PASS, new java.math.BigDecimal("-23.0"), null,
                        null, 0, 0, 0, "Pass against ebu-r128.", "{}", null));
        assertThat(recorded).isFalse();
        assertThat(api.get(s.editor().token(), "/api/v1/qc-runs/" + qcRun).json().get("state").asString())
                .isEqualTo("cancelled");
        assertThat(api.get(s.owner().token(), "/api/v1/productions/" + s.production() + "/deliveries").json().get(0)
                .get("latestRun").isNull()).isTrue();
        assertThat(api.get(s.editor().token(), "/api/v1/jobs/" + job).json().get("status").asString())
                .isEqualTo("cancelled");
        Files.delete(file); // tens of megabytes no other test needs
    }

    @Test
    void pagesRegisterCheckAndShowTheVerdict() {
        Setup s = setup();
        org.postops.app.support.WebSession web = org.postops.app.support.WebSession.signIn(api, s.editor());
        String deliveries = "/productions/" + s.production() + "/deliveries";
        Api.Response registered = web.post(deliveries, "/productions/" + s.production() + "/assets", Map.of(
                "volumeId", Long.toString(s.volume()), "relativePath", "masters/good.mov", "label", "Reel 1 from the page",
                "deliverableId", Long.toString(s.broadcast())));
        assertThat(registered.status()).isIn(200, 302, 303);
        long asset = api.get(s.editor().token(), "/api/v1/productions/" + s.production() + "/assets").json().get(0)
                .get("id").asLong();
        Api.Response refused = web.post(deliveries, "/productions/" + s.production() + "/assets", Map.of(
                "volumeId", Long.toString(s.volume()), "relativePath", "../etc/passwd"));
        assertThat(refused.status()).isIn(200, 302, 303);
        assertThat(web.get(deliveries).body()).contains("relativePath: must not go up a folder");

        Api.Response started = web.post("/assets/" + asset, "/assets/" + asset + "/qc", Map.of("profile", ""));
        assertThat(started.status()).isIn(200, 302, 303);
        long job = api.get(s.editor().token(), "/api/v1/assets/" + asset + "/qc").json().get(0).get("jobRunId").asLong();
        Api.Response running = web.get("/assets/" + asset);
        assertThat(running.body()).contains("Reel 1 from the page").contains("1920×1080, 25 fps");
        Jobs.await(api, s.editor().token(), job, Duration.ofSeconds(90));
        Api.Response page = web.get("/assets/" + asset);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("QC history").contains(">Pass<").contains("HTML report")
                .contains("10:00:00:00").contains("stereo (2 ch) 48 kHz 24-bit");
        Api.Response list = web.get(deliveries);
        assertThat(list.body()).contains("Broadcast master").contains(">Pass<").contains("Not checked yet");
        long run = api.get(s.editor().token(), "/api/v1/assets/" + asset + "/qc").json().get(0).get("id").asLong();
        Api.Response html = web.get("/qc-runs/" + run + "/report.html");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.body()).contains("<h1>PASS</h1>");
        assertThat(html.header("Content-Security-Policy")).contains("style-src 'unsafe-inline'");

        org.postops.app.support.WebSession clientWeb = org.postops.app.support.WebSession.signIn(api, s.client());
        Api.Response seen = clientWeb.get("/assets/" + asset);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body()).contains(">Pass<").doesNotContain("Run QC").doesNotContain(media.toString());
        assertThat(clientWeb.get("/qc-runs/" + run + "/report.html").status()).isEqualTo(200);
        org.postops.app.support.WebSession outsider = org.postops.app.support.WebSession.signIn(api, s.outsider());
        assertThat(outsider.get("/assets/" + asset).status()).isEqualTo(404);
        assertThat(outsider.get(deliveries).status()).isEqualTo(404);
        assertThat(outsider.get("/qc-runs/" + run + "/report.html").status()).isEqualTo(404);
        assertThat(web.get("/productions/" + s.production()).body()).contains(deliveries);
    }
}
