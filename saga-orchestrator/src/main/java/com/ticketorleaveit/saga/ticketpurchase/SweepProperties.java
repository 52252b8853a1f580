package com.ticketorleaveit.saga.ticketpurchase;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The purchase's safety net ({@link PaidOrderSweep}).
 *
 * @param every how long after one round of the sweep the next one starts
 * @param grace how long a payment has been approved before the sweep looks at its order: the purchase confirms a paid
 *     order within moments, so an order found paid without tickets after this was missed by its purchase
 * @param lookback how far back the sweep looks: orders placed, and unanswered payments requested, within this
 * @param askUnansweredEvery how often the provider is asked again about a payment it never answered, once the
 *     purchase's late-payment window closed
 * @param batch at most this many orders, and this many payments, per round; more wait for the next round
 */
@ConfigurationProperties("ticketing.saga.sweep")
record SweepProperties(
        @DefaultValue("PT1M") Duration every,
        @DefaultValue("PT2M") Duration grace,
        @DefaultValue("P7D") Duration lookback,
        @DefaultValue("PT1H") Duration askUnansweredEvery,
        @DefaultValue("500") int batch) {

    SweepProperties {
        if (every.isNegative() || every.isZero() || askUnansweredEvery.isNegative() || askUnansweredEvery.isZero()) {
            throw new IllegalArgumentException("The sweep's intervals must be positive");
        }
        if (grace.isNegative() || lookback.compareTo(grace) <= 0) {
            throw new IllegalArgumentException("The sweep's lookback must exceed its grace, and neither be negative");
        }
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be at least 1, was " + batch);
        }
    }
}
