package org.postops.app.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * Reads what people typed into forms. Every field arrives as text so that a wrong entry becomes a message
 * next to its field (collected here) instead of a binding failure; {@link #check()} throws them together.
 */
public final class Inputs {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public LocalDate date(String field, String value) {
        String v = text(value);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "must be a date such as 2026-11-20"));
            return null;
        }
    }

    public Double number(String field, String value) {
        String v = text(value);
        try {
            return v == null ? null : Double.valueOf(v.replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError(field, "must be a number such as 1.5"));
            return null;
        }
    }

    public Integer whole(String field, String value) {
        String v = text(value);
        try {
            return v == null ? null : Integer.valueOf(v);
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError(field, "must be a whole number"));
            return null;
        }
    }

    public Long id(String field, String value) {
        String v = text(value);
        try {
            return v == null ? null : Long.valueOf(v);
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError(field, "is not one of the choices"));
            return null;
        }
    }

    public <E extends Enum<E>> E choice(String field, Class<E> type, String value) {
        String v = text(value);
        try {
            return v == null ? null : Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError(field, "is not one of the choices"));
            return null;
        }
    }

    /** An amount typed in major units ("12500.50") as minor units of the currency (1250050). */
    public Long money(String field, String value, String currencyCode) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        Currency currency = Formats.currency(currencyCode);
        int digits = currency == null ? 2 : Math.max(currency.getDefaultFractionDigits(), 0);
        try {
            BigDecimal amount = new BigDecimal(v.replace(",", "").replace(" ", ""));
            if (amount.scale() > digits) {
                errors.add(new Problem.FieldError(field, "has more than " + digits + " decimal places"));
                return null;
            }
            return amount.movePointRight(digits).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            errors.add(new Problem.FieldError(field, "must be an amount such as 12500 or 12500.50"));
            return null;
        }
    }

    public void add(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
    }

    /** Throws every complaint so far as one bad request, so the form shows them all at once. */
    public void check() {
        if (!errors.isEmpty()) {
            throw Problem.badRequest(errors);
        }
    }

    /**
     * As {@link #check()}, but when something was mistyped, first adds what {@code further} (the service's own
     * checks, run on what could be read) says about the other fields: the form then shows every complaint in one
     * round, not the typing ones first and the rest on the next submit. A check that cannot run on half-read
     * fields adds nothing.
     */
    public void check(java.util.function.Supplier<List<Problem.FieldError>> further) {
        if (errors.isEmpty()) {
            return;
        }
        java.util.Set<String> named = new java.util.HashSet<>();
        errors.forEach(e -> named.add(e.field()));
        try {
            for (Problem.FieldError e : further.get()) {
                if (named.add(e.field())) {
                    errors.add(e);
                }
            }
        } catch (RuntimeException halfRead) {
            // the typing complaints stand on their own
        }
        check();
    }
}
