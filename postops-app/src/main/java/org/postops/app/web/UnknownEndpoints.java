package org.postops.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Any {@code /api/...} request no endpoint answers gets problem details like every other API error: 405
 * with {@code Allow} when the address exists for other methods, 404 when it does not. It is the least
 * specific mapping, so it never shadows a real endpoint.
 */
@RestController
@io.swagger.v3.oas.annotations.Hidden
class UnknownEndpoints {

    private static final String EVERYTHING = "/api/**";

    private final RequestMappingHandlerMapping mappings;

    UnknownEndpoints(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @RequestMapping(EVERYTHING)
    ResponseEntity<Object> unknown(HttpServletRequest request) {
        TreeSet<String> allowed = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            if (info.getPathPatternsCondition() == null
                    || info.getPathPatternsCondition().getPatternValues().contains(EVERYTHING)
                    || info.getPathPatternsCondition().getMatchingCondition(request) == null) {
                continue;
            }
            info.getMethodsCondition().getMethods().stream().map(Objects::toString).forEach(allowed::add);
        }
        if (allowed.isEmpty()) {
            return ApiProblems.respond(HttpStatus.NOT_FOUND, "no API endpoint answers " + request.getRequestURI()
                    + "; the endpoints are listed in /api/openapi.json", List.of());
        }
        ResponseEntity<Object> refusal = ApiProblems.respond(HttpStatus.METHOD_NOT_ALLOWED, request.getMethod()
                + " is not allowed on " + request.getRequestURI() + "; allowed: " + String.join(", ", allowed),
                List.of());
        return ResponseEntity.status(refusal.getStatusCode()).headers(refusal.getHeaders())
                .header(HttpHeaders.ALLOW, String.join(", ", allowed)).body(refusal.getBody());
    }
}
