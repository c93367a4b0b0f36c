package org.postops.app.expert;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postops.app.kit.KitType;
import org.postops.app.skill.LevelOf;
import org.postops.app.skill.SkillNeed;

/**
 * Someone who can help with a fault. {@code skills} are what the register says; for a member of staff
 * {@code selfAssessed} is their own assessment, which counts for every skill the register does not list.
 */
public record Expert(long id, int version, ExpertKind kind, Long userId, String username, String name,
        String organisation, String email, String phone, String url, String notes, SupportHours hours,
        List<SkillNeed> skills, List<SkillNeed> selfAssessed, List<KitType> kitTypes, boolean active,
        Instant createdAt, Instant updatedAt) {

    public Expert {
        skills = List.copyOf(skills);
        selfAssessed = List.copyOf(selfAssessed);
        kitTypes = List.copyOf(kitTypes);
    }

    /** The level that counts for each skill: the register's, else the self-assessment's. */
    public Map<Long, SkillNeed> levels() {
        Map<Long, SkillNeed> levels = new LinkedHashMap<>();
        selfAssessed.forEach(s -> levels.put(s.skillId(), s));
        skills.forEach(s -> levels.put(s.skillId(), s));
        return levels;
    }

    public ExpertFields fields() {
        return new ExpertFields(kind, userId, name, organisation, email, phone, url, notes, hours,
                skills.stream().map(s -> new LevelOf(s.skillId(), s.level())).toList(), kitTypes, active, version);
    }
}
