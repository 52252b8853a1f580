package com.ticketorleaveit.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.ticketorleaveit.system.ApiDocuments.Endpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The services' API documents as the gateway serves them (ADR 27): every routed endpoint documented and every
 * documented one routed, each operation ready for a client generator, its security as the gateway enforces it. The
 * documents are written to {@code target/openapi/<service>.json}, where CI lints them.
 */
class ApiDocumentsSystemIT extends SystemTest {

    static final List<String> SERVICES = List.of("command-services", "query-services");
    static final Path WRITTEN_TO = Path.of("target", "openapi");

    static final Map<String, JsonNode> documents = new LinkedHashMap<>();

    @BeforeAll
    static void fetchTheDocumentsThroughTheGateway() throws IOException {
        Files.createDirectories(WRITTEN_TO);
        for (String service : SERVICES) {
            var answer = ticketing.api.get(ApiDocuments.DOCUMENTS_PATH + service, null);
            assertThat(answer.status())
                    .as("the gateway serves %s's document to anyone: %s", service, answer)
                    .isEqualTo(200);
            JsonNode document = answer.json();
            documents.put(service, document);
            Api.json
                    .writerWithDefaultPrettyPrinter()
                    .writeValue(WRITTEN_TO.resolve(service + ".json").toFile(), document);
        }
    }

    @Test
    void servesTheDocumentOfEachRoutedService() {
        documents.forEach((service, document) -> {
            assertThat(document.path("openapi").asText()).as(service).startsWith("3.");
            assertThat(document.path("info").path("title").asText()).as(service).contains(service);
            assertThat(document.path("paths").size()).as(service).isPositive();
        });
    }

    @Test
    void documentsEveryRoutedEndpointAndRoutesEveryDocumentedOne() throws IOException {
        Set<Endpoint> documented = new TreeSet<>();
        documents.forEach((service, document) -> documented.addAll(ApiDocuments.endpoints(service, document)));
        var routes = ApiDocuments.routes(Path.of(System.getProperty("ticketing.home", ".."))
                .resolve("gateway/src/main/resources/application.yml"));

        // both directions reported at once
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(ApiDocuments.unrouted(documented, routes))
                    .as("endpoints a service documents that no gateway route takes to it"
                            + " (gateway/src/main/resources/application.yml)")
                    .isEmpty();
            softly.assertThat(ApiDocuments.undocumented(routes, documented, Set.copyOf(SERVICES)))
                    .as("gateway routes that take no endpoint their service documents")
                    .isEmpty();
        });
    }

    @Test
    void givesEveryOperationASummaryAUniqueOperationIdAndItsProblemAnswers() {
        List<String> defects = new ArrayList<>();
        documents.forEach((service, document) -> {
            Set<String> operationIds = new TreeSet<>();
            operations(document).forEach((name, operation) -> {
                String where = service + ": " + name;
                if (operation.path("summary").asText().isBlank()) {
                    defects.add(where + " has no summary");
                }
                String operationId = operation.path("operationId").asText();
                if (operationId.isBlank() || !operationIds.add(operationId)) {
                    defects.add(where + " has no operationId of its own: '" + operationId + "'");
                }
                List<String> problems = new ArrayList<>();
                operation.path("responses").fields().forEachRemaining(response -> {
                    JsonNode answer = resolve(document, response.getValue());
                    if (response.getKey().matches("[45]\\d\\d")
                            && answer.path("content")
                                    .path("application/problem+json")
                                    .has("example")) {
                        problems.add(response.getKey());
                    }
                });
                if (problems.stream().noneMatch(status -> status.startsWith("4")) || !problems.contains("503")) {
                    defects.add(where + " documents no 4xx and 503 problem+json answers with examples: " + problems);
                }
            });
        });

        assertThat(defects).isEmpty();
    }

    @Test
    void declaresTheBearerTokenSchemeAndAppliesItToEveryOperationNotMarkedPublic() {
        documents.forEach((service, document) -> {
            JsonNode scheme =
                    document.path("components").path("securitySchemes").path("bearer-jwt");
            assertThat(scheme.path("type").asText()).as(service).isEqualTo("http");
            assertThat(scheme.path("scheme").asText()).as(service).isEqualTo("bearer");
            assertThat(scheme.path("bearerFormat").asText()).as(service).isEqualTo("JWT");
            assertThat(document.path("security").toString()).as(service).isEqualTo("[{\"bearer-jwt\":[]}]");
        });
    }

    /**
     * The document says which operations need no token (an empty {@code security}); the gateway decides. Each operation
     * called without a token, its path variables made up: the gateway answers 401 exactly to those needing one.
     */
    @Test
    void marksPublicExactlyTheOperationsTheGatewayLetsThroughWithoutAToken() {
        List<String> mismatches = new ArrayList<>();
        documents.forEach((service, document) -> operations(document).forEach((name, operation) -> {
            boolean documentedPublic =
                    operation.has("security") && operation.path("security").isEmpty();
            String[] methodAndPath = name.split(" ", 2);
            String path =
                    methodAndPath[1].replaceAll("\\{[^}]*}", UUID.randomUUID().toString());
            var answer = AuthorizationMatrixSystemIT.send(methodAndPath[0], path, null, null);
            boolean refusedWithoutAToken = answer.status() == 401;
            if (documentedPublic == refusedWithoutAToken) {
                mismatches.add("%s: documented %s, without a token %s"
                        .formatted(name, documentedPublic ? "public" : "as needing a token", answer));
            }
        }));

        assertThat(mismatches).isEmpty();
    }

    /** Each operation of a document by "METHOD /path". */
    static Map<String, JsonNode> operations(JsonNode document) {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        document.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
                    if (Set.of("get", "put", "post", "delete", "patch").contains(operation.getKey())) {
                        operations.put(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
                    }
                }));
        return operations;
    }

    /** A response, or the shared one it refers to ({@code #/components/responses/...}). */
    static JsonNode resolve(JsonNode document, JsonNode response) {
        String reference = response.path("$ref").asText();
        if (reference.isEmpty()) {
            return response;
        }
        JsonNode resolved = document;
        for (String part : reference.substring("#/".length()).split("/")) {
            resolved = resolved.path(part);
        }
        return resolved;
    }
}
