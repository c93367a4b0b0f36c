package org.postops.media.mhl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postops.media.hash.HashFormat;
import org.postops.media.mhl.MhlReport.Status;
import org.postops.media.mhl.manifest.ChainFile;
import org.postops.media.mhl.manifest.Manifest;
import org.postops.media.mhl.manifest.Manifest.DirectoryEntry;
import org.postops.media.mhl.manifest.Manifest.DirectoryHash;
import org.postops.media.mhl.manifest.Manifest.Entry;
import org.postops.media.mhl.manifest.Manifest.FileEntry;
import org.postops.media.mhl.manifest.ManifestXml;

/**
 * The reference tool's five scenarios: PostOps reaches the same verdicts on their histories, and
 * recreating their trees gives the same file, folder and root hashes and actions. Works on copies.
 */
class ReferenceScenariosTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void fixtures() {
        Fixtures.assumePresent();
    }

    // ------------------------------------------------------------------ verdicts on the reference histories

    @Test
    void everySealedCopyVerifies() throws Exception {
        for (String copy : List.of("scenario_01/travel_01/A002R2EC", "scenario_02/travel_01/A002R2EC",
                "scenario_02/file_server/A002R2EC", "scenario_03/travel_01/A002R2EC",
                "scenario_03/file_server/A002R2EC", "scenario_04/travel_01/A002R2EC",
                "scenario_05/travel_01/Reels/A002R2EC", "scenario_05/travel_01/Reels/A003R2EC",
                "scenario_05/file_server/Reels")) {
            Path root = Fixtures.copy(Fixtures.scenario(copy), tmp.resolve(copy), true);
            MhlReport r = MediaHashList.verify(root, Fixtures.options(Fixtures.DAY_TWO));
            assertThat(r.exit()).as(copy).isEqualTo(MhlExit.OK);
            assertThat(r.count(Status.VERIFIED)).as(copy).isPositive();
            assertThat(r.count(Status.FAILED) + r.count(Status.NEW) + r.count(Status.MISSING)).as(copy).isZero();
        }
    }

    @Test
    void scenario04sCorruptedSidecarIsFailedWithExitCode11() throws Exception {
        Path root = Fixtures.copy(Fixtures.scenario("scenario_04/file_server/A002R2EC"), tmp.resolve("s4"), true);
        MhlReport r = MediaHashList.verify(root, Fixtures.options(Fixtures.DAY_TWO));
        assertThat(r.exit()).isEqualTo(MhlExit.VERIFICATION_FAILED);
        assertThat(r.exit().code()).isEqualTo(11);
        assertThat(r.files()).filteredOn(f -> f.status() == Status.FAILED).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("Sidecar.txt");
            assertThat(f.detail()).isEqualTo("xxh64 recorded 3ab5a4166b9bde44, now 70d2cf31aaa3eac4");
        });
        assertThat(r.count(Status.VERIFIED)).isEqualTo(2);
    }

    @Test
    void aFolderWithoutHistoryIsExitCode30() {
        Path root = Fixtures.copy(Fixtures.scenario("scenario_01/travel_01/A002R2EC"), tmp.resolve("bare"), false);
        assertThatThrownBy(() -> MediaHashList.verify(root, Fixtures.options(Fixtures.DAY_TWO)))
                .isInstanceOfSatisfying(MhlException.class, e -> {
                    assertThat(e.exit().code()).isEqualTo(30);
                    assertThat(e.getMessage()).startsWith("Missing ASC MHL history at path");
                });
    }

    // ------------------------------------------------------------------ recreating the scenarios

    @Test
    void scenario01SealsWithTheReferenceHashes() throws Exception {
        Path card = Fixtures.copy(Fixtures.scenario("scenario_01/travel_01/A002R2EC"), tmp.resolve("A002R2EC"), false);
        MhlReport r = MediaHashList.create(card, Fixtures.options(Fixtures.DAY_ONE).format(HashFormat.XXH64));
        assertThat(r.exit()).isEqualTo(MhlExit.OK);
        assertThat(r.written()).extracting(p -> p.getFileName().toString())
                .containsExactly("0001_A002R2EC_2020-01-16_091500Z.mhl");
        assertSameMeaning(card, Fixtures.scenario("scenario_01/travel_01/A002R2EC"), 1);
        assertThat(r.rootHashes()).singleElement().satisfies(h -> {
            assertThat(h.content()).isEqualTo("8d02114c32e28cbe");
            assertThat(h.structure()).isEqualTo("f557f8ca8e5a88ef");
        });
        assertValid(card);
    }

    @Test
    void scenario02SecondGenerationVerifies() throws Exception {
        Path server = Fixtures.copy(Fixtures.scenario("scenario_02/travel_01/A002R2EC"), tmp.resolve("A002R2EC"), true);
        MhlReport r = MediaHashList.create(server, Fixtures.options(Fixtures.DAY_TWO).format(HashFormat.XXH64));
        assertThat(r.exit()).isEqualTo(MhlExit.OK);
        assertThat(r.count(Status.VERIFIED)).isEqualTo(3);
        assertThat(r.written()).extracting(p -> p.getFileName().toString())
                .containsExactly("0002_A002R2EC_2020-01-17_143000Z.mhl");
        assertSameMeaning(server, Fixtures.scenario("scenario_02/file_server/A002R2EC"), 2);
        assertValid(server);
        assertThat(MediaHashList.verify(server, Fixtures.options(Fixtures.DAY_TWO)).exit()).isEqualTo(MhlExit.OK);
    }

    @Test
    void scenario03AddsMd5AfterVerifyingXxh64() throws Exception {
        Path server = Fixtures.copy(Fixtures.scenario("scenario_03/travel_01/A002R2EC"), tmp.resolve("A002R2EC"), true);
        MhlReport r = MediaHashList.create(server, Fixtures.options(Fixtures.DAY_TWO).format(HashFormat.MD5));
        assertThat(r.exit()).isEqualTo(MhlExit.OK);
        assertSameMeaning(server, Fixtures.scenario("scenario_03/file_server/A002R2EC"), 2);
        assertThat(r.rootHashes()).singleElement().satisfies(h -> {
            assertThat(h.format()).isEqualTo(HashFormat.MD5);
            assertThat(h.content()).isEqualTo("6fae2da9bc6dca45486cb91bfea6db70");
            assertThat(h.structure()).isEqualTo("be1f2eaed208efbed061845a64cacdfa");
        });
        assertValid(server);
    }

    @Test
    void scenario04RecordsTheFailedSidecarAndExits11() throws Exception {
        Path server = Fixtures.copy(Fixtures.scenario("scenario_04/travel_01/A002R2EC"), tmp.resolve("A002R2EC"), true);
        Files.copy(Fixtures.scenario("scenario_04/file_server/A002R2EC/Sidecar.txt"), server.resolve("Sidecar.txt"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        MhlReport r = MediaHashList.create(server, Fixtures.options(Fixtures.DAY_TWO).format(HashFormat.XXH64));
        assertThat(r.exit().code()).isEqualTo(11);
        assertSameMeaning(server, Fixtures.scenario("scenario_04/file_server/A002R2EC"), 2);
        assertThat(r.rootHashes()).singleElement().satisfies(h -> {
            assertThat(h.content()).isEqualTo("8e52e9c3d15e055c");
            assertThat(h.structure()).isEqualTo("32706d5f4b48f047");
        });
        assertValid(server);
    }

    @Test
    void scenario05NestsTheCardHistoriesUnderReels() throws Exception {
        Path reels = tmp.resolve("Reels");
        Fixtures.copy(Fixtures.scenario("scenario_05/travel_01/Reels"), reels, true);
        Files.copy(Fixtures.scenario("scenario_05/file_server/Reels/Summary.txt"), reels.resolve("Summary.txt"));
        MhlReport r = MediaHashList.create(reels, Fixtures.options(Fixtures.DAY_TWO).format(HashFormat.XXH64));
        assertThat(r.exit()).isEqualTo(MhlExit.OK);
        assertThat(r.written()).extracting(p -> reels.relativize(p).toString()).containsExactly(
                "A002R2EC/ascmhl/0002_A002R2EC_2020-01-17_143000Z.mhl",
                "A003R2EC/ascmhl/0002_A003R2EC_2020-01-17_143000Z.mhl",
                "ascmhl/0001_Reels_2020-01-17_143000Z.mhl");
        Path reference = Fixtures.scenario("scenario_05/file_server/Reels");
        assertSameMeaning(reels, reference, 1);
        assertSameMeaning(reels.resolve("A002R2EC"), reference.resolve("A002R2EC"), 2);
        assertSameMeaning(reels.resolve("A003R2EC"), reference.resolve("A003R2EC"), 2);
        Manifest top = ManifestXml.read(reels.resolve("ascmhl/0001_Reels_2020-01-17_143000Z.mhl"));
        assertThat(top.references()).extracting(Manifest.Reference::path).containsExactly(
                "A002R2EC/ascmhl/0002_A002R2EC_2020-01-17_143000Z.mhl",
                "A003R2EC/ascmhl/0002_A003R2EC_2020-01-17_143000Z.mhl");
        assertThat(History.loadTree(reels).children()).hasSize(2); // the references' C4s check out
        assertValid(reels);
        assertThat(MediaHashList.verify(reels, Fixtures.options(Fixtures.DAY_TWO)).exit()).isEqualTo(MhlExit.OK);
    }

    // ------------------------------------------------------------------ helpers

    /**
     * The generation {@code number} of {@code ours} and of {@code reference} record the same paths in the
     * same order, with the same sizes, values and actions, the same folder hashes and root hash.
     */
    private static void assertSameMeaning(Path ours, Path reference, int number) throws Exception {
        Manifest a = generation(ours, number);
        Manifest b = generation(reference, number);
        assertThat(meaning(a.entries())).isEqualTo(meaning(b.entries()));
        assertThat(roots(a.process().rootHashes())).isEqualTo(roots(b.process().rootHashes()));
        assertThat(a.process().ignorePatterns()).isEqualTo(b.process().ignorePatterns());
        assertThat(a.process().process()).isEqualTo(b.process().process());
    }

    private static Manifest generation(Path root, int number) throws Exception {
        History h = History.load(root);
        return h.generations().stream().filter(g -> g.number() == number).findFirst().orElseThrow().manifest();
    }

    private static Map<String, String> meaning(List<Entry> entries) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (e instanceof FileEntry) {
                FileEntry f = (FileEntry) e;
                StringBuilder b = new StringBuilder("size=" + f.size());
                f.hashes().forEach(h -> b.append(' ').append(h.format().xmlName()).append('=').append(h.value())
                        .append('/').append(h.action().xml()));
                out.put("file " + f.path(), b.toString());
            } else {
                out.put("folder " + e.path(), roots(((DirectoryEntry) e).hashes()));
            }
        }
        return out;
    }

    private static String roots(List<DirectoryHash> hashes) {
        StringBuilder b = new StringBuilder();
        hashes.forEach(h -> b.append(h.format().xmlName()).append(' ').append(h.content()).append('/')
                .append(h.structure()).append(';'));
        return b.toString();
    }

    private static void assertValid(Path root) {
        Schema manifest = Fixtures.manifestSchema();
        Schema chain = Fixtures.chainSchema();
        List<Path> mhls = Fixtures.files(root, ".mhl");
        assertThat(mhls).isNotEmpty();
        mhls.forEach(m -> Fixtures.validate(manifest, m));
        Fixtures.files(root, ChainFile.NAME).forEach(c -> Fixtures.validate(chain, c));
    }
}
