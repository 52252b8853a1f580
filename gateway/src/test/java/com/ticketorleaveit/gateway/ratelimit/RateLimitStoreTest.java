package com.ticketorleaveit.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.ticketorleaveit.gateway.problem.ProblemWriter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration;
import org.springframework.boot.autoconfigure.data.redis.RedisReactiveAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;

class RateLimitStoreTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(RateLimitConfiguration.class)
            .withBean(ProblemWriter.class, () -> new ProblemWriter(new ObjectMapper()));

    @Test
    void keepsBucketsInMemoryByDefault() {
        context.run(started -> {
            assertThat(started).hasSingleBean(RateLimiter.class);
            assertThat(started.getBean(RateLimiter.class)).isInstanceOf(InMemoryRateLimiter.class);
            assertThat(started.getBean(KeyResolver.class)).isInstanceOf(ClientKeyResolver.class);
        });
    }

    @Test
    void usesTheGatewaysRedisRateLimiterWhenTheStoreIsRedis() throws ClassNotFoundException {
        context.withPropertyValues("ticketing.gateway.rate-limit.store=redis")
                .withConfiguration(AutoConfigurations.of(
                        RedisAutoConfiguration.class,
                        RedisReactiveAutoConfiguration.class,
                        // package-private in Spring Cloud Gateway; provides the Lua script the limiter runs
                        Class.forName("org.springframework.cloud.gateway.config.GatewayRedisAutoConfiguration")))
                .run(started -> {
                    assertThat(started).hasNotFailed().hasSingleBean(RateLimiter.class);
                    assertThat(started.getBean(RateLimiter.class)).isInstanceOf(RedisRateLimiter.class);
                });
    }

    @Test
    void refusesAnEmptyBucket() {
        context.withPropertyValues("ticketing.gateway.rate-limit.burst=0").run(started -> assertThat(started)
                .getFailure()
                .rootCause()
                .hasMessageContaining("ticketing.gateway.rate-limit"));
    }
}
