package com.ticketorleaveit.saga.eventsales;

import com.ticketorleaveit.events.api.EventCancelled;
import com.ticketorleaveit.events.api.EventCreated;
import com.ticketorleaveit.events.api.EventPublished;
import com.ticketorleaveit.events.api.Tier;
import com.ticketorleaveit.events.api.TierId;
import com.ticketorleaveit.tickets.api.CancelTierOrders;
import com.ticketorleaveit.tickets.api.CancelTierSales;
import com.ticketorleaveit.tickets.api.OpenEventDoor;
import com.ticketorleaveit.tickets.api.OpenTierSales;
import com.ticketorleaveit.tickets.api.RegisterTier;
import com.ticketorleaveit.tickets.api.ScheduleTier;
import com.ticketorleaveit.tickets.api.TierOrdersCancelled;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * An event gets its door in the tickets context when it is created (so that its organizer may check tickets in and
 * name door staff), and its tiers become seat inventories there, learn when the event
 * starts (cancellations close a while before), go on sale when it is published, and stop selling for good when it is
 * cancelled, after which their confirmed orders are cancelled (and so refunded) page by page. Every command is
 * idempotent, so a redelivered event changes nothing: an event cancellation interrupted by a crash is redelivered and
 * pages through the tiers again, cancelling only what was not cancelled yet.
 */
@Component
@ProcessingGroup(EventSalesPolicy.PROCESSING_GROUP)
public class EventSalesPolicy {

    public static final String PROCESSING_GROUP = "event-sales";

    /** Orders cancelled in one transaction of an event's mass refund. */
    static final int CANCELLATION_PAGE = 100;

    private final CommandGateway commandGateway;

    EventSalesPolicy(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @EventHandler
    void on(EventCreated event) {
        commandGateway.sendAndWait(new OpenEventDoor(event.eventId().value(), event.organizerUserId()));
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

    /** Sales close on every tier first, so no order is confirmed behind the mass refund; then the orders are cancelled. */
    @EventHandler
    void on(EventCancelled event) {
        for (TierId tierId : event.tierIds()) {
            commandGateway.sendAndWait(new CancelTierSales(tierId.value()));
        }
        for (TierId tierId : event.tierIds()) {
            UUID after = null;
            TierOrdersCancelled page;
            do {
                page = commandGateway.sendAndWait(new CancelTierOrders(tierId.value(), after, CANCELLATION_PAGE));
                after = page.last();
            } while (page.more());
        }
    }
}
