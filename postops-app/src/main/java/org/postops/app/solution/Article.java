package org.postops.app.solution;

import java.time.Instant;
import java.util.List;
import org.postops.app.skill.SkillCategory;

/**
 * A knowledge article written from one or more solutions: a title, a body of plain text (blank lines separate
 * paragraphs) and the solutions it draws on. Articles are the facility's, not a production's: whoever writes one
 * leaves productions out of it. Retired articles are kept but no longer found.
 */
public record Article(long id, int version, String title, String body, SkillCategory category,
        List<Long> solutionIds, String author, Instant createdAt, Instant updatedAt, boolean retired,
        double effectiveness) {
}
