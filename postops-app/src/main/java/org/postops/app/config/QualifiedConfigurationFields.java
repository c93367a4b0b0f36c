package org.postops.app.config;

import java.util.List;
import org.postops.app.kit.KitType;

/**
 * A qualified configuration as written: its name, the kinds of kit it applies to (none: every kind), its rules,
 * and the skills (ids of the skills area) working on such kit needs.
 */
public record QualifiedConfigurationFields(String name, List<KitType> kitKinds, List<RuleFields> rules,
        List<Long> skillIds) {

    public QualifiedConfigurationFields {
        kitKinds = kitKinds == null ? List.of() : kitKinds;
        rules = rules == null ? List.of() : rules;
        skillIds = skillIds == null ? List.of() : skillIds;
    }
}
