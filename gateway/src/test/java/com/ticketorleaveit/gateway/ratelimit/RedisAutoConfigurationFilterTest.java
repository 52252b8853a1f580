package com.ticketorleaveit.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class RedisAutoConfigurationFilterTest {

    private static final String[] CANDIDATES = {
        "org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration",
        "org.springframework.boot.autoconfigure.data.redis.RedisReactiveAutoConfiguration",
        "org.springframework.boot.autoconfigure.data.redis.RedisRepositoriesAutoConfiguration",
        "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration",
        null
    };

    @Test
    void leavesRedisOutByDefault() {
        assertThat(filterWith(new MockEnvironment()).match(CANDIDATES, null))
                .containsExactly(false, false, false, true, true);
    }

    @Test
    void leavesRedisOutWhenRateLimitsAreInMemory() {
        MockEnvironment environment =
                new MockEnvironment().withProperty("ticketing.gateway.rate-limit.store", "memory");

        assertThat(filterWith(environment).match(CANDIDATES, null)).containsExactly(false, false, false, true, true);
    }

    @Test
    void letsRedisInWhenRateLimitsAreInRedis() {
        MockEnvironment environment = new MockEnvironment().withProperty("ticketing.gateway.rate-limit.store", "redis");

        assertThat(filterWith(environment).match(CANDIDATES, null)).containsExactly(true, true, true, true, true);
    }

    private static RedisAutoConfigurationFilter filterWith(MockEnvironment environment) {
        RedisAutoConfigurationFilter filter = new RedisAutoConfigurationFilter();
        filter.setEnvironment(environment);
        return filter;
    }
}
