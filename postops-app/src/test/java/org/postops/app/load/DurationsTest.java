package org.postops.app.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Hours as the load view's numbers give them, and the levels of the People page's cells. */
class DurationsTest {

    @Test
    void hoursToTheHundredthKeepEveryMinute() {
        assertThat(Durations.hours(450)).isEqualTo(7.5);
        assertThat(Durations.hours(20)).isEqualTo(0.33);
        for (long m = 0; m < 2_000; m++) {
            assertThat(Math.round(Durations.hours(m) * 60)).as("minutes survive the round trip").isEqualTo(m);
        }
    }

    @Test
    void cellLevels() {
        assertThat(LoadGrid.level(0, 480, false)).isEqualTo("none");
        assertThat(LoadGrid.level(0, 0, false)).isEqualTo("off");
        assertThat(LoadGrid.level(180, 480, false)).isEqualTo("light");
        assertThat(LoadGrid.level(240, 480, false)).isEqualTo("normal");
        assertThat(LoadGrid.level(432, 480, false)).isEqualTo("full");
        assertThat(LoadGrid.level(480, 480, false)).isEqualTo("full");
        assertThat(LoadGrid.level(60, 0, true)).isEqualTo("over");
    }
}
