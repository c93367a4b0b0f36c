package org.postops.app.expert;

import java.time.Instant;
import java.util.List;
import org.postops.app.kit.KitType;
import org.postops.app.skill.SkillCategory;
import org.postops.app.skill.SkillNeed;

/** What the ranking knows of a ticket: its category, the type of kit at fault (if any), skills it needs, when. */
public record TicketFacts(SkillCategory category, KitType kitType, List<SkillNeed> skills, Instant at) {

    public TicketFacts {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }
}
