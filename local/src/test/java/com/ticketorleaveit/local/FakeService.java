package com.ticketorleaveit.local;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** Stands in for a deployable in {@link ServiceProcessIT}: answers readiness as Spring Boot's actuator does. */
public final class FakeService {

    private FakeService() {}

    public static void main(String[] args) throws IOException {
        System.out.println("fake service says " + System.getenv("FAKE_SERVICE_GREETING"));
        System.out.println("probes enabled: " + System.getenv("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED"));
        String exitCode = System.getenv("FAKE_SERVICE_EXIT_CODE");
        if (exitCode != null) {
            System.out.println("failing on purpose");
            System.exit(Integer.parseInt(exitCode));
        }
        boolean ready = !"false".equals(System.getenv("FAKE_SERVICE_READY"));
        HttpServer server =
                HttpServer.create(new InetSocketAddress(Integer.parseInt(System.getenv("FAKE_SERVICE_PORT"))), 0);
        server.createContext("/actuator/health/readiness", exchange -> {
            byte[] body = (ready ? "{\"status\":\"UP\"}" : "{\"status\":\"OUT_OF_SERVICE\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(ready ? 200 : 503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }
}
