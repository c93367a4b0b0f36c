package org.postops.app.solution;

import java.util.List;
import org.postops.app.skill.SkillCategory;

/** An article as written: title and body required, category and linked solutions optional. */
public record ArticleFields(String title, String body, SkillCategory category, List<Long> solutionIds) {
}
