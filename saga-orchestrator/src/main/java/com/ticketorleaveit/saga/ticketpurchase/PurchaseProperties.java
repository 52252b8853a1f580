package com.ticketorleaveit.saga.ticketpurchase;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ticket purchase.
 *
 * @param holdDuration how long an order, from its placing, waits for its payment before it expires and its seats
 *     are released
 */
@ConfigurationProperties("ticketing.saga.purchase")
public record PurchaseProperties(@DefaultValue("PT10M") Duration holdDuration) {}
