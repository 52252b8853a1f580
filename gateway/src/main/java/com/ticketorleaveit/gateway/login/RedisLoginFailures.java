package com.ticketorleaveit.gateway.login;

import java.time.Duration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.publisher.Mono;

/**
 * Failures counted in Redis, shared by every gateway instance: one counter per address and window, which Redis
 * forgets when the window ends.
 */
class RedisLoginFailures implements LoginFailures {

    private static final String PREFIX = "login-failures:";

    private final ReactiveStringRedisTemplate redis;
    private final int allowed;
    private final Duration window;

    RedisLoginFailures(ReactiveStringRedisTemplate redis, int allowed, Duration window) {
        this.redis = redis;
        this.allowed = allowed;
        this.window = window;
    }

    @Override
    public Mono<Duration> blockedFor(String address) {
        String key = key(address);
        return redis.opsForValue()
                .get(key)
                .filter(count -> Long.parseLong(count) >= allowed)
                .flatMap(count -> redis.getExpire(key))
                .map(wait -> wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
    }

    @Override
    public Mono<Void> failed(String address) {
        String key = key(address);
        return redis.opsForValue()
                .increment(key)
                .flatMap(count -> count == 1 ? redis.expire(key, window) : Mono.just(true))
                .then();
    }

    private static String key(String address) {
        return PREFIX + address;
    }
}
