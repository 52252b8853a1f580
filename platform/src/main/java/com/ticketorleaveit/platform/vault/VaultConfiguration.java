package com.ticketorleaveit.platform.vault;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;

/**
 * The {@link Vault} of the deployable that holds the sealing secret (command-services), and its purge: now and then,
 * secrets older than the retention are deleted, in batches. Every replica may purge; deleting what another deleted
 * changes nothing.
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = "ticketing.platform.vault", name = "sealing-secret")
@EnableConfigurationProperties(VaultProperties.class)
@EnableScheduling
public class VaultConfiguration {

    private static final Logger log = LoggerFactory.getLogger(VaultConfiguration.class);
    private static final int BATCH = 1_000;

    @Bean
    Vault vault(JdbcTemplate jdbc, VaultProperties properties) {
        return new Vault(jdbc, properties.sealingSecret());
    }

    @Bean
    SchedulingConfigurer vaultPurge(Vault vault, VaultProperties properties) {
        return registrar -> registrar.addFixedDelayTask(new FixedDelayTask(
                () -> purge(vault, Instant.now().minus(properties.retention())),
                properties.purgeInterval(),
                properties.purgeInterval()));
    }

    static int purge(Vault vault, Instant before) {
        int purged = 0;
        int batch;
        do {
            batch = vault.purgeKeptBefore(before, BATCH);
            purged += batch;
        } while (batch == BATCH);
        if (purged > 0) {
            log.info("Purged {} secret(s) kept before {}", purged, before);
        }
        return purged;
    }
}
