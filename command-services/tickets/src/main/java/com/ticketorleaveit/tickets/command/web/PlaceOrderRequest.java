package com.ticketorleaveit.tickets.command.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * What a customer orders; per-order limits and sold-out are decided later, by the tier's inventory. With a waiting-list
 * {@code offerId} the order buys the offered seat: the quantity may be left out (it is the offer's one seat).
 */
record PlaceOrderRequest(
        @NotNull UUID eventId,
        @NotNull UUID tierId,
        @Min(1) @Max(100) Integer quantity,
        @NotBlank @Size(max = 100) String paymentToken,
        UUID offerId) {

    @AssertTrue(message = "must be given, unless the order buys a waiting-list offer")
    boolean isQuantityGiven() {
        return quantity != null || offerId != null;
    }

    /** The seats ordered: those asked for, or an offer's one seat. */
    int seats() {
        return quantity != null ? quantity : 1;
    }
}
