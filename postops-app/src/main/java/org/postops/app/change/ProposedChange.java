package org.postops.app.change;

import tools.jackson.databind.JsonNode;

/**
 * One change proposed to meet a request. {@code taskId} is the task changed, or for a new task the id it will
 * have once approved (reserved now, so later changes may make other tasks wait for it). {@code body} is the
 * new task's fields or the merge patch; {@code summary} says it in words.
 */
public record ProposedChange(long id, ChangeKind kind, Long taskId, JsonNode body, String summary) {
}
