package com.ticketorleaveit.commandservices.eventsales;

import com.ticketorleaveit.events.api.ChangeTier;
import com.ticketorleaveit.events.api.CloseSales;
import com.ticketorleaveit.events.api.EventErrors;
import com.ticketorleaveit.events.api.EventId;
import com.ticketorleaveit.events.api.SalesClosedTiers;
import com.ticketorleaveit.events.api.TierChangeAccepted;
import com.ticketorleaveit.events.api.TierId;
import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.platform.web.Caller;
import com.ticketorleaveit.platform.web.CommandFailures;
import com.ticketorleaveit.tickets.api.ChangeTierCapacity;
import com.ticketorleaveit.tickets.api.CloseTierSales;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The two requests about an event's sales that need both the event and its tiers' seat inventories, answered only once
 * both agreed (ADR 17). The event decides who may and what may change, the tickets context decides about seats; the
 * two are asked one after the other over the command bus, speaking only their published languages, as the
 * orchestrator does asynchronously.
 *
 * <ul>
 *   <li>{@code PATCH /api/v1/events/{id}/tiers/{tierId}}: a draft's tier changes in the event (its inventory follows
 *       through the orchestrator); a published event's tier changes its capacity only, decided by its inventory with
 *       its reservations: below the seats sold and held it is 409 {@code CAPACITY_BELOW_TAKEN}.
 *   <li>{@code POST /api/v1/events/{id}/close-sales}: the event closes its sales, then every tier is closed before the
 *       answer, so an order placed after it is rejected ({@code SALES_CLOSED}). The orchestrator closes them again
 *       from the event's {@code EventSalesClosed}, so an answer cut short leaves no tier open.
 * </ul>
 */
@RestController
@RequestMapping("/api/v1/events")
public class EventSalesController {

    private static final Logger log = LoggerFactory.getLogger(EventSalesController.class);

    private final CommandGateway commandGateway;
    private final Clock clock = Clock.systemUTC();

    public EventSalesController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    record ChangedTier(UUID id, UUID eventId) {}

    record ClosedSales(UUID id, String status) {}

    @Operation(operationId = "changeTier", summary = "Change a ticket tier's price, capacity or per-order limit")
    @PatchMapping("/{eventId}/tiers/{tierId}")
    @PreAuthorize("hasAnyRole('ORGANIZER', 'ADMIN')")
    public ChangedTier changeTier(
            Caller caller,
            @PathVariable UUID eventId,
            @PathVariable UUID tierId,
            @Valid @RequestBody ChangeTierRequest request) {
        TierChangeAccepted accepted = toTheEvent(
                eventId,
                new ChangeTier(
                        new EventId(eventId),
                        new TierId(tierId),
                        caller.userId(),
                        caller.isAdmin(),
                        request.name() == null ? null : request.name().strip(),
                        request.priceMinor(),
                        request.currency(),
                        request.capacity(),
                        request.perOrderLimit(),
                        request.salesStartAt() == null
                                ? null
                                : request.salesStartAt().toInstant(),
                        request.salesEndAt() == null
                                ? null
                                : request.salesEndAt().toInstant()));
        if (accepted.capacityForTheInventory() != null) {
            commandGateway.sendAndWait(new ChangeTierCapacity(tierId, accepted.capacityForTheInventory()));
        }
        return new ChangedTier(tierId, eventId);
    }

    @Operation(operationId = "closeSales", summary = "Close an event's sales")
    @PostMapping("/{eventId}/close-sales")
    @PreAuthorize("hasAnyRole('ORGANIZER', 'ADMIN')")
    public ClosedSales closeSales(Caller caller, @PathVariable UUID eventId) {
        SalesClosedTiers closed = toTheEvent(
                eventId, new CloseSales(new EventId(eventId), caller.userId(), caller.isAdmin(), clock.instant()));
        for (TierId tierId : closed.tierIds()) {
            try {
                commandGateway.sendAndWait(new CloseTierSales(tierId.value()));
            } catch (RuntimeException e) {
                if (!CommandFailures.causedBy(e, AggregateNotFoundException.class)) {
                    throw e;
                }
                // not registered yet: the orchestrator registers it, then closes it, in the event's order
                log.info("Tier {} of event {} is not registered yet; it is closed once it is", tierId, eventId);
            }
        }
        return new ClosedSales(eventId, "SALES_CLOSED");
    }

    private <R> R toTheEvent(UUID eventId, Object command) {
        try {
            return commandGateway.sendAndWait(command);
        } catch (RuntimeException e) {
            if (CommandFailures.causedBy(e, AggregateNotFoundException.class)) {
                throw ApiException.notFound(EventErrors.EVENT_NOT_FOUND, "No event " + eventId + ".");
            }
            throw e;
        }
    }
}
