package com.ticketorleaveit.saga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.github.kagkarlsson.scheduler.task.Execution;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadlineConfigurationTest {

    @Test
    void retriesAFailedDeadlineAfterOneSecondFirst() {
        assertThat(DeadlineConfiguration.retryDelay(0)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void doublesTheDelayWithEveryFurtherFailure() {
        assertThat(DeadlineConfiguration.retryDelay(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(DeadlineConfiguration.retryDelay(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(DeadlineConfiguration.retryDelay(5)).isEqualTo(Duration.ofSeconds(32));
    }

    @Test
    void neverWaitsLongerThanAMinute() {
        assertThat(DeadlineConfiguration.retryDelay(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(DeadlineConfiguration.retryDelay(64)).isEqualTo(Duration.ofSeconds(60));
        assertThat(DeadlineConfiguration.retryDelay(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    @SuppressWarnings("unchecked")
    void reschedulesTheFailedExecutionThatLongAfterItFailed() {
        Instant failedAt = Instant.parse("2030-01-01T10:00:00Z");
        ExecutionOperations<Object> operations = mock(ExecutionOperations.class);
        ExecutionComplete complete = failureAfter(3, failedAt);

        new DeadlineConfiguration.CappedExponentialBackoff<>().onFailure(complete, operations);

        verify(operations).reschedule(complete, failedAt.plusSeconds(8));
    }

    private static ExecutionComplete failureAfter(int earlierFailures, Instant failedAt) {
        Execution execution = new Execution(
                failedAt.minusSeconds(1),
                new TaskInstance<>("deadline", "1"),
                true,
                "orchestrator-1",
                null,
                failedAt.minusSeconds(10),
                earlierFailures,
                null,
                1);
        return ExecutionComplete.failure(
                execution, failedAt.minusMillis(5), failedAt, new IllegalStateException("no command bus yet"));
    }
}
