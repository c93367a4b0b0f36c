package org.postops.planning.config;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One line of a qualified configuration: the key (or a key pattern, {@code *} standing for any run of characters,
 * as in {@code gpu[*].driver}) and what its value must be: within a version range, exactly a text, or matching
 * a regular expression. A required rule fails when no key matches; an optional one only judges keys present.
 */
public record Rule(String key, Kind kind, String expected, boolean required) {

    /** How the value is judged. */
    public enum Kind {
        /** A {@link VersionRange}. */
        RANGE,
        /** Exactly this text. */
        EQUALS,
        /** A regular expression the whole value must match. */
        MATCHES
    }

    /** The reason a rule cannot be used, and which of its parts ("key", "range", "equals", "matches"). */
    public static final class InvalidRule extends IllegalArgumentException {
        private final String part;

        public InvalidRule(String part, String message) {
            super(message);
            this.part = part;
        }

        public String part() {
            return part;
        }
    }

    public Rule {
        if (key == null || key.isBlank()) {
            throw new InvalidRule("key", "a rule needs a key, such as apps.davinci-resolve-studio.version");
        }
        key = key.strip();
        if (key.length() > 300) {
            throw new InvalidRule("key", "is longer than 300 characters");
        }
        if (kind == null || expected == null) {
            throw new InvalidRule("range", "say what the value must be: one of range, equals or matches");
        }
        switch (kind) {
            case RANGE -> {
                try {
                    expected = VersionRange.parse(expected).toString();
                } catch (VersionRange.InvalidRange e) {
                    throw new InvalidRule("range", e.getMessage());
                }
            }
            case MATCHES -> {
                if (expected.length() > 300) {
                    throw new InvalidRule("matches", "is longer than 300 characters");
                }
                try {
                    Pattern.compile(expected);
                } catch (PatternSyntaxException e) {
                    throw new InvalidRule("matches", "is not a regular expression: " + e.getDescription());
                }
            }
            case EQUALS -> {
                if (expected.length() > 2000) {
                    throw new InvalidRule("equals", "is longer than 2000 characters");
                }
            }
        }
    }

    /** Whether the key is a pattern, matching any number of keys. */
    public boolean isPattern() {
        return key.contains("*");
    }

    public boolean matchesKey(String candidate) {
        if (!isPattern()) {
            return key.equals(candidate);
        }
        StringBuilder re = new StringBuilder();
        String[] parts = key.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            re.append(i == 0 ? "" : ".+").append(Pattern.quote(parts[i]));
        }
        return candidate.matches(re.toString());
    }

    /** Whether a value present under a matching key is acceptable. */
    public boolean admits(String value) {
        return switch (kind) {
            case RANGE -> VersionRange.parse(expected).contains(value);
            case EQUALS -> expected.equals(value);
            case MATCHES -> Pattern.compile(expected).matcher(value).matches();
        };
    }

    /** What is expected, as shown beside a failing value. */
    public String describeExpected() {
        return switch (kind) {
            case RANGE -> expected;
            case EQUALS -> "exactly “" + expected + "”";
            case MATCHES -> "matching /" + expected + "/";
        };
    }
}
