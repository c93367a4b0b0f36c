package org.postops.app.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
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

    /**
     * Says what the API really does: enum values as it writes them (lower case, see JsonSettings), and
     * 201 Created for the POSTs, every one of which creates something.
     */
    @Bean
    OpenApiCustomizer asTheApiSpeaks() {
        return api -> {
            if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
                api.getComponents().getSchemas().values().forEach(ApiDocs::lowerCaseEnums);
            }
            api.getPaths().values().forEach(path -> {
                path.readOperations().forEach(op -> {
                    if (op.getParameters() != null) {
                        op.getParameters().forEach(p -> lowerCaseEnums(p.getSchema()));
                    }
                });
                Operation post = path.getPost();
                if (post != null && post.getResponses() != null && post.getResponses().containsKey("200")) {
                    ApiResponse ok = post.getResponses().remove("200");
                    post.getResponses().addApiResponse("201", ok.description("Created"));
                }
            });
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void lowerCaseEnums(Schema schema) {
        if (schema == null) {
            return;
        }
        if (schema.getEnum() != null) {
            List<Object> lower = new ArrayList<>();
            for (Object value : (List<Object>) schema.getEnum()) {
                lower.add(value instanceof String s ? s.toLowerCase(Locale.ROOT) : value);
            }
            schema.setEnum(lower);
        }
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) schema.getProperties()).values().forEach(ApiDocs::lowerCaseEnums);
        }
        lowerCaseEnums(schema.getItems());
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
