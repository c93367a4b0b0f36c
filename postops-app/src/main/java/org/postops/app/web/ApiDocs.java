package org.postops.app.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.postops.app.access.Viewer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI 3 document at /api/openapi.json. */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    static {
        // The signed-in viewer comes from the token, never from the request.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Viewer.class);
    }

    @Bean
    OpenAPI postOpsApi() {
        return new OpenAPI()
                .info(new Info().title("PostOps API").version("v1")
                        .description("Productions, tasks, people and the audit trail of a post-production facility. "
                                + "Sign in with POST /api/v1/auth/tokens and send Authorization: Bearer <token>. "
                                + "Errors are RFC 9457 problem details; PATCH takes a JSON merge patch (RFC 7396) "
                                + "and honours If-Match."))
                .components(new Components().addSecuritySchemes("token",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
