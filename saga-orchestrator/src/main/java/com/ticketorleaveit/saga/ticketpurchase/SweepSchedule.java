package com.ticketorleaveit.saga.ticketpurchase;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sweep's two rounds as recurring db-scheduler tasks, beside the persistent deadlines: one replica runs each
 * round at a time, and a round due while every replica was down runs once one is back.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SweepProperties.class)
class SweepSchedule {

    static final String PAID_ORDERS = "paid-order-sweep";
    static final String UNANSWERED_PAYMENTS = "unanswered-payment-sweep";

    @Bean
    RecurringTask<Void> paidOrderSweepTask(PaidOrderSweep sweep, SweepProperties properties) {
        return Tasks.recurring(PAID_ORDERS, FixedDelay.of(properties.every()))
                .execute((instance, context) -> sweep.completePaidOrders());
    }

    @Bean
    RecurringTask<Void> unansweredPaymentSweepTask(PaidOrderSweep sweep, SweepProperties properties) {
        return Tasks.recurring(UNANSWERED_PAYMENTS, FixedDelay.of(properties.askUnansweredEvery()))
                .execute((instance, context) -> sweep.askUnansweredPayments());
    }
}
