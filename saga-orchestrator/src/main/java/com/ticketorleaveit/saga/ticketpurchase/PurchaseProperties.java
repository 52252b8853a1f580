package com.ticketorleaveit.saga.ticketpurchase;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ticket purchase.
 *
 * @param holdDuration how long an order, from its placing, waits for its payment before it expires and its seats
 *     are released
 * @param latePaymentWindow how long after its hold ran out an order still waits for a payment that has not answered
 *     yet: one that comes in this window confirms the order (seats permitting) or is refunded
 * @param latePaymentCheckEvery how often the provider is asked again, in that window, about a payment it has not
 *     answered
 */
@ConfigurationProperties("ticketing.saga.purchase")
public record PurchaseProperties(
        @DefaultValue("PT10M") Duration holdDuration,
        @DefaultValue("P1D") Duration latePaymentWindow,
        @DefaultValue("PT5M") Duration latePaymentCheckEvery) {}
