package org.postops.app.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.postops.app.media.volume.MediaType;

/** What a folder still needs for 3-2-1, in the fewest copies and in words. */
class CoverageWordsTest {

    @Test
    void completeNeedsNothing() {
        assertThat(CoverageCalculator.needs(3, EnumSet.of(MediaType.DISK, MediaType.TAPE), 1)).isEmpty();
        assertThat(CoverageCalculator.needs(5, EnumSet.of(MediaType.DISK, MediaType.CLOUD), 2)).isEmpty();
    }

    @Test
    void oneCopyCanMendSeveralGaps() {
        assertThat(CoverageCalculator.needs(2, EnumSet.of(MediaType.DISK, MediaType.TAPE), 0))
                .containsExactly("needs one more copy off site");
        assertThat(CoverageCalculator.needs(2, EnumSet.of(MediaType.DISK, MediaType.TAPE), 1))
                .containsExactly("needs one more copy");
        assertThat(CoverageCalculator.needs(2, EnumSet.of(MediaType.DISK), 0))
                .containsExactly("needs one more copy, off site and on a medium other than disk");
        assertThat(CoverageCalculator.needs(3, EnumSet.of(MediaType.TAPE), 1))
                .containsExactly("needs one more copy on a medium other than tape");
    }

    @Test
    void fewCopiesNeedMore() {
        assertThat(CoverageCalculator.needs(1, EnumSet.of(MediaType.DISK), 0))
                .containsExactly("needs two more copies, one of them off site and one on a medium other than disk");
        assertThat(CoverageCalculator.needs(0, EnumSet.noneOf(MediaType.class), 0))
                .containsExactly("needs three more copies, one of them off site and on two media types");
    }
}
