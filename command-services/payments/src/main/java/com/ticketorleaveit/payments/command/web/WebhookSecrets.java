package com.ticketorleaveit.payments.command.web;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The signing secret of each provider that sends messages here ({@code ticketing.payments.command.webhooks.secrets}).
 * The simulated provider signs with {@code secrets.simulated}; when none is configured it gets one made at start, which
 * serves a single replica (replicas behind one gateway must share a configured secret).
 */
@Component
@EnableConfigurationProperties(WebhookProperties.class)
public class WebhookSecrets {

    public static final String SIMULATED = "simulated";

    private static final Logger log = LoggerFactory.getLogger(WebhookSecrets.class);

    private final Map<String, String> secrets;

    WebhookSecrets(WebhookProperties properties) {
        Map<String, String> configured = new HashMap<>();
        properties.secrets().forEach((provider, secret) -> {
            if (secret != null && !secret.isBlank()) {
                configured.put(provider, secret);
            }
        });
        if (!configured.containsKey(SIMULATED)) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            configured.put(SIMULATED, HexFormat.of().formatHex(random));
            log.info("No webhook secret configured for the simulated provider: using one made for this process");
        }
        this.secrets = Map.copyOf(configured);
    }

    /** The provider's secret; empty for a provider that sends nothing here. */
    public Optional<String> of(String provider) {
        return Optional.ofNullable(secrets.get(provider));
    }
}
