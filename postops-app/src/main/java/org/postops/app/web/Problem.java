package org.postops.app.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A failure to tell the caller about, answered as RFC 9457 problem details by the API and as a
 * message by the web pages. Services throw it; nothing has been written when it is thrown.
 */
public class Problem extends RuntimeException {

    /** One field's complaint: the JSON path of the field and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    private final HttpStatus status;
    private final List<FieldError> errors;
    private final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

    public Problem(HttpStatus status, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public HttpStatus status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** A header to send with the answer, such as Retry-After with 429. */
    /** The same problem with its field names put under {@code path} ({@code estimateHours} → {@code task.estimateHours}). */
    public Problem under(String path) {
        if (path.isEmpty() || errors.isEmpty()) {
            return this;
        }
        return badRequest(errors.stream().map(e -> new FieldError(path + "." + e.field(), e.message())).toList());
    }

    public Problem withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public java.util.Map<String, String> headers() {
        return java.util.Map.copyOf(headers);
    }

    /** Unknown, or not visible to the viewer: the two are never told apart. */
    public static Problem notFound(String what) {
        return new Problem(HttpStatus.NOT_FOUND, what + " not found", List.of());
    }

    public static Problem forbidden(String detail) {
        return new Problem(HttpStatus.FORBIDDEN, detail, List.of());
    }

    public static Problem badField(String field, String message) {
        return new Problem(HttpStatus.BAD_REQUEST, field + ": " + message, List.of(new FieldError(field, message)));
    }

    public static Problem badRequest(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new Problem(HttpStatus.BAD_REQUEST, detail, errors);
    }

    public static Problem conflict(String detail) {
        return new Problem(HttpStatus.CONFLICT, detail, List.of());
    }

    public static Problem stale(String what) {
        return new Problem(HttpStatus.PRECONDITION_FAILED,
                what + " was changed by someone else since you read it; fetch it again and reapply your change",
                List.of());
    }
}
