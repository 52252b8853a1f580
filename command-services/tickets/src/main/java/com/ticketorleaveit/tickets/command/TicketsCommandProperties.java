package com.ticketorleaveit.tickets.command;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The tickets context's command side.
 *
 * @param cancellationCutoff how long before its event starts an order can no longer be cancelled
 */
@ConfigurationProperties("ticketing.tickets.command")
public record TicketsCommandProperties(
        @DefaultValue("PT48H") Duration cancellationCutoff) {}
