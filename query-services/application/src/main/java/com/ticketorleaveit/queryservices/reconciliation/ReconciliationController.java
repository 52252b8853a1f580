package com.ticketorleaveit.queryservices.reconciliation;

import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.platform.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Does everything add up?" for operators: admins only. Its existence is no secret (it is in the operations guide),
 * so anyone else is told 403, as the security layer answers, rather than 404. The same report answers without a token
 * on query-services' management port ({@link ReconciliationEndpoint}).
 */
@RestController
@RequestMapping("/api/v1/admin/reconciliation")
class ReconciliationController {

    private final Reconciliation reconciliation;

    ReconciliationController(Reconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @Operation(operationId = "getReconciliationReport", summary = "Compare our payments with the provider's records")
    @GetMapping
    ReconciliationReport report(
            @RequestParam(required = false) UUID eventId,
            @RequestParam(defaultValue = "" + Reconciliation.DEFAULT_SETTLE_SECONDS)
                    @Min(0)
                    @Max(Reconciliation.MAX_SETTLE_SECONDS)
                    int settleSeconds,
            Caller caller) {
        if (!caller.isAdmin()) {
            throw new ApiException(403, "FORBIDDEN", "Only an admin may reconcile.");
        }
        return reconciliation.report(Optional.ofNullable(eventId), Instant.now().minusSeconds(settleSeconds));
    }
}
