package com.ticketorleaveit.local;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The four deployables as a launcher sees them: where their jars are built (relative to the repository root) and
 * the environment that tells each one where the others answer (docs/architecture.md).
 */
public final class Deployables {

    public static final String COMMAND_SERVICES_JAR = "command-services/application/target/command-services-exec.jar";
    public static final String QUERY_SERVICES_JAR = "query-services/application/target/query-services-exec.jar";
    public static final String SAGA_ORCHESTRATOR_JAR = "saga-orchestrator/target/saga-orchestrator-exec.jar";
    public static final String GATEWAY_JAR = "gateway/target/gateway-exec.jar";

    /** The ports of one running system, all on 127.0.0.1. */
    public record Ports(
            int commandServices, int queryServices, int vendorDirectory, int sagaOrchestrator, int gateway) {}

    /** Listening ports are drawn from below Linux's ephemeral range (32768 and up, by default). */
    private static final int LOWEST_PORT = 20_000;

    private static final int HIGHEST_PORT = 32_000;

    private Deployables() {}

    /**
     * Ports for deployables to listen on, distinct and free right now. They lie below the range the kernel hands out
     * for outgoing connections, so the connections other processes open (to the database, say) while the deployables
     * start cannot take them first.
     */
    public static List<Integer> freePorts(int count) {
        Set<Integer> ports = new LinkedHashSet<>();
        int attempts = 0;
        while (ports.size() < count) {
            if (++attempts > 10_000) {
                throw new IllegalStateException(
                        "no " + count + " free ports between " + LOWEST_PORT + " and " + HIGHEST_PORT);
            }
            int port = ThreadLocalRandom.current().nextInt(LOWEST_PORT, HIGHEST_PORT);
            if (com.ticketorleaveit.local.Ports.isFree(port)) {
                ports.add(port);
            }
        }
        return List.copyOf(ports);
    }

    /** The port each deployable listens on and the addresses by which they reach each other. */
    public static Map<String, String> wiring(Ports ports) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("TICKETING_COMMAND_SERVICES_PORT", String.valueOf(ports.commandServices()));
        environment.put("TICKETING_QUERY_SERVICES_PORT", String.valueOf(ports.queryServices()));
        environment.put("TICKETING_QUERY_SERVICES_GRPC_PORT", String.valueOf(ports.vendorDirectory()));
        environment.put("TICKETING_SAGA_ORCHESTRATOR_PORT", String.valueOf(ports.sagaOrchestrator()));
        environment.put("TICKETING_GATEWAY_PORT", String.valueOf(ports.gateway()));
        environment.put("TICKETING_COMMAND_SERVICES_URL", "http://127.0.0.1:" + ports.commandServices());
        environment.put("TICKETING_QUERY_SERVICES_URL", "http://127.0.0.1:" + ports.queryServices());
        environment.put("TICKETING_SAGA_ORCHESTRATOR_URL", "http://127.0.0.1:" + ports.sagaOrchestrator());
        environment.put("TICKETING_VENDOR_DIRECTORY_ADDRESS", "static://127.0.0.1:" + ports.vendorDirectory());
        return environment;
    }
}
