package org.postops.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingWeekTest {

    private static LocalTime t(String hhmm) {
        return LocalTime.parse(hhmm);
    }

    @Test
    void theStandardDayIsEightHours() {
        assertThat(WorkingDay.standard().minutes()).isEqualTo(480);
        assertThat(WorkingWeek.standard().days()).hasSize(5).doesNotContain(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(WorkingDay.withoutLunch(t("08:00"), t("12:30")).minutes()).isEqualTo(270);
    }

    @Test
    void aDayMustEndAfterItStarts() {
        assertThatThrownBy(() -> new WorkingDay(t("18:00"), t("09:00"), t("13:00"), t("14:00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the working day must end after it starts: 18:00–09:00");
    }

    @Test
    void lunchMustLieInsideTheDay() {
        assertThatThrownBy(() -> new WorkingDay(t("09:00"), t("18:00"), t("08:00"), t("10:00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lunch 08:00–10:00 must lie inside the working day 09:00–18:00");
        assertThatThrownBy(() -> new WorkingDay(t("09:00"), t("18:00"), t("17:30"), t("18:00")))
                .hasMessageContaining("must lie inside");
        assertThatThrownBy(() -> new WorkingDay(t("09:00"), t("18:00"), t("14:00"), t("13:00")))
                .hasMessage("lunch must end after it starts: 14:00–13:00");
    }

    @Test
    void hoursAreWholeMinutesAndAWeekHasDays() {
        assertThatThrownBy(() -> WorkingDay.withoutLunch(t("09:00:30"), t("18:00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole minutes");
        assertThatThrownBy(() -> new WorkingWeek(Set.of(), WorkingDay.standard()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a working week needs at least one working day");
    }

    /** Where a finish and a start fall around lunch: 240 minutes done is 13:00; work resumes at 14:00. */
    @Test
    void finishesAndStartsAroundLunch() {
        WorkingDay day = WorkingDay.standard();
        assertThat(day.finishAt(240)).isEqualTo(13 * 60);
        assertThat(day.startAt(240)).isEqualTo(14 * 60);
        assertThat(day.elapsedAt(13 * 60 + 30)).isEqualTo(240);
        assertThat(day.nextWorkingMinute(13 * 60 + 30)).isEqualTo(14 * 60);
        assertThat(day.nextWorkingMinute(18 * 60)).isEqualTo(-1);
    }
}
