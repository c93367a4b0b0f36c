package org.postops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code postops qc} run in-process on files ffmpeg makes. */
class QcCommandTest {

    @TempDir
    static Path tmp;
    static Path good;
    static Path loudWithBlack;

    /** 6 s 640x360 25 fps from 10:00:00:00, stereo 1 kHz at {@code amplitude}, black from 2 s to 3 s if asked. */
    static Path make(String name, double amplitude, boolean black) throws Exception {
        String video = "testsrc2=size=640x360:rate=25:duration=6,format=yuv420p"
                + (black ? ",lutyuv=y=16:u=128:v=128:enable='between(n,50,74)'" : "");
        String tone = amplitude + "*sin(2*PI*1000*t)";
        return MediaFiles.make(tmp.resolve(name + ".mov"), "-f", "lavfi", "-i", video, "-f", "lavfi", "-i",
                "aevalsrc=exprs='" + tone + "|" + tone + "':s=48000:c=stereo:d=6", "-c:v", "mpeg4", "-q:v", "3",
                "-c:a", "pcm_s24le", "-timecode", "10:00:00:00");
    }

    @BeforeAll
    static void media() throws Exception {
        good = make("good", 0.0707946, false);
        loudWithBlack = make("loud", 0.5, true);
    }

    @Test
    void passExitsZero() {
        CommandRun r = CommandRun.of("qc", good.toString(), "--profile", "ebu-r128");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("PASS  " + good + " against ebu-r128 (EBU R 128 loudness)")
                .contains("Loudness  -23.0 LUFS integrated")
                .contains("pass        error   integrated-loudness    expected -23.0 ± 0.5");
    }

    @Test
    void failExitsOneAndJsonCarriesTheReport() {
        CommandRun r = CommandRun.of("qc", loudWithBlack.toString(), "--profile", "ebu-r128", "--json");
        assertThat(r.code()).isEqualTo(1);
        JsonNode j = r.json();
        assertThat(j.get("verdict").asString()).isEqualTo("fail");
        assertThat(j.get("profile").asString()).isEqualTo("ebu-r128");
        assertThat(j.get("loudness").get("integratedLufs").decimalValue()).isBetween(
                new java.math.BigDecimal("-6.2"), new java.math.BigDecimal("-5.8"));
        assertThat(j.get("loudness").has("lraLu")).isTrue();
        assertThat(j.get("loudness").get("truePeakDbtp").decimalValue().doubleValue()).isBetween(-6.5, -5.5);
        JsonNode rule = j.get("rules").get(0);
        assertThat(rule.get("id").asString()).isEqualTo("integrated-loudness");
        assertThat(rule.get("outcome").asString()).isEqualTo("fail");
        assertThat(rule.get("expected").asString()).isEqualTo("-23.0 ± 0.5");
        assertThat(rule.get("severity").asString()).isEqualTo("error");
    }

    @Test
    void eventsOnTheFilesTimecodeAndAnHtmlReport() throws Exception {
        Files.writeString(tmp.resolve("black.yaml"), """
                id: no-black
                rules:
                  - {id: black, check: signal.black, min-duration: 0.5, source: house spec 4.2}
                """);
        Path html = tmp.resolve("report.html");
        CommandRun r = CommandRun.of("qc", loudWithBlack.toString(), "--profile", tmp.resolve("black.yaml").toString(),
                "--json", "--report", html.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        JsonNode e = r.json().get("events").get(0);
        assertThat(e.get("type").asString()).isEqualTo("black");
        assertThat(e.get("start").asString()).isEqualTo("10:00:02:00");
        assertThat(e.get("end").asString()).isEqualTo("10:00:03:00");
        String page = Files.readString(html);
        assertThat(page.indexOf("<h1>FAIL</h1>")).isPositive().isLessThan(page.indexOf("<h2>Rules</h2>"));
        assertThat(page).contains("house spec 4.2").contains("<td class=\"tc\">10:00:02:00</td>")
                .contains("data:image/jpeg;base64,").contains("@media print").doesNotContain("<script");
    }

    @Test
    void couldNotCheckExitsTwo() throws Exception {
        CommandRun unknown = CommandRun.of("qc", good.toString(), "--profile", "bbc-hd");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("postops: no delivery profile 'bbc-hd'; known: ebu-r128");
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), "id: x\nrules:\n  - {id: a, check: nope, source: s}\n");
        CommandRun malformed = CommandRun.of("qc", good.toString(), "--profile", bad.toString());
        assertThat(malformed.code()).isEqualTo(2);
        assertThat(malformed.err()).contains("unknown check 'nope'");
        Path mute = MediaFiles.make(tmp.resolve("mute.mov"), "-f", "lavfi", "-i",
                "testsrc2=size=320x180:rate=25:duration=1", "-c:v", "mpeg4");
        CommandRun noAudio = CommandRun.of("qc", mute.toString(), "--profile", "ebu-r128");
        assertThat(noAudio.code()).isEqualTo(2);
        assertThat(noAudio.err()).contains("has no audio track").endsWith("(not checked)\n");
        assertThat(noAudio.out()).isEmpty();
        CommandRun missing = CommandRun.of("qc", tmp.resolve("nowhere.mov").toString(), "--profile", "ebu-r128");
        assertThat(missing.code()).isEqualTo(2);
        Path empty = Files.createFile(tmp.resolve("empty.mxf"));
        assertThat(CommandRun.of("qc", empty.toString(), "--profile", "ebu-r128").code()).isEqualTo(2);
        assertThat(CommandRun.of("qc", good.toString()).code()).isEqualTo(2);
    }

    @Test
    void listsProfilesAndExplainsItself() {
        CommandRun list = CommandRun.of("qc", "--list-profiles");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("ebu-r128").contains("uk-dpp-as11-hd").contains("prores-mezzanine");
        assertThat(CommandRun.of("qc", "--help").out()).contains("0  pass").contains("1  fail")
                .contains("2  could not check");
    }

    @Test
    void progressBarWithTimeLeft() throws Exception {
        java.io.StringWriter text = new java.io.StringWriter();
        QcCommand.Progress bar = new QcCommand.Progress(new java.io.PrintWriter(text, true), true);
        Thread.sleep(50);
        bar.show(0.5);
        assertThat(text.toString()).startsWith("\rqc [###############               ]  50%  ETA 00:0");
        java.io.StringWriter off = new java.io.StringWriter();
        new QcCommand.Progress(new java.io.PrintWriter(off, true), false).show(0.5);
        assertThat(off.toString()).isEmpty();
        assertThat(QcCommand.Progress.duration(3725)).isEqualTo("1:02:05");
        assertThat(QcCommand.Progress.duration(65)).isEqualTo("01:05");
    }
}
