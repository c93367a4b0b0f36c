package org.postops.app.time;

import java.time.Instant;
import java.time.LocalDate;
import org.postops.app.task.Person;

/**
 * Time someone worked on a task on one day, as the API shows it: {@code hours} and {@code minutes} as
 * entered (2 and 30), {@code totalMinutes} (150) and {@code duration} ("2 h 30 min"). {@code loggedBy} is
 * who entered it: the person themselves, or a supervisor or producer for them.
 */
public record TimeEntry(long id, int version, long taskId, String taskTitle, long productionId,
        String productionName, Long stageId, String stageName, Person person, LocalDate date, int hours,
        int minutes, int totalMinutes, String duration, String note, String loggedBy, Instant createdAt,
        Instant updatedAt) {
}
