package com.ticketorleaveit.tickets.query.orders;

import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.tickets.api.OrderStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a client waits for ({@code ?waitFor=CONFIRMED}, {@code REFUNDED} or {@code FINAL}) and for how long
 * ({@code timeout=PT5S}, {@code 5s} or {@code 5}, at most {@link #MAX_TIMEOUT}). Waiting for a status also ends when
 * the order can no longer get there: a payment that failed will never confirm, but a confirmed order may yet be
 * cancelled and refunded. {@code FINAL} waits for the purchase to end, confirmed or not.
 */
record WaitCondition(Predicate<OrderStatus> reached, Duration timeout) {

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration MAX_TIMEOUT = Duration.ofSeconds(30);
    static final String FINAL = "FINAL";

    /**
     * The statuses an order moves to next, as the command side moves it; an order refunded without being cancelled
     * first is allowed for. An expired order is confirmed or cancelled (for a refund) if its payment comes late; a
     * reserved one is cancelled instead of confirmed when it is paid after its event was cancelled.
     */
    private static final Map<OrderStatus, Set<OrderStatus>> NEXT = Map.of(
            OrderStatus.PENDING, EnumSet.of(OrderStatus.RESERVED, OrderStatus.REJECTED),
            OrderStatus.RESERVED,
                    EnumSet.of(
                            OrderStatus.CONFIRMED,
                            OrderStatus.PAYMENT_FAILED,
                            OrderStatus.EXPIRED,
                            OrderStatus.CANCELLED),
            OrderStatus.EXPIRED, EnumSet.of(OrderStatus.CONFIRMED, OrderStatus.CANCELLED),
            OrderStatus.CONFIRMED, EnumSet.of(OrderStatus.CANCELLED, OrderStatus.REFUNDED),
            OrderStatus.CANCELLED, EnumSet.of(OrderStatus.REFUNDED));

    static WaitCondition parse(String waitFor, String timeout) {
        return new WaitCondition(target(waitFor), duration(timeout));
    }

    private static Predicate<OrderStatus> target(String waitFor) {
        String name = waitFor.strip().toUpperCase(Locale.ROOT);
        if (name.equals(FINAL)) {
            return OrderStatus::isTerminal;
        }
        OrderStatus target;
        try {
            target = OrderStatus.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw invalid("waitFor is an order status or FINAL, not " + waitFor + ".");
        }
        Set<OrderStatus> endWaiting = EnumSet.noneOf(OrderStatus.class);
        for (OrderStatus status : OrderStatus.values()) {
            if (status == target || !reachableFrom(status).contains(target)) {
                endWaiting.add(status);
            }
        }
        return endWaiting::contains;
    }

    /** Every status an order in this one can still come to. */
    static Set<OrderStatus> reachableFrom(OrderStatus status) {
        Set<OrderStatus> reachable = EnumSet.noneOf(OrderStatus.class);
        Deque<OrderStatus> next = new ArrayDeque<>(NEXT.getOrDefault(status, Set.of()));
        while (!next.isEmpty()) {
            OrderStatus candidate = next.pop();
            if (reachable.add(candidate)) {
                next.addAll(NEXT.getOrDefault(candidate, Set.of()));
            }
        }
        return reachable;
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
        return RequestParameters.invalid(message);
    }
}
