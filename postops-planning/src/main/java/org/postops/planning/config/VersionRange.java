package org.postops.planning.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The versions a qualified configuration approves, written as people write them (documented in
 * docs/support-desk.md, "Range syntax"):
 *
 * <ul>
 * <li>{@code 19.1.x}, {@code 19.1.*}, {@code 19.1}, {@code 9}: a prefix; every version whose first components are
 * these ({@code 9} admits 9, 9.3 and 9.3.1; {@code 12.4.0} admits 12.4.0 and its builds 12.4.0.7, not 12.4.1);
 * <li>{@code 550–560} or {@code 550-560}: from the first to the last, both inclusive, the last as a prefix, so
 * driver 560.35.03 is within 550–560;
 * <li>{@code >=1.2}, {@code >1.2}, {@code <=2}, {@code <2}, {@code =9.3}, combined with spaces ({@code >=1.2 <2}):
 * every comparison must hold; {@code =9.3} is numeric equality (9.3.0 and "9.3 (Blue Onyx)" are 9.3).
 * </ul>
 *
 * Versions compare as {@link Version} does; a pre-release (19.1.3b5) comes just before its release.
 */
public final class VersionRange {

    /** A range that does not parse: the message says why, in words for the person who wrote it. */
    public static final class InvalidRange extends IllegalArgumentException {
        public InvalidRange(String message) {
            super(message);
        }
    }

    private enum Op {
        AT_LEAST(">="), AT_MOST("<="), ABOVE(">"), BELOW("<"), EQUAL("="), PREFIX(""), UP_TO_PREFIX("");

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }
    }

    private record Bound(Op op, Version version) {

        boolean admits(Version v) {
            return switch (op) {
                case AT_LEAST -> v.compareTo(version) >= 0;
                case AT_MOST -> v.compareTo(version) <= 0;
                case ABOVE -> v.compareTo(version) > 0;
                case BELOW -> v.compareTo(version) < 0;
                case EQUAL -> v.compareTo(version) == 0;
                case PREFIX -> v.startsWith(version.components());
                case UP_TO_PREFIX -> v.compareNumbers(version) <= 0 || v.startsWith(version.components());
            };
        }
    }

    private static final String NUMBERS = "\\d{1,18}(?:\\.\\d{1,18})*";
    private static final Pattern HYPHEN = Pattern.compile("v?(" + NUMBERS + ")\\s*[-\u2013\u2014]\\s*v?(" + NUMBERS + ")");
    private static final Pattern WILDCARD = Pattern.compile("v?((?:\\d{1,18}\\.)*)[xX*]");
    private static final Pattern BARE = Pattern.compile("v?(" + NUMBERS + ")");
    private static final Pattern COMPARISON = Pattern.compile("(>=|<=|>|<|==?)\\s*([^\\s<>=]*)");
    private static final String EXAMPLES = "write e.g. 19.1.x, 550–560, >=1.2 <2, =9.3 or 9";

    private final String text;
    private final List<Bound> bounds;

    private VersionRange(String text, List<Bound> bounds) {
        this.text = text;
        this.bounds = List.copyOf(bounds);
    }

    /** The range written in {@code text}; {@link InvalidRange} saying why when it is not one. */
    public static VersionRange parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRange("the range is empty: " + EXAMPLES);
        }
        String t = text.strip();
        if (t.length() > 200) {
            throw new InvalidRange("the range is longer than 200 characters");
        }
        if (t.equals("*") || t.equalsIgnoreCase("x")) {
            return new VersionRange(t, List.of());
        }
        Matcher m = HYPHEN.matcher(t);
        if (m.matches()) {
            Version low = numbers(m.group(1));
            Version high = numbers(m.group(2));
            if (low.compareNumbers(high) > 0 && !low.startsWith(high.components())) {
                throw new InvalidRange("“" + t + "”: the lower bound " + low + " is above the upper bound " + high);
            }
            return new VersionRange(t, List.of(new Bound(Op.AT_LEAST, low), new Bound(Op.UP_TO_PREFIX, high)));
        }
        m = WILDCARD.matcher(t);
        if (m.matches()) {
            String prefix = m.group(1);
            if (prefix.isEmpty()) {
                return new VersionRange(t, List.of());
            }
            return new VersionRange(t, List.of(new Bound(Op.PREFIX, numbers(prefix.substring(0, prefix.length() - 1)))));
        }
        m = BARE.matcher(t);
        if (m.matches()) {
            return new VersionRange(t, List.of(new Bound(Op.PREFIX, numbers(m.group(1)))));
        }
        if (t.matches(".*\\d\\.[xX*]\\..*")) {
            throw new InvalidRange("“" + t + "”: x or * may only end a version, as in 19.1.x");
        }
        if (t.charAt(0) != '<' && t.charAt(0) != '>' && t.charAt(0) != '=') {
            throw new InvalidRange("“" + t + "” is not a version range: " + EXAMPLES);
        }
        return new VersionRange(t, comparisons(t));
    }

    private static List<Bound> comparisons(String t) {
        List<Bound> bounds = new ArrayList<>();
        Matcher m = COMPARISON.matcher(t);
        int at = 0;
        while (at < t.length()) {
            if (Character.isWhitespace(t.charAt(at))) {
                at++;
                continue;
            }
            if (!m.find(at) || m.start() != at) {
                throw new InvalidRange("“" + t + "”: expected a comparison such as >=1.2 at “" + t.substring(at) + "”");
            }
            String symbol = m.group(1);
            String version = m.group(2);
            if (version.isEmpty()) {
                throw new InvalidRange("“" + t + "”: “" + symbol + "” needs a version after it");
            }
            Version v = Version.parse(version).filter(x -> x.qualifier().isEmpty() || x.preRelease())
                    .orElseThrow(() -> new InvalidRange("“" + t + "”: “" + version + "” is not a version"));
            Op op = switch (symbol) {
                case ">=" -> Op.AT_LEAST;
                case "<=" -> Op.AT_MOST;
                case ">" -> Op.ABOVE;
                case "<" -> Op.BELOW;
                default -> Op.EQUAL;
            };
            bounds.add(new Bound(op, v));
            at = m.end();
        }
        if (bounds.size() > 8) {
            throw new InvalidRange("“" + t + "”: at most 8 comparisons");
        }
        checkSatisfiable(t, bounds);
        return bounds;
    }

    /** Refuses a range no version can meet (">=3 <2"), which is always a typing mistake. */
    private static void checkSatisfiable(String t, List<Bound> bounds) {
        for (Bound low : bounds) {
            for (Bound high : bounds) {
                boolean lowerOp = low.op() == Op.AT_LEAST || low.op() == Op.ABOVE || low.op() == Op.EQUAL;
                boolean upperOp = high.op() == Op.AT_MOST || high.op() == Op.BELOW || high.op() == Op.EQUAL;
                if (low != high && lowerOp && upperOp) {
                    int c = low.version().compareTo(high.version());
                    boolean strict = low.op() == Op.ABOVE || high.op() == Op.BELOW;
                    if (c > 0 || c == 0 && strict) {
                        throw new InvalidRange("“" + t + "” admits no version: " + low.op().symbol + low.version()
                                + " and " + high.op().symbol + high.version() + " cannot both hold");
                    }
                }
            }
        }
    }

    private static Version numbers(String text) {
        return Version.parse(text).orElseThrow(() -> new InvalidRange("“" + text + "” is not a version"));
    }

    /** Whether the version is within the range. */
    public boolean contains(Version version) {
        return bounds.stream().allMatch(b -> b.admits(version));
    }

    /** Whether the text reported starts with a version within the range; text that is no version is not. */
    public boolean contains(String reported) {
        Optional<Version> v = Version.parse(reported);
        return v.isPresent() && contains(v.get());
    }

    /** The range as written. */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VersionRange r && r.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
