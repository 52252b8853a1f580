package com.ticketorleaveit.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The system tests run two command-services replicas behind the gateway. Each must see both as members of the
 * command bus ring, so that every aggregate's commands go to one node whichever replica took the request.
 */
class ReplicasSystemIT {

    static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.get();
    }

    @Test
    void everyReplicaRoutesCommandsOverARingOfAllReplicas() {
        assertThat(system.commandServicesReplicas()).hasSize(RunningSystem.COMMAND_SERVICES_REPLICAS);
        for (var replica : system.commandServicesReplicas()) {
            var readiness = Ticketing.eventually(
                    "ring of " + RunningSystem.COMMAND_SERVICES_REPLICAS + " at " + replica,
                    () -> new Api(replica).get("/actuator/health/readiness", null),
                    r -> r.status() == 200
                            && r.json()
                                            .at("/components/commandBusMembership/details/acceptingCommands")
                                            .asInt()
                                    == RunningSystem.COMMAND_SERVICES_REPLICAS);
            assertThat(readiness
                            .json()
                            .at("/components/commandBusMembership/status")
                            .asText())
                    .isEqualTo("UP");
        }
    }
}
