package com.ticketorleaveit.saga.cancellation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Refunds of cancelled orders.
 *
 * @param firstRetry how long after a refund's first failed attempt it is tried again; each further failure doubles
 *     the wait
 * @param slowestRetry the longest wait between two attempts: a refund is tried until it succeeds
 */
@ConfigurationProperties("ticketing.saga.refund")
public record RefundProperties(
        @DefaultValue("PT5S") Duration firstRetry,
        @DefaultValue("PT10M") Duration slowestRetry) {

    /**
     * The wait after attempt {@code failedAttempt} failed: {@link #firstRetry} doubled per earlier failure, at most
     * {@link #slowestRetry}, less up to a fifth at random (given as {@code jitter} in [0, 1)) so that refunds that
     * failed together (a provider outage) are not all tried again at the same moment.
     */
    Duration retryDelay(int failedAttempt, double jitter) {
        int doublings = Math.max(0, Math.min(failedAttempt - 1, 30));
        Duration delay = firstRetry.multipliedBy(1L << doublings);
        if (delay.compareTo(slowestRetry) > 0 || delay.isNegative()) {
            delay = slowestRetry;
        }
        return delay.minus(Duration.ofNanos((long) (delay.toNanos() * 0.2 * jitter)));
    }
}
