package com.ticketorleaveit.saga.reminders;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reminder rounds as a recurring db-scheduler task, beside the persistent deadlines: one replica runs a round at a
 * time, and a round due while every replica was down runs once one is back.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReminderProperties.class)
class ReminderSchedule {

    static final String EVENT_REMINDERS = "event-reminders";

    @Bean
    RecurringTask<Void> eventRemindersTask(EventReminders reminders, ReminderProperties properties) {
        return Tasks.recurring(EVENT_REMINDERS, FixedDelay.of(properties.every()))
                .execute((instance, context) -> reminders.remind());
    }
}
