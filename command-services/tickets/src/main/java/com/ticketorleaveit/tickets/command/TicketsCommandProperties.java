package com.ticketorleaveit.tickets.command;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The tickets context's command side.
 *
 * @param cancellationCutoff how long before its event starts an order can no longer be cancelled
 * @param admission how many purchases a node lets into the pipeline at once (see {@link PurchaseAdmission})
 * @param waitingList the waiting lists of sold-out tiers
 */
@ConfigurationProperties("ticketing.tickets.command")
public record TicketsCommandProperties(
        @DefaultValue("PT48H") Duration cancellationCutoff,
        @DefaultValue Admission admission,
        @DefaultValue WaitingList waitingList) {

    /**
     * @param offerHold how long a seat offered to a customer of the waiting list is held for them; unbought by then, it
     *     passes to the next customer waiting
     */
    public record WaitingList(@DefaultValue("PT15M") Duration offerHold) {

        public WaitingList {
            if (offerHold.isNegative() || offerHold.isZero()) {
                throw new IllegalArgumentException(
                        "ticketing.tickets.command.waiting-list.offer-hold must be positive");
            }
        }
    }

    /**
     * @param inFlightOrders the reserved orders whose purchase has not ended that one node keeps at once; a new order
     *     beyond them is refused as busy
     * @param countedFor how long an order counts at most: one still reserved after this waits on its buyer or the
     *     payment provider, not on this system
     */
    public record Admission(
            @DefaultValue("200") int inFlightOrders,
            @DefaultValue("PT30S") Duration countedFor) {

        public Admission {
            if (inFlightOrders < 1) {
                throw new IllegalArgumentException("ticketing.tickets.command.admission.in-flight-orders must be >= 1");
            }
        }
    }
}
