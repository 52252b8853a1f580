package com.ticketorleaveit.queryservices.reconciliation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Whether orders, payments and the catalog's seat counts add up, as the read models tell it, and whether our payments
 * agree with the payment provider's records of the money that actually moved.
 *
 * <p>Read models are projected by separate processors, each at its own pace: an order may already read CONFIRMED while
 * its seats or its payment are still on the way; and the provider decides a charge before our payment hears of it.
 * Each rule therefore ignores what changed within the settle window (the request's {@code settleSeconds}), on our side
 * and, where the provider's record is what is judged, on the provider's; what is left over is a real discrepancy, not
 * a projection catching up.
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
        Map<String, List<String>> examples) {

    /**
     * The catalog keeps a tier's capacity and its remaining seats only; the seats taken from it ({@code capacity -
     * remaining}) are either held by a RESERVED order or sold to a CONFIRMED one, so which of them is sold cannot be
     * told from the catalog alone; a seat offered to a customer of the tier's waiting list is taken too. The rule: once a
     * tier is settled, {@code taken == confirmedSeats + heldSeats + offeredSeats}.
     *
     * @param taken {@code capacity - remaining}: seats held or sold
     * @param confirmedSeats the seats of the tier's CONFIRMED orders
     * @param heldSeats the seats of the tier's RESERVED orders (held, not yet paid)
     * @param offeredSeats the seats held for customers of the tier's waiting list (its OFFERED entries)
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
            long offeredSeats,
            boolean settled,
            boolean consistent) {}

    /**
     * The first five counts compare our read models with each other, the last five our payments with the provider's
     * records (its approved charges and their refunds, {@link ProviderRecords}). The provider knows a payment by the
     * idempotency key it was charged with, the payment's id; a charge is judged as the provider's record, our records
     * are judged once they have settled.
     *
     * <p>Where they overlap, one fault is counted once from each side that sees it:
     *
     * <ul>
     *   <li>a payment APPROVED with us and at the provider, not refunded there, whose order never got its tickets counts
     *       in {@code paidOrdersWithoutTickets} and {@code providerChargesWithoutConfirmedOrder}; the latter alone also
     *       counts a charge our payment still waits for, or thinks declined or failed;
     *   <li>a CONFIRMED order whose payment is not APPROVED with us, and was never charged at the provider or was
     *       refunded there, counts in {@code confirmedOrdersWithoutApprovedPayment} and {@code
     *       confirmedOrdersWithoutProviderCharge}; only the latter counts one our records call paid;
     *   <li>a REFUNDED order whose payment is not refunded, with us nor at the provider, counts in {@code
     *       refundedOrdersWithoutRefundedPayment} and {@code refundsMissingAtProvider}; only the latter counts a refund
     *       our records show done but the provider never made;
     *   <li>a payment our records call REFUNDED that the provider has not refunded counts in {@code
     *       refundsMissingAtProvider}, and also in {@code providerChargesWithoutConfirmedOrder} if its order is neither
     *       CONFIRMED, CANCELLED nor REFUNDED, or in {@code confirmedOrdersWithoutApprovedPayment} if it is CONFIRMED;
     *   <li>{@code providerChargesWithoutPayment} and {@code amountMismatches} see faults no other count sees.
     * </ul>
     *
     * An order without any payment row cannot be looked up at the provider (its key is the payment's id): it is left to
     * the read-model counts.
     *
     * @param tiersWhoseSeatsDoNotAddUp settled tiers where {@code capacity - remaining != confirmedSeats + heldSeats + offeredSeats}
     * @param paidOrdersWithoutTickets an APPROVED payment whose order is not CONFIRMED, CANCELLED or REFUNDED (nor
     *     known at all): money taken, no tickets, no refund under way
     * @param confirmedOrdersWithoutApprovedPayment a CONFIRMED order with an amount above 0 whose payment is missing or
     *     not APPROVED: tickets issued without money
     * @param refundedOrdersWithoutRefundedPayment a REFUNDED order with an amount above 0 whose payment is missing or
     *     not REFUNDED: the customer was told of money that never went back
     * @param doubleCharges orders with more than one APPROVED, REFUND_PENDING or REFUNDED payment. Payment ids derive
     *     from the order and the table allows one payment per order, so this stays 0 unless that scheme changes; at the
     *     provider, one key holds one charge, so a second charge of an order would be under a key that is no payment of
     *     ours and shows as {@code providerChargesWithoutPayment}
     * @param providerChargesWithoutPayment charges the provider approved under a key that is no payment of ours: money
     *     taken that we know nothing of. Such a charge belongs to no event, so it is counted only in the report of the
     *     whole platform
     * @param providerChargesWithoutConfirmedOrder charges the provider approved and has not refunded, whose payment's
     *     order is not CONFIRMED, not CANCELLED (its refund may still be retrying: {@code REFUND_PENDING} on the
     *     payment) and not REFUNDED (that is {@code refundsMissingAtProvider}), or not known at all: money kept, no
     *     tickets
     * @param confirmedOrdersWithoutProviderCharge a CONFIRMED order with an amount above 0 whose payment the provider
     *     never approved, or has refunded: tickets issued without money, whatever our payment says
     * @param refundsMissingAtProvider a payment REFUNDED, or whose order is REFUNDED with an amount above 0, that the
     *     provider has not refunded (a refund it is still attempting is not one): the customer was told of money that
     *     never went back
     * @param amountMismatches charges the provider approved for another amount or currency than our payment's
     */
    public record Discrepancies(
            long tiersWhoseSeatsDoNotAddUp,
            long paidOrdersWithoutTickets,
            long confirmedOrdersWithoutApprovedPayment,
            long refundedOrdersWithoutRefundedPayment,
            long doubleCharges,
            long providerChargesWithoutPayment,
            long providerChargesWithoutConfirmedOrder,
            long confirmedOrdersWithoutProviderCharge,
            long refundsMissingAtProvider,
            long amountMismatches) {

        long total() {
            return tiersWhoseSeatsDoNotAddUp
                    + paidOrdersWithoutTickets
                    + confirmedOrdersWithoutApprovedPayment
                    + refundedOrdersWithoutRefundedPayment
                    + doubleCharges
                    + providerChargesWithoutPayment
                    + providerChargesWithoutConfirmedOrder
                    + confirmedOrdersWithoutProviderCharge
                    + refundsMissingAtProvider
                    + amountMismatches;
        }
    }
}
