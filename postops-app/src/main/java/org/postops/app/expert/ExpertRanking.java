package org.postops.app.expert;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.postops.app.skill.SkillLevel;
import org.postops.app.skill.SkillNeed;
import org.postops.app.web.Formats;

/**
 * Ranks experts for a ticket. Pure: the same facts give the same list, and each suggestion says why it
 * scored as it did. The points and why they are these are in docs/decisions/0020-skills-and-experts.md:
 *
 * <ul>
 * <li>category: 10 per level of the expert's best skill in the ticket's category (basic 10 … expert 30);
 * <li>each skill the ticket needs: 20 × (the expert's level, capped at the level needed) / the level needed;
 * <li>knows the type of kit at fault: 15;
 * <li>track record on similar tickets: 4 per resolved (up to 5), speed 10 × 8 / (8 + median hours), and
 *     20 × effectiveness; nothing without a resolved ticket;
 * <li>open load: −5 per open ticket;
 * <li>closed now (outside the line's hours): −25; the expert stays on the list.
 * </ul>
 * Ties go to the name, then the id, so the order never depends on the order experts were read in.
 */
public final class ExpertRanking {

    static final double PER_CATEGORY_LEVEL = 10;
    static final double PER_NEED = 20;
    static final double KIT_TYPE = 15;
    static final double PER_RESOLVED = 4;
    static final int RESOLVED_COUNTED = 5;
    static final double SPEED = 10;
    static final double SPEED_HALF_HOURS = 8;
    static final double EFFECTIVENESS = 20;
    static final double PER_OPEN = 5;
    static final double CLOSED_NOW = 25;

    private static final DateTimeFormatter OPENS = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.UK);

    private ExpertRanking() {
    }

    /** Active experts, best first. Experts missing from {@code records} or {@code openLoad} have none. */
    public static List<ExpertSuggestion> rank(List<Expert> experts, TicketFacts facts, Map<Long, TrackRecord> records,
            Map<Long, Integer> openLoad) {
        List<ExpertSuggestion> all = new ArrayList<>();
        for (Expert e : experts) {
            if (e.active()) {
                all.add(score(e, facts, records.getOrDefault(e.id(), TrackRecord.NONE),
                        Math.max(0, openLoad.getOrDefault(e.id(), 0))));
            }
        }
        all.sort(Comparator.comparingDouble(ExpertSuggestion::score).reversed()
                .thenComparing(s -> s.name().toLowerCase(Locale.ROOT)).thenComparingLong(ExpertSuggestion::expertId));
        return List.copyOf(all);
    }

    static ExpertSuggestion score(Expert e, TicketFacts facts, TrackRecord record, int open) {
        Map<Long, SkillNeed> levels = e.levels();
        List<String> reasons = new ArrayList<>();
        double score = 0;

        if (facts.category() != null) {
            Optional<SkillNeed> best = levels.values().stream().filter(s -> s.category() == facts.category())
                    .filter(s -> s.level() != SkillLevel.NONE)
                    .max(Comparator.comparing(SkillNeed::level).thenComparing(SkillNeed::skill,
                            Comparator.reverseOrder()));
            if (best.isPresent()) {
                score += PER_CATEGORY_LEVEL * best.get().level().ordinal();
                reasons.add(best.get().level().label() + " in " + best.get().skill());
            } else {
                reasons.add("No " + facts.category().label().toLowerCase(Locale.ROOT) + " skills recorded");
            }
        }
        for (SkillNeed need : facts.skills()) {
            int wanted = need.level().ordinal();
            if (wanted == 0) {
                continue;
            }
            SkillLevel has = Optional.ofNullable(levels.get(need.skillId())).map(SkillNeed::level)
                    .orElse(SkillLevel.NONE);
            score += PER_NEED * Math.min(has.ordinal(), wanted) / wanted;
            String lower = has.name().toLowerCase(Locale.ROOT);
            String needed = need.level().name().toLowerCase(Locale.ROOT);
            reasons.add(has.atLeast(need.level()) ? need.skill() + ": " + lower + " (needs " + needed + ")"
                    : need.skill() + ": " + lower + ", below the " + needed + " needed");
        }
        if (facts.kitType() != null && e.kitTypes().contains(facts.kitType())) {
            score += KIT_TYPE;
            reasons.add("Knows kit of this type: " + facts.kitType().label().toLowerCase(Locale.ROOT));
        }
        if (record.similarResolved() > 0) {
            double effectiveness = Math.max(0, Math.min(1, record.effectiveness()));
            double median = Math.max(0, record.medianHoursToResolve());
            score += PER_RESOLVED * Math.min(record.similarResolved(), RESOLVED_COUNTED)
                    + SPEED * SPEED_HALF_HOURS / (SPEED_HALF_HOURS + median) + EFFECTIVENESS * effectiveness;
            reasons.add("Resolved " + record.similarResolved() + " similar, median "
                    + Formats.workTime(Math.round(median * 60)) + ", " + Math.round(effectiveness * 100)
                    + "% effective");
        } else {
            reasons.add("No similar tickets resolved yet");
        }
        score -= PER_OPEN * open;
        reasons.add(open == 0 ? "No open tickets" : open == 1 ? "1 open ticket" : open + " open tickets");

        boolean openNow = facts.at() == null || e.hours().openAt(facts.at());
        if (!openNow) {
            score -= CLOSED_NOW;
            String line = e.kind() == ExpertKind.VENDOR ? "Line" : "Hours";
            reasons.add(e.hours().nextOpening(facts.at()).map(ZonedDateTime.class::cast)
                    .map(t -> line + " closed until " + OPENS.format(t) + " " + t.getZone().getId())
                    .orElse(line + " closed"));
        } else if (!e.hours().always()) {
            reasons.add("Open now, until " + e.hours().closes() + " " + e.hours().zone());
        } else if (e.kind() == ExpertKind.VENDOR) {
            reasons.add("Line open 24/7");
        }
        return new ExpertSuggestion(e.id(), e.name(), e.kind(), e.userId(), Math.round(score * 100) / 100.0, openNow,
                reasons);
    }
}
