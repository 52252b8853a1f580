package com.ticketorleaveit.users.command.auth;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Deletes expired refresh tokens now and then, in batches, so that the table holds about one lifetime's worth of
 * logins. Every replica may run it: deleting rows another already deleted changes nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(UsersCommandProperties.class)
class RefreshTokenPurge implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(RefreshTokenPurge.class);
    private static final int BATCH = 1_000;

    private final RefreshTokens refreshTokens;
    private final Duration interval;

    RefreshTokenPurge(RefreshTokens refreshTokens, UsersCommandProperties properties) {
        this.refreshTokens = refreshTokens;
        this.interval = properties.refreshTokenPurgeInterval();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::purge, interval, interval));
    }

    /** Answers how many tokens it deleted. */
    int purge() {
        Instant now = Instant.now();
        int purged = 0;
        int batch;
        do {
            batch = refreshTokens.purgeExpired(now, BATCH);
            purged += batch;
        } while (batch == BATCH);
        if (purged > 0) {
            log.info("Purged {} expired refresh token(s)", purged);
        }
        return purged;
    }
}
