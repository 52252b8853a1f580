package com.ticketorleaveit.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;

class ApiOperationsTest {

    private final ApiOperations operations = new ApiOperations();

    static class Endpoints {

        @PublicEndpoint
        void searchEvents() {}

        @PreAuthorize("hasRole('ORGANIZER')")
        void cancelEvent() {}

        void changePassword() {}
    }

    @Test
    void documentsAPublicEndpointWithoutSecurityAndWithoutAnAnswerAboutTokens() {
        Operation operation = operations.customize(
                anOperation().addParametersItem(new QueryParameter().name("text")), handler("searchEvents"));

        assertThat(operation.getSecurity()).isEmpty();
        assertThat(operation.getResponses()).containsOnlyKeys("200", "400", "429", "503");
    }

    @Test
    void documentsTheTokenAndPermissionAnswersOfAnEndpointNotPublic() {
        Operation operation = operations.customize(
                anOperation().addParametersItem(new PathParameter().name("eventId")), handler("cancelEvent"));

        assertThat(operation.getSecurity())
                .as("the document's bearer requirement applies")
                .isNull();
        assertThat(operation.getResponses()).containsOnlyKeys("200", "400", "401", "403", "404", "429", "503");
        assertThat(operation.getResponses().get("404").get$ref()).isEqualTo("#/components/responses/NotFound");
    }

    @Test
    void documentsTheAnswersAboutABodyForAnEndpointTakingOne() {
        Operation operation =
                operations.customize(anOperation().requestBody(new RequestBody()), handler("changePassword"));

        assertThat(operation.getResponses()).containsOnlyKeys("200", "400", "401", "403", "413", "429", "503");
    }

    @Test
    void keepsAnAnswerTheEndpointDocumentsItself() {
        ApiResponse own = new ApiResponse().description("Sold out");
        Operation operation = anOperation().requestBody(new RequestBody());
        operation.getResponses().addApiResponse("400", own);

        operations.customize(operation, handler("changePassword"));

        assertThat(operation.getResponses().get("400")).isSameAs(own);
    }

    @Test
    void makesASummaryFromTheMethodNameOnlyWhenTheEndpointStatesNone() {
        assertThat(operations
                        .customize(anOperation(), handler("changePassword"))
                        .getSummary())
                .isEqualTo("Change password");
        assertThat(operations
                        .customize(anOperation().summary("The caller's password"), handler("changePassword"))
                        .getSummary())
                .isEqualTo("The caller's password");
    }

    @Test
    void theDocumentDeclaresTheSchemeAndExactlyTheSharedAnswersItsOperationsReferTo() {
        Operation operation = operations.customize(anOperation(), handler("changePassword"));
        OpenAPI document = new OpenAPI()
                .paths(new Paths().addPathItem("/api/v1/users/me/password", new PathItem().post(operation)));

        new ApiDocument("command-services").customise(document);

        assertThat(document.getSecurity()).singleElement().satisfies(requirement -> assertThat(requirement)
                .containsOnlyKeys(ApiDocument.BEARER));
        assertThat(document.getComponents()
                        .getSecuritySchemes()
                        .get(ApiDocument.BEARER)
                        .getBearerFormat())
                .isEqualTo("JWT");
        assertThat(document.getComponents().getResponses())
                .containsOnlyKeys("Unauthenticated", "Forbidden", "TooManyRequests", "ServiceUnavailable");
        assertThat(document.getComponents()
                        .getResponses()
                        .get("TooManyRequests")
                        .getHeaders())
                .containsKey("Retry-After");
        assertThat(document.getComponents().getSchemas()).containsKey("Problem");
        assertThat(document.getServers()).singleElement().satisfies(server -> assertThat(server.getUrl())
                .isEqualTo("/"));
    }

    @Test
    void tagsEachOperationWithTheResourceItWorksOn() {
        Operation cancel = new Operation();
        Operation keys = new Operation();
        OpenAPI document = new OpenAPI()
                .paths(new Paths()
                        .addPathItem("/api/v1/orders/{orderId}/cancel", new PathItem().post(cancel))
                        .addPathItem("/.well-known/jwks.json", new PathItem().get(keys)));

        new ApiDocument("command-services").customise(document);

        assertThat(cancel.getTags()).containsExactly("orders");
        assertThat(keys.getTags()).containsExactly("token-keys");
        assertThat(document.getTags())
                .extracting(tag -> tag.getName() + ": " + tag.getDescription())
                .containsExactly(
                        "orders: Operations on /api/v1/orders", "token-keys: Operations on /.well-known/jwks.json");
    }

    private static Operation anOperation() {
        return new Operation().responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK")));
    }

    private static HandlerMethod handler(String name) {
        try {
            return new HandlerMethod(new Endpoints(), Endpoints.class.getDeclaredMethod(name));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
