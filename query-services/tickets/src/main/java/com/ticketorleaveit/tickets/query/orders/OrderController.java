package com.ticketorleaveit.tickets.query.orders;

import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.platform.web.Caller;
import com.ticketorleaveit.tickets.api.OrderStatus;
import com.ticketorleaveit.tickets.api.TicketErrors;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * An order for its buyer (or an admin). Anyone else gets 404, as for an order that does not exist, so order ids
 * reveal nothing. {@code waitFor} turns the read into a bounded wait for the purchase to get somewhere. The list is
 * the caller's own orders, whoever the caller is: an admin's list holds the admin's purchases too.
 */
@RestController
@RequestMapping("/api/v1/orders")
public class OrderController {

    private final Orders orders;
    private final OrderWaiter waiter;

    OrderController(Orders orders, OrderWaiter waiter) {
        this.orders = orders;
        this.waiter = waiter;
    }

    @Operation(operationId = "getOrder", summary = "An order, waiting for a status if asked")
    @GetMapping("/{orderId}")
    public DeferredResult<OrderView> order(
            Caller caller,
            @PathVariable UUID orderId,
            @RequestParam(required = false) String waitFor,
            @RequestParam(required = false) String timeout) {
        WaitCondition condition = waitFor == null || waitFor.isBlank()
                ? new WaitCondition(status -> true, Duration.ZERO)
                : WaitCondition.parse(waitFor, timeout);
        return waiter.await(
                orderId,
                () -> visibleTo(caller, orderId),
                order -> condition.reached().test(order.status()),
                condition.timeout(),
                () -> ApiException.notFound(TicketErrors.ORDER_NOT_FOUND, "No order " + orderId + "."));
    }

    @Operation(operationId = "listOrders", summary = "The caller's orders")
    @GetMapping
    public OrderPage orders(
            Caller caller,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Optional<OrderStatus> wanted = RequestParameters.orderStatus("status", status);
        return new OrderPage(
                orders.ofCustomer(caller.userId(), wanted, page, size),
                page,
                size,
                orders.countOfCustomer(caller.userId(), wanted));
    }

    /** One page of orders, newest first, and how many there are in all. */
    public record OrderPage(List<OrderView> items, int page, int size, long total) {}

    private Optional<OrderView> visibleTo(Caller caller, UUID orderId) {
        return orders.find(orderId)
                .filter(order -> caller.isAdmin() || order.customerId().equals(caller.userId()))
                .map(Orders.OwnedOrder::view);
    }
}
