package com.ticketorleaveit.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.ticketorleaveit.system.ApiDocuments.Endpoint;
import com.ticketorleaveit.system.ApiDocuments.Route;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison of documents and routes finds a mismatch in either direction, and reads the real configuration. */
class ApiDocumentsTest {

    static final Route ORDER_READS = new Route("orders-queries", "query-services", "GET", "/api/v1/orders/{id}");
    static final Route ORDER_WRITES = new Route("orders-commands", "command-services", "POST", "/api/v1/orders");
    static final Route PAYMENTS = new Route("payments-queries", "query-services", "GET", "/api/v1/payments/**");
    static final Set<String> SERVICES = Set.of("command-services", "query-services");

    @Test
    void readsEachDocumentedOperationWithItsPathVariablesInPlace() throws IOException {
        JsonNode document = Api.json.readTree("""
                {"openapi": "3.0.1", "paths": {
                  "/api/v1/orders/{orderId}": {"get": {}, "parameters": []},
                  "/api/v1/orders": {"post": {}}}}""");

        assertThat(ApiDocuments.endpoints("query-services", document))
                .containsExactly(
                        new Endpoint("query-services", "GET", "/api/v1/orders/x"),
                        new Endpoint("query-services", "POST", "/api/v1/orders"));
    }

    @Test
    void findsNothingWhenEveryDocumentedEndpointIsRoutedToItsServiceAndEveryRouteDocumented() {
        Set<Endpoint> documented = endpoints(
                new Endpoint("query-services", "GET", "/api/v1/orders/x"),
                new Endpoint("command-services", "POST", "/api/v1/orders"),
                new Endpoint("query-services", "GET", "/api/v1/payments"),
                new Endpoint("query-services", "GET", "/api/v1/payments/x"));
        List<Route> routes = List.of(ORDER_READS, ORDER_WRITES, PAYMENTS);

        assertThat(ApiDocuments.unrouted(documented, routes)).isEmpty();
        assertThat(ApiDocuments.undocumented(routes, documented, SERVICES)).isEmpty();
    }

    @Test
    void reportsADocumentedEndpointNoRouteTakes() {
        Endpoint cancel = new Endpoint("command-services", "POST", "/api/v1/orders/x/cancel");
        Set<Endpoint> documented = endpoints(new Endpoint("command-services", "POST", "/api/v1/orders"), cancel);

        assertThat(ApiDocuments.unrouted(documented, List.of(ORDER_WRITES))).containsExactly(cancel);
    }

    @Test
    void reportsARouteThatTakesNoDocumentedEndpoint() {
        Set<Endpoint> documented = endpoints(new Endpoint("command-services", "POST", "/api/v1/orders"));

        assertThat(ApiDocuments.undocumented(List.of(ORDER_WRITES, ORDER_READS), documented, SERVICES))
                .containsExactly(ORDER_READS);
    }

    @Test
    void reportsAnEndpointRoutedToTheOtherServiceBothWays() {
        Endpoint read = new Endpoint("command-services", "GET", "/api/v1/orders/x");
        Set<Endpoint> documented = endpoints(read);

        assertThat(ApiDocuments.unrouted(documented, List.of(ORDER_READS))).containsExactly(read);
        assertThat(ApiDocuments.undocumented(List.of(ORDER_READS), documented, SERVICES))
                .containsExactly(ORDER_READS);
    }

    @Test
    void aCallGoesToTheFirstRouteThatMatchesIt() {
        Endpoint dashboard = new Endpoint("query-services", "GET", "/api/v1/events/x/dashboard");
        Route everythingUnderAnEvent = new Route("greedy", "command-services", "GET", "/api/v1/events/**");
        Route dashboards = new Route("dashboards", "query-services", "GET", "/api/v1/events/{id}/dashboard");

        assertThat(ApiDocuments.unrouted(endpoints(dashboard), List.of(everythingUnderAnEvent, dashboards)))
                .containsExactly(dashboard);
        assertThat(ApiDocuments.unrouted(endpoints(dashboard), List.of(dashboards, everythingUnderAnEvent)))
                .isEmpty();
    }

    @Test
    void readsTheRoutesOfAGatewayConfiguration(@TempDir Path directory) throws IOException {
        Path configuration = Files.writeString(directory.resolve("application.yml"), """
                spring:
                  cloud:
                    gateway:
                      server:
                        webflux:
                          routes:
                            - id: events-management-vendors # an organizer's
                              uri: lb://command-services
                              predicates:
                                - Method=PUT,DELETE
                                - Path=/api/v1/events/{id}/vendors/{vendorId}
                              filters: *command-services-breaker
                            - id: api-docs-query-services
                              uri: lb://query-services
                              predicates:
                                - Method=GET
                                - Path=/v3/api-docs/query-services
                              filters:
                                - SetPath=/v3/api-docs
                """);

        assertThat(ApiDocuments.routes(configuration))
                .containsExactly(
                        new Route(
                                "events-management-vendors",
                                "command-services",
                                "PUT",
                                "/api/v1/events/{id}/vendors/{vendorId}"),
                        new Route(
                                "events-management-vendors",
                                "command-services",
                                "DELETE",
                                "/api/v1/events/{id}/vendors/{vendorId}"),
                        new Route("api-docs-query-services", "query-services", "GET", "/v3/api-docs/query-services"));
    }

    @Test
    void leavesTheRoutesThatServeTheDocumentsOutOfTheComparison() {
        Route documents = new Route("api-docs-query-services", "query-services", "GET", "/v3/api-docs/query-services");

        assertThat(ApiDocuments.undocumented(List.of(documents), Set.of(), SERVICES))
                .isEmpty();
    }

    private static Set<Endpoint> endpoints(Endpoint... endpoints) {
        return new TreeSet<>(List.of(endpoints));
    }
}
