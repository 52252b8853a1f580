package com.ticketorleaveit.gateway.login;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * One Bucket4j bucket of failures per address in this JVM: {@code allowed} failures, given back evenly over the
 * window. The least recently seen addresses are forgotten beyond {@code maxAddresses}.
 */
class InMemoryLoginFailures implements LoginFailures {

    private final Bandwidth bandwidth;
    private final Map<String, Bucket> buckets;

    InMemoryLoginFailures(int allowed, Duration window, int maxAddresses) {
        this.bandwidth = Bandwidth.builder()
                .capacity(allowed)
                .refillGreedy(allowed, window)
                .build();
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxAddresses;
            }
        };
    }

    @Override
    public Mono<Duration> blockedFor(String address) {
        return Mono.fromSupplier(() -> {
            var estimate = bucketFor(address).estimateAbilityToConsume(1);
            return estimate.canBeConsumed() ? null : Duration.ofNanos(estimate.getNanosToWaitForRefill());
        });
    }

    @Override
    public Mono<Void> failed(String address) {
        return Mono.fromRunnable(() -> bucketFor(address).tryConsume(1));
    }

    private Bucket bucketFor(String address) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(
                    address, a -> Bucket.builder().addLimit(bandwidth).build());
        }
    }
}
