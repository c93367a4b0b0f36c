package org.postops.planning.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The rules of one qualified configuration, and the check of a configuration against them. */
public record QualifiedRules(List<Rule> rules) {

    /** Why a configuration is not the qualified one: the key (or pattern), what was expected, what it has. */
    public record Failure(String key, String expected, String actual) {
    }

    /** The value shown for a required key that is not there. */
    public static final String MISSING = "missing";

    public QualifiedRules {
        rules = List.copyOf(rules);
    }

    /** Every failing key, in rule order then key order; empty when the configuration complies. */
    public List<Failure> check(Configuration configuration) {
        List<Failure> failures = new ArrayList<>();
        for (Rule rule : rules) {
            if (!rule.isPattern()) {
                String value = configuration.values().get(rule.key());
                if (value == null && rule.required()) {
                    failures.add(new Failure(rule.key(), rule.describeExpected(), MISSING));
                } else if (value != null && !rule.admits(value)) {
                    failures.add(new Failure(rule.key(), rule.describeExpected(), value));
                }
                continue;
            }
            boolean any = false;
            for (Map.Entry<String, String> e : configuration.values().entrySet()) {
                if (rule.matchesKey(e.getKey())) {
                    any = true;
                    if (!rule.admits(e.getValue())) {
                        failures.add(new Failure(e.getKey(), rule.describeExpected(), e.getValue()));
                    }
                }
            }
            if (!any && rule.required()) {
                failures.add(new Failure(rule.key(), rule.describeExpected(), MISSING));
            }
        }
        return List.copyOf(failures);
    }
}
