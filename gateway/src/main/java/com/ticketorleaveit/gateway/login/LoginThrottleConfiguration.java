package com.ticketorleaveit.gateway.login;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.ticketorleaveit.gateway.problem.ProblemWriter;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * Failed logins per address: {@code ticketing.gateway.login-throttle.allowed-failures} in every
 * {@code ticketing.gateway.login-throttle.window}, counted where the rate limits are ({@code memory} or
 * {@code redis}, {@code ticketing.gateway.rate-limit.store}).
 */
@Configuration(proxyBeanMethods = false)
class LoginThrottleConfiguration {

    private static final String STORE = "ticketing.gateway.rate-limit.store";
    private static final int MAX_TRACKED_ADDRESSES = 100_000;

    @Bean
    @ConditionalOnProperty(name = STORE, havingValue = "memory", matchIfMissing = true)
    LoginFailures inMemoryLoginFailures(
            @Value("${ticketing.gateway.login-throttle.allowed-failures:100}") int allowed,
            @Value("${ticketing.gateway.login-throttle.window:10m}") Duration window) {
        return new InMemoryLoginFailures(allowed, window, MAX_TRACKED_ADDRESSES);
    }

    @Bean
    @ConditionalOnProperty(name = STORE, havingValue = "redis")
    LoginFailures redisLoginFailures(
            ReactiveStringRedisTemplate redis,
            @Value("${ticketing.gateway.login-throttle.allowed-failures:100}") int allowed,
            @Value("${ticketing.gateway.login-throttle.window:10m}") Duration window) {
        return new RedisLoginFailures(redis, allowed, window);
    }

    @Bean
    LoginFailureThrottle loginFailureThrottle(LoginFailures failures, ProblemWriter problems) {
        return new LoginFailureThrottle(failures, problems);
    }

    @Bean
    LockedAccounts lockedAccounts(ObjectMapper json, ProblemWriter problems) {
        return new LockedAccounts(json, problems, Clock.systemUTC());
    }
}
