package com.ticketorleaveit.tickets.query.orders;

import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.tickets.api.OrderStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What a client waits for ({@code ?waitFor=CONFIRMED} or {@code FINAL}) and for how long ({@code timeout=PT5S},
 * {@code 5s} or {@code 5}, at most {@link #MAX_TIMEOUT}). Waiting for a status also ends when the order reaches a
 * different terminal status, since it can then never get there.
 */
record WaitCondition(Predicate<OrderStatus> reached, Duration timeout) {

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration MAX_TIMEOUT = Duration.ofSeconds(30);
    static final String FINAL = "FINAL";

    static WaitCondition parse(String waitFor, String timeout) {
        return new WaitCondition(target(waitFor), duration(timeout));
    }

    private static Predicate<OrderStatus> target(String waitFor) {
        String name = waitFor.strip().toUpperCase(Locale.ROOT);
        if (name.equals(FINAL)) {
            return OrderStatus::isTerminal;
        }
        try {
            OrderStatus target = OrderStatus.valueOf(name);
            return status -> status == target || status.isTerminal();
        } catch (IllegalArgumentException e) {
            throw invalid("waitFor is an order status or FINAL, not " + waitFor + ".");
        }
    }

    private static Duration duration(String timeout) {
        if (timeout == null || timeout.isBlank()) {
            return DEFAULT_TIMEOUT;
        }
        Duration parsed;
        try {
            String text = timeout.strip();
            if (text.toUpperCase(Locale.ROOT).startsWith("PT")) {
                parsed = Duration.parse(text);
            } else {
                String seconds = text.endsWith("s") || text.endsWith("S") ? text.substring(0, text.length() - 1) : text;
                parsed = Duration.ofMillis(new BigDecimal(seconds)
                        .movePointRight(3)
                        .setScale(0, RoundingMode.HALF_UP)
                        .longValueExact());
            }
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
            throw invalid("timeout is an ISO-8601 duration (PT5S) or seconds (5), not " + timeout + ".");
        }
        if (parsed.isNegative()) {
            throw invalid("timeout cannot be negative.");
        }
        return parsed.compareTo(MAX_TIMEOUT) > 0 ? MAX_TIMEOUT : parsed;
    }

    private static ApiException invalid(String message) {
        return new ApiException(400, "INVALID_PARAMETER", message);
    }
}
