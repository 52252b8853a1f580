package com.ticketorleaveit.platform.web;

import java.time.Duration;
import java.util.Optional;

/** A refusal decided in a web adapter or query endpoint, before any command exists. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final Duration retryAfter;

    public ApiException(int status, String code, String message) {
        this(status, code, message, null);
    }

    private ApiException(int status, String code, String message, Duration retryAfter) {
        super(message);
        this.status = status;
        this.code = code;
        this.retryAfter = retryAfter;
    }

    /** 429: the caller may try again after the wait, which the answer names in its {@code Retry-After} header. */
    public static ApiException tooManyRequests(String code, String message, Duration retryAfter) {
        return new ApiException(429, code, message, retryAfter);
    }

    public static ApiException notFound(String code, String message) {
        return new ApiException(404, code, message);
    }

    public static ApiException unprocessable(String code, String message) {
        return new ApiException(422, code, message);
    }

    public static ApiException unavailable(String code, String message) {
        return new ApiException(503, code, message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
