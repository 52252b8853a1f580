package com.ticketorleaveit.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The document around the operations: what it describes, where it is served (relative to the document, which clients
 * read from the gateway), the bearer-token scheme every operation needs unless it says otherwise, and the problem
 * schema and shared responses its operations refer to (only those some operation refers to).
 */
class ApiDocument implements OpenApiCustomizer {

    static final String BEARER = "bearer-jwt";
    static final String TOKEN_KEYS = "token-keys";
    private static final String JWKS = "/.well-known/jwks.json";
    private static final Pattern RESOURCE = Pattern.compile("(/api/v\\d+/([^/]+))");

    private final String applicationName;

    ApiDocument(String applicationName) {
        this.applicationName = applicationName;
    }

    @Override
    public void customise(OpenAPI document) {
        document.info(new Info()
                        .title("Ticket or Leave It: " + applicationName)
                        .version("v1")
                        .description("The " + applicationName + " part of the Ticket or Leave It API, as the gateway"
                                + " serves it. Errors are application/problem+json (RFC 9457) with a stable `code`."))
                .servers(List.of(new Server()
                        .url("/")
                        .description("The gateway that served this document (paths are the gateway's)")))
                .security(List.of(new SecurityRequirement().addList(BEARER)));
        Components components = document.getComponents() == null ? new Components() : document.getComponents();
        components.addSecuritySchemes(
                BEARER,
                new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("An access token from POST /api/v1/auth/token (RS256, 15 minutes)."));
        tagByResource(document);
        Set<String> referenced = referencedResponses(document);
        for (DocumentedProblems problem : DocumentedProblems.values()) {
            if (referenced.contains(problem.reference())) {
                components.addResponses(problem.component(), problem.response());
            }
        }
        if (!referenced.isEmpty()) {
            components.addSchemas(DocumentedProblems.SCHEMA, DocumentedProblems.schema());
        }
        document.components(components);
    }

    /**
     * Each operation tagged with the resource it works on, the first segment after {@code /api/v1/} ({@code orders},
     * {@code events}): client generators make one API class per tag. springdoc's tags are controller class names.
     */
    private static void tagByResource(OpenAPI document) {
        if (document.getPaths() == null) {
            return;
        }
        Map<String, String> prefixes = new TreeMap<>();
        document.getPaths().forEach((path, item) -> {
            Matcher resource = RESOURCE.matcher(path);
            String tag = resource.lookingAt() ? resource.group(2) : path.equals(JWKS) ? TOKEN_KEYS : path;
            prefixes.putIfAbsent(tag, resource.lookingAt() ? resource.group(1) : path);
            item.readOperations().forEach(operation -> operation.setTags(List.of(tag)));
        });
        document.tags(prefixes.entrySet().stream()
                .map(tag -> new Tag().name(tag.getKey()).description("Operations on " + tag.getValue()))
                .toList());
    }

    private static Set<String> referencedResponses(OpenAPI document) {
        if (document.getPaths() == null) {
            return Set.of();
        }
        return document.getPaths().values().stream()
                .map(PathItem::readOperations)
                .flatMap(List::stream)
                .map(Operation::getResponses)
                .filter(Objects::nonNull)
                .flatMap(responses -> responses.values().stream())
                .map(ApiResponse::get$ref)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }
}
