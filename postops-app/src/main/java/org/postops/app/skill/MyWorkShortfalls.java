package org.postops.app.skill;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.postops.app.access.Viewer;
import org.postops.app.task.SkillShortfalls;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Answers My work's question (task area) from the skill gaps worked out here: what each task itself needs. */
@Component
@Order(1)
class MyWorkShortfalls implements SkillShortfalls {

    private final SkillService skills;

    MyWorkShortfalls(SkillService skills) {
        this.skills = skills;
    }

    @Override
    public Map<Long, List<Shortfall>> of(Viewer viewer, Collection<Long> taskIds) {
        if (viewer.isClient()) {
            return Map.of();
        }
        Map<Long, List<Shortfall>> out = new LinkedHashMap<>();
        skills.gaps(viewer.id(), taskIds).forEach((task, gaps) -> out.put(task, gaps.stream()
                .map(g -> new Shortfall(g.skillId(), g.skill(), lower(g.required()), lower(g.yours()), null, null))
                .toList()));
        return out;
    }

    static String lower(SkillLevel level) {
        return level.name().toLowerCase(Locale.ROOT);
    }
}
