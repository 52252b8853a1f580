package com.ticketorleaveit.tickets.query.orders;

import com.ticketorleaveit.tickets.api.OrderCancelled;
import com.ticketorleaveit.tickets.api.OrderConfirmed;
import com.ticketorleaveit.tickets.api.OrderExpired;
import com.ticketorleaveit.tickets.api.OrderPaymentFailed;
import com.ticketorleaveit.tickets.api.OrderPlaced;
import com.ticketorleaveit.tickets.api.OrderRefunded;
import com.ticketorleaveit.tickets.api.OrderRejected;
import com.ticketorleaveit.tickets.api.OrderReserved;
import com.ticketorleaveit.tickets.api.OrderStatus;
import com.ticketorleaveit.tickets.api.TicketCheckedIn;
import com.ticketorleaveit.tickets.api.TicketsSigned;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code tickets_orders} and {@code tickets_order_tickets}. Handlers insert-if-absent or set absolute values,
 * so a redelivered or replayed event changes nothing. Once a change is committed, the requests waiting for that order
 * are told ({@link OrderWaiter#changed}), and the funnel counts the change ({@link OrderFunnel}).
 */
@Component
@ProcessingGroup(OrderProjection.GROUP)
class OrderProjection {

    static final String GROUP = "tickets-orders";

    /** Shown as the failure reason of an order whose hold ran out. */
    static final String HOLD_EXPIRED = "HOLD_EXPIRED";

    private final JdbcTemplate jdbc;
    private final OrderWaiter waiter;
    private final OrderFunnel funnel;

    OrderProjection(JdbcTemplate jdbc, OrderWaiter waiter, OrderFunnel funnel) {
        this.jdbc = jdbc;
        this.waiter = waiter;
        this.funnel = funnel;
    }

    /** Waiting requests look again once the batch that changed the order is committed. */
    private void changed(UUID orderId) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> waiter.changed(orderId));
        } else {
            waiter.changed(orderId);
        }
    }

    @EventHandler
    void on(OrderPlaced event, @Timestamp Instant placedAt) {
        jdbc.update(
                """
                insert into tickets_orders (order_id, customer_id, event_id, tier_id, quantity, status, placed_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (order_id) do nothing""",
                event.orderId().value(),
                event.customerId(),
                event.eventId(),
                event.tierId(),
                event.quantity(),
                OrderStatus.PENDING.name(),
                java.sql.Timestamp.from(placedAt));
        changed(event.orderId().value());
        funnel.reached(OrderStatus.PENDING);
    }

    @EventHandler
    void on(OrderReserved event) {
        jdbc.update("""
                update tickets_orders
                set amount_minor = ?, currency = ?,
                    status = case when status = 'PENDING' then 'RESERVED' else status end
                where order_id = ?""", event.amountMinor(), event.currency(), event.orderId().value());
        changed(event.orderId().value());
        funnel.reached(OrderStatus.RESERVED);
    }

    /** A confirmation seen again never takes a cancelled or refunded order back, nor its void tickets. */
    @EventHandler
    void on(OrderConfirmed event, @Timestamp Instant confirmedAt) {
        List<Instant> placedAt = jdbc.query(
                """
                update tickets_orders
                set amount_minor = ?, currency = ?,
                    status = case when status in ('CANCELLED', 'REFUNDED') then status else 'CONFIRMED' end
                where order_id = ?
                returning placed_at""",
                (rs, row) -> rs.getTimestamp(1).toInstant(),
                event.amountMinor(),
                event.currency(),
                event.orderId().value());
        List<Object[]> tickets = new ArrayList<>();
        for (int position = 0; position < event.ticketCodes().size(); position++) {
            tickets.add(new Object[] {
                event.ticketCodes().get(position), event.orderId().value(), position
            });
        }
        jdbc.batchUpdate(
                "insert into tickets_order_tickets (code, order_id, position) values (?, ?, ?)"
                        + " on conflict (code) do nothing",
                tickets);
        changed(event.orderId().value());
        funnel.confirmed(placedAt.isEmpty() ? null : placedAt.get(0), confirmedAt);
    }

    /** The payloads come right after the confirmation that inserted the tickets; the same payload again is the same. */
    @EventHandler
    void on(TicketsSigned event) {
        jdbc.batchUpdate(
                "update tickets_order_tickets set qr_payload = ? where code = ? and order_id = ?",
                event.tickets().stream()
                        .map(ticket -> new Object[] {
                            ticket.qrPayload(), ticket.code(), event.orderId().value()
                        })
                        .toList());
        changed(event.orderId().value());
    }

    /** The first scan's time stands (the order records only that one). */
    @EventHandler
    void on(TicketCheckedIn event) {
        jdbc.update(
                "update tickets_order_tickets set checked_in_at = coalesce(checked_in_at, ?) where code = ?",
                java.sql.Timestamp.from(event.checkedInAt()),
                event.code());
        changed(event.orderId().value());
    }

    @EventHandler
    void on(OrderRejected event) {
        end(event.orderId().value(), OrderStatus.REJECTED, event.reason().name());
        funnel.reached(OrderStatus.REJECTED);
    }

    @EventHandler
    void on(OrderPaymentFailed event) {
        end(event.orderId().value(), OrderStatus.PAYMENT_FAILED, event.reason());
        funnel.reached(OrderStatus.PAYMENT_FAILED);
    }

    @EventHandler
    void on(OrderExpired event) {
        end(event.orderId().value(), OrderStatus.EXPIRED, HOLD_EXPIRED);
        funnel.reached(OrderStatus.EXPIRED);
    }

    /**
     * A confirmed order is cancelled by its buyer or with its event, an expired one when its payment came too late for
     * any seats, a reserved one when it is paid after its event was cancelled; a confirmed order's tickets are void
     * from then on.
     */
    @EventHandler
    void on(OrderCancelled event, @Timestamp Instant cancelledAt) {
        jdbc.update(
                """
                update tickets_orders set status = ?, cancelled_at = ?, cancellation_reason = ?
                where order_id = ? and status in (?, ?, ?)""",
                OrderStatus.CANCELLED.name(),
                java.sql.Timestamp.from(cancelledAt),
                event.reason().name(),
                event.orderId().value(),
                OrderStatus.CONFIRMED.name(),
                OrderStatus.EXPIRED.name(),
                OrderStatus.RESERVED.name());
        voidTickets(event.orderId().value());
        changed(event.orderId().value());
        funnel.reached(OrderStatus.CANCELLED);
    }

    /**
     * The first refund recorded stands. An order may come to be refunded without having been cancelled first (the
     * command side decides), so the status it comes from is not checked; its tickets are void either way.
     */
    @EventHandler
    void on(OrderRefunded event, @Timestamp Instant refundedAt) {
        jdbc.update(
                """
                update tickets_orders
                set status = ?, refunded_at = ?, refunded_amount_minor = ?,
                    cancellation_reason = coalesce(cancellation_reason, ?)
                where order_id = ? and status <> ?""",
                OrderStatus.REFUNDED.name(),
                java.sql.Timestamp.from(refundedAt),
                event.amountMinor(),
                event.reason().name(),
                event.orderId().value(),
                OrderStatus.REFUNDED.name());
        voidTickets(event.orderId().value());
        changed(event.orderId().value());
        funnel.reached(OrderStatus.REFUNDED);
    }

    private void voidTickets(UUID orderId) {
        jdbc.update("update tickets_order_tickets set valid = false where order_id = ?", orderId);
    }

    private void end(UUID orderId, OrderStatus status, String reason) {
        jdbc.update(
                "update tickets_orders set status = ?, failure_reason = ? where order_id = ?",
                status.name(),
                reason,
                orderId);
        changed(orderId);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from tickets_order_tickets");
        jdbc.update("delete from tickets_orders");
    }
}
