package com.ticketorleaveit.saga.ticketpurchase;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ticket purchase.
 *
 * @param holdDuration how long reserved seats wait for the payment before the order expires
 */
@ConfigurationProperties("ticketing.saga.purchase")
public record PurchaseProperties(@DefaultValue("PT10M") Duration holdDuration) {}
