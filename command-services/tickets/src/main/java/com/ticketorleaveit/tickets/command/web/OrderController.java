package com.ticketorleaveit.tickets.command.web;

import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.platform.web.Caller;
import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.OrderStatus;
import com.ticketorleaveit.tickets.api.PlaceOrder;
import com.ticketorleaveit.tickets.api.TicketErrors;
import com.ticketorleaveit.tickets.command.RegisteredTiers;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customers place orders. The purchase itself runs asynchronously (202): the order's status is polled at its
 * Location on the query side.
 */
@RestController
@RequestMapping("/api/v1/orders")
public class OrderController {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private final CommandGateway commandGateway;
    private final RegisteredTiers registeredTiers;

    public OrderController(CommandGateway commandGateway, RegisteredTiers registeredTiers) {
        this.commandGateway = commandGateway;
        this.registeredTiers = registeredTiers;
    }

    record PlacedOrder(UUID orderId, OrderStatus status) {}

    @PostMapping
    public ResponseEntity<PlacedOrder> place(
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
                request.quantity(),
                request.paymentToken(),
                idempotencyKey));
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/orders/" + orderId))
                .body(new PlacedOrder(orderId.value(), status));
    }
}
