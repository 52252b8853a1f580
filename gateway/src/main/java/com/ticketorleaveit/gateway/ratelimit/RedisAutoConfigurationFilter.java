package com.ticketorleaveit.gateway.ratelimit;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Keeps Spring Data Redis' auto-configuration out unless rate limits are stored in Redis: with the in-memory store
 * the gateway creates no Redis connection factory, so it never connects to Redis and its health never depends on it.
 * (Static {@code spring.autoconfigure.exclude} cannot depend on a property, and would also win over an
 * {@code @ImportAutoConfiguration}.) Registered in {@code META-INF/spring.factories}.
 */
public class RedisAutoConfigurationFilter implements AutoConfigurationImportFilter, EnvironmentAware {

    private static final String REDIS_AUTO_CONFIGURATIONS = "org.springframework.boot.autoconfigure.data.redis.";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean redisStore = Binder.get(environment)
                        .bind(RateLimitProperties.PREFIX + ".store", RateLimitProperties.Store.class)
                        .orElse(RateLimitProperties.Store.MEMORY)
                == RateLimitProperties.Store.REDIS;
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < autoConfigurationClasses.length; i++) {
            String candidate = autoConfigurationClasses[i];
            matches[i] = redisStore || candidate == null || !candidate.startsWith(REDIS_AUTO_CONFIGURATIONS);
        }
        return matches;
    }
}
