package org.postops.media.mhl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postops.media.hash.Digest;
import org.postops.media.hash.HashFormat;
import org.postops.media.mhl.MhlReport.Status;
import org.postops.media.mhl.manifest.ChainFile;
import org.postops.media.mhl.manifest.Manifest;
import org.postops.media.mhl.manifest.ManifestXml;

/** Hostile manifests, broken histories, crashes mid-write and awkward files. */
class SafetyTest {

    @TempDir
    Path tmp;

    private static MhlOptions at(String instant) {
        return new MhlOptions().clock(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)).hostName("test")
                .format(HashFormat.XXH64);
    }

    private Path card() throws IOException {
        Path card = Files.createDirectories(tmp.resolve("A001"));
        Files.createDirectories(card.resolve("Clips"));
        Files.writeString(card.resolve("Clips/A001C001.mov"), "frames");
        Files.writeString(card.resolve("Sidecar.txt"), "notes");
        return card;
    }

    private Path sealed() throws Exception {
        Path card = card();
        assertThat(MediaHashList.create(card, at("2024-05-01T10:00:00Z")).exit()).isEqualTo(MhlExit.OK);
        return card;
    }

    /** Replaces generation 1 with {@code xml} and updates the chain so the chain check passes. */
    private static void plant(Path card, String xml) throws Exception {
        Path asc = card.resolve("ascmhl");
        Path gen;
        try (Stream<Path> s = Files.list(asc)) {
            gen = s.filter(p -> p.toString().endsWith(".mhl")).findFirst().orElseThrow();
        }
        Files.writeString(gen, xml);
        String c4 = Digest.of(HashFormat.C4, xml.getBytes(StandardCharsets.UTF_8));
        Files.write(asc.resolve(ChainFile.NAME), new ChainFile(List.of(
                new ChainFile.Link(1, gen.getFileName().toString(), c4))).write());
    }

    // ------------------------------------------------------------------ hostile XML

    @Test
    void anExternalEntityIsRefusedBeforeAnythingIsRead() throws Exception {
        Path card = sealed();
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "do not read");
        plant(card, "<?xml version=\"1.0\"?>\n<!DOCTYPE hashlist [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<hashlist version=\"2.0\" xmlns=\"urn:ASC:MHL:v2.0\"><creatorinfo><creationdate>&xxe;"
                + "</creationdate></creatorinfo></hashlist>\n");
        long readBefore = Files.readAttributes(secret, java.nio.file.attribute.BasicFileAttributes.class)
                .lastAccessTime().toMillis();
        assertThatThrownBy(() -> MediaHashList.verify(card, at("2024-05-02T10:00:00Z")))
                .isInstanceOfSatisfying(MhlException.class, e -> {
                    assertThat(e.exit()).isEqualTo(MhlExit.INVALID_MANIFEST);
                    assertThat(e.exit().code()).isEqualTo(34);
                    assertThat(e.getMessage()).contains("contains a DOCTYPE declaration")
                            .contains("DTDs and entities are refused").doesNotContain("do not read");
                });
        assertThat(Files.readAttributes(secret, java.nio.file.attribute.BasicFileAttributes.class)
                .lastAccessTime().toMillis()).isEqualTo(readBefore);
    }

    @Test
    void entityExpansionIsRefused() throws Exception {
        Path card = sealed();
        StringBuilder lol = new StringBuilder("<!DOCTYPE hashlist [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            lol.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        lol.append("]>");
        plant(card, "<?xml version=\"1.0\"?>\n" + lol + "\n<hashlist version=\"2.0\" xmlns=\"urn:ASC:MHL:v2.0\">"
                + "<creatorinfo><hostname>&lol9;</hostname></creatorinfo></hashlist>\n");
        assertThatThrownBy(() -> MediaHashList.create(card, at("2024-05-02T10:00:00Z")))
                .isInstanceOfSatisfying(MhlException.class, e -> {
                    assertThat(e.exit()).isEqualTo(MhlExit.INVALID_MANIFEST);
                    assertThat(e.getMessage()).contains("DOCTYPE");
                });
        try (Stream<Path> s = Files.list(card.resolve("ascmhl"))) {
            assertThat(s.filter(p -> p.toString().endsWith(".mhl")).count()).isEqualTo(1); // nothing written
        }
    }

    @Test
    void aHostileChainFileIsRefused() throws Exception {
        Path card = sealed();
        Files.writeString(card.resolve("ascmhl").resolve(ChainFile.NAME), "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<ascmhldirectory xmlns=\"urn:ASC:MHL:DIRECTORY:v2.0\">&x;</ascmhldirectory>\n");
        assertThatThrownBy(() -> MediaHashList.verify(card, at("2024-05-02T10:00:00Z")))
                .isInstanceOfSatisfying(MhlException.class, e -> {
                    assertThat(e.exit()).isEqualTo(MhlExit.INVALID_MANIFEST);
                    assertThat(e.getMessage()).contains("ascmhl_chain.xml contains a DOCTYPE declaration");
                });
    }

    @Test
    void malformedXmlAndPathsLeavingTheHistoryAreRefused() throws Exception {
        Path card = sealed();
        plant(card, "<hashlist version=\"2.0\" xmlns=\"urn:ASC:MHL:v2.0\"><creatorinfo>");
        assertThatThrownBy(() -> MediaHashList.verify(card, at("2024-05-02T10:00:00Z")))
                .isInstanceOfSatisfying(MhlException.class,
                        e -> assertThat(e.getMessage()).contains("is not well-formed XML"));
        plant(card, "<?xml version=\"1.0\"?>\n<hashlist version=\"2.0\" xmlns=\"urn:ASC:MHL:v2.0\"><creatorinfo>"
                + "<creationdate>2024-05-01T10:00:00+00:00</creationdate><hostname>h</hostname><tool>t</tool>"
                + "</creatorinfo><processinfo><process>in-place</process></processinfo><hashes><hash>"
                + "<path size=\"1\">../../etc/passwd</path><xxh64 action=\"original\">0000000000000000</xxh64>"
                + "</hash></hashes></hashlist>\n");
        assertThatThrownBy(() -> MediaHashList.verify(card, at("2024-05-02T10:00:00Z")))
                .isInstanceOfSatisfying(MhlException.class,
                        e -> assertThat(e.getMessage()).contains("is not a relative path inside the history"));
    }

    // ------------------------------------------------------------------ broken histories

    @Test
    void aModifiedManifestIs31AMissingChain32AMissingManifest33() throws Exception {
        Path card = sealed();
        Path asc = card.resolve("ascmhl");
        Path gen;
        try (Stream<Path> s = Files.list(asc)) {
            gen = s.filter(p -> p.toString().endsWith(".mhl")).findFirst().orElseThrow();
        }
        String original = Files.readString(gen);
        Files.writeString(gen, original.replace("<hostname>test</hostname>", "<hostname>elsewhere</hostname>"));
        assertExit(card, MhlExit.MODIFIED_MANIFEST);
        Files.writeString(gen, original);
        Path chain = asc.resolve(ChainFile.NAME);
        byte[] chainBytes = Files.readAllBytes(chain);
        Files.delete(chain);
        assertExit(card, MhlExit.NO_CHAIN);
        Files.write(chain, chainBytes);
        Files.delete(gen);
        assertExit(card, MhlExit.MISSING_MANIFEST);
    }

    private static void assertExit(Path card, MhlExit exit) {
        assertThatThrownBy(() -> MediaHashList.verify(card, at("2024-05-02T10:00:00Z")))
                .isInstanceOfSatisfying(MhlException.class, e -> assertThat(e.exit()).isEqualTo(exit));
    }

    // ------------------------------------------------------------------ crash between write and rename

    @Test
    void aRunKilledBeforeTheRenameLeavesThePreviousHistoryValid() throws Exception {
        Path card = sealed();
        Path asc = card.resolve("ascmhl");
        byte[] chainBefore = Files.readAllBytes(asc.resolve(ChainFile.NAME));
        Files.writeString(card.resolve("Clips/A001C002.mov"), "more frames");
        MhlOptions crashing = at("2024-05-02T10:00:00Z");
        crashing.beforeRename = (temp, target) -> {
            assertThat(temp).exists().hasParent(asc);
            assertThat(temp.getFileName().toString()).startsWith(".");
            throw new IOException("killed");
        };
        assertThatThrownBy(() -> MediaHashList.create(card, crashing)).hasMessage("killed");
        assertThat(Files.readAllBytes(asc.resolve(ChainFile.NAME))).isEqualTo(chainBefore);
        try (Stream<Path> s = Files.list(asc)) {
            assertThat(s.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("0001_A001_2024-05-01_100000Z.mhl", ChainFile.NAME);
        }
        History h = History.load(card);
        assertThat(h.generations()).hasSize(1);
        MhlReport r = MediaHashList.verify(card, at("2024-05-02T10:00:00Z"));
        assertThat(r.count(Status.VERIFIED)).isEqualTo(2);
        assertThat(r.count(Status.NEW)).isEqualTo(1);
        // the next run succeeds and continues the chain
        assertThat(MediaHashList.create(card, at("2024-05-02T10:00:00Z")).exit()).isEqualTo(MhlExit.OK);
        assertThat(History.load(card).generations()).extracting(History.Generation::number).containsExactly(1, 2);
    }

    @Test
    void aManifestWrittenButNotChainedIsIgnoredAndNotReused() throws Exception {
        Path card = sealed();
        Path asc = card.resolve("ascmhl");
        MhlOptions crashing = at("2024-05-02T10:00:00Z");
        crashing.beforeRename = (temp, target) -> {
            if (target.getFileName().toString().equals(ChainFile.NAME)) {
                throw new IOException("killed after the manifest, before the chain");
            }
        };
        assertThatThrownBy(() -> MediaHashList.create(card, crashing)).hasMessageContaining("killed");
        History h = History.load(card);
        assertThat(h.generations()).hasSize(1);
        assertThat(h.warnings()).singleElement().asString().contains("is not in the chain");
        MhlReport next = MediaHashList.create(card, at("2024-05-03T10:00:00Z"));
        assertThat(next.written()).extracting(p -> p.getFileName().toString())
                .containsExactly("0003_A001_2024-05-03_100000Z.mhl");
        assertThat(History.load(card).generations()).extracting(History.Generation::number).containsExactly(1, 3);
        assertThat(Files.exists(asc.resolve("0002_A001_2024-05-02_100000Z.mhl"))).isTrue(); // never deleted
    }

    // ------------------------------------------------------------------ awkward files

    @Test
    void unreadableFilesAndBrokenLinksAreReportedAndTheRestSealed() throws Exception {
        Path card = card();
        Files.createSymbolicLink(card.resolve("Clips/link.mov"), card.resolve("Clips/gone.mov"));
        Path locked = Files.writeString(card.resolve("Clips/locked.mov"), "secret");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        boolean root = Files.isReadable(locked);
        MhlReport r = MediaHashList.create(card, at("2024-05-01T10:00:00Z"));
        assertThat(r.exit()).isEqualTo(MhlExit.FILES_UNREADABLE);
        assertThat(r.exit().code()).isEqualTo(40);
        assertThat(r.files()).filteredOn(f -> f.path().equals("Clips/link.mov")).singleElement()
                .satisfies(f -> {
                    assertThat(f.status()).isEqualTo(Status.PROBLEM);
                    assertThat(f.detail()).contains("is a broken symbolic link").contains("gone.mov");
                });
        if (!root) {
            assertThat(r.files()).filteredOn(f -> f.path().equals("Clips/locked.mov")).singleElement()
                    .satisfies(f -> assertThat(f.detail()).contains("permission denied"));
        }
        assertThat(r.count(Status.ORIGINAL)).isEqualTo(root ? 3 : 2);
        Manifest m = History.load(card).generations().get(0).manifest();
        // the folder holding an unhashable file gets no folder hash, nor does the root: they would be wrong
        assertThat(m.entries()).filteredOn(e -> e.path().equals("Clips")).singleElement()
                .satisfies(e -> assertThat(((Manifest.DirectoryEntry) e).hashes()).isEmpty());
        assertThat(m.process().rootHashes()).isEmpty();
    }

    @Test
    void namesWithSpacesUnicodeAndXmlCharactersRoundTrip() throws Exception {
        Path card = Files.createDirectories(tmp.resolve("Card & <Co> \"1\""));
        Files.writeString(card.resolve("Scène 1 – take 2.mov"), "a");
        Files.writeString(card.resolve("日本語 ファイル.mxf"), "b");
        Files.writeString(card.resolve("emoji 🎬.wav"), "c");
        assertThat(MediaHashList.create(card, at("2024-05-01T10:00:00Z")).exit()).isEqualTo(MhlExit.OK);
        MhlReport v = MediaHashList.verify(card, at("2024-05-02T10:00:00Z"));
        assertThat(v.exit()).isEqualTo(MhlExit.OK);
        assertThat(v.files()).extracting(MhlReport.FileResult::path)
                .containsExactly("Scène 1 – take 2.mov", "emoji 🎬.wav", "日本語 ファイル.mxf"); // by code point
    }

    @Test
    void aNameSealedInNfdIsFoundInNfc() throws Exception {
        Path card = Files.createDirectories(tmp.resolve("card"));
        String nfd = java.text.Normalizer.normalize("Café.mov", java.text.Normalizer.Form.NFD);
        String nfc = java.text.Normalizer.normalize("Café.mov", java.text.Normalizer.Form.NFC);
        Files.writeString(card.resolve(nfd), "x");
        assertThat(MediaHashList.create(card, at("2024-05-01T10:00:00Z")).exit()).isEqualTo(MhlExit.OK);
        Files.move(card.resolve(nfd), card.resolve(nfc)); // e.g. copied from macOS to Linux by a tool that normalizes
        MhlReport v = MediaHashList.verify(card, at("2024-05-02T10:00:00Z"));
        assertThat(v.exit()).isEqualTo(MhlExit.OK);
        MhlReport c = MediaHashList.create(card, at("2024-05-02T10:00:00Z"));
        assertThat(c.exit()).isEqualTo(MhlExit.OK);
        assertThat(c.warnings()).anySatisfy(w -> assertThat(w).contains("Unicode normalization"));
    }

    @Test
    void namesThatAreNotUtf8OrHoldControlCharactersAreReported() throws Exception {
        Path card = card();
        byte[] latin1 = "Caf\u00e9.mov".getBytes(StandardCharsets.ISO_8859_1); // 0xE9 alone is not UTF-8
        Path bad = card.resolve(new String(latin1, StandardCharsets.ISO_8859_1));
        boolean made = makeRawName(card, latin1);
        Files.writeString(card.resolve("bell\u0007.mov"), "x");
        MhlReport r = MediaHashList.create(card, at("2024-05-01T10:00:00Z"));
        assertThat(r.exit()).isEqualTo(MhlExit.FILES_UNREADABLE);
        assertThat(r.files()).filteredOn(f -> f.status() == Status.PROBLEM)
                .anySatisfy(f -> assertThat(f.detail()).contains("control characters"));
        if (made) {
            assertThat(r.files()).filteredOn(f -> f.status() == Status.PROBLEM)
                    .anySatisfy(f -> assertThat(f.detail()).contains("not valid UTF-8"));
        }
        assertThat(r.count(Status.ORIGINAL)).isEqualTo(2);
        assertThat(bad).isNotNull();
    }

    /** Creates a file whose name has exactly these bytes (via the shell: Java cannot). */
    private static boolean makeRawName(Path dir, byte[] name) throws Exception {
        StringBuilder printf = new StringBuilder();
        for (byte b : name) {
            printf.append(String.format("\\%03o", b & 0xff));
        }
        Process p = new ProcessBuilder("sh", "-c", "touch \"$(printf '" + printf + "')\"")
                .directory(dir.toFile()).start();
        return p.waitFor() == 0;
    }

    @Test
    void aRecordInAFormatPostOpsDoesNotKnowIsReportedNotCrashed() throws Exception {
        Path card = sealed();
        // as a newer tool might write it: sha256 only, no size
        plant(card, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<hashlist version=\"2.0\" xmlns=\"urn:ASC:MHL:v2.0\">"
                + "<creatorinfo><creationdate>2024-05-01T10:00:00Z</creationdate><hostname>h</hostname>"
                + "<tool version=\"2\">other</tool></creatorinfo><processinfo><process>in-place</process></processinfo>"
                + "<hashes><hash><path>Sidecar.txt</path><sha256 action=\"original\">abc</sha256></hash></hashes>"
                + "</hashlist>\n");
        MhlReport v = MediaHashList.verify(card, at("2024-05-02T10:00:00Z"));
        assertThat(v.files()).filteredOn(f -> f.path().equals("Sidecar.txt")).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("no value in a format PostOps knows"));
        MhlReport c = MediaHashList.create(card, at("2024-05-02T10:00:00Z"));
        assertThat(c.files()).filteredOn(f -> f.path().equals("Sidecar.txt")).singleElement()
                .satisfies(f -> assertThat(f.status()).isEqualTo(Status.ORIGINAL));
        assertThat(ManifestXml.write(History.load(card).generations().get(0).manifest()))
                .asString(StandardCharsets.UTF_8).contains("<path>Sidecar.txt</path>"); // no size="-1"
    }
}
