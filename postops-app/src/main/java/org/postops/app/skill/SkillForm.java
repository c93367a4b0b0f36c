package org.postops.app.skill;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.postops.app.web.Inputs;

/**
 * Skill levels in an HTML form, one select per skill named {@code skill-<id>}: the pages of skills, tasks and
 * the experts register all read and show them the same way.
 */
public final class SkillForm {

    /** One category of the taxonomy with, for each skill, the level chosen. */
    public record Group(SkillCategory category, List<Line> lines) {
    }

    /** A skill and the level chosen for it (NONE when nothing is). */
    public record Line(Skill skill, SkillLevel level, String note) {
    }

    public static final String FIELD = "skill-";

    private SkillForm() {
    }

    /** The levels typed into a form: fields {@code skill-<id>}, in id order; a wrong one is a bad field. */
    public static List<LevelOf> levels(Map<String, String> form) {
        Inputs in = new Inputs();
        List<LevelOf> levels = new ArrayList<>();
        form.forEach((field, value) -> {
            if (field.startsWith(FIELD)) {
                Long id = in.id(field, field.substring(FIELD.length()));
                SkillLevel level = in.choice(field, SkillLevel.class, value);
                if (id != null && level != null) {
                    levels.add(new LevelOf(id, level));
                }
            }
        });
        in.check();
        return levels;
    }

    /**
     * The levels as typed over {@code base} (what is saved), for showing a refused form again as it was: a field
     * that cannot be read ({@code skill-x}, a level that is not one) leaves the skill as it is in {@code base}.
     */
    public static Map<Long, SkillLevel> typed(Map<String, String> form, Map<Long, SkillLevel> base) {
        Map<Long, SkillLevel> shown = new java.util.HashMap<>(base);
        form.forEach((field, value) -> {
            if (field.startsWith(FIELD) && value != null) {
                try {
                    shown.put(Long.valueOf(field.substring(FIELD.length())),
                            SkillLevel.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT)));
                } catch (IllegalArgumentException unreadable) {
                    // the complaint says what was wrong; the select shows what is saved
                }
            }
        });
        return shown;
    }

    public static Map<Long, SkillLevel> levelsOf(List<SkillNeed> needs) {
        return needs.stream().collect(Collectors.toMap(SkillNeed::skillId, SkillNeed::level, (a, b) -> b));
    }

    public static List<Group> groups(List<Skill> all, Map<Long, SkillLevel> chosen, Function<Skill, String> note) {
        Map<SkillCategory, List<Line>> by = new LinkedHashMap<>();
        for (SkillCategory c : SkillCategory.values()) {
            by.put(c, new ArrayList<>());
        }
        all.forEach(s -> by.get(s.category()).add(new Line(s, chosen.getOrDefault(s.id(), SkillLevel.NONE),
                note.apply(s))));
        return by.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new Group(e.getKey(), e.getValue())).toList();
    }
}
