package org.postops.media.mhl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postops.media.hash.Digest;
import org.postops.media.hash.HashFormat;
import org.postops.media.mhl.MhlReport.FileResult;
import org.postops.media.mhl.MhlReport.Status;
import org.postops.media.mhl.manifest.ChainFile;
import org.postops.media.mhl.manifest.Manifest;
import org.postops.media.mhl.manifest.Manifest.Action;
import org.postops.media.mhl.manifest.Manifest.DirectoryEntry;
import org.postops.media.mhl.manifest.Manifest.FileEntry;
import org.postops.media.mhl.manifest.ManifestXml;

/** Generations over time: new formats, changed, missing, renamed and ignored files, -n, diff, flatten. */
class MediaHashListTest {

    @TempDir
    Path tmp;

    private static MhlOptions day(int d) {
        return new MhlOptions().clock(Clock.fixed(Instant.parse("2024-05-0" + d + "T10:00:00Z"), ZoneOffset.UTC))
                .hostName("test");
    }

    private Path card() throws IOException {
        Path card = Files.createDirectories(tmp.resolve("A001"));
        Files.createDirectories(card.resolve("Clips"));
        Files.writeString(card.resolve("Clips/A001C001.mov"), "frames one");
        Files.writeString(card.resolve("Clips/A001C002.mov"), "frames two");
        Files.writeString(card.resolve("Sidecar.txt"), "notes");
        return card;
    }

    private static Manifest latest(Path root) throws Exception {
        List<History.Generation> g = History.load(root).generations();
        return g.get(g.size() - 1).manifest();
    }

    private static FileEntry file(Manifest m, String path) {
        return m.entries().stream().filter(e -> e.path().equals(path)).map(FileEntry.class::cast).findFirst().orElseThrow();
    }

    private static FileResult result(MhlReport r, String path) {
        return r.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void theDefaultFormatIsXxh128AndAllFormatsComeFromOneRun() throws Exception {
        Path card = card();
        MhlReport r = MediaHashList.create(card, day(1));
        assertThat(file(latest(card), "Sidecar.txt").hashes()).extracting(Manifest.HashEntry::format)
                .containsExactly(HashFormat.XXH128);
        assertThat(r.exit()).isEqualTo(MhlExit.OK);
        Path other = Files.createDirectories(tmp.resolve("B001"));
        Files.writeString(other.resolve("a.mov"), "media-hash-list");
        MediaHashList.create(other, day(1).format(HashFormat.MD5).format(HashFormat.XXH128).format(HashFormat.C4));
        Manifest m = latest(other);
        assertThat(file(m, "a.mov").hashes()).extracting(h -> h.format().xmlName() + "=" + h.value() + "/" + h.action().xml())
                .containsExactly(
                        "c4=c456LycWwpMMS7VDZEKvYv2L1uJS6s4qAFnaJdnQiy5JVbBFZMA8aLDS6SPaJjLqxXH4qZdnbuktopMt9frtC2qL1R/original",
                        "md5=9db0fc9f30f5ee70041a7538809e2858/original",
                        "xxh128=61a67c014f703a456ee7a776fd8c06bd/original");
        assertThat(m.process().rootHashes()).extracting(Manifest.DirectoryHash::format)
                .containsExactly(HashFormat.C4, HashFormat.MD5, HashFormat.XXH128);
        validIfFixtures(other);
    }

    @Test
    void aLaterGenerationVerifiesAndCanAddAFormat() throws Exception {
        Path card = card();
        MediaHashList.create(card, day(1).format(HashFormat.XXH64));
        MhlReport r = MediaHashList.create(card, day(2).format(HashFormat.SHA1));
        assertThat(r.exit()).isEqualTo(MhlExit.OK);
        assertThat(r.count(Status.VERIFIED)).isEqualTo(3);
        FileEntry e = file(latest(card), "Sidecar.txt");
        assertThat(e.hashes()).extracting(h -> h.format().xmlName() + "/" + h.action().xml())
                .containsExactly("sha1/verified", "xxh64/verified");
        assertThat(e.hash(HashFormat.SHA1).orElseThrow().value()).isEqualTo(Digest.of(HashFormat.SHA1, "notes".getBytes()));
        // verify now checks the first (original) format only
        assertThat(MediaHashList.verify(card, day(3)).exit()).isEqualTo(MhlExit.OK);
        validIfFixtures(card);
    }

    @Test
    void aChangedFileFailsIsRecordedAsFailedAndGetsNoNewFormat() throws Exception {
        Path card = card();
        MediaHashList.create(card, day(1).format(HashFormat.XXH64));
        Files.writeString(card.resolve("Sidecar.txt"), "notes, edited");
        MhlReport r = MediaHashList.create(card, day(2).format(HashFormat.MD5));
        assertThat(r.exit()).isEqualTo(MhlExit.VERIFICATION_FAILED);
        assertThat(result(r, "Sidecar.txt").status()).isEqualTo(Status.FAILED);
        assertThat(result(r, "Sidecar.txt").detail()).startsWith("xxh64 recorded ");
        assertThat(file(latest(card), "Sidecar.txt").hashes()).extracting(h -> h.format().xmlName() + "/" + h.action().xml())
                .containsExactly("xxh64/failed");
        // the failure stays visible: verify compares with the original, not the failed value
        MhlReport v = MediaHashList.verify(card, day(3));
        assertThat(v.exit().code()).isEqualTo(11);
    }

    @Test
    void missingAndNewFiles() throws Exception {
        Path card = card();
        MediaHashList.create(card, day(1));
        Files.delete(card.resolve("Clips/A001C002.mov"));
        Files.writeString(card.resolve("Clips/A001C003.mov"), "frames three");
        MhlReport diff = MediaHashList.diff(card, day(2));
        assertThat(diff.exit().code()).isEqualTo(21); // new files outrank missing ones, as in the reference
        assertThat(result(diff, "Clips/A001C002.mov").status()).isEqualTo(Status.MISSING);
        assertThat(result(diff, "Clips/A001C003.mov").status()).isEqualTo(Status.NEW);
        assertThat(diff.filesHashed()).isZero();
        MhlReport verify = MediaHashList.verify(card, day(2));
        assertThat(verify.exit()).isEqualTo(MhlExit.NEW_FILES);
        MhlReport create = MediaHashList.create(card, day(2));
        assertThat(create.exit().code()).isEqualTo(10);
        assertThat(result(create, "Clips/A001C003.mov").status()).isEqualTo(Status.ORIGINAL);
        assertThat(result(create, "Clips/A001C002.mov").status()).isEqualTo(Status.MISSING);
        // still missing on the next run: the history remembers it
        assertThat(MediaHashList.diff(card, day(3)).exit()).isEqualTo(MhlExit.COMPLETENESS_FAILED);
    }

    @Test
    void detectRenamesRecordsThePreviousPath() throws Exception {
        Path card = card();
        MediaHashList.create(card, day(1).format(HashFormat.XXH64));
        MediaHashList.create(card, day(2).format(HashFormat.XXH64));
        Files.move(card.resolve("Clips/A001C002.mov"), card.resolve("Clips/A001C002_renamed.mov"));
        Files.writeString(card.resolve("Clips/A001C009.mov"), "brand new");
        MhlReport r = MediaHashList.create(card, day(3).detectRenames(true)); // default format xxh128 this time
        assertThat(r.exit()).isEqualTo(MhlExit.OK);
        FileResult renamed = result(r, "Clips/A001C002_renamed.mov");
        assertThat(renamed.status()).isEqualTo(Status.VERIFIED);
        assertThat(renamed.previousPath()).isEqualTo("Clips/A001C002.mov");
        assertThat(result(r, "Clips/A001C009.mov").status()).isEqualTo(Status.ORIGINAL);
        Manifest m = latest(card);
        FileEntry e = file(m, "Clips/A001C002_renamed.mov");
        assertThat(e.previousPath()).isEqualTo("Clips/A001C002.mov");
        assertThat(e.hashes()).extracting(h -> h.format().xmlName() + "/" + h.action().xml())
                .containsExactly("xxh128/verified", "xxh64/verified");
        assertThat(Files.readString(History.load(card).root().resolve("ascmhl")
                .resolve(History.load(card).generations().get(2).fileName())))
                .contains("<previousPath>Clips/A001C002.mov</previousPath>");
        MhlReport v = MediaHashList.verify(card, day(4));
        assertThat(v.exit()).isEqualTo(MhlExit.OK);
        assertThat(result(v, "Clips/A001C002_renamed.mov").status()).isEqualTo(Status.VERIFIED);
        validIfFixtures(card);
    }

    @Test
    void withoutDetectRenamesARenameIsAMissingAndANewFile() throws Exception {
        Path card = card();
        MediaHashList.create(card, day(1));
        Files.move(card.resolve("Sidecar.txt"), card.resolve("Sidecar-renamed.txt"));
        MhlReport r = MediaHashList.create(card, day(2));
        assertThat(r.exit()).isEqualTo(MhlExit.COMPLETENESS_FAILED);
        assertThat(result(r, "Sidecar-renamed.txt").status()).isEqualTo(Status.ORIGINAL);
    }

    @Test
    void ignorePatternsAreAppliedAndRemembered() throws Exception {
        Path card = card();
        Files.writeString(card.resolve("Clips/render.tmp"), "scratch");
        Files.writeString(card.resolve(".DS_Store"), "finder");
        Files.createDirectories(card.resolve("Cache"));
        Files.writeString(card.resolve("Cache/x.bin"), "cache");
        Path patterns = Files.writeString(tmp.resolve("ignore.txt"), "Cache/\n\n");
        MhlReport r = MediaHashList.create(card, day(1).ignore("*.tmp").ignoreFile(patterns));
        assertThat(r.files()).extracting(FileResult::path)
                .containsExactly("Clips/A001C001.mov", "Clips/A001C002.mov", "Sidecar.txt");
        Manifest m = latest(card);
        assertThat(m.process().ignorePatterns()).containsExactly(".DS_Store", "ascmhl", "ascmhl/", "*.tmp", "Cache/");
        assertThat(m.entries()).filteredOn(e -> e.path().equals("Cache")).singleElement()
                .isInstanceOf(DirectoryEntry.class); // "Cache/" empties the folder, as in the reference
        // the next generation keeps the patterns without being told again
        Files.writeString(card.resolve("Clips/other.tmp"), "scratch");
        assertThat(MediaHashList.create(card, day(2)).exit()).isEqualTo(MhlExit.OK);
        assertThat(latest(card).process().ignorePatterns()).contains("*.tmp", "Cache/");
        assertThat(MediaHashList.verify(card, day(3)).exit()).isEqualTo(MhlExit.OK);
    }

    @Test
    void noDirectoryHashesStillListsTheFolders() throws Exception {
        Path card = card();
        MediaHashList.create(card, day(1).noDirectoryHashes(true));
        Manifest m = latest(card);
        assertThat(m.process().rootHashes()).isEmpty();
        assertThat(m.entries()).filteredOn(e -> e instanceof DirectoryEntry).singleElement()
                .satisfies(e -> assertThat(((DirectoryEntry) e).hashes()).isEmpty());
        assertThat(Files.readString(Fixtures.files(card, ".mhl").get(0))).contains("<content/>").contains("<structure/>");
        validIfFixtures(card);
    }

    @Test
    void nestedHistoriesAreCreatedFromTheTopAndFlattenedTogether() throws Exception {
        Path reels = Files.createDirectories(tmp.resolve("Reels"));
        Path a = Files.createDirectories(reels.resolve("A001/Clips"));
        Files.writeString(a.resolve("c1.mov"), "one");
        MediaHashList.create(reels.resolve("A001"), day(1).format(HashFormat.XXH64));
        Files.writeString(reels.resolve("Summary.txt"), "summary");
        MhlReport r = MediaHashList.create(reels, day(2).format(HashFormat.MD5));
        assertThat(r.exit()).isEqualTo(MhlExit.OK);
        assertThat(r.written()).hasSize(2);
        History tree = History.loadTree(reels);
        assertThat(tree.children()).singleElement().satisfies(c -> assertThat(c.generations()).hasSize(2));
        Path packing = MediaHashList.flatten(reels, tmp.resolve("out"), day(3));
        assertThat(packing.getFileName().toString()).isEqualTo("packinglist_Reels_2024-05-03_100000Z.mhl");
        Manifest flat = ManifestXml.read(packing);
        assertThat(flat.process().process()).isEqualTo("flatten");
        assertThat(flat.entries()).extracting(Manifest.Entry::path).containsExactly("A001/Clips/c1.mov", "Summary.txt");
        assertThat(((FileEntry) flat.entries().get(0)).hashes()).extracting(h -> h.format().xmlName() + "/" + h.action().xml())
                .containsExactly("md5/verified", "xxh64/original");
        validIfFixtures(reels);
        if (Files.isDirectory(Fixtures.SCENARIOS)) {
            Fixtures.validate(Fixtures.manifestSchema(), packing);
        }
    }

    @Test
    void authorLocationAndCommentAreWritten() throws Exception {
        Path card = card();
        MediaHashList.create(card, day(1).author("Ada Loader", "ada@example.com", null, "DIT")
                .location("Stage 4").comment("card A001 & spare"));
        Manifest.CreatorInfo c = latest(card).creator();
        assertThat(c.authors()).containsExactly(new Manifest.Author("Ada Loader", "ada@example.com", null, "DIT"));
        assertThat(c.location()).isEqualTo("Stage 4");
        assertThat(c.comment()).isEqualTo("card A001 & spare");
        assertThat(c.hostName()).isEqualTo("test");
        validIfFixtures(card);
    }

    @Test
    void anEmptyFolderSealsWithTheHashOfNothing() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        MhlReport r = MediaHashList.create(empty, day(1).format(HashFormat.XXH64));
        assertThat(r.rootHashes()).singleElement().satisfies(h -> {
            assertThat(h.content()).isEqualTo("ef46db3751d8e999");
            assertThat(h.structure()).isEqualTo("ef46db3751d8e999");
        });
        assertThat(Files.readString(Fixtures.files(empty, ".mhl").get(0))).doesNotContain("<hashes>");
        validIfFixtures(empty);
    }

    private static void validIfFixtures(Path root) {
        if (!Files.isDirectory(Fixtures.SCENARIOS)) {
            return;
        }
        Schema manifest = Fixtures.manifestSchema();
        Schema chain = Fixtures.chainSchema();
        try (Stream<Path> s = Files.walk(root)) {
            s.forEach(p -> {
                if (p.toString().endsWith(".mhl")) {
                    Fixtures.validate(manifest, p);
                } else if (p.getFileName().toString().equals(ChainFile.NAME)) {
                    Fixtures.validate(chain, p);
                }
            });
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(Action.values()).hasSize(3);
    }
}
