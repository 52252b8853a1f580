package com.ticketorleaveit.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every order reaches a terminal state even when a process dies mid-purchase. */
class CrashRecoverySystemIT {

    static RunningSystem system;
    static Ticketing ticketing;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.get();
        ticketing = new Ticketing(system);
    }

    @Test
    void purchasesCompleteAndHoldsExpireAfterTheOrchestratorCrashes() throws Exception {
        var event = ticketing.aPublishedEvent(ticketing.anOrganizer(), 10, 4, List.of());
        var unpaid = ticketing.aCustomer();
        var paying = ticketing.aCustomer();
        String unpaidOrder = ticketing.buy(unpaid, event, 2, "tok_timeout");
        Ticketing.eventually(
                "seats held for the unpaid order",
                () -> ticketing.api.get("/api/v1/orders/" + unpaidOrder, unpaid.accessToken()),
                r -> r.status() == 200 && r.json().get("status").asText().equals("RESERVED"));

        system.crash("saga-orchestrator");
        // placed while no orchestrator runs: its events wait in the orchestrator's durable queue
        String paidOrder = ticketing.buy(paying, event, 1, "tok_approve");
        system.restart("saga-orchestrator");

        assertThat(ticketing.finalOrder(paying, paidOrder).get("status").asText())
                .isEqualTo("CONFIRMED");
        // the hold's deadline was persisted before the crash and fires after the restart
        assertThat(ticketing.finalOrder(unpaid, unpaidOrder).get("status").asText())
                .isEqualTo("EXPIRED");
        ticketing.eventuallyRemaining(event, 9);
    }
}
