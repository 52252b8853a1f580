package com.ticketorleaveit.saga;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
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
 * (the command bus does not know its members yet), so it is retried within seconds instead, backing off to at most
 * {@link #SLOWEST_RETRY} so that a hold still ends soon after a longer outage.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    static final Duration SLOWEST_RETRY = Duration.ofSeconds(60);

    @Bean
    @Qualifier("deadlineDetailsTask")
    Task<DbSchedulerBinaryDeadlineDetails> deadlineDetailsTask(ApplicationContext context) {
        Task<DbSchedulerBinaryDeadlineDetails> axonTask =
                DbSchedulerDeadlineManager.binaryTask(() -> context.getBean(DbSchedulerDeadlineManager.class));
        return Tasks.oneTime(axonTask.getName(), DbSchedulerBinaryDeadlineDetails.class)
                .onFailure(new CappedExponentialBackoff<>())
                .execute((instance, executionContext) -> axonTask.execute(instance, executionContext));
    }

    /**
     * Retries a failed execution after {@link #retryDelay}; db-scheduler's own exponential backoff has no ceiling, so
     * a deadline that failed for a while would wait hours for its next try.
     */
    static final class CappedExponentialBackoff<T> implements FailureHandler<T> {

        @Override
        public void onFailure(ExecutionComplete complete, ExecutionOperations<T> operations) {
            Duration delay = retryDelay(complete.getExecution().consecutiveFailures);
            operations.reschedule(complete, complete.getTimeDone().plus(delay));
        }
    }

    /**
     * @param consecutiveFailures the failures before this one, so 0 after the first
     * @return {@link #FIRST_RETRY} doubled per earlier failure, at most {@link #SLOWEST_RETRY}
     */
    static Duration retryDelay(int consecutiveFailures) {
        // 2^6 s already exceeds the ceiling; stopping there keeps the shift from overflowing
        int doublings = Math.max(0, Math.min(consecutiveFailures, 6));
        Duration delay = FIRST_RETRY.multipliedBy(1L << doublings);
        return delay.compareTo(SLOWEST_RETRY) > 0 ? SLOWEST_RETRY : delay;
    }
}
