package com.ticketorleaveit.payments.command.web;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Messages payment providers send on their own.
 *
 * @param secrets each provider's signing secret, by the provider's name in the path
 *     ({@code POST /api/v1/payments/webhooks/{provider}}); a provider without one is unknown
 * @param tolerance how far a message's timestamp may lie from now
 */
@ConfigurationProperties("ticketing.payments.command.webhooks")
public record WebhookProperties(
        Map<String, String> secrets, @DefaultValue("PT5M") Duration tolerance) {

    public WebhookProperties {
        secrets = secrets == null ? Map.of() : Map.copyOf(secrets);
    }
}
