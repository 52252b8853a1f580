package com.ticketorleaveit.saga.reminders;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Event reminders.
 *
 * @param before how long before an event starts its ticket holders are reminded of it
 * @param every how long after one round of reminders the next one starts
 * @param batch at most this many reminders per round; more wait for the next round
 */
@ConfigurationProperties("ticketing.saga.reminders")
record ReminderProperties(
        @DefaultValue("PT24H") Duration before,
        @DefaultValue("PT5M") Duration every,
        @DefaultValue("500") int batch) {

    ReminderProperties {
        if (before.isNegative() || before.isZero() || every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("ticketing.saga.reminders: before and every must be positive");
        }
        if (batch < 1) {
            throw new IllegalArgumentException("ticketing.saga.reminders.batch must be at least 1, was " + batch);
        }
    }
}
