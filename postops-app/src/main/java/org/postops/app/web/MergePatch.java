package org.postops.app.web;

import java.util.Iterator;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON merge patch (RFC 7396): a PATCH body names only what changes; {@code null} clears a field;
 * nested objects merge; lists are replaced whole. The result is read back into the editable record,
 * so it meets the same checks as a create. A {@code version} member is a precondition, not a field.
 */
@Component
public class MergePatch {

    private final JsonMapper json;

    public MergePatch(JsonMapper json) {
        this.json = json;
    }

    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw Problem.badField("body", "must be a JSON object naming the fields to change");
        }
        ObjectNode target = json.valueToTree(current);
        ObjectNode changes = ((ObjectNode) patch).deepCopy();
        changes.remove("version");
        merge(target, changes);
        try {
            return json.treeToValue(target, type);
        } catch (JacksonException e) {
            throw ApiProblems.fromJson(e);
        }
    }

    /** The {@code version} member of a patch, if it has one. */
    public static Integer version(JsonNode patch) {
        if (patch == null || !patch.has("version") || patch.get("version").isNull()) {
            return null;
        }
        JsonNode v = patch.get("version");
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw Problem.badField("version", "must be a whole number");
        }
        return v.intValue();
    }

    private static void merge(ObjectNode target, ObjectNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            JsonNode existing = target.get(field.getKey());
            if (value.isObject() && existing != null && existing.isObject()) {
                merge((ObjectNode) existing, (ObjectNode) value);
            } else { // unknown names stay in, so that reading back refuses them by name
                target.set(field.getKey(), value);
            }
        }
    }
}
