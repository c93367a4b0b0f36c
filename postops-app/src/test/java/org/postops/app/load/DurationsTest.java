package org.postops.app.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Hours and minutes as the load view writes them, and the levels of the People page's cells. */
class DurationsTest {

    @Test
    void hoursAndMinutesNeverFractionsOfDays() {
        assertThat(Durations.text(0)).isEqualTo("0 h");
        assertThat(Durations.text(45)).isEqualTo("45 min");
        assertThat(Durations.text(480)).isEqualTo("8 h");
        assertThat(Durations.text(450)).isEqualTo("7 h 30 min");
        assertThat(Durations.text(2 * 480 + 5)).isEqualTo("16 h 5 min");
        assertThat(Durations.clock(450)).isEqualTo("7:30");
        assertThat(Durations.clock(485)).isEqualTo("8:05");
        assertThat(Durations.clock(480)).isEqualTo("8");
        assertThat(Durations.clock(0)).isEmpty();
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
