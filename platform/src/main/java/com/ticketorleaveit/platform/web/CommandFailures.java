package com.ticketorleaveit.platform.web;

import org.axonframework.messaging.RemoteHandlingException;

/**
 * Recognises a failure by its type whether it happened in this JVM (a cause chain) or on another node of the
 * distributed command bus (where only the descriptions of the remote exceptions travel back).
 */
public final class CommandFailures {

    private CommandFailures() {}

    public static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
            if (cause instanceof RemoteHandlingException remote
                    && remote.getExceptionDescriptions().stream()
                            .anyMatch(description -> description.startsWith(type.getName() + ":")
                                    || description.equals(type.getName()))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
