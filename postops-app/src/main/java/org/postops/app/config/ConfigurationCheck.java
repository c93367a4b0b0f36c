package org.postops.app.config;

import java.util.List;
import org.postops.planning.config.QualifiedRules;

/** One qualified configuration checked against a kit's latest snapshot: the failing keys, none when compliant. */
public record ConfigurationCheck(long configurationId, String name, Long productionId, boolean compliant,
        List<QualifiedRules.Failure> failures) {

    public ConfigurationCheck {
        failures = List.copyOf(failures);
    }
}
