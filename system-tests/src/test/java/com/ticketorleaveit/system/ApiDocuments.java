package com.ticketorleaveit.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.util.AntPathMatcher;

/**
 * The services' API documents held against the gateway's routes (ADR 27): an endpoint a service documents that no
 * route takes to that service cannot be called, and a route that takes no documented endpoint of its service leads to
 * something undocumented (or to nothing).
 */
final class ApiDocuments {

    /** Where the gateway serves the services' documents: not themselves part of any document. */
    static final String DOCUMENTS_PATH = "/v3/api-docs/";

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch");
    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private ApiDocuments() {}

    /** One operation of a service's document; path variables keep their place only ({@code x}). */
    record Endpoint(String service, String method, String path) implements Comparable<Endpoint> {

        @Override
        public int compareTo(Endpoint other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return method + " " + path + " (" + service + ")";
        }
    }

    /** One method and path pattern of a gateway route, and the service it leads to. */
    record Route(String id, String service, String method, String pattern) {

        boolean takes(Endpoint endpoint) {
            return method.equals(endpoint.method()) && PATHS.match(pattern, endpoint.path());
        }

        @Override
        public String toString() {
            return method + " " + pattern + " -> " + service + " (route " + id + ")";
        }
    }

    /** Every operation of a service's document. */
    static Set<Endpoint> endpoints(String service, JsonNode document) {
        Set<Endpoint> endpoints = new TreeSet<>();
        document.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
                    if (METHODS.contains(method)) {
                        endpoints.add(new Endpoint(
                                service, method.toUpperCase(), path.getKey().replaceAll("\\{[^}]*}", "x")));
                    }
                }));
        return endpoints;
    }

    /**
     * Every method and path of every route in the gateway's configuration, in their order (the first route whose
     * predicates match takes a request), read from each route's {@code uri: lb://}, {@code Method=} and {@code Path=}.
     */
    static List<Route> routes(Path gatewayConfiguration) throws IOException {
        List<Route> routes = new ArrayList<>();
        String id = null;
        String service = null;
        List<String> methods = List.of();
        List<String> paths = List.of();
        for (String line : Files.readAllLines(gatewayConfiguration)) {
            String entry = line.strip();
            if (entry.startsWith("- id:")) {
                add(routes, id, service, methods, paths);
                id = entry.substring("- id:".length()).replaceFirst("#.*", "").strip();
                service = null;
                methods = List.of();
                paths = List.of();
            } else if (entry.startsWith("uri: lb://")) {
                service = entry.substring("uri: lb://".length()).strip();
            } else if (entry.startsWith("- Method=")) {
                methods = List.of(entry.substring("- Method=".length()).split(","));
            } else if (entry.startsWith("- Path=")) {
                paths = List.of(entry.substring("- Path=".length()).split(","));
            }
        }
        add(routes, id, service, methods, paths);
        return routes;
    }

    private static void add(List<Route> routes, String id, String service, List<String> methods, List<String> paths) {
        for (String method : methods) {
            for (String path : paths) {
                routes.add(new Route(id, service, method.strip(), path.strip()));
            }
        }
    }

    /** The route that takes a call of this endpoint: the first that matches it, whichever service it leads to. */
    static Optional<Route> routeOf(Endpoint endpoint, List<Route> routes) {
        return routes.stream().filter(route -> route.takes(endpoint)).findFirst();
    }

    /** Documented endpoints that no route takes to the service documenting them. */
    static List<Endpoint> unrouted(Set<Endpoint> documented, List<Route> routes) {
        return documented.stream()
                .filter(endpoint -> routeOf(endpoint, routes)
                        .filter(route -> route.service().equals(endpoint.service()))
                        .isEmpty())
                .toList();
    }

    /**
     * Routes to a documented service that take no endpoint it documents. The routes serving the documents themselves
     * are not in them.
     */
    static List<Route> undocumented(List<Route> routes, Set<Endpoint> documented, Set<String> services) {
        return routes.stream()
                .filter(route -> services.contains(route.service()))
                .filter(route -> !route.pattern().startsWith(DOCUMENTS_PATH))
                .filter(route -> documented.stream()
                        .noneMatch(endpoint -> endpoint.service().equals(route.service()) && route.takes(endpoint)))
                .toList();
    }
}
