package com.ticketorleaveit.platform.commandbus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.distributed.CommandDispatchException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;

class UnreachedMemberRetrySchedulerTest {

    private static final int MAX_RETRIES = 3;

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final UnreachedMemberRetryScheduler scheduler =
            new UnreachedMemberRetryScheduler(executor, Duration.ofMillis(1), MAX_RETRIES);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void dispatchesAgainACommandWhoseMemberRefusedTheConnection() throws InterruptedException {
        var dispatched = new CountDownLatch(1);

        boolean retried = scheduler.scheduleRetry(
                aCommand(),
                sendingFailed(new ConnectException("Connection refused")),
                failures(1),
                dispatched::countDown);

        assertThat(retried).isTrue();
        assertThat(dispatched.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void dispatchesAgainACommandWhoseMemberDidNotTakeTheConnectionInTime() {
        assertThat(scheduler.scheduleRetry(
                        aCommand(),
                        sendingFailed(new HttpConnectTimeoutException("HTTP connect timed out")),
                        failures(1),
                        () -> {}))
                .isTrue();
    }

    @Test
    void doesNotDispatchAgainACommandThatReachedItsMemberAndTookTooLong() {
        assertThat(scheduler.scheduleRetry(
                        aCommand(),
                        sendingFailed(new HttpTimeoutException("request timed out")),
                        failures(1),
                        () -> {}))
                .isFalse();
        assertThat(scheduler.scheduleRetry(
                        aCommand(), sendingFailed(new SocketTimeoutException("Read timed out")), failures(1), () -> {}))
                .isFalse();
    }

    @Test
    void doesNotDispatchAgainACommandItsMemberAnsweredWithAnError() {
        var answered = new CommandDispatchException(
                "An exception occurred while dispatching a command or its result",
                new HttpServerErrorException(HttpStatus.SERVICE_UNAVAILABLE));

        assertThat(scheduler.scheduleRetry(aCommand(), answered, failures(1), () -> {}))
                .isFalse();
    }

    @Test
    void doesNotDispatchAgainACommandItsHandlerRefused() {
        var refused = new CommandExecutionException(
                "refused", new IllegalStateException("no", new ConnectException("handler's own connection")));

        assertThat(scheduler.scheduleRetry(aCommand(), refused, failures(1), () -> {}))
                .isFalse();
    }

    @Test
    void givesUpAfterItsRetries() {
        var refused = sendingFailed(new ConnectException("Connection refused"));

        assertThat(scheduler.scheduleRetry(aCommand(), refused, failures(MAX_RETRIES), () -> {}))
                .isTrue();
        assertThat(scheduler.scheduleRetry(aCommand(), refused, failures(MAX_RETRIES + 1), () -> {}))
                .isFalse();
    }

    /** What the HTTP connector reports when the call to the member failed. */
    private static CommandDispatchException sendingFailed(IOException cause) {
        return new CommandDispatchException(
                "An exception occurred while dispatching a command or its result",
                new ResourceAccessException("I/O error on POST request: " + cause.getMessage(), cause));
    }

    private static GenericCommandMessage<String> aCommand() {
        return new GenericCommandMessage<>("a command");
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends Throwable>[]> failures(int count) {
        List<Class<? extends Throwable>[]> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            failures.add(new Class[] {CommandDispatchException.class});
        }
        return failures;
    }
}
