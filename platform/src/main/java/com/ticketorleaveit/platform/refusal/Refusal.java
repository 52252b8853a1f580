package com.ticketorleaveit.platform.refusal;

import java.util.Objects;

/**
 * The typed part of a refused command, carried across the command bus as the details of a
 * {@link org.axonframework.commandhandling.CommandExecutionException}. It says what kind of refusal this is in domain
 * words; how a category is presented (an HTTP status, say) is the adapter's business.
 *
 * @param category what kind of refusal
 * @param code stable error code, a constant of the context's {@code -api} module
 */
public record Refusal(Category category, String code) {

    public Refusal {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(code, "code");
    }

    public enum Category {
        /** The request's values are wrong. */
        INVALID,
        /** Something the request refers to does not exist. */
        NOT_FOUND,
        /** The caller may not do this. */
        NOT_PERMITTED,
        /** The request clashes with the current state: it already exists, it already ended. */
        CONFLICT,
        /** The request is well-formed, but a business rule refuses it. */
        RULE_VIOLATION,
        /** Too much of this is under way to take more now; nothing was done, and the same request may come again. */
        BUSY
    }
}
