package com.ticketorleaveit.payments.query.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.local.Postgres;
import com.ticketorleaveit.payments.api.PaymentApproved;
import com.ticketorleaveit.payments.api.PaymentDeclined;
import com.ticketorleaveit.payments.api.PaymentId;
import com.ticketorleaveit.payments.api.PaymentRefundRequested;
import com.ticketorleaveit.payments.api.PaymentRefunded;
import com.ticketorleaveit.payments.api.PaymentRequested;
import com.ticketorleaveit.payments.api.PaymentStatus;
import com.ticketorleaveit.payments.api.RefundAttemptFailed;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The payments read model in a real PostgreSQL migrated with its own scripts, fed its events at handler level: refunds
 * as their customer sees them, redelivery and replay writing the same rows, and a customer's payments in pages.
 */
class PaymentProjectionIT {

    private static final Instant T0 = Instant.parse("2030-03-01T10:00:00Z");

    private static final Postgres postgres = startPostgres();
    private static final JdbcTemplate jdbc =
            jdbcOn(migrated(postgres.createScratchDatabase("payments_query_it"), null));

    private final PaymentProjection projection = new PaymentProjection(jdbc, new SimpleMeterRegistry());
    private final UUID customer = UUID.randomUUID();

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Test
    void showsNoRefundOnAPaymentNeverRefunded() {
        PaymentId payment = anApprovedPaymentAt(T0);

        PaymentView view = projection.byId(payment.value()).orElseThrow();

        assertThat(view.status()).isEqualTo(PaymentStatus.APPROVED);
        assertThat(view.requestedAt()).isEqualTo(T0);
        assertThat(view.refund()).isNull();
    }

    @Test
    void showsARequestedRefundAsPending() {
        PaymentId payment = anApprovedPaymentAt(T0);

        projection.on(refundRequested(payment, 1), T0.plusSeconds(60));

        PaymentView view = projection.byId(payment.value()).orElseThrow();
        assertThat(view.status()).isEqualTo(PaymentStatus.REFUND_PENDING);
        assertThat(view.refund())
                .isEqualTo(new PaymentView.Refund(
                        PaymentView.Refund.Status.PENDING,
                        "order cancelled",
                        1,
                        null,
                        T0.plusSeconds(60),
                        null,
                        null,
                        null));
    }

    @Test
    void countsTheAttemptsAndKeepsTheLastFailure() {
        PaymentId payment = anApprovedPaymentAt(T0);

        projection.on(refundRequested(payment, 1), T0.plusSeconds(60));
        projection.on(new RefundAttemptFailed(payment, orderOf(payment), 1, "provider error"), T0.plusSeconds(61));
        projection.on(refundRequested(payment, 2), T0.plusSeconds(120));

        PaymentView.Refund refund =
                projection.byId(payment.value()).orElseThrow().refund();
        assertThat(refund.attempts()).isEqualTo(2);
        assertThat(refund.lastFailure()).isEqualTo("provider error");
        assertThat(refund.requestedAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void showsTheRefundedAmountReferenceAndTime() {
        PaymentId payment = anApprovedPaymentAt(T0);

        projection.on(refundRequested(payment, 1), T0.plusSeconds(60));
        projection.on(refunded(payment), T0.plusSeconds(90));

        PaymentView view = projection.byId(payment.value()).orElseThrow();
        assertThat(view.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(view.refund().status()).isEqualTo(PaymentView.Refund.Status.REFUNDED);
        assertThat(view.refund().amountMinor()).isEqualTo(5000L);
        assertThat(view.refund().reference()).isEqualTo("simref_1");
        assertThat(view.refund().refundedAt()).isEqualTo(T0.plusSeconds(90));
        assertThat(view.updatedAt()).isEqualTo(T0.plusSeconds(90));
    }

    @Test
    void writesTheSameRowWhenRefundEventsAreDeliveredAgain() {
        PaymentId payment = anApprovedPaymentAt(T0);
        projection.on(refundRequested(payment, 1), T0.plusSeconds(60));
        projection.on(new RefundAttemptFailed(payment, orderOf(payment), 1, "provider error"), T0.plusSeconds(61));
        projection.on(refundRequested(payment, 2), T0.plusSeconds(120));
        projection.on(refunded(payment), T0.plusSeconds(130));
        PaymentView once = projection.byId(payment.value()).orElseThrow();

        projection.on(refundRequested(payment, 1), T0.plusSeconds(60));
        projection.on(new RefundAttemptFailed(payment, orderOf(payment), 1, "provider error"), T0.plusSeconds(61));
        projection.on(refundRequested(payment, 2), T0.plusSeconds(120));
        projection.on(refunded(payment), T0.plusSeconds(130));

        assertThat(projection.byId(payment.value())).contains(once);
    }

    @Test
    void neverStartsARefundOfAPaymentThatWasNotApproved() {
        PaymentId payment = aRequestedPaymentAt(T0);
        projection.on(new PaymentDeclined(payment, orderOf(payment), "card declined"), T0.plusSeconds(1));

        projection.on(refundRequested(payment, 1), T0.plusSeconds(60));
        projection.on(refunded(payment), T0.plusSeconds(90));

        PaymentView view = projection.byId(payment.value()).orElseThrow();
        assertThat(view.status()).isEqualTo(PaymentStatus.DECLINED);
        assertThat(view.refund()).isNull();
    }

    @Test
    void listsACustomersPaymentsNewestRequestFirstInPages() {
        PaymentId first = anApprovedPaymentAt(T0);
        PaymentId second = anApprovedPaymentAt(T0.plusSeconds(10));
        PaymentId third = aRequestedPaymentAt(T0.plusSeconds(20));
        // settling the oldest last must not move it up the list
        projection.on(refundRequested(first, 1), T0.plusSeconds(30));
        aPaymentOfSomeoneElseAt(T0.plusSeconds(40));

        assertThat(projection.byCustomer(customer, 0, 2))
                .extracting(PaymentView::id)
                .containsExactly(third.value(), second.value());
        assertThat(projection.byCustomer(customer, 1, 2))
                .extracting(PaymentView::id)
                .containsExactly(first.value());
        assertThat(projection.byCustomer(customer, 2, 2)).isEmpty();
        assertThat(projection.countByCustomer(customer)).isEqualTo(3);
    }

    @Test
    void datesARowFromBeforeRequestTimesWereKeptByItsLastChange() {
        JdbcTemplate older = jdbcOn(migrated(postgres.createScratchDatabase("payments_query_upgrade_it"), "600"));
        UUID id = UUID.randomUUID();
        older.update("""
                insert into payments_payments (id, order_id, customer_id, amount, currency, status, updated_at)
                values (?, ?, ?, 5000, 'EUR', 'APPROVED', ?)
                """, id, UUID.randomUUID(), customer, java.sql.Timestamp.from(T0));

        JdbcTemplate upgraded = jdbcOn(migrated(older.getDataSource(), null));

        PaymentView view = new PaymentProjection(upgraded, new SimpleMeterRegistry())
                .byId(id)
                .orElseThrow();
        assertThat(view.requestedAt()).isEqualTo(T0);
        assertThat(view.refund()).isNull();
    }

    private PaymentId aRequestedPaymentAt(Instant at) {
        return aRequestedPaymentOf(customer, at);
    }

    private PaymentId anApprovedPaymentAt(Instant at) {
        PaymentId payment = aRequestedPaymentAt(at);
        projection.on(new PaymentApproved(payment, orderOf(payment), 5000, "EUR", "sim_1"), at.plusSeconds(1));
        return payment;
    }

    private void aPaymentOfSomeoneElseAt(Instant at) {
        aRequestedPaymentOf(UUID.randomUUID(), at);
    }

    private PaymentId aRequestedPaymentOf(UUID customerId, Instant at) {
        UUID order = UUID.randomUUID();
        PaymentId payment = PaymentId.forOrder(order);
        projection.on(
                new PaymentRequested(payment, order, customerId, 5000, "EUR", "tok_approve", payment.toString()), at);
        return payment;
    }

    private UUID orderOf(PaymentId payment) {
        return projection.byId(payment.value()).orElseThrow().orderId();
    }

    private PaymentRefundRequested refundRequested(PaymentId payment, int attempt) {
        return new PaymentRefundRequested(
                payment,
                orderOf(payment),
                5000,
                "EUR",
                payment.toString(),
                "refund-" + payment,
                attempt,
                "order cancelled");
    }

    private PaymentRefunded refunded(PaymentId payment) {
        return new PaymentRefunded(payment, orderOf(payment), 5000, "EUR", "simref_1");
    }

    private static Postgres startPostgres() {
        try {
            return Postgres.start(Path.of("target", "it-postgres"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DataSource migrated(String database, String target) {
        return migrated(
                new DriverManagerDataSource(postgres.jdbcUrl(database), postgres.user(), postgres.password()), target);
    }

    /** Migrates to the given version, or to the latest when it is null. */
    private static DataSource migrated(DataSource dataSource, String target) {
        var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/query/payments");
        if (target != null) {
            flyway.target(target);
        }
        flyway.load().migrate();
        return dataSource;
    }

    private static JdbcTemplate jdbcOn(DataSource dataSource) {
        return new JdbcTemplate(dataSource);
    }
}
