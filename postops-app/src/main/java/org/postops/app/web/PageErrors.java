package org.postops.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.postops.app.audit.Refusals;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A page's failures as a page: the status and a plain sentence. "Not found" is said the same way for
 * what does not exist and what the viewer may not see. An htmx request gets only the message, placed
 * in the page's problem area (HX-Retarget) instead of the part it meant to replace.
 * Anything else falls through to Boot's error page (templates/error.html), which logs it.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    private final Refusals refusals;

    PageErrors(Refusals refusals) {
        this.refusals = refusals;
    }

    @ExceptionHandler(Problem.class)
    String problem(Problem problem, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (problem.status() == HttpStatus.FORBIDDEN) {
            refusals.refused(request, problem.getMessage());
        }
        return render(problem.status(), problem.status() == HttpStatus.NOT_FOUND ? null
                : FormErrors.sentence(problem.getMessage()), request, response, model);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        // /productions/abc names nothing that can exist: the same answer as an id nobody may see
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return render(HttpStatus.NOT_FOUND, null, request, response, model);
        }
        return render(HttpStatus.BAD_REQUEST, "The value of '" + e.getName() + "' is not valid.", request, response,
                model);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    String missing(MissingServletRequestParameterException e, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        return render(HttpStatus.BAD_REQUEST, "The form is missing '" + e.getParameterName() + "'.", request,
                response, model);
    }

    private static String render(HttpStatus status, String message, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        response.setStatus(status.value());
        // exception handlers get a fresh model, without what PageModel adds for the layout
        model.addAttribute("viewer", PageModel.viewer());
        model.addAttribute("csrfHeaders", PageModel.csrfHeaders(request));
        model.addAttribute("status", status.value());
        model.addAttribute("title", title(status));
        model.addAttribute("message", message);
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Retarget", "#problem");
            response.setHeader("HX-Reswap", "innerHTML");
            return "fragments/problem :: problem";
        }
        return "error";
    }

    static String title(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Not found";
            case FORBIDDEN -> "Not allowed";
            case CONFLICT -> "That clashes with something";
            case PRECONDITION_FAILED -> "Changed by someone else";
            case BAD_REQUEST -> "That did not work";
            default -> status.getReasonPhrase();
        };
    }
}
