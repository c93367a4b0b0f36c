package org.postops.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any {@code /api/...} address no endpoint answers (the least specific mapping, so it never shadows a
 * real one): problem details like every other API error, instead of the servlet container's page.
 */
@RestController
@io.swagger.v3.oas.annotations.Hidden
class UnknownEndpoints {

    @RequestMapping("/api/**")
    Object unknown(HttpServletRequest request) {
        throw new Problem(HttpStatus.NOT_FOUND, "no API endpoint answers " + request.getMethod() + " "
                + request.getRequestURI() + "; the endpoints are listed in /api/openapi.json", List.of());
    }
}
