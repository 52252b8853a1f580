package com.ticketorleaveit.saga.eventsales;

import com.ticketorleaveit.events.api.EventCreated;
import com.ticketorleaveit.events.api.EventPublished;
import com.ticketorleaveit.events.api.Tier;
import com.ticketorleaveit.events.api.TierId;
import com.ticketorleaveit.tickets.api.OpenTierSales;
import com.ticketorleaveit.tickets.api.RegisterTier;
import com.ticketorleaveit.tickets.api.ScheduleTier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * An event's tiers become seat inventories in the tickets context when the event is created, learn when the event
 * starts (cancellations close a while before), and go on sale when it is published. Every command is idempotent, so a
 * redelivered event changes nothing.
 */
@Component
@ProcessingGroup(EventSalesPolicy.PROCESSING_GROUP)
public class EventSalesPolicy {

    public static final String PROCESSING_GROUP = "event-sales";

    private final CommandGateway commandGateway;

    EventSalesPolicy(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @EventHandler
    void on(EventCreated event) {
        for (Tier tier : event.tiers()) {
            commandGateway.sendAndWait(new RegisterTier(
                    tier.tierId().value(),
                    event.eventId().value(),
                    tier.name(),
                    tier.priceMinor(),
                    tier.currency(),
                    tier.capacity(),
                    tier.perOrderLimit()));
            commandGateway.sendAndWait(
                    new ScheduleTier(tier.tierId().value(), event.startsAt().toInstant()));
        }
    }

    @EventHandler
    void on(EventPublished event) {
        for (TierId tierId : event.tierIds()) {
            commandGateway.sendAndWait(new OpenTierSales(tierId.value()));
        }
    }
}
