package com.ticketorleaveit.platform.commandbus;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.distributed.CommandDispatchException;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dispatches a command again when the member of the ring it was routed to could not be reached: the connection was
 * refused or not made in time, so the command never arrived and nothing was done. A member that died stays in the ring
 * until the next membership refresh (the heartbeat) finds it gone; retried until then, its commands go to the member
 * that takes over its share. Any other failure, a member's refusal or a call that reached a member and then failed or
 * took too long, is the caller's to see: the command may have been handled.
 */
final class UnreachedMemberRetryScheduler implements RetryScheduler {

    private static final Logger log = LoggerFactory.getLogger(UnreachedMemberRetryScheduler.class);

    private final ScheduledExecutorService executor;
    private final Duration interval;
    private final int maxRetries;

    UnreachedMemberRetryScheduler(ScheduledExecutorService executor, Duration interval, int maxRetries) {
        this.executor = executor;
        this.interval = interval;
        this.maxRetries = maxRetries;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public boolean scheduleRetry(
            CommandMessage commandMessage,
            RuntimeException lastFailure,
            List<Class<? extends Throwable>[]> failures,
            Runnable dispatchTask) {
        if (failures.size() > maxRetries || !neverReachedTheMember(lastFailure)) {
            return false;
        }
        if (failures.size() == 1) {
            log.info(
                    "{} could not reach the member it was routed to; dispatching it again every {} ms until the ring"
                            + " has dropped that member",
                    commandMessage.getPayloadType().getSimpleName(),
                    interval.toMillis());
        }
        try {
            executor.schedule(dispatchTask, interval.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** The bus could not send the command: no connection to the member it was routed to. */
    static boolean neverReachedTheMember(Throwable failure) {
        if (!(failure instanceof CommandDispatchException)) {
            return false;
        }
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
