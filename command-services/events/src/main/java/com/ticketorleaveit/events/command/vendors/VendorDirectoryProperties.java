package com.ticketorleaveit.events.command.vendors;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the events context calls the vendor directory over gRPC (the channel itself is {@code
 * grpc.client.vendor-directory.*}).
 *
 * @param deadline the most one call may take
 * @param maxAttempts calls per lookup, the first included, while the directory is UNAVAILABLE or misses the deadline
 * @param initialBackoff wait before the first retry; doubles (by {@code backoffMultiplier}) with jitter
 * @param backoffMultiplier growth of the wait between retries
 * @param failureRateThreshold percentage of failed lookups that opens the circuit
 * @param slidingWindowSize lookups the failure rate is measured over
 * @param minimumNumberOfCalls lookups needed before the failure rate counts
 * @param waitInOpenState how long an open circuit refuses calls before it tries again
 */
@ConfigurationProperties("ticketing.events.command.vendor-directory")
public record VendorDirectoryProperties(
        @DefaultValue("2s") Duration deadline,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("100ms") Duration initialBackoff,
        @DefaultValue("2.0") double backoffMultiplier,
        @DefaultValue("50") float failureRateThreshold,
        @DefaultValue("20") int slidingWindowSize,
        @DefaultValue("10") int minimumNumberOfCalls,
        @DefaultValue("10s") Duration waitInOpenState) {}
