package com.ticketorleaveit.saga;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Deadlines are persistent (db-scheduler) and, like every saga step, retried until they succeed. Axon's task gives
 * up for five minutes after a failure; a deadline that falls due while the orchestrator restarts fails at first
 * (the command bus does not know its members yet), so it is retried within seconds instead.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    static final double BACKOFF_RATE = 2.0;

    @Bean
    @Qualifier("deadlineDetailsTask")
    Task<DbSchedulerBinaryDeadlineDetails> deadlineDetailsTask(ApplicationContext context) {
        Task<DbSchedulerBinaryDeadlineDetails> axonTask =
                DbSchedulerDeadlineManager.binaryTask(() -> context.getBean(DbSchedulerDeadlineManager.class));
        return Tasks.oneTime(axonTask.getName(), DbSchedulerBinaryDeadlineDetails.class)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(FIRST_RETRY, BACKOFF_RATE))
                .execute((instance, executionContext) -> axonTask.execute(instance, executionContext));
    }
}
