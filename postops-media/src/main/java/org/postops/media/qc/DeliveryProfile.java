package org.postops.media.qc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A delivery specification as rules: what a broadcaster or platform accepts. Read from YAML by
 * {@link DeliveryProfiles}; the schema is in docs/delivery-profiles.md.
 *
 * @param id the name used with {@code --profile}
 * @param name a title
 * @param description what it is for
 * @param programme which audio is the programme mix that loudness and silence are measured on
 * @param rules the rules, in the order they are reported
 * @param origin {@code built-in} or the file it came from
 */
public record DeliveryProfile(String id, String name, String description, Programme programme, List<Rule> rules,
        String origin) {

    /**
     * The programme mix: audio tracks (1-based, in file order) combined in this order into one signal with this
     * channel layout. One track with more channels than the layout gives its first channels.
     */
    public record Programme(List<Integer> tracks, String layout) {

        public static final Programme FIRST_STEREO = new Programme(List.of(1), "stereo");

        public int channels() {
            return switch (layout) {
                case "mono" -> 1;
                case "stereo" -> 2;
                case "5.1", "5.1(side)" -> 6;
                case "7.1" -> 8;
                default -> throw new IllegalStateException(layout);
            };
        }
    }

    /** How much a broken rule matters: only errors fail a delivery. */
    public enum Severity {
        ERROR, WARNING, INFO;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One rule.
     *
     * @param id unique within the profile
     * @param check what it checks
     * @param expect what passes: {@code equals}, {@code one-of}, {@code min}, {@code max}, {@code target} with
     *     {@code tolerance}, {@code max-events}
     * @param settings measurement settings of signal checks ({@code min-duration}, {@code threshold}, …)
     * @param severity error, warning or info
     * @param source the document and clause the rule comes from
     * @param unconfirmed true when the number could not be confirmed from a primary source
     * @param note anything a reader should know
     */
    public record Rule(String id, Check check, Expectation expect, Map<String, BigDecimal> settings,
            Severity severity, String source, boolean unconfirmed, Optional<String> note) {

        public Optional<BigDecimal> setting(String name) {
            return Optional.ofNullable(settings.get(name));
        }
    }

    /** What a rule accepts; absent parts are not checked. */
    public record Expectation(Optional<String> equalsText, List<String> oneOf, Optional<BigDecimal> min,
            Optional<BigDecimal> max, Optional<BigDecimal> target, Optional<BigDecimal> tolerance,
            Optional<Integer> maxEvents) {

        /** For reports: {@code -23 ± 0.5}, {@code ≤ -1}, {@code 1920x1080}, {@code one of HQ, 4444}. */
        public String describe() {
            if (target.isPresent()) {
                return target.get().toPlainString() + tolerance.map(t -> " ± " + t.toPlainString()).orElse("");
            }
            if (equalsText.isPresent()) {
                return equalsText.get();
            }
            if (!oneOf.isEmpty()) {
                return "one of " + String.join(", ", oneOf);
            }
            if (min.isPresent() && max.isPresent()) {
                return min.get().toPlainString() + " to " + max.get().toPlainString();
            }
            if (min.isPresent()) {
                return "≥ " + min.get().toPlainString();
            }
            if (max.isPresent()) {
                return "≤ " + max.get().toPlainString();
            }
            return maxEvents.map(n -> n == 0 ? "none" : "at most " + n).orElse("none");
        }
    }

    public Optional<Rule> rule(String ruleId) {
        return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
    }

    /** Settings asked for by any rule of this check (the first one wins). */
    public Optional<Rule> firstRule(Check check) {
        return rules.stream().filter(r -> r.check() == check).findFirst();
    }
}
