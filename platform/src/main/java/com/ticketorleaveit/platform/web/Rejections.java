package com.ticketorleaveit.platform.web;

import com.ticketorleaveit.platform.web.ErrorDetails.Kind;
import org.axonframework.commandhandling.CommandExecutionException;

/** Refusals thrown by command handlers and web adapters; the problem handler turns them into problem+json. */
public final class Rejections {

    private Rejections() {}

    public static CommandExecutionException badRequest(String code, String message) {
        return rejection(Kind.BAD_REQUEST, code, message);
    }

    public static CommandExecutionException forbidden(String code, String message) {
        return rejection(Kind.FORBIDDEN, code, message);
    }

    public static CommandExecutionException notFound(String code, String message) {
        return rejection(Kind.NOT_FOUND, code, message);
    }

    public static CommandExecutionException conflict(String code, String message) {
        return rejection(Kind.CONFLICT, code, message);
    }

    public static CommandExecutionException unprocessable(String code, String message) {
        return rejection(Kind.UNPROCESSABLE, code, message);
    }

    private static CommandExecutionException rejection(Kind kind, String code, String message) {
        return new CommandExecutionException(message, null, new ErrorDetails(kind, code));
    }
}
