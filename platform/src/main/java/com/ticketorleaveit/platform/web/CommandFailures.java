package com.ticketorleaveit.platform.web;

import java.util.List;
import org.axonframework.messaging.RemoteHandlingException;
import org.axonframework.messaging.RemoteNonTransientHandlingException;

/**
 * Recognises a failure by its type whether it happened in this JVM (a cause chain) or on another node of the
 * distributed command bus (where only the descriptions of the remote exceptions travel back, as a transient or a
 * non-transient remote exception: an unknown aggregate is the latter).
 */
public final class CommandFailures {

    private CommandFailures() {}

    public static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
            // a remote failure travels as descriptions, in one of two types that share no supertype but Exception
            if (cause instanceof RemoteHandlingException remote && describes(remote.getExceptionDescriptions(), type)) {
                return true;
            }
            if (cause instanceof RemoteNonTransientHandlingException remote
                    && describes(remote.getExceptionDescriptions(), type)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean describes(List<String> descriptions, Class<? extends Throwable> type) {
        return descriptions.stream()
                .anyMatch(description ->
                        description.startsWith(type.getName() + ":") || description.equals(type.getName()));
    }
}
