package org.postops.app.expert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.postops.app.kit.KitType;
import org.postops.app.skill.SkillCategory;
import org.postops.app.skill.SkillLevel;
import org.postops.app.skill.SkillNeed;

/** The ranking's promises, all else equal: deterministic, more skill never hurts, more load never helps. */
class ExpertRankingProperties {

    static final List<SkillNeed> SKILLS = List.of(
            ExpertRankingTest.need(1, "Nuke", SkillCategory.VFX, SkillLevel.NONE),
            ExpertRankingTest.need(2, "Flame", SkillCategory.VFX, SkillLevel.NONE),
            ExpertRankingTest.need(3, "ACES", SkillCategory.COLOUR_PIPELINE, SkillLevel.NONE),
            ExpertRankingTest.need(4, "ProRes", SkillCategory.CODECS_AND_FORMATS, SkillLevel.NONE));

    /** A random but reproducible scenario: experts, the ticket, records and loads. */
    record Scenario(List<Expert> experts, TicketFacts facts, Map<Long, TrackRecord> records, Map<Long, Integer> load) {
    }

    @Property(tries = 300)
    void theSameFactsGiveTheSameRankingWhateverOrderExpertsAreReadIn(@ForAll long seed) {
        Scenario s = scenario(new Random(seed));
        List<Expert> shuffled = new ArrayList<>(s.experts());
        Collections.shuffle(shuffled, new Random(seed + 1));
        assertThat(ExpertRanking.rank(shuffled, s.facts(), s.records(), s.load()))
                .isEqualTo(ExpertRanking.rank(s.experts(), s.facts(), s.records(), s.load()));
    }

    @Property(tries = 300)
    void moreSkillNeverRanksAnExpertLower(@ForAll long seed) {
        Random random = new Random(seed);
        Scenario s = scenario(random);
        Expert chosen = s.experts().get(random.nextInt(s.experts().size()));
        SkillNeed skill = SKILLS.get(random.nextInt(SKILLS.size()));
        SkillLevel now = chosen.levels().containsKey(skill.skillId()) ? chosen.levels().get(skill.skillId()).level()
                : SkillLevel.NONE;
        if (now == SkillLevel.EXPERT) {
            return;
        }
        SkillLevel more = SkillLevel.values()[now.ordinal() + 1 + random.nextInt(SkillLevel.EXPERT.ordinal()
                - now.ordinal())];
        List<SkillNeed> skills = new ArrayList<>(chosen.skills().stream()
                .filter(n -> n.skillId() != skill.skillId()).toList());
        skills.add(ExpertRankingTest.at(skill, more));
        Expert better = new Expert(chosen.id(), 0, chosen.kind(), null, null, chosen.name(), null, null, null, null,
                null, chosen.hours(), skills, List.of(), chosen.kitTypes(), chosen.active(), null, null);
        List<Expert> after = s.experts().stream().map(e -> e.id() == chosen.id() ? better : e).toList();
        assertThat(place(after, s, s.load(), chosen.id())).isLessThanOrEqualTo(place(s.experts(), s, s.load(),
                chosen.id()));
    }

    @Property(tries = 300)
    void moreOpenTicketsNeverRankAnExpertHigher(@ForAll long seed) {
        Random random = new Random(seed);
        Scenario s = scenario(random);
        long chosen = s.experts().get(random.nextInt(s.experts().size())).id();
        Map<Long, Integer> busier = new HashMap<>(s.load());
        busier.merge(chosen, 1 + random.nextInt(5), Integer::sum);
        assertThat(place(s.experts(), s, busier, chosen)).isGreaterThanOrEqualTo(place(s.experts(), s, s.load(),
                chosen));
    }

    /** Where the expert is in the ranking; inactive experts are never placed (and count as last). */
    private static int place(List<Expert> experts, Scenario s, Map<Long, Integer> load, long id) {
        List<ExpertSuggestion> ranked = ExpertRanking.rank(experts, s.facts(), s.records(), load);
        for (int i = 0; i < ranked.size(); i++) {
            if (ranked.get(i).expertId() == id) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    static Scenario scenario(Random r) {
        List<Expert> experts = new ArrayList<>();
        Map<Long, TrackRecord> records = new HashMap<>();
        Map<Long, Integer> load = new HashMap<>();
        int n = 1 + r.nextInt(8);
        for (int i = 0; i < n; i++) {
            long id = 100 + i;
            List<SkillNeed> skills = new ArrayList<>();
            for (SkillNeed s : SKILLS) {
                if (r.nextBoolean()) {
                    skills.add(ExpertRankingTest.at(s, SkillLevel.values()[r.nextInt(4)]));
                }
            }
            List<KitType> kit = new ArrayList<>();
            for (KitType k : KitType.values()) {
                if (r.nextInt(4) == 0) {
                    kit.add(k);
                }
            }
            SupportHours hours = r.nextBoolean() ? SupportHours.twentyFourSeven() : ExpertRankingTest.OFFICE;
            // names may repeat so that ties fall back to the id
            experts.add(ExpertRankingTest.expert(id, ExpertKind.values()[r.nextInt(3)], "Expert " + r.nextInt(3),
                    hours, r.nextInt(6) > 0, kit, skills.toArray(SkillNeed[]::new)));
            if (r.nextBoolean()) {
                records.put(id, new TrackRecord(r.nextInt(10), r.nextInt(200) / 4.0, r.nextInt(101) / 100.0));
            }
            if (r.nextBoolean()) {
                load.put(id, r.nextInt(6));
            }
        }
        List<SkillNeed> needs = new ArrayList<>();
        for (SkillNeed s : SKILLS) {
            if (r.nextBoolean()) {
                needs.add(ExpertRankingTest.at(s, SkillLevel.values()[r.nextInt(4)]));
            }
        }
        TicketFacts facts = new TicketFacts(SkillCategory.values()[r.nextInt(SkillCategory.values().length)],
                r.nextBoolean() ? null : KitType.values()[r.nextInt(KitType.values().length)], needs,
                Instant.parse("2026-03-02T00:00:00Z").plusSeconds(r.nextInt(14 * 24 * 3600)));
        return new Scenario(experts, facts, records, load);
    }
}
