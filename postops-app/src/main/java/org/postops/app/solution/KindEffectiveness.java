package org.postops.app.solution;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.postops.app.skill.SkillCategory;

/**
 * Effectiveness aggregated over the solutions of one kind (fix or workaround), across every category
 * ({@code category} null) or within one.
 *
 * @param recurrenceRate recurrences per solution
 * @param medianRestoreMinutes the median time to restore
 * @param meanRating the mean of the ratings given, null when none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KindEffectiveness(SolutionKind kind, SkillCategory category, int solutions, double meanScore,
        int recurrences, double recurrenceRate, long medianRestoreMinutes, String medianRestore,
        double medianRestoreHours, Double meanRating, int ratings) {
}
