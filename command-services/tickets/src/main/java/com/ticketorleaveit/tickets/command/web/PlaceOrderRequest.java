package com.ticketorleaveit.tickets.command.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** What a customer orders; per-order limits and sold-out are decided later, by the tier's inventory. */
record PlaceOrderRequest(
        @NotNull UUID eventId,
        @NotNull UUID tierId,
        @NotNull @Min(1) @Max(100) Integer quantity,
        @NotBlank @Size(max = 100) String paymentToken) {}
