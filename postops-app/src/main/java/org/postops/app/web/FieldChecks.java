package org.postops.app.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Runs a value's Bean Validation constraints and turns what fails into field errors. */
public final class FieldChecks {

    private FieldChecks() {
    }

    public static <T> T check(Validator validator, T value) {
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            List<Problem.FieldError> errors = violations.stream()
                    .map(v -> new Problem.FieldError(path(v.getPropertyPath().toString()), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            throw Problem.badRequest(errors);
        }
        return value;
    }

    private static String path(String beanPath) {
        // Bean Validation writes list elements as "deliverables[0].<list element>"; say "deliverables[0]"
        return beanPath.replace(".<list element>", "").replace("<list element>", "");
    }
}
