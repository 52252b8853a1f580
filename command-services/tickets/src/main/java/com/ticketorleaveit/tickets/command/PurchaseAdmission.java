package com.ticketorleaveit.tickets.command;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Scheduler;
import com.ticketorleaveit.tickets.api.OrderId;
import java.util.concurrent.Semaphore;
import org.springframework.stereotype.Component;

/**
 * Load shedding at the box office: a node lets at most {@code ticketing.tickets.command.admission.in-flight-orders}
 * purchases into the pipeline at once, counted from the order's reservation until its purchase ends here (confirmed,
 * payment failed, expired), and for at most {@code counted-for}. A new order beyond that is refused as busy before
 * anything is stored, and its buyer asks again a moment later.
 *
 * <p>Without it, orders arriving faster than the pipeline settles them are all accepted: their placements and their
 * buyers' polls take the processors from the steps that would end the orders already accepted, every order waits
 * longer, and the system settles fewer purchases a second the more it is offered. With it, the pipeline works at its
 * own pace and an accepted order's wait stays bounded by about {@code in-flight-orders} divided by that pace.
 *
 * <p>Each node counts the orders of the tiers it handles (order commands are routed by tier). An order whose end is
 * handled by another node (the ring changed meanwhile) stops counting here after {@code counted-for}.
 */
@Component
class PurchaseAdmission {

    private final Semaphore permits;
    private final Cache<OrderId, Boolean> inFlight;

    PurchaseAdmission(TicketsCommandProperties properties) {
        TicketsCommandProperties.Admission admission = properties.admission();
        this.permits = new Semaphore(admission.inFlightOrders());
        this.inFlight = Caffeine.newBuilder()
                .expireAfterWrite(admission.countedFor())
                .scheduler(Scheduler.systemScheduler())
                .executor(Runnable::run)
                .removalListener(
                        (OrderId order, Boolean admitted, com.github.benmanes.caffeine.cache.RemovalCause cause) ->
                                permits.release())
                .build();
    }

    /** Whether another purchase may start now. */
    boolean hasRoom() {
        return permits.availablePermits() > 0;
    }

    /** Counts the order in, when there is room for it. */
    boolean admit(OrderId order) {
        if (!permits.tryAcquire()) {
            return false;
        }
        inFlight.put(order, Boolean.TRUE);
        return true;
    }

    /** The order's purchase ended (or never started): it stops counting. Harmless for an order not counted. */
    void ended(OrderId order) {
        inFlight.invalidate(order);
    }

    /** Purchases counted now. */
    long inFlight() {
        inFlight.cleanUp();
        return inFlight.estimatedSize();
    }
}
