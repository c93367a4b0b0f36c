package org.postops.app.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jakarta.servlet.http.HttpServletRequest;
import org.postops.app.audit.Refusals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns every failure of an API call into RFC 9457 problem details with field-level messages. The
 * messages name the field and what is expected, never internal names, SQL or stack traces.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    private final Refusals refusals;

    ApiProblems(Refusals refusals) {
        this.refusals = refusals;
    }

    @ExceptionHandler(Problem.class)
    ResponseEntity<Object> problem(Problem problem, HttpServletRequest request) {
        if (problem.status() == HttpStatus.FORBIDDEN) {
            refusals.refused(request, problem.getMessage());
        }
        ResponseEntity<Object> answer = respond(problem.status(), problem.getMessage(), problem.errors());
        if (problem.headers().isEmpty()) {
            return answer;
        }
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(answer.getHeaders());
        problem.headers().forEach(headers::set);
        return new ResponseEntity<>(answer.getBody(), headers, answer.getStatusCode());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "a valid value" : describe(e.getRequiredType());
        return respond(HttpStatus.BAD_REQUEST, e.getName() + ": must be " + expected,
                List.of(new Problem.FieldError(e.getName(), "must be " + expected)));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException e) {
        LOG.warn("Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return respond(HttpStatus.CONFLICT, "the change conflicts with existing data", List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        LOG.error("Unexpected failure answering an API call", e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "an unexpected error occurred; it has been logged", List.of());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Problem problem = fromJson(ex.getCause());
        return respond(problem.status(), problem.getMessage(), problem.errors());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problem.FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> new Problem.FieldError(f.getField(), f.getDefaultMessage()))
                .toList();
        Problem problem = Problem.badRequest(errors);
        return respond(problem.status(), problem.getMessage(), problem.errors());
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problem.FieldError> errors = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> new Problem.FieldError(r.getMethodParameter().getParameterName(),
                                err.getDefaultMessage())))
                .toList();
        Problem problem = Problem.badRequest(errors);
        return respond(problem.status(), problem.getMessage(), problem.errors());
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        String detail = body instanceof ProblemDetail pd && pd.getDetail() != null ? pd.getDetail() : ex.getMessage();
        return respond(HttpStatus.valueOf(statusCode.value()), detail, List.of());
    }

    /** Reads what Jackson said about a body it could not read and says it in the API's words. */
    public static Problem fromJson(Throwable cause) {
        while (cause instanceof ValueInstantiationException vie && vie.getCause() != null) {
            if (vie.getCause() instanceof Problem p) {
                return prefixed(p, path(vie));
            }
            cause = vie.getCause();
        }
        if (cause instanceof Problem p) {
            return p;
        }
        if (cause instanceof UnrecognizedPropertyException u) {
            return Problem.badField(path(u), "is not a known field");
        }
        if (cause instanceof InvalidFormatException f) {
            return Problem.badField(path(f), "must be " + describe(f.getTargetType()));
        }
        if (cause instanceof MismatchedInputException m) {
            Class<?> target = m.getTargetType();
            String field = path(m);
            if (field.isEmpty()) {
                return Problem.badField("body", "must be a JSON object");
            }
            return Problem.badField(field, target == null ? "has the wrong type" : "must be " + describe(target));
        }
        if (cause instanceof DatabindException d && !path(d).isEmpty()) {
            return Problem.badField(path(d), "is not valid");
        }
        if (cause instanceof StreamReadException s && s.getLocation() != null) {
            return Problem.badField("body", "is not well-formed JSON (line " + s.getLocation().getLineNr()
                    + ", column " + s.getLocation().getColumnNr() + ")");
        }
        if (cause instanceof JacksonException) {
            return Problem.badField("body", "is not well-formed JSON");
        }
        return Problem.badField("body", "is missing or not readable JSON");
    }

    private static Problem prefixed(Problem p, String path) {
        return p.under(path);
    }

    static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of: " + Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "a date written YYYY-MM-DD";
        }
        if (type == OffsetDateTime.class) {
            return "a date and time written YYYY-MM-DDThh:mm:ssZ";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "a whole number within range";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }

    private static String path(DatabindException e) {
        StringBuilder sb = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    static ResponseEntity<Object> respond(HttpStatus status, String detail, List<Problem.FieldError> errors) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create("about:blank"));
        if (!errors.isEmpty()) {
            body.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
