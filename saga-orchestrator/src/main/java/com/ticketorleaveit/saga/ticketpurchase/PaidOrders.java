package com.ticketorleaveit.saga.ticketpurchase;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Where the sweep finds purchases that ended without settling their money: the read models of orders and payments. */
interface PaidOrders {

    /**
     * Orders whose payment was approved before {@code approvedBefore} while the order is still reserved or expired:
     * paid, without tickets and without a refund under way. Placed after {@code placedAfter}, oldest first.
     */
    List<PaidOrder> paidWithoutTickets(Instant approvedBefore, Instant placedAfter, int limit);

    /**
     * Payments the provider never answered, requested between {@code requestedAfter} and {@code requestedBefore},
     * whose order ended (expired) meanwhile; newest first, as the most likely still to be answered.
     */
    List<UnansweredPayment> unansweredOfEndedOrders(Instant requestedBefore, Instant requestedAfter, int limit);

    record PaidOrder(UUID orderId, UUID tierId, int quantity, String status) {}

    record UnansweredPayment(UUID paymentId, UUID orderId) {}
}
