package org.postops.media.mhl.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** gitwildmatch as the reference tool's pathspec library reads it, on paths relative to the root. */
class IgnoreRulesTest {

    private static boolean ignores(String pattern, String path) {
        return IgnoreRules.of(List.of(pattern)).ignores(path);
    }

    @Test
    void theDefaultsLeaveOutHistoriesAndFinderFiles() {
        IgnoreRules d = IgnoreRules.of(IgnoreRules.DEFAULTS);
        assertThat(d.ignores(".DS_Store")).isTrue();
        assertThat(d.ignores("Clips/.DS_Store")).isTrue();
        assertThat(d.ignores("ascmhl")).isTrue();
        assertThat(d.ignores("A002/ascmhl/0001_A002.mhl")).isTrue();
        assertThat(d.ignores("Clips/A001.mov")).isFalse();
        assertThat(d.ignores("ascmhl.txt")).isFalse();
    }

    @Test
    void aNameWithoutSlashMatchesAtAnyDepthAndEverythingBelow() {
        assertThat(ignores("*.tmp", "a.tmp")).isTrue();
        assertThat(ignores("*.tmp", "x/y/a.tmp")).isTrue();
        assertThat(ignores("*.tmp", "a.tmp.mov")).isFalse();
        assertThat(ignores("Proxies", "Proxies")).isTrue();
        assertThat(ignores("Proxies", "A/Proxies/p.mov")).isTrue();
        assertThat(ignores("Prox?es", "Proxies")).isTrue();
        assertThat(ignores("[Pp]roxies", "proxies/a")).isTrue();
        assertThat(ignores("[!P]roxies", "Proxies")).isFalse();
    }

    @Test
    void aTrailingSlashMatchesWhatIsInsideTheFolderNotTheFolder() {
        assertThat(ignores("Cache/", "Cache")).isFalse(); // the folder itself is still recorded, empty
        assertThat(ignores("Cache/", "Cache/x.bin")).isTrue();
        assertThat(ignores("Cache/", "A/Cache/x.bin")).isTrue();
    }

    @Test
    void aSlashAnchorsThePatternAtTheRoot() {
        assertThat(ignores("/Sidecar.txt", "Sidecar.txt")).isTrue();
        assertThat(ignores("/Sidecar.txt", "Clips/Sidecar.txt")).isFalse();
        assertThat(ignores("Clips/*.xml", "Clips/a.xml")).isTrue();
        assertThat(ignores("Clips/*.xml", "A/Clips/a.xml")).isFalse();
        assertThat(ignores("Clips/*.xml", "Clips/sub/a.xml")).isFalse();
    }

    @Test
    void doubleAsterisksSpanFolders() {
        assertThat(ignores("**/logs", "a/b/logs")).isTrue();
        assertThat(ignores("a/**/b.txt", "a/b.txt")).isTrue();
        assertThat(ignores("a/**/b.txt", "a/x/y/b.txt")).isTrue();
        assertThat(ignores("a/**", "a/x/y")).isTrue();
        assertThat(ignores("a/**", "a")).isFalse();
        assertThat(ignores("**", "anything/at/all")).isTrue();
    }

    @Test
    void theLastMatchDecidesAndBangTakesBack() {
        IgnoreRules r = IgnoreRules.of(List.of("*.xml", "!keep.xml"));
        assertThat(r.ignores("a.xml")).isTrue();
        assertThat(r.ignores("keep.xml")).isFalse();
        assertThat(IgnoreRules.of(List.of("# comment", "", "\\#hash")).ignores("#hash")).isTrue();
        assertThat(IgnoreRules.of(List.of("# comment")).ignores("# comment")).isFalse();
    }

    @Test
    void newPatternsJoinTheLatestOnesWithoutDuplicates() throws Exception {
        assertThat(IgnoreRules.combine(List.of(), List.of("*.tmp", ".DS_Store"), null).patterns())
                .containsExactly(".DS_Store", "ascmhl", "ascmhl/", "*.tmp");
        assertThat(IgnoreRules.combine(List.of("ascmhl", "x"), List.of("y"), null).patterns())
                .containsExactly("ascmhl", "x", "y");
    }
}
