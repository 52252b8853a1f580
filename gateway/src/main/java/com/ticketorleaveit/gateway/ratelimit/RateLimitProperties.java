package com.ticketorleaveit.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-client token bucket applied on every route.
 *
 * @param store {@code memory} (one gateway instance) or {@code redis} (buckets shared by several instances)
 * @param replenishPerSecond tokens added per second, the sustained request rate
 * @param burst bucket capacity, the most requests accepted at once
 */
@ConfigurationProperties(RateLimitProperties.PREFIX)
public record RateLimitProperties(
        @DefaultValue("memory") Store store,
        @DefaultValue("200") int replenishPerSecond,
        @DefaultValue("400") int burst) {

    static final String PREFIX = "ticketing.gateway.rate-limit";

    public RateLimitProperties {
        if (replenishPerSecond < 1 || burst < 1) {
            throw new IllegalStateException(PREFIX + ": replenish-per-second and burst must be at least 1");
        }
    }

    public enum Store {
        MEMORY,
        REDIS
    }
}
