package com.ticketorleaveit.queryservices.reconciliation;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * The reconciliation as an operator command, on query-services' management port (never routed by the gateway, so no
 * access token: whoever reaches the deployable's own port operates it): {@code GET
 * /actuator/reconciliation?eventId=&settleSeconds=} answers the report of {@code GET /api/v1/admin/reconciliation}
 * (see docs/operations.md).
 */
@Component
@Endpoint(id = "reconciliation")
class ReconciliationEndpoint {

    private final Reconciliation reconciliation;

    ReconciliationEndpoint(Reconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    /**
     * @param eventId one event's tiers and orders only; all of them when absent
     * @param settleSeconds what changed this many seconds ago or later is not judged; {@value
     *     Reconciliation#DEFAULT_SETTLE_SECONDS} when absent
     */
    @ReadOperation
    public ReconciliationReport report(@Nullable UUID eventId, @Nullable Integer settleSeconds) {
        int settle = settleSeconds == null ? Reconciliation.DEFAULT_SETTLE_SECONDS : settleSeconds;
        if (settle < 0 || settle > Reconciliation.MAX_SETTLE_SECONDS) {
            throw new InvalidEndpointRequestException(
                    "settleSeconds must be between 0 and " + Reconciliation.MAX_SETTLE_SECONDS + ", was " + settle,
                    "settleSeconds out of range");
        }
        return reconciliation.report(Optional.ofNullable(eventId), Instant.now().minusSeconds(settle));
    }
}
