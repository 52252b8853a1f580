package com.ticketorleaveit.saga.eventsales;

import com.ticketorleaveit.events.api.EventCancelled;
import com.ticketorleaveit.events.api.EventCreated;
import com.ticketorleaveit.events.api.EventPublished;
import com.ticketorleaveit.events.api.EventRescheduled;
import com.ticketorleaveit.events.api.EventSalesClosed;
import com.ticketorleaveit.events.api.Tier;
import com.ticketorleaveit.events.api.TierAdded;
import com.ticketorleaveit.events.api.TierChanged;
import com.ticketorleaveit.events.api.TierId;
import com.ticketorleaveit.events.api.TierSalesWindowChanged;
import com.ticketorleaveit.tickets.api.CancelTierOrders;
import com.ticketorleaveit.tickets.api.CancelTierSales;
import com.ticketorleaveit.tickets.api.CloseTierSales;
import com.ticketorleaveit.tickets.api.OpenEventDoor;
import com.ticketorleaveit.tickets.api.OpenTierSales;
import com.ticketorleaveit.tickets.api.RegisterTier;
import com.ticketorleaveit.tickets.api.ReviseTier;
import com.ticketorleaveit.tickets.api.ScheduleTier;
import com.ticketorleaveit.tickets.api.ScheduleTierSales;
import com.ticketorleaveit.tickets.api.TierOrdersCancelled;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * An event gets its door in the tickets context when it is created (so that its organizer may check tickets in and
 * name door staff). Its tiers become seat inventories there when the event is created (or the tier added to its
 * draft), take the draft's changed terms, learn when the event starts (cancellations close a while before) and again
 * when it moves, go on sale when it is published, stop selling when its sales close (by request, or at its start:
 * {@link EventStartSaga}), and stop selling for good when it is cancelled, after which their confirmed orders are
 * cancelled (and so refunded) page by page. Every command is
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

    /** A tier added to a draft is registered like the event's first ones. */
    @EventHandler
    void on(TierAdded event) {
        Tier tier = event.tier();
        commandGateway.sendAndWait(new RegisterTier(
                tier.tierId().value(),
                event.eventId().value(),
                tier.name(),
                tier.priceMinor(),
                tier.currency(),
                tier.capacity(),
                tier.perOrderLimit()));
        commandGateway.sendAndWait(
                new ScheduleTier(tier.tierId().value(), event.eventStartsAt().toInstant()));
    }

    /** A draft's tier changed; it comes before the event's publication on this queue, so before the tier opens. */
    @EventHandler
    void on(TierChanged event) {
        Tier tier = event.tier();
        commandGateway.sendAndWait(new ReviseTier(
                tier.tierId().value(),
                tier.name(),
                tier.priceMinor(),
                tier.currency(),
                tier.capacity(),
                tier.perOrderLimit()));
    }

    /** The tier learns when it sells; it decides each order against that window. */
    @EventHandler
    void on(TierSalesWindowChanged event) {
        commandGateway.sendAndWait(
                new ScheduleTierSales(event.tierId().value(), event.salesStartAt(), event.salesEndAt()));
    }

    /** The tiers learn the new start: their cancellation cut-off moves with it. */
    @EventHandler
    void on(EventRescheduled event) {
        for (TierId tierId : event.tierIds()) {
            commandGateway.sendAndWait(
                    new ScheduleTier(tierId.value(), event.startsAt().toInstant()));
        }
    }

    /**
     * Closing sales on request already closed the tiers before the request was answered; doing it again changes
     * nothing, and closes them should that answer have been cut short. At the start, this is what closes them.
     */
    @EventHandler
    void on(EventSalesClosed event) {
        for (TierId tierId : event.tierIds()) {
            commandGateway.sendAndWait(new CloseTierSales(tierId.value()));
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
