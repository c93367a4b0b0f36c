package org.postops.app.expert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postops.app.kit.KitType;
import org.postops.app.skill.SkillCategory;
import org.postops.app.skill.SkillLevel;
import org.postops.app.skill.SkillNeed;

/** The ranking on a scenario with known answers: each score is worked out by hand in the comments. */
class ExpertRankingTest {

    static final SkillNeed COLOUR = need(1, "DaVinci Resolve colour", SkillCategory.GRADING, SkillLevel.WORKING);
    static final SkillNeed CALIBRATION = need(2, "Monitor calibration", SkillCategory.COLOUR_PIPELINE,
            SkillLevel.EXPERT);
    /** Saturday 7 March 2026, noon in London (GMT). */
    static final Instant SATURDAY = Instant.parse("2026-03-07T12:00:00Z");
    static final SupportHours OFFICE = new SupportHours(false, List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 30),
            "Europe/London");

    @Test
    void scoresAndReasonsAreExactlyAsDocumented() {
        Expert engineer = expert(10, ExpertKind.STAFF, "Sam Engineer", SupportHours.twentyFourSeven(), true,
                List.of(KitType.REFERENCE_MONITOR), at(COLOUR, SkillLevel.EXPERT), at(CALIBRATION, SkillLevel.WORKING));
        Expert vendor = expert(20, ExpertKind.VENDOR, "Blackmagic Design support", OFFICE, true, List.of(),
                at(COLOUR, SkillLevel.EXPERT), at(CALIBRATION, SkillLevel.EXPERT));
        Expert retired = expert(30, ExpertKind.FREELANCER, "Gone Freelancer", SupportHours.twentyFourSeven(), false,
                List.of(KitType.REFERENCE_MONITOR), at(COLOUR, SkillLevel.EXPERT), at(CALIBRATION, SkillLevel.EXPERT));
        Expert novice = expert(40, ExpertKind.FREELANCER, "New Freelancer", SupportHours.twentyFourSeven(), true,
                List.of());
        TicketFacts facts = new TicketFacts(SkillCategory.GRADING, KitType.REFERENCE_MONITOR,
                List.of(COLOUR, CALIBRATION), SATURDAY);

        List<ExpertSuggestion> ranked = ExpertRanking.rank(List.of(novice, vendor, retired, engineer), facts,
                Map.of(10L, new TrackRecord(4, 8, 0.75)), Map.of(10L, 2));

        assertThat(ranked).extracting(ExpertSuggestion::expertId).containsExactly(10L, 20L, 40L);
        // category 10×3 + colour 20 + calibration 20×2/3 + kit 15 + record (4×4 + 10×8/16 + 20×0.75) − load 2×5
        assertThat(ranked.get(0).score()).isEqualTo(104.33);
        assertThat(ranked.get(0).availableNow()).isTrue();
        assertThat(ranked.get(0).reasons()).containsExactly("Expert in DaVinci Resolve colour",
                "DaVinci Resolve colour: expert (needs working)", "Monitor calibration: working, below the expert needed",
                "Knows kit of this type: reference monitor", "Resolved 4 similar, median 8 h, 75% effective",
                "2 open tickets");
        // category 30 + colour 20 + calibration 20, closed on a Saturday −25
        assertThat(ranked.get(1).score()).isEqualTo(45.0);
        assertThat(ranked.get(1).availableNow()).isFalse();
        assertThat(ranked.get(1).reasons()).contains("No similar tickets resolved yet", "No open tickets",
                "Line closed until Mon 09:00 Europe/London");
        assertThat(ranked.get(2).score()).isZero();
        assertThat(ranked.get(2).reasons()).startsWith("No grading skills recorded",
                "DaVinci Resolve colour: none, below the working needed");
    }

    @Test
    void aLineOpenNowSaysUntilWhenAndSpeedIsWordedInHours() {
        Expert vendor = expert(20, ExpertKind.VENDOR, "Avid support", OFFICE, true, List.of());
        TicketFacts tuesday = new TicketFacts(SkillCategory.EDITING_SYSTEMS, null, List.of(),
                Instant.parse("2026-03-10T10:00:00Z"));
        ExpertSuggestion s = ExpertRanking.rank(List.of(vendor), tuesday, Map.of(20L, new TrackRecord(1, 3, 1)),
                Map.of()).get(0);
        // record 4 + 10×8/11 + 20 = 31.27; no category skill
        assertThat(s.score()).isEqualTo(31.27);
        assertThat(s.reasons()).contains("Resolved 1 similar, median 3 h, 100% effective", "Open now, until 17:30 Europe/London");
        Expert always = expert(21, ExpertKind.VENDOR, "Avid 24/7", SupportHours.twentyFourSeven(), true, List.of());
        assertThat(ExpertRanking.rank(List.of(always), tuesday, Map.of(), Map.of()).get(0).reasons())
                .contains("Line open 24/7");
    }

    @Test
    void aStaffExpertsOwnAssessmentCountsWhereTheRegisterIsSilent() {
        Expert staff = new Expert(50, 0, ExpertKind.STAFF, 7L, "sam", "Sam", null, null, null, null, null,
                SupportHours.twentyFourSeven(), List.of(at(COLOUR, SkillLevel.BASIC)),
                List.of(at(COLOUR, SkillLevel.EXPERT), at(CALIBRATION, SkillLevel.EXPERT)), List.of(), true, null,
                null);
        TicketFacts facts = new TicketFacts(SkillCategory.COLOUR_PIPELINE, null, List.of(COLOUR, CALIBRATION), null);
        // category 30 (own: calibration expert) + colour 20×1/2 (register says basic) + calibration 20
        assertThat(ExpertRanking.rank(List.of(staff), facts, Map.of(), Map.of()).get(0).score()).isEqualTo(60.0);
    }

    static SkillNeed need(long id, String name, SkillCategory category, SkillLevel level) {
        return new SkillNeed(id, name, category, level);
    }

    static SkillNeed at(SkillNeed skill, SkillLevel level) {
        return new SkillNeed(skill.skillId(), skill.skill(), skill.category(), level);
    }

    static Expert expert(long id, ExpertKind kind, String name, SupportHours hours, boolean active, List<KitType> kit,
            SkillNeed... skills) {
        return new Expert(id, 0, kind, null, null, name, null, null, null, null, null, hours, List.of(skills),
                List.of(), kit, active, null, null);
    }
}
