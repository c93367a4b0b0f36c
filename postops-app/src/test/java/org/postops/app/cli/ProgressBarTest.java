package org.postops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postops.media.hash.HashFormat;
import org.postops.media.hash.HashingPool;
import org.postops.media.hash.HashingProgress;

class ProgressBarTest {

    @TempDir
    Path tmp;

    @Test
    void theBarShowsFilesBytesSpeedAndTimeLeft() throws Exception {
        HashingProgress p = new HashingProgress();
        assertThat(ProgressBar.render(p)).isEqualTo("scanning and reading the history…");
        Path f = Files.write(tmp.resolve("a.mov"), new byte[3 << 20]);
        new HashingPool(1, 1 << 20).hashAll(List.of(new HashingPool.Job(f, Set.of(HashFormat.XXH64), 3 << 20)), p);
        assertThat(ProgressBar.render(p)).matches(
                "\\[#{24}\\] 100%  1/1 files  3\\.0 MiB/3\\.0 MiB  [0-9.]+ [KMG]?i?B/s  ETA 0:00");
        assertThat(Sizes.bytes(1536)).isEqualTo("1.5 KiB");
        assertThat(Sizes.bytes(8L << 30)).isEqualTo("8.0 GiB");
        assertThat(Sizes.megabytesPerSecond(2_000_000_000L, 2)).isEqualTo("1000 MB/s");
    }
}
