package com.ticketorleaveit.payments.query.payments;

import com.ticketorleaveit.payments.api.PaymentApproved;
import com.ticketorleaveit.payments.api.PaymentDeclined;
import com.ticketorleaveit.payments.api.PaymentFailed;
import com.ticketorleaveit.payments.api.PaymentId;
import com.ticketorleaveit.payments.api.PaymentRequested;
import com.ticketorleaveit.payments.api.PaymentStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code payments_payments}. Idempotent: a request inserts once, and an outcome only moves a payment that is
 * still requested, so a redelivered or replayed event writes the same row again.
 */
@Component
@ProcessingGroup(PaymentProjection.PROCESSING_GROUP)
class PaymentProjection {

    static final String PROCESSING_GROUP = "payments-payments";

    private static final RowMapper<PaymentView> ROW = (rs, row) -> new PaymentView(
            rs.getObject("id", UUID.class),
            rs.getObject("order_id", UUID.class),
            rs.getObject("customer_id", UUID.class),
            rs.getLong("amount"),
            rs.getString("currency"),
            PaymentStatus.valueOf(rs.getString("status")),
            rs.getString("reason"),
            rs.getString("provider_reference"),
            rs.getTimestamp("updated_at").toInstant());

    private final JdbcTemplate jdbc;

    PaymentProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PaymentRequested event, @Timestamp Instant at) {
        jdbc.update(
                """
                insert into payments_payments (id, order_id, customer_id, amount, currency, status, updated_at)
                values (?, ?, ?, ?, ?, 'REQUESTED', ?)
                on conflict (id) do nothing
                """,
                event.paymentId().value(),
                event.orderId(),
                event.customerId(),
                event.amountMinor(),
                event.currency(),
                java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(PaymentApproved event, @Timestamp Instant at) {
        settle(event.paymentId(), PaymentStatus.APPROVED, null, event.providerReference(), at);
    }

    @EventHandler
    void on(PaymentDeclined event, @Timestamp Instant at) {
        settle(event.paymentId(), PaymentStatus.DECLINED, event.reason(), null, at);
    }

    @EventHandler
    void on(PaymentFailed event, @Timestamp Instant at) {
        settle(event.paymentId(), PaymentStatus.FAILED, event.reason(), null, at);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from payments_payments");
    }

    Optional<PaymentView> byId(UUID paymentId) {
        return first(jdbc.query("select * from payments_payments where id = ?", ROW, paymentId));
    }

    Optional<PaymentView> byOrder(UUID orderId) {
        return first(jdbc.query("select * from payments_payments where order_id = ?", ROW, orderId));
    }

    private void settle(PaymentId paymentId, PaymentStatus status, String reason, String reference, Instant at) {
        jdbc.update("""
                update payments_payments
                   set status = ?, reason = ?, provider_reference = ?, updated_at = ?
                 where id = ? and status = 'REQUESTED'
                """, status.name(), reason, reference, java.sql.Timestamp.from(at), paymentId.value());
    }

    private static Optional<PaymentView> first(List<PaymentView> rows) {
        return rows.stream().findFirst();
    }
}
