package com.ticketorleaveit.platform.messaging;

import com.ticketorleaveit.platform.refusal.Refusals;
import com.ticketorleaveit.platform.web.CommandFailures;
import java.util.function.Predicate;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.common.AxonNonTransientException;

/**
 * Which failures of a consumer's step are not worth another attempt, so that its message goes to the dead-letter
 * queue at once instead of being retried for minutes: a refused command (the same command is refused again) and
 * Axon's non-transient failures (an unknown aggregate, an unreadable payload). One exception: "no handler" for a
 * command only means that the command bus has not learnt its members yet, as right after a start.
 */
final class PermanentFailures implements Predicate<Throwable> {

    static final PermanentFailures INSTANCE = new PermanentFailures();

    private PermanentFailures() {}

    @Override
    public boolean test(Throwable failure) {
        if (Refusals.of(failure).isPresent()) {
            return true;
        }
        if (CommandFailures.causedBy(failure, NoHandlerForCommandException.class)) {
            return false;
        }
        return CommandFailures.causedBy(failure, AxonNonTransientException.class);
    }
}
