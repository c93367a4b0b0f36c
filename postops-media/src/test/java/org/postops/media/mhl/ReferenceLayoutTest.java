package org.postops.media.mhl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postops.media.mhl.manifest.ChainFile;
import org.postops.media.mhl.manifest.ManifestXml;

/** PostOps reads every manifest and chain the reference tool wrote, and writes them back byte for byte. */
class ReferenceLayoutTest {

    @BeforeAll
    static void fixtures() {
        Fixtures.assumePresent();
    }

    @Test
    void everyReferenceManifestRoundTripsToTheSameBytes() throws Exception {
        List<Path> manifests = Fixtures.files(Fixtures.SCENARIOS, ".mhl");
        assertThat(manifests).hasSizeGreaterThanOrEqualTo(15);
        for (Path m : manifests) {
            assertThat(new String(ManifestXml.write(ManifestXml.read(m)), java.nio.charset.StandardCharsets.UTF_8))
                    .as(m.toString()).isEqualTo(Files.readString(m));
        }
    }

    @Test
    void everyReferenceChainRoundTripsToTheSameBytes() throws Exception {
        List<Path> chains = Fixtures.files(Fixtures.SCENARIOS, ChainFile.NAME);
        assertThat(chains).hasSizeGreaterThanOrEqualTo(8);
        for (Path c : chains) {
            assertThat(new String(ChainFile.read(c).write(), java.nio.charset.StandardCharsets.UTF_8))
                    .as(c.toString()).isEqualTo(Files.readString(c));
        }
    }

    @Test
    void theReferenceFilesValidateAgainstTheSchemas() {
        Schema manifest = Fixtures.manifestSchema();
        Schema chain = Fixtures.chainSchema();
        Fixtures.files(Fixtures.SCENARIOS, ".mhl").forEach(m -> Fixtures.validate(manifest, m));
        Fixtures.files(Fixtures.SCENARIOS, ChainFile.NAME).forEach(c -> Fixtures.validate(chain, c));
    }

    @Test
    void everyReferenceHistoryLoadsWithItsChainIntact() throws Exception {
        for (Path chain : Fixtures.files(Fixtures.SCENARIOS, ChainFile.NAME)) {
            History h = History.loadTree(chain.getParent().getParent());
            assertThat(h.generations()).isNotEmpty();
            assertThat(h.warnings()).isEmpty();
        }
    }
}
