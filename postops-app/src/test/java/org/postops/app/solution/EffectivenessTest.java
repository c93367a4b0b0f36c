package org.postops.app.solution;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The effectiveness formula's promises (decision 0024), whatever the figures. */
class EffectivenessTest {

    @Property(tries = 60)
    void addingARecurrenceNeverRaisesAScore(@ForAll @IntRange(min = 0, max = 20) int recurrences,
            @ForAll @IntRange(min = 0, max = 100_000) int minutes, @ForAll @IntRange(min = 0, max = 5) int stars) {
        Integer rating = stars == 0 ? null : stars;
        Effectiveness before = Effectiveness.of(recurrences, minutes, rating);
        Effectiveness after = Effectiveness.of(recurrences + 1, minutes, rating);
        assertThat(after.score()).isLessThanOrEqualTo(before.score());
        assertThat(before.score()).isBetween(0.0, 1.0);
        if (before.score() > 0.01) {
            assertThat(after.score()).isLessThan(before.score());
        }
    }

    @Property(tries = 60)
    void aBetterRatingNeverLowersAScore(@ForAll @IntRange(min = 1, max = 4) int stars,
            @ForAll @IntRange(min = 0, max = 5) int recurrences, @ForAll @IntRange(min = 0, max = 20_000) int minutes) {
        assertThat(Effectiveness.score(recurrences, minutes, 1, stars + 1))
                .isGreaterThan(Effectiveness.score(recurrences, minutes, 1, stars));
    }
}
