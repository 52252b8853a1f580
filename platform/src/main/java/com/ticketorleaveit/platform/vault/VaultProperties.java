package com.ticketorleaveit.platform.vault;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param sealingSecret command-services' sealing secret ({@code TICKETING_SEALING_SECRET}); the vault exists where it
 *     is set
 * @param retention how long a secret is kept: longer than any purchase waits for its payment (the hold, 10 minutes by
 *     default, and a provider's late answer)
 * @param purgeInterval how often secrets older than that are deleted
 */
@ConfigurationProperties("ticketing.platform.vault")
public record VaultProperties(
        String sealingSecret,
        @DefaultValue("1d") Duration retention,
        @DefaultValue("1h") Duration purgeInterval) {}
