package com.ticketorleaveit.platform.web;

/**
 * The typed part of a refused command, carried across the command bus as the details of a
 * {@link org.axonframework.commandhandling.CommandExecutionException}.
 *
 * @param kind how the refusal maps to HTTP
 * @param code stable error code, a constant of the context's {@code -api} module
 */
public record ErrorDetails(Kind kind, String code) {

    public enum Kind {
        BAD_REQUEST(400),
        FORBIDDEN(403),
        NOT_FOUND(404),
        CONFLICT(409),
        UNPROCESSABLE(422);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
