package org.postops.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Boot's own error page (unknown addresses, refusals by the security filters, unexpected failures) as
 * templates/error.html, with the same header as every other page: it adds what {@link PageModel} adds for
 * page controllers, which Boot's error controller is not. Requests that do not accept HTML, such as API
 * calls, never come here: Boot answers them with JSON.
 */
@Component
class ErrorPage implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Map<String, Object> page = new HashMap<>(model);
        page.remove("message"); // never shown: it can carry internal detail
        page.put("viewer", PageModel.viewer());
        page.put("csrfHeaders", PageModel.csrfHeaders(request));
        return new ModelAndView("error", page, status);
    }
}
