package org.postops.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refused form's complaints, for showing next to its fields: by field name as the services name them
 * ({@code name}, {@code brief.budgetCapMinor}, {@code assignees[0]}), and a summary for the top of the form.
 */
public record FormErrors(String summary, Map<String, String> byField) {

    public FormErrors {
        byField = Map.copyOf(byField);
    }

    public static FormErrors none() {
        return new FormErrors(null, Map.of());
    }

    public static FormErrors of(Problem problem) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Problem.FieldError e : problem.errors()) {
            fields.putIfAbsent(e.field(), e.message());
        }
        String summary = problem.errors().isEmpty() ? sentence(problem.getMessage())
                : problem.errors().size() == 1 ? "Please correct the field marked below."
                : "Please correct the " + problem.errors().size() + " fields marked below.";
        return new FormErrors(summary, fields);
    }

    public boolean any() {
        return summary != null;
    }

    /**
     * The message for a field, including its parts: {@code get("assignees")} also answers for
     * {@code assignees[1]}, {@code get("brief")} for {@code brief.synopsis}. Null when the field is fine.
     */
    public String get(String field) {
        List<String> found = new ArrayList<>();
        byField.forEach((key, message) -> {
            if (key.equals(field) || key.startsWith(field + "[") || key.startsWith(field + ".")) {
                found.add(message);
            }
        });
        return found.isEmpty() ? null : String.join("; ", found);
    }

    public boolean has(String field) {
        return get(field) != null;
    }

    /** Service messages start lower-case ("only members of..."); a page shows them as sentences. */
    public static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return message;
        }
        String s = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return s.endsWith(".") ? s : s + ".";
    }
}
