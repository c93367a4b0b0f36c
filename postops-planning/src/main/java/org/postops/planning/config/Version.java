package org.postops.planning.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version as software reports it: numeric components ({@code 550.54.14}) and what follows them, the qualifier.
 *
 * <p>Components compare numerically, a missing one counting as 0 ({@code 9.3 = 9.3.0}). The qualifier breaks ties
 * only when it is a pre-release tag written straight after the numbers ({@code 19.1.3b5}, {@code 2.0-rc1},
 * {@code 1.0beta}): such a version comes before the bare one. A qualifier after a space or in brackets
 * ({@code 9.4 (Blue Onyx)}) or a build or packaging suffix ({@code 12.4.0+build7}, {@code 2.0.1-1.el9}) describes
 * the same release and is ignored, so those compare equal to the bare version.
 */
public record Version(List<Long> components, String qualifier) implements Comparable<Version> {

    private static final Pattern LEADING = Pattern.compile("[vV]?(\\d{1,18}(?:\\.\\d{1,18})*)(.*)", Pattern.DOTALL);
    private static final Pattern PRE_RELEASE = Pattern.compile(
            "[-_.~]?(a|b|alpha|beta|rc|pre|preview|dev|ea)\\.?\\d*", Pattern.CASE_INSENSITIVE);

    public Version {
        components = List.copyOf(components);
        if (components.isEmpty()) {
            throw new IllegalArgumentException("a version needs at least one number");
        }
        qualifier = qualifier == null ? "" : qualifier;
    }

    /** The version at the start of {@code text}, or empty when it does not start with a number. */
    public static Optional<Version> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = LEADING.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        List<Long> parts = new ArrayList<>();
        for (String part : m.group(1).split("\\.")) {
            parts.add(Long.parseLong(part));
        }
        return Optional.of(new Version(parts, m.group(2)));
    }

    public static Version of(long... components) {
        return new Version(Arrays.stream(components).boxed().toList(), "");
    }

    /** Whether this is a pre-release of its numbers, such as {@code 19.1.3b5} or {@code 2.0-rc1}. */
    public boolean preRelease() {
        return PRE_RELEASE.matcher(qualifier).matches();
    }

    public long component(int i) {
        return i < components.size() ? components.get(i) : 0;
    }

    /** Compares the numbers only, a missing component counting as 0. */
    public int compareNumbers(Version other) {
        int n = Math.max(components.size(), other.components.size());
        for (int i = 0; i < n; i++) {
            int c = Long.compare(component(i), other.component(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Whether this version's first components are exactly {@code prefix}'s (missing ones count as 0). */
    public boolean startsWith(List<Long> prefix) {
        for (int i = 0; i < prefix.size(); i++) {
            if (component(i) != prefix.get(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int compareTo(Version other) {
        int c = compareNumbers(other);
        if (c != 0) {
            return c;
        }
        boolean mine = preRelease();
        boolean theirs = other.preRelease();
        if (mine != theirs) {
            return mine ? -1 : 1;
        }
        return mine ? naturalOrder(qualifier, other.qualifier) : 0;
    }

    /** Text with runs of digits compared as numbers: {@code b5 < b10}. */
    static int naturalOrder(String a, String b) {
        Matcher x = Pattern.compile("\\d+|\\D+").matcher(a.toLowerCase(java.util.Locale.ROOT));
        Matcher y = Pattern.compile("\\d+|\\D+").matcher(b.toLowerCase(java.util.Locale.ROOT));
        while (true) {
            boolean hasX = x.find();
            boolean hasY = y.find();
            if (!hasX || !hasY) {
                return Boolean.compare(hasX, hasY);
            }
            String p = x.group();
            String q = y.group();
            int c;
            if (Character.isDigit(p.charAt(0)) && Character.isDigit(q.charAt(0))) {
                c = new java.math.BigInteger(p).compareTo(new java.math.BigInteger(q));
            } else {
                c = p.compareTo(q);
            }
            if (c != 0) {
                return c;
            }
        }
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < components.size(); i++) {
            b.append(i == 0 ? "" : ".").append(components.get(i));
        }
        return b.append(qualifier).toString();
    }
}
