package com.ticketorleaveit.queryservices.eventviews;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How an event's sales go, for its organizer: as the read models tell it, a moment after each change.
 *
 * @param status DRAFT, PUBLISHED or CANCELLED
 * @param tiers each tier's seats and takings, in the event's order
 * @param revenue what the event's CONFIRMED orders brought in, per currency (orders cancelled or refunded since are not
 *     counted)
 * @param ordersByStatus how many of the event's orders are in each status
 * @param refunds orders whose money went back, or is on its way back
 * @param checkedIn tickets checked in at the door so far
 */
public record EventDashboard(
        UUID eventId,
        String name,
        String status,
        List<TierSales> tiers,
        List<Revenue> revenue,
        Map<String, Long> ordersByStatus,
        Refunds refunds,
        long checkedIn) {

    /**
     * @param sold seats of CONFIRMED orders
     * @param held seats held for RESERVED orders, awaiting their payment
     * @param offered seats held for customers of the tier's waiting list until they buy or their offer ends
     * @param remaining seats still on sale, as the catalog shows them
     * @param revenueMinor the CONFIRMED orders' amounts, in the tier's currency's minor unit
     * @param checkedIn the tier's tickets checked in at the door so far
     */
    public record TierSales(
            UUID tierId,
            String name,
            int capacity,
            long sold,
            long held,
            long offered,
            int remaining,
            long revenueMinor,
            String currency,
            long checkedIn) {}

    public record Revenue(String currency, long amountMinor) {}

    /**
     * @param refunded orders REFUNDED: their money is back with their buyers
     * @param refundedAmountMinor how much went back, in all
     * @param pending orders CANCELLED whose refund is still on its way
     */
    public record Refunds(long refunded, long refundedAmountMinor, long pending) {}
}
