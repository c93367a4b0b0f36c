package org.postops.app.solution;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.postops.app.skill.SkillCategory;

/**
 * One result of a knowledge-base search: a solution ({@code type} "solution") or an article ("article", whose
 * title is the summary and whose body excerpt is the fix). {@code relevance} is the text match relative to the
 * best hit (0..1]; {@code rank} blends it with effectiveness (decision 0024). The ticket and production are left
 * out when the viewer may not see the production, and its names are blanked from the texts.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchHit(String type, Long solutionId, Long articleId, Long ticketId, String summary,
        String symptoms, String errorText, String whatWasDone, SolutionKind kind, Boolean acceptable,
        SkillCategory category, Effectiveness effectiveness, double relevance, double rank,
        Solution.ProductionRef production, List<Long> solutionIds, boolean withheld) {
}
