package com.ticketorleaveit.gateway.ratelimit;

import com.ticketorleaveit.gateway.problem.ProblemWriter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The beans behind the {@code RequestRateLimiter} default filter: who the client is, and where buckets live. Spring
 * Cloud Gateway wires its filter only when both a {@code KeyResolver} and a {@code RateLimiter} bean exist.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

    static final int MAX_TRACKED_BUCKETS = 100_000;

    @Bean
    KeyResolver clientKeyResolver() {
        return new ClientKeyResolver();
    }

    @Bean
    @ConditionalOnProperty(name = RateLimitProperties.PREFIX + ".store", havingValue = "memory", matchIfMissing = true)
    InMemoryRateLimiter inMemoryRateLimiter(RateLimitProperties properties) {
        return new InMemoryRateLimiter(properties.replenishPerSecond(), properties.burst(), MAX_TRACKED_BUCKETS);
    }

    /** Spring Cloud Gateway's own limiter; it finds the Redis template and script when the context starts. */
    @Bean
    @ConditionalOnProperty(name = RateLimitProperties.PREFIX + ".store", havingValue = "redis")
    RedisRateLimiter redisRateLimiter(RateLimitProperties properties) {
        return new RedisRateLimiter(properties.replenishPerSecond(), properties.burst());
    }

    @Bean
    RateLimitedProblemFilter rateLimitedProblemFilter(
            ProblemWriter problems, ObjectProvider<MeterRegistry> registry, ObjectProvider<GatewayProperties> gateway) {
        return new RateLimitedProblemFilter(
                problems,
                registry.getIfAvailable(() -> Metrics.globalRegistry),
                gateway.stream()
                        .flatMap(properties -> properties.getRoutes().stream())
                        .map(RouteDefinition::getId)
                        .toList());
    }
}
