package com.ticketorleaveit.payments.query.payments;

import com.ticketorleaveit.payments.api.PaymentApproved;
import com.ticketorleaveit.payments.api.PaymentDeclined;
import com.ticketorleaveit.payments.api.PaymentFailed;
import com.ticketorleaveit.payments.api.PaymentId;
import com.ticketorleaveit.payments.api.PaymentRefundRequested;
import com.ticketorleaveit.payments.api.PaymentRefunded;
import com.ticketorleaveit.payments.api.PaymentRequested;
import com.ticketorleaveit.payments.api.PaymentStatus;
import com.ticketorleaveit.payments.api.RefundAttemptFailed;
import com.ticketorleaveit.platform.metrics.Tally;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
 * Keeps {@code payments_payments}. Idempotent: a request inserts once, an outcome only moves a payment that is still
 * requested, and a refund only moves forward (approved, then each attempt in turn, then refunded), so a redelivered
 * or replayed event writes the same row again. {@code ticketing.payments{outcome}} counts the provider's answers
 * ({@code APPROVED}, {@code DECLINED}, {@code FAILED}) and the refunds done ({@code REFUNDED}), once each batch
 * committed and never in a replay (ADR 24).
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
            rs.getTimestamp("updated_at").toInstant(),
            rs.getTimestamp("requested_at").toInstant(),
            refund(rs));

    static final String OUTCOMES = "ticketing.payments";

    private final JdbcTemplate jdbc;
    private final Map<PaymentStatus, Counter> outcomes = new EnumMap<>(PaymentStatus.class);

    PaymentProjection(JdbcTemplate jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        for (PaymentStatus outcome :
                List.of(PaymentStatus.APPROVED, PaymentStatus.DECLINED, PaymentStatus.FAILED, PaymentStatus.REFUNDED)) {
            outcomes.put(
                    outcome,
                    Counter.builder(OUTCOMES)
                            .description("Payments by the provider's answer, and refunds done")
                            .tag("outcome", outcome.name())
                            .register(registry));
        }
    }

    @EventHandler
    void on(PaymentRequested event, @Timestamp Instant at) {
        jdbc.update(
                """
                insert into payments_payments
                    (id, order_id, customer_id, amount, currency, status, updated_at, requested_at)
                values (?, ?, ?, ?, ?, 'REQUESTED', ?, ?)
                on conflict (id) do nothing
                """,
                event.paymentId().value(),
                event.orderId(),
                event.customerId(),
                event.amountMinor(),
                event.currency(),
                java.sql.Timestamp.from(at),
                java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(PaymentApproved event, @Timestamp Instant at) {
        settle(event.paymentId(), PaymentStatus.APPROVED, null, event.providerReference(), at);
        Tally.afterCommit(outcomes.get(PaymentStatus.APPROVED)::increment);
    }

    @EventHandler
    void on(PaymentDeclined event, @Timestamp Instant at) {
        settle(event.paymentId(), PaymentStatus.DECLINED, event.reason(), null, at);
        Tally.afterCommit(outcomes.get(PaymentStatus.DECLINED)::increment);
    }

    @EventHandler
    void on(PaymentFailed event, @Timestamp Instant at) {
        settle(event.paymentId(), PaymentStatus.FAILED, event.reason(), null, at);
        Tally.afterCommit(outcomes.get(PaymentStatus.FAILED)::increment);
    }

    /** The first attempt starts the refund of an approved payment; each later one only counts up. */
    @EventHandler
    void on(PaymentRefundRequested event, @Timestamp Instant at) {
        jdbc.update(
                """
                update payments_payments
                   set status = 'REFUND_PENDING', refund_reason = ?, refund_attempts = ?,
                       refund_requested_at = coalesce(refund_requested_at, ?), updated_at = ?
                 where id = ?
                   and (status = 'APPROVED' or (status = 'REFUND_PENDING' and refund_attempts < ?))
                """,
                event.reason(),
                event.attempt(),
                java.sql.Timestamp.from(at),
                java.sql.Timestamp.from(at),
                event.paymentId().value(),
                event.attempt());
    }

    @EventHandler
    void on(RefundAttemptFailed event, @Timestamp Instant at) {
        jdbc.update(
                """
                update payments_payments
                   set refund_last_failure = ?, updated_at = ?
                 where id = ? and status = 'REFUND_PENDING' and refund_attempts = ?
                """,
                event.reason(),
                java.sql.Timestamp.from(at),
                event.paymentId().value(),
                event.attempt());
    }

    @EventHandler
    void on(PaymentRefunded event, @Timestamp Instant at) {
        jdbc.update(
                """
                update payments_payments
                   set status = 'REFUNDED', refunded_amount = ?, refund_reference = ?, refunded_at = ?, updated_at = ?
                 where id = ? and status = 'REFUND_PENDING'
                """,
                event.amountMinor(),
                event.refundReference(),
                java.sql.Timestamp.from(at),
                java.sql.Timestamp.from(at),
                event.paymentId().value());
        Tally.afterCommit(outcomes.get(PaymentStatus.REFUNDED)::increment);
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

    /** One page of a customer's payments, newest request first (ties by id, so that pages never overlap). */
    List<PaymentView> byCustomer(UUID customerId, int page, int size) {
        return jdbc.query("""
                select * from payments_payments
                 where customer_id = ?
                 order by requested_at desc, id desc
                 limit ? offset ?
                """, ROW, customerId, size, (long) page * size);
    }

    long countByCustomer(UUID customerId) {
        return jdbc.queryForObject(
                "select count(*) from payments_payments where customer_id = ?", Long.class, customerId);
    }

    private void settle(PaymentId paymentId, PaymentStatus status, String reason, String reference, Instant at) {
        jdbc.update("""
                update payments_payments
                   set status = ?, reason = ?, provider_reference = ?, updated_at = ?
                 where id = ? and status = 'REQUESTED'
                """, status.name(), reason, reference, java.sql.Timestamp.from(at), paymentId.value());
    }

    private static PaymentView.Refund refund(ResultSet rs) throws SQLException {
        java.sql.Timestamp requestedAt = rs.getTimestamp("refund_requested_at");
        if (requestedAt == null) {
            return null;
        }
        java.sql.Timestamp refundedAt = rs.getTimestamp("refunded_at");
        return new PaymentView.Refund(
                refundedAt == null ? PaymentView.Refund.Status.PENDING : PaymentView.Refund.Status.REFUNDED,
                rs.getString("refund_reason"),
                rs.getInt("refund_attempts"),
                rs.getString("refund_last_failure"),
                requestedAt.toInstant(),
                rs.getObject("refunded_amount", Long.class),
                rs.getString("refund_reference"),
                refundedAt == null ? null : refundedAt.toInstant());
    }

    private static Optional<PaymentView> first(List<PaymentView> rows) {
        return rows.stream().findFirst();
    }
}
