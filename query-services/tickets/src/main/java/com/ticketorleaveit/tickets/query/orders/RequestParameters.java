package com.ticketorleaveit.tickets.query.orders;

import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.tickets.api.OrderStatus;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Query parameters read by hand rather than converted by Spring, so that a wrong one is refused with a message that
 * names it and says what it takes, under the code a parameter Spring cannot convert also gets.
 */
final class RequestParameters {

    static final String INVALID_PARAMETER = "INVALID_PARAMETER";

    private RequestParameters() {}

    /** An order status by name, in any case; empty when the parameter is absent or blank. */
    static Optional<OrderStatus> orderStatus(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OrderStatus.valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw invalid(parameter + " is one of " + Arrays.toString(OrderStatus.values()) + ", not " + value + ".");
        }
    }

    static ApiException invalid(String message) {
        return new ApiException(400, INVALID_PARAMETER, message);
    }
}
