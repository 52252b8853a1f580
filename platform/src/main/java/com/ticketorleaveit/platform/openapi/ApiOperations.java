package com.ticketorleaveit.platform.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;
import java.util.Locale;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * Completes each operation from its handler method: a summary when the method has none of its own, no security
 * requirement on a {@link PublicEndpoint} (the document's bearer requirement applies to every other), and the
 * problem+json answers any such operation can give (401 and 403 unless public: a role missing, or a resource the
 * caller may not change), as references to the document's shared responses
 * ({@link DocumentedProblems}). An answer the method documents itself (an {@code @ApiResponse}) is kept as it is.
 */
class ApiOperations implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (operation.getSummary() == null || operation.getSummary().isBlank()) {
            operation.setSummary(summaryOf(handler.getMethod().getName()));
        }
        boolean isPublic = handler.hasMethodAnnotation(PublicEndpoint.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PublicEndpoint.class);
        if (isPublic) {
            // no requirement at all, overriding the document's bearer requirement
            operation.setSecurity(List.<SecurityRequirement>of());
        }
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();

        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        if (operation.getRequestBody() != null || !parameters.isEmpty()) {
            add(responses, DocumentedProblems.BAD_REQUEST);
        }
        if (!isPublic) {
            add(responses, DocumentedProblems.UNAUTHENTICATED);
        }
        if (!isPublic) {
            add(responses, DocumentedProblems.FORBIDDEN);
        }
        if (parameters.stream().anyMatch(parameter -> "path".equals(parameter.getIn()))) {
            add(responses, DocumentedProblems.NOT_FOUND);
        }
        if (operation.getRequestBody() != null) {
            add(responses, DocumentedProblems.PAYLOAD_TOO_LARGE);
        }
        add(responses, DocumentedProblems.TOO_MANY_REQUESTS);
        add(responses, DocumentedProblems.SERVICE_UNAVAILABLE);
        operation.setResponses(responses);
        return operation;
    }

    private static void add(ApiResponses responses, DocumentedProblems problem) {
        responses.putIfAbsent(String.valueOf(problem.status()), new ApiResponse().$ref(problem.reference()));
    }

    /** {@code changePassword} → "Change password": a fallback, for a method that states no summary of its own. */
    static String summaryOf(String methodName) {
        String words = methodName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
