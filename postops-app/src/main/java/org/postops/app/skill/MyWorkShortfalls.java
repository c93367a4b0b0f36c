package org.postops.app.skill;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.postops.app.task.SkillShortfalls;
import org.springframework.stereotype.Component;

/** Answers My work's question (task area) from the skill gaps worked out here. */
@Component
class MyWorkShortfalls implements SkillShortfalls {

    private final SkillService skills;

    MyWorkShortfalls(SkillService skills) {
        this.skills = skills;
    }

    @Override
    public Map<Long, List<Shortfall>> of(long userId, Collection<Long> taskIds) {
        Map<Long, List<Shortfall>> out = new LinkedHashMap<>();
        skills.gaps(userId, taskIds).forEach((task, gaps) -> out.put(task, gaps.stream()
                .map(g -> new Shortfall(g.skill(), lower(g.required()), lower(g.yours()))).toList()));
        return out;
    }

    private static String lower(SkillLevel level) {
        return level.name().toLowerCase(Locale.ROOT);
    }
}
