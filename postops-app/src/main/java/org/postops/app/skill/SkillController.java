package org.postops.app.skill;

import java.net.URI;
import java.util.List;
import org.postops.app.access.Viewer;
import org.postops.app.web.Preconditions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The skills taxonomy, self-assessments and the skills tasks need, over the API. */
@RestController
@RequestMapping("/api/v1")
class SkillController {

    /** A list of skills at levels, sent: a self-assessment, or what a task needs. */
    record Levels(List<LevelOf> skills) {
    }

    /** A list of skills at levels, answered. */
    record Sheet(List<SkillNeed> skills) {
    }

    private final SkillService skills;

    SkillController(SkillService skills) {
        this.skills = skills;
    }

    @GetMapping("/skills")
    List<Skill> taxonomy(Viewer viewer, @RequestParam(defaultValue = "false") boolean includeRetired) {
        return skills.taxonomy(viewer, includeRetired);
    }

    @PostMapping("/skills")
    ResponseEntity<Skill> create(Viewer viewer, @RequestBody SkillFields fields) {
        Skill skill = skills.createSkill(viewer, fields);
        return ResponseEntity.created(URI.create("/api/v1/skills/" + skill.id()))
                .eTag(Preconditions.etag(skill.version())).body(skill);
    }

    @GetMapping("/skills/{id}")
    ResponseEntity<Skill> get(Viewer viewer, @PathVariable long id) {
        Skill skill = skills.skill(viewer, id);
        return ResponseEntity.ok().eTag(Preconditions.etag(skill.version())).body(skill);
    }

    @PatchMapping(path = "/skills/{id}", consumes = {"application/json", "application/merge-patch+json"})
    ResponseEntity<Skill> patch(Viewer viewer, @PathVariable long id, @RequestBody JsonNode patch,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Skill skill = skills.patchSkill(viewer, id, patch,
                Preconditions.expectedVersion(ifMatch, org.postops.app.web.MergePatch.version(patch)));
        return ResponseEntity.ok().eTag(Preconditions.etag(skill.version())).body(skill);
    }

    @GetMapping("/me/skills")
    Sheet mine(Viewer viewer) {
        return new Sheet(skills.mySkills(viewer));
    }

    @PutMapping("/me/skills")
    Sheet saveMine(Viewer viewer, @RequestBody Levels levels) {
        return new Sheet(skills.saveMySkills(viewer, levels.skills()));
    }

    @GetMapping("/users/{id}/skills")
    Sheet ofUser(Viewer viewer, @PathVariable long id) {
        return new Sheet(skills.skillsOf(viewer, id));
    }

    @GetMapping("/tasks/{id}/skills")
    Sheet ofTask(Viewer viewer, @PathVariable long id) {
        return new Sheet(skills.taskSkills(viewer, id));
    }

    @PutMapping("/tasks/{id}/skills")
    Sheet setOfTask(Viewer viewer, @PathVariable long id, @RequestBody Levels levels) {
        return new Sheet(skills.setTaskSkills(viewer, id, levels.skills()));
    }
}
