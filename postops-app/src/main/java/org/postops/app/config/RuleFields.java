package org.postops.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One rule as the API takes and shows it: the key (or pattern with {@code *}) and exactly one of {@code range}
 * (a version range, such as 19.1.x or 550–560), {@code equals} (exact text) or {@code matches} (a regular
 * expression); {@code required} (default true) says whether a missing key is drift.
 */
public record RuleFields(String key, String range, @JsonProperty("equals") String equalTo, String matches,
        Boolean required) {

    /** The rule as the configuration pages' form writes it: {@code ? key range}, {@code key = text}, {@code key ~ re}. */
    public String written() {
        String what = range != null ? range : equalTo != null ? "= " + equalTo : "~ " + matches;
        return (Boolean.FALSE.equals(required) ? "? " : "") + key + " " + what;
    }
}
