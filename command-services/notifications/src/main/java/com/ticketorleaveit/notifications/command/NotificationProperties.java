package com.ticketorleaveit.notifications.command;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Email delivery.
 *
 * @param from the sender address of every email
 */
@ConfigurationProperties("ticketing.notifications.command")
record NotificationProperties(
        @DefaultValue("tickets@ticket-or-leave-it.local") String from) {}
