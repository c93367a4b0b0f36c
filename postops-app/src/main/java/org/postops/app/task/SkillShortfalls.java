package org.postops.app.task;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where a person falls short of the skills their tasks need, for My work. Declared here and answered by the
 * skill area, which builds on tasks: My work shows the flag without the task area depending on skills.
 */
public interface SkillShortfalls {

    /** A task needs {@code required} of a skill ("expert") and the person has {@code yours} ("basic"). */
    record Shortfall(String skill, String required, String yours) {

        /** "needs Nuke: expert, you: basic". */
        public String describe() {
            return "needs " + skill + ": " + required + ", you: " + yours;
        }
    }

    /** By task id, only the tasks with a shortfall. */
    Map<Long, List<Shortfall>> of(long userId, Collection<Long> taskIds);
}
