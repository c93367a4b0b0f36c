package org.postops.media.mhl.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestXmlTest {

    @TempDir
    Path tmp;

    private Manifest read(String creationDate, String hashDate) throws Exception {
        Path f = Files.writeString(tmp.resolve("m.mhl"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<hashlist version=\"2.0\" xmlns=\"urn:ASC:MHL:v2.0\"><creatorinfo><creationdate>" + creationDate
                + "</creationdate><hostname>h</hostname><tool version=\"1\">t</tool></creatorinfo>"
                + "<processinfo><process>in-place</process></processinfo><hashes><hash>"
                + "<path size=\"1\" lastmodificationdate=\"" + hashDate + "\">a</path>"
                + "<xxh64 action=\"original\" hashdate=\"" + hashDate + "\">0000000000000000</xxh64>"
                + "</hash></hashes></hashlist>\n");
        return ManifestXml.read(f);
    }

    @Test
    void datesInEveryFormTheSchemaAllowsAreRead() throws Exception {
        Instant t = Instant.parse("2020-01-16T09:15:00Z");
        assertThat(read("2020-01-16T09:15:00+00:00", "2020-01-16T09:15:00Z").creator().creationDate()).isEqualTo(t);
        assertThat(read("2020-01-16T10:15:00+01:00", "2020-01-16T09:15:00.000+00:00").creator().creationDate()).isEqualTo(t);
        assertThat(read("2020-01-16T09:15:00", "2020-01-16T09:15:00Z").creator().creationDate()).isEqualTo(t);
        Manifest m = read("2020-01-16T09:15:00.123456+00:00", "2020-01-16T04:15:00-05:00");
        assertThat(m.creator().creationDate()).isEqualTo(Instant.parse("2020-01-16T09:15:00.123456Z"));
        assertThat(((Manifest.FileEntry) m.entries().get(0)).hashes().get(0).hashDate()).isEqualTo(t);
        assertThat(ManifestXml.time(Instant.parse("2020-01-16T09:15:00.9Z"))).isEqualTo("2020-01-16T09:15:00+00:00");
    }

    @Test
    void impossibleDatesAreRefused() {
        assertThatThrownBy(() -> read("2020-02-30T09:15:00+00:00", "2020-01-16T09:15:00Z"))
                .isInstanceOf(ManifestException.class).hasMessageContaining("is not a date and time");
        assertThatThrownBy(() -> read("yesterday", "2020-01-16T09:15:00Z"))
                .isInstanceOf(ManifestException.class).hasMessageContaining("\"yesterday\" is not a date and time");
    }
}
