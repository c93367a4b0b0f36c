package org.postops.app.config;

import java.time.Instant;
import java.util.List;
import org.postops.app.kit.KitType;
import org.postops.app.skill.SkillLevel;

/**
 * An approved combination of versions: a production's ({@code productionId}) or the facility's (null).
 * Withdrawn ones ({@code retiredAt}) are kept and no longer checked.
 */
public record QualifiedConfiguration(long id, int version, Long productionId, String name, List<KitType> kitKinds,
        List<RuleFields> rules, List<Long> skillIds, Instant createdAt, Instant updatedAt, Instant retiredAt) {

    /**
     * The level each of {@code skillIds} is required at: working, "do it day to day unaided", which is what running
     * a qualified suite on your own takes (decision 0031). No level is stored per skill.
     */
    public static final SkillLevel SKILL_LEVEL = SkillLevel.WORKING;

    public QualifiedConfigurationFields fields() {
        return new QualifiedConfigurationFields(name, kitKinds, rules, skillIds);
    }

    public boolean appliesTo(KitType kind) {
        return kitKinds.isEmpty() || kitKinds.contains(kind);
    }
}
