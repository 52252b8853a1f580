package com.ticketorleaveit.platform.eventstore;

import java.time.Duration;
import org.axonframework.common.lock.LockFactory;
import org.axonframework.common.lock.PessimisticLockFactory;

/**
 * Locks for aggregates that many commands queue for at once, such as the seats of a tier on sale. Axon's default lock
 * wakes every waiting thread every 10 ms to look for deadlocks: with a few hundred buyers queued for one tier, those
 * wake-ups take the processor away from the one command that holds the lock. These waiters sleep until the lock is
 * released (first come, first served) and look for deadlocks once a second; the commands that use them lock in a
 * fixed order, so there are none to find.
 */
public final class AggregateLocks {

    /** How long a command waits for an aggregate in all before it fails. */
    public static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

    private static final Duration ATTEMPT = Duration.ofSeconds(1);

    private AggregateLocks() {}

    public static LockFactory queueing() {
        return PessimisticLockFactory.builder()
                .lockAttemptTimeout((int) ATTEMPT.toMillis())
                .acquireAttempts((int) (LONGEST_WAIT.toMillis() / ATTEMPT.toMillis()))
                .build();
    }
}
