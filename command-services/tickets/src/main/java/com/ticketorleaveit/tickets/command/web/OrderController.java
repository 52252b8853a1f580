package com.ticketorleaveit.tickets.command.web;

import com.ticketorleaveit.platform.vault.Vault;
import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.platform.web.Caller;
import com.ticketorleaveit.tickets.api.CancelOrder;
import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.OrderStatus;
import com.ticketorleaveit.tickets.api.PlaceOrder;
import com.ticketorleaveit.tickets.api.TicketErrors;
import com.ticketorleaveit.tickets.command.OrderTiers;
import com.ticketorleaveit.tickets.command.RegisteredTiers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customers place orders (for seats on sale, or for the seat a waiting-list offer holds for them) and cancel them. Both start asynchronous work (202): the order's status is polled at its
 * Location on the query side (a cancelled order becomes REFUNDED once its money is back).
 */
@RestController
@RequestMapping("/api/v1/orders")
public class OrderController {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private final CommandGateway commandGateway;
    private final RegisteredTiers registeredTiers;
    private final OrderTiers orderTiers;
    private final Vault vault;
    private final Clock clock = Clock.systemUTC();

    public OrderController(
            CommandGateway commandGateway, RegisteredTiers registeredTiers, OrderTiers orderTiers, Vault vault) {
        this.commandGateway = commandGateway;
        this.vault = vault;
        this.registeredTiers = registeredTiers;
        this.orderTiers = orderTiers;
    }

    record OrderAccepted(UUID orderId, OrderStatus status) {}

    @Operation(
            operationId = "placeOrder",
            summary = "Place an order: the purchase starts",
            responses =
                    @ApiResponse(
                            responseCode = "202",
                            description =
                                    "The order is accepted: its status says how far it got; Location is where to follow it."))
    @PostMapping
    public ResponseEntity<OrderAccepted> place(
            Caller caller,
            @RequestHeader("Idempotency-Key") String idempotencyKey,
            @Valid @RequestBody PlaceOrderRequest request) {
        if (!IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw new ApiException(
                    400,
                    TicketErrors.INVALID_IDEMPOTENCY_KEY,
                    "Idempotency-Key is 1 to 100 characters of letters, digits, '_' and '-'.");
        }
        if (!registeredTiers.exists(request.tierId(), request.eventId())) {
            throw ApiException.notFound(
                    TicketErrors.TIER_NOT_FOUND,
                    "Event " + request.eventId() + " has no tier " + request.tierId() + ".");
        }
        OrderId orderId = OrderId.forIdempotencyKey(caller.userId(), idempotencyKey);
        OrderStatus status = commandGateway.sendAndWait(new PlaceOrder(
                orderId,
                caller.userId(),
                caller.email(),
                request.eventId(),
                request.tierId(),
                request.seats(),
                // the token stays in the vault; the order and its events carry its reference (ADR 30)
                vault.keep(orderId.value(), request.paymentToken()),
                idempotencyKey,
                request.offerId()));
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/orders/" + orderId))
                .body(new OrderAccepted(orderId.value(), status));
    }

    /** The buyer or an admin cancels a confirmed order; cancelling it again answers the same. */
    @Operation(
            operationId = "cancelOrder",
            summary = "Cancel an order: its seats go back on sale and its payment is refunded",
            responses =
                    @ApiResponse(
                            responseCode = "202",
                            description = "The cancellation is accepted; the refund follows."))
    @PostMapping("/{orderId}/cancel")
    public ResponseEntity<OrderAccepted> cancel(Caller caller, @PathVariable UUID orderId) {
        OrderId order = new OrderId(orderId);
        UUID tierId = orderTiers
                .tierOf(order)
                .orElseThrow(() -> ApiException.notFound(TicketErrors.ORDER_NOT_FOUND, "No order " + orderId + "."));
        OrderStatus status = commandGateway.sendAndWait(
                new CancelOrder(order, tierId, caller.userId(), caller.isAdmin(), clock.instant()));
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/orders/" + orderId))
                .body(new OrderAccepted(orderId, status));
    }
}
