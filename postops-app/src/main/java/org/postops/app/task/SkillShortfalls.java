package org.postops.app.task;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postops.app.access.Viewer;

/**
 * Where a person falls short of the skills their tasks need, for My work. Declared here and answered by the
 * areas that build on tasks: the skill area (what a task itself needs) and the config area (what the qualified
 * configurations of the kit booked to a task need). My work shows the flags without the task area depending
 * on either; several answers are {@linkplain #merge merged}, one line per skill and task.
 */
public interface SkillShortfalls {

    /** The four steps of the skill scale (decision 0020), lowest first: the words {@code required} and {@code yours} use. */
    List<String> STEPS = List.of("none", "basic", "working", "expert");

    /**
     * A task needs {@code required} of a skill ("expert") and the person has {@code yours} ("basic"). {@code source}
     * says where the need comes from when it is not the task's own ("qualified configuration “Grade suite”, kit
     * Grade 1"), and {@code kitId} is that kit, for a ticket asking for help to link; both null for the task's own.
     */
    record Shortfall(long skillId, String skill, String required, String yours, String source, Long kitId) {

        /** "needs Nuke: expert, you: basic", or "needs Nuke: working (qualified configuration “…”, kit …), you: basic". */
        public String describe() {
            return "needs " + skill + ": " + required + (source == null ? "" : " (" + source + ")") + ", you: " + yours;
        }

        int step() {
            return STEPS.indexOf(required);
        }
    }

    /**
     * By task id, only the tasks with a shortfall. The tasks are ones the caller already showed the viewer (their
     * own, in productions they may see); a client is owed none (they see nothing of skills or the support desk).
     */
    Map<Long, List<Shortfall>> of(Viewer viewer, Collection<Long> taskIds);

    /**
     * Several answers as one: one shortfall per task and skill, the highest requirement kept (on a tie, the one
     * naming a kit, so that Ask for help can link it), each task's by skill name.
     */
    static Map<Long, List<Shortfall>> merge(List<Map<Long, List<Shortfall>>> answers) {
        Map<Long, Map<Long, Shortfall>> bySkill = new LinkedHashMap<>();
        for (Map<Long, List<Shortfall>> answer : answers) {
            answer.forEach((task, shortfalls) -> {
                Map<Long, Shortfall> kept = bySkill.computeIfAbsent(task, t -> new LinkedHashMap<>());
                for (Shortfall s : shortfalls) {
                    kept.merge(s.skillId(), s, SkillShortfalls::stronger);
                }
            });
        }
        Map<Long, List<Shortfall>> merged = new LinkedHashMap<>();
        bySkill.forEach((task, kept) -> {
            List<Shortfall> list = new ArrayList<>(kept.values());
            list.sort(Comparator.comparing(Shortfall::skill).thenComparing(Shortfall::skillId));
            merged.put(task, List.copyOf(list));
        });
        return merged;
    }

    private static Shortfall stronger(Shortfall a, Shortfall b) {
        if (a.step() != b.step()) {
            return a.step() > b.step() ? a : b;
        }
        return a.kitId() == null && b.kitId() != null ? b : a;
    }
}
