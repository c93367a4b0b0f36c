package org.postops.media.qc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliveryProfilesTest {

    @TempDir
    Path tmp;

    @Test
    void builtInsLoadWithSourcesOnEveryRule() throws Exception {
        DeliveryProfiles all = DeliveryProfiles.load(Optional.empty());
        assertThat(all.all()).extracting(DeliveryProfile::id).containsExactly("ebu-r128", "atsc-a85",
                "netflix-loudness", "uk-dpp-as11-hd", "streaming-web", "prores-mezzanine");
        for (DeliveryProfile p : all.all()) {
            assertThat(p.rules()).allSatisfy(r -> assertThat(r.source()).isNotBlank());
        }
        DeliveryProfile r128 = all.get("ebu-r128");
        var il = r128.rule("integrated-loudness").orElseThrow();
        assertThat(il.check()).isEqualTo(Check.LOUDNESS_INTEGRATED);
        assertThat(il.expect().describe()).isEqualTo("-23.0 ± 0.5");
        assertThat(r128.rule("true-peak").orElseThrow().expect().describe()).isEqualTo("≤ -1.0");
        DeliveryProfile dpp = all.get("uk-dpp-as11-hd");
        assertThat(dpp.rule("container").orElseThrow().expect().equalsText()).contains("MXF OP1a");
        assertThat(dpp.rule("video-profile").orElseThrow().unconfirmed()).isTrue();
        assertThat(dpp.programme().tracks()).containsExactly(1, 2);
        assertThat(all.get("netflix-loudness").rule("dialogue-loudness").orElseThrow().check())
                .isEqualTo(Check.LOUDNESS_DIALOGUE);
        assertThat(all.get("streaming-web").rule("integrated-loudness").orElseThrow().expect().target())
                .hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("-14"));
        assertThat(all.get("atsc-a85").rule("integrated-loudness").orElseThrow().expect().target())
                .hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("-24"));
    }

    @Test
    void userProfilesFromAFolderAndByFile() throws Exception {
        Files.writeString(tmp.resolve("house.yaml"), """
                id: house-stereo
                programme: {tracks: [3, 4], layout: stereo}
                rules:
                  - id: loud
                    check: loudness.integrated
                    target: -24
                    tolerance: 1
                    source: house spec 2.1
                """);
        DeliveryProfiles all = DeliveryProfiles.load(Optional.of(tmp));
        DeliveryProfile house = all.get("house-stereo");
        assertThat(house.programme().tracks()).containsExactly(3, 4);
        assertThat(house.origin()).endsWith("house.yaml");
        assertThat(house.rules().get(0).severity()).isEqualTo(DeliveryProfile.Severity.ERROR);
        assertThat(all.get(tmp.resolve("house.yaml").toString()).id()).isEqualTo("house-stereo");
        assertThatThrownBy(() -> all.get("bbc-hd")).isInstanceOf(ProfileException.class)
                .hasMessageStartingWith("no delivery profile 'bbc-hd'; known: ebu-r128, atsc-a85");
    }

    @Test
    void mistakesAreNamedWithWhereTheyAre() {
        assertError("id: x\nrules: [\n", "is not valid YAML");
        assertError("id: x\nrules:\n  - id: a\n    check: loudness.integrated\n  target: 3\n", "is not valid YAML");
        assertError("id: x\nrules:\n  - id: a\n    check: loudness.integrted\n    max: 1\n    source: s\n",
                "rule 1 ('a'): unknown check 'loudness.integrted'; known: container, video.codec");
        assertError("id: x\nrules:\n  - id: a\n    check: loudness.integrated\n    max: loud\n    source: s\n",
                "rule 1 ('a'): 'max' must be a number, not 'loud'");
        assertError("id: x\nrules:\n  - id: a\n    check: loudness.integrated\n    source: s\n",
                "says nothing to check");
        assertError("id: x\nrules:\n  - id: a\n    check: loudness.integrated\n    max: 1\n", "'source' is missing");
        assertError("id: x\nrules:\n  - id: a\n    check: signal.black\n    mni-duration: 1\n    source: s\n",
                "unknown key 'mni-duration'");
        assertError("id: x\nrules:\n  - id: a\n    check: video.codec\n    equals: prores\n    severity: fatal\n"
                + "    source: s\n", "severity 'fatal' is not error, warning or info");
        assertError("id: X Y\nrules:\n  - id: a\n    check: video.codec\n    equals: prores\n    source: s\n",
                "must be lower-case");
        assertError("id: x\nrules: []\n", "'rules' must list at least one rule");
        assertError("id: x\nprogramme: {tracks: [0], layout: stereo}\nrules:\n  - {id: a, check: video.codec, equals: p,"
                + " source: s}\n", "audio track numbers from 1");
        assertError("id: x\nprogramme: {layout: quad}\nrules:\n  - {id: a, check: video.codec, equals: p, source: s}\n",
                "programme layout 'quad'");
        assertError("id: x\nrules:\n  - {id: a, check: video.codec, equals: p, source: s}\n"
                + "  - {id: a, check: video.codec, equals: q, source: s}\n", "two rules have the id 'a'");
        assertError("- just\n- a list\n", "profile must be a mapping");
        assertError("id: x\nid: y\nrules: []\n", "is not valid YAML");
        assertError("id: x\nrules:\n  - !!java.io.File {id: a}\n", "is not valid YAML");
    }

    private static void assertError(String yaml, String message) {
        assertThatThrownBy(() -> DeliveryProfiles.parse(yaml, "test.yaml")).isInstanceOf(ProfileException.class)
                .hasMessageStartingWith("profile test.yaml").hasMessageContaining(message);
    }
}
