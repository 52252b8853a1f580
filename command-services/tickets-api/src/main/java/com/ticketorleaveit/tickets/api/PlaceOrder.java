package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.commandhandling.RoutingKey;

/**
 * Places an order and holds its seats at once, or rejects it; the same order id again with the same content changes
 * nothing. Answers the order's status: {@link OrderStatus#RESERVED} or {@link OrderStatus#REJECTED}. Routed by tier,
 * like every command that moves the tier's seats, so that one node handles a tier's orders.
 *
 * @param offerId a waiting-list offer the order buys (its one seat, held for the customer), or null for seats on sale;
 *     an offer that is not the customer's, has expired or was used is refused before anything is stored
 */
public record PlaceOrder(
        OrderId orderId,
        UUID customerId,
        String customerEmail,
        UUID eventId,
        @RoutingKey UUID tierId,
        int quantity,
        String paymentMethod,
        String idempotencyKey,
        UUID offerId) {

    /** An order for seats on sale. */
    public PlaceOrder(
            OrderId orderId,
            UUID customerId,
            String customerEmail,
            UUID eventId,
            UUID tierId,
            int quantity,
            String paymentMethod,
            String idempotencyKey) {
        this(orderId, customerId, customerEmail, eventId, tierId, quantity, paymentMethod, idempotencyKey, null);
    }
}
