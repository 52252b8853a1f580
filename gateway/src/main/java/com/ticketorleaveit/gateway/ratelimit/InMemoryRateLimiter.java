package com.ticketorleaveit.gateway.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;

/**
 * Bucket4j token buckets held in this JVM, one per route and client like Spring Cloud Gateway's Redis limiter. The
 * least recently seen clients are forgotten beyond {@code maxBuckets}; a forgotten client starts again with a full
 * bucket, which only matters when that many clients are active at once.
 */
class InMemoryRateLimiter implements RateLimiter<Object> {

    static final String REMAINING_HEADER = "X-RateLimit-Remaining";
    static final String BURST_CAPACITY_HEADER = "X-RateLimit-Burst-Capacity";
    static final String REPLENISH_RATE_HEADER = "X-RateLimit-Replenish-Rate";

    private final int replenishPerSecond;
    private final int burst;
    private final Bandwidth bandwidth;
    private final Map<String, Bucket> buckets;

    InMemoryRateLimiter(int replenishPerSecond, int burst, int maxBuckets) {
        this.replenishPerSecond = replenishPerSecond;
        this.burst = burst;
        this.bandwidth = Bandwidth.builder()
                .capacity(burst)
                .refillGreedy(replenishPerSecond, Duration.ofSeconds(1))
                .build();
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxBuckets;
            }
        };
    }

    @Override
    public Mono<Response> isAllowed(String routeId, String id) {
        ConsumptionProbe probe = bucketFor(routeId + ' ' + id).tryConsumeAndReturnRemaining(1);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(REMAINING_HEADER, String.valueOf(probe.getRemainingTokens()));
        headers.put(BURST_CAPACITY_HEADER, String.valueOf(burst));
        headers.put(REPLENISH_RATE_HEADER, String.valueOf(replenishPerSecond));
        if (!probe.isConsumed()) {
            headers.put(
                    HttpHeaders.RETRY_AFTER, String.valueOf(wholeSecondsAtLeastOne(probe.getNanosToWaitForRefill())));
        }
        return Mono.just(new Response(probe.isConsumed(), headers));
    }

    private Bucket bucketFor(String key) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(
                    key, k -> Bucket.builder().addLimit(bandwidth).build());
        }
    }

    private static long wholeSecondsAtLeastOne(long nanos) {
        long oneSecond = TimeUnit.SECONDS.toNanos(1);
        return Math.max(1, (nanos + oneSecond - 1) / oneSecond);
    }

    // per-route settings through filter arguments are not offered: every route shares the configured bucket shape

    @Override
    public Map<String, Object> getConfig() {
        return Map.of();
    }

    @Override
    public Class<Object> getConfigClass() {
        return Object.class;
    }

    @Override
    public Object newConfig() {
        return new Object();
    }
}
