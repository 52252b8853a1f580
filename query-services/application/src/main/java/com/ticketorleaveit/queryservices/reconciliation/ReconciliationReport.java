package com.ticketorleaveit.queryservices.reconciliation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Whether orders, payments and the catalog's seat counts add up, as the read models tell it.
 *
 * <p>Read models are projected by separate processors, each at its own pace: an order may already read CONFIRMED while
 * its seats or its payment are still on the way. Each rule therefore ignores what changed within the settle window
 * (the request's {@code settleSeconds}); what is left over is a real discrepancy, not a projection catching up.
 *
 * @param ordersByStatus how many orders are in each status
 * @param tiers the seat balance of every tier
 * @param discrepancies how many of each kind of discrepancy were found
 * @param total the sum of the discrepancies: 0 when everything adds up
 * @param examples up to {@value Reconciliation#EXAMPLES} ids per kind with a non-zero count (tier ids for tiers, order
 *     ids otherwise), named as in {@code discrepancies}, so that an operator can look at them
 */
public record ReconciliationReport(
        Map<String, Long> ordersByStatus,
        List<TierBalance> tiers,
        Discrepancies discrepancies,
        long total,
        Map<String, List<UUID>> examples) {

    /**
     * The catalog keeps a tier's capacity and its remaining seats only; the seats taken from it ({@code capacity -
     * remaining}) are either held by a RESERVED order or sold to a CONFIRMED one, so which of them is sold cannot be
     * told from the catalog alone. The rule: once a tier is settled, {@code taken == confirmedSeats + heldSeats}.
     *
     * @param taken {@code capacity - remaining}: seats held or sold
     * @param confirmedSeats the seats of the tier's CONFIRMED orders
     * @param heldSeats the seats of the tier's RESERVED orders (held, not yet paid)
     * @param settled none of the tier's orders was placed, cancelled or refunded within the settle window; an unsettled
     *     tier is not judged
     * @param consistent false only for a settled tier whose seats do not add up
     */
    public record TierBalance(
            UUID tierId,
            UUID eventId,
            int capacity,
            int remaining,
            int taken,
            long confirmedSeats,
            long heldSeats,
            boolean settled,
            boolean consistent) {}

    /**
     * @param tiersWhoseSeatsDoNotAddUp settled tiers where {@code capacity - remaining != confirmedSeats + heldSeats}
     * @param paidOrdersWithoutTickets an APPROVED payment whose order is not CONFIRMED, CANCELLED or REFUNDED (nor
     *     known at all): money taken, no tickets, no refund under way
     * @param confirmedOrdersWithoutApprovedPayment a CONFIRMED order with an amount above 0 whose payment is missing or
     *     not APPROVED: tickets issued without money
     * @param refundedOrdersWithoutRefundedPayment a REFUNDED order with an amount above 0 whose payment is missing or
     *     not REFUNDED: the customer was told of money that never went back
     * @param doubleCharges orders with more than one APPROVED, REFUND_PENDING or REFUNDED payment; payment ids derive
     *     from the order and the table allows one payment per order, so this stays 0 unless that scheme changes
     */
    public record Discrepancies(
            long tiersWhoseSeatsDoNotAddUp,
            long paidOrdersWithoutTickets,
            long confirmedOrdersWithoutApprovedPayment,
            long refundedOrdersWithoutRefundedPayment,
            long doubleCharges) {

        long total() {
            return tiersWhoseSeatsDoNotAddUp
                    + paidOrdersWithoutTickets
                    + confirmedOrdersWithoutApprovedPayment
                    + refundedOrdersWithoutRefundedPayment
                    + doubleCharges;
        }
    }
}
