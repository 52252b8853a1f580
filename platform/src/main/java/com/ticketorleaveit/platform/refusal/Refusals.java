package com.ticketorleaveit.platform.refusal;

import com.ticketorleaveit.platform.refusal.Refusal.Category;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;

/** Refusals thrown by command handlers, and their recognition by whoever dispatched the command. */
public final class Refusals {

    private Refusals() {}

    public static CommandExecutionException invalid(String code, String message) {
        return refusal(Category.INVALID, code, message);
    }

    public static CommandExecutionException notFound(String code, String message) {
        return refusal(Category.NOT_FOUND, code, message);
    }

    public static CommandExecutionException notPermitted(String code, String message) {
        return refusal(Category.NOT_PERMITTED, code, message);
    }

    public static CommandExecutionException conflict(String code, String message) {
        return refusal(Category.CONFLICT, code, message);
    }

    public static CommandExecutionException ruleViolation(String code, String message) {
        return refusal(Category.RULE_VIOLATION, code, message);
    }

    public static CommandExecutionException busy(String code, String message) {
        return refusal(Category.BUSY, code, message);
    }

    /** The refusal behind a failure, which the command bus may have wrapped in further exceptions. */
    public static Optional<Refusal> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CommandExecutionException refused
                    && refused.getDetails().orElse(null) instanceof Refusal refusal) {
                return Optional.of(refusal);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Whether the failure is a refusal with this code. */
    public static boolean is(Throwable failure, String code) {
        return of(failure).map(refusal -> refusal.code().equals(code)).orElse(false);
    }

    private static CommandExecutionException refusal(Category category, String code, String message) {
        return new CommandExecutionException(message, null, new Refusal(category, code));
    }
}
