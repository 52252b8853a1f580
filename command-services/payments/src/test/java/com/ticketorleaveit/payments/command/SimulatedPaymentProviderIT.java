package com.ticketorleaveit.payments.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.local.Postgres;
import com.ticketorleaveit.payments.command.PaymentProvider.Outcome;
import com.ticketorleaveit.payments.command.PaymentProvider.RefundOutcome;
import com.ticketorleaveit.payments.command.web.WebhookSecrets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * The simulated provider against a real PostgreSQL migrated with its own scripts: refunds are idempotent by refund
 * key, a card's scripted refund failures are counted in the database, and a charge that cannot be refunded fails with
 * a reason.
 */
@SpringJUnitConfig(SimulatedPaymentProviderIT.ProviderAndItsDatabase.class)
@TestPropertySource(
        properties = "ticketing.payments.command.simulated.refund-failures=" + SimulatedPaymentProviderIT.FAILURES)
class SimulatedPaymentProviderIT {

    static final int FAILURES = 3;

    private static final Postgres postgres = startPostgres();
    private static final String database = migrated(postgres.createScratchDatabase("payments_provider_it"));

    @Autowired
    private PaymentProvider provider;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private SimulatedProviderProperties properties;

    @Autowired
    private SimulatedWebhooks webhooks;

    private final String chargeKey = "order-" + UUID.randomUUID();
    private final String refundKey = "refund-" + UUID.randomUUID();

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Test
    void refundsAnApprovedChargeOnceAndAnswersItsReferenceToEveryRepeat() {
        aChargeWith("tok_approve");

        RefundOutcome first = provider.refund(refundKey, chargeKey, 5000, "EUR");
        RefundOutcome again = provider.refund(refundKey, chargeKey, 5000, "EUR");

        assertThat(first).isInstanceOf(RefundOutcome.Refunded.class).isEqualTo(again);
        assertThat(jdbc.queryForObject(
                        "select count(*) from payments_simulated_refunds where idempotency_key = ? and reference = ?",
                        Integer.class,
                        chargeKey,
                        ((RefundOutcome.Refunded) first).reference()))
                .isEqualTo(1);
    }

    @Test
    void failsTheRefundOfTheRefundFailsCardTheConfiguredNumberOfTimesThenRefundsIt() {
        aChargeWith("tok_refund_fails");

        for (int attempt = 1; attempt <= FAILURES; attempt++) {
            assertThat(provider.refund(refundKey, chargeKey, 5000, "EUR"))
                    .as("attempt %d", attempt)
                    .isInstanceOf(RefundOutcome.Failed.class);
        }
        RefundOutcome refunded = provider.refund(refundKey, chargeKey, 5000, "EUR");

        assertThat(refunded).isInstanceOf(RefundOutcome.Refunded.class);
        assertThat(provider.refund(refundKey, chargeKey, 5000, "EUR")).isEqualTo(refunded);
    }

    @Test
    void remembersFailedAttemptsAcrossARestart() {
        aChargeWith("tok_refund_fails");
        for (int attempt = 1; attempt < FAILURES; attempt++) {
            provider.refund(refundKey, chargeKey, 5000, "EUR");
        }

        var restarted = new SimulatedPaymentProvider(jdbc, properties, webhooks);

        assertThat(restarted.refund(refundKey, chargeKey, 5000, "EUR")).isInstanceOf(RefundOutcome.Failed.class);
        assertThat(restarted.refund(refundKey, chargeKey, 5000, "EUR")).isInstanceOf(RefundOutcome.Refunded.class);
    }

    @Test
    void failsTheRefundOfAChargeThatDoesNotExist() {
        assertThat(provider.refund(refundKey, chargeKey, 5000, "EUR"))
                .isEqualTo(new RefundOutcome.Failed("no charge under this key"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from payments_simulated_refunds where refund_key = ?",
                        Integer.class,
                        refundKey))
                .isZero();
    }

    @Test
    void failsTheRefundOfADeclinedCharge() {
        aChargeWith("tok_decline");

        assertThat(provider.refund(refundKey, chargeKey, 5000, "EUR"))
                .isEqualTo(new RefundOutcome.Failed("the charge was not approved"));
    }

    @Test
    void failsARefundOfAnotherAmountThanTheCharge() {
        aChargeWith("tok_approve");

        assertThat(provider.refund(refundKey, chargeKey, 4000, "EUR")).isInstanceOf(RefundOutcome.Failed.class);
        assertThat(provider.refund(refundKey, chargeKey, 5000, "EUR")).isInstanceOf(RefundOutcome.Refunded.class);
    }

    @Test
    void neverRefundsAChargeTwiceUnderAnotherRefundKey() {
        aChargeWith("tok_approve");
        provider.refund(refundKey, chargeKey, 5000, "EUR");

        assertThat(provider.refund("refund-" + UUID.randomUUID(), chargeKey, 5000, "EUR"))
                .isEqualTo(new RefundOutcome.Failed("the charge is refunded under another refund key"));
    }

    @Test
    void remembersTheTestCardOfAChargeButNoOtherCardNumber() {
        aChargeWith("tok_refund_fails");
        String otherKey = "order-" + UUID.randomUUID();
        provider.authorize(otherKey, 5000, "EUR", "4242424242424242");

        assertThat(testCardOf(chargeKey)).isEqualTo("tok_refund_fails");
        assertThat(testCardOf(otherKey)).isNull();
    }

    @Test
    void approvesTheLateCardOnlyOnceItsDelayHasPassedAndAnswersTheSameEveryTimeAfter() {
        assertThat(provider.authorize(chargeKey, 5000, "EUR", "tok_approve_late"))
                .isInstanceOf(Outcome.NoAnswer.class);
        assertThat(provider.status(chargeKey)).isInstanceOf(Outcome.NoAnswer.class);

        jdbc.update(
                "update payments_simulated_charges set created_at = now() - interval '13 minutes'"
                        + " where idempotency_key = ?",
                chargeKey);
        Outcome late = provider.status(chargeKey);

        assertThat(late).isInstanceOf(Outcome.Approved.class);
        assertThat(provider.status(chargeKey)).isEqualTo(late);
        assertThat(provider.authorize(chargeKey, 5000, "EUR", "tok_approve_late"))
                .isEqualTo(late);
        assertThat(provider.refund(refundKey, chargeKey, 5000, "EUR")).isInstanceOf(RefundOutcome.Refunded.class);
    }

    @Test
    void approvesTheVeryLateCardOnlyAfterItsLongerDelay() {
        assertThat(provider.authorize(chargeKey, 5000, "EUR", "tok_approve_very_late"))
                .isInstanceOf(Outcome.NoAnswer.class);
        jdbc.update(
                "update payments_simulated_charges set created_at = now() - interval '13 minutes'"
                        + " where idempotency_key = ?",
                chargeKey);
        assertThat(provider.status(chargeKey)).isInstanceOf(Outcome.NoAnswer.class);

        jdbc.update(
                "update payments_simulated_charges set created_at = now() - interval '2 days 1 minute'"
                        + " where idempotency_key = ?",
                chargeKey);

        assertThat(provider.status(chargeKey)).isInstanceOf(Outcome.Approved.class);
        assertThat(testCardOf(chargeKey)).isEqualTo("tok_approve_very_late");
    }

    @Test
    void answersTheStatusOfADecidedChargeAndNothingForOneNeverDecided() {
        Outcome approved = provider.authorize(chargeKey, 5000, "EUR", "tok_approve");
        String timedOut = "order-" + UUID.randomUUID();
        provider.authorize(timedOut, 5000, "EUR", "tok_timeout");

        assertThat(provider.status(chargeKey)).isEqualTo(approved);
        assertThat(provider.status(timedOut)).isInstanceOf(Outcome.NoAnswer.class);
        assertThat(provider.status("order-" + UUID.randomUUID())).isInstanceOf(Outcome.NoAnswer.class);
    }

    private void aChargeWith(String testCard) {
        Outcome outcome = provider.authorize(chargeKey, 5000, "EUR", testCard);
        assertThat(outcome).isNotInstanceOf(Outcome.NoAnswer.class);
    }

    private String testCardOf(String idempotencyKey) {
        return jdbc.queryForObject(
                "select test_card from payments_simulated_charges where idempotency_key = ?",
                String.class,
                idempotencyKey);
    }

    private static Postgres startPostgres() {
        try {
            return Postgres.start(Path.of("target", "it-postgres"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String migrated(String database) {
        Flyway.configure()
                .dataSource(postgres.jdbcUrl(database), postgres.user(), postgres.password())
                .locations("classpath:db/command/payments")
                .load()
                .migrate();
        return database;
    }

    /** The provider as the application wires it: its properties bound, its methods transactional. */
    @Configuration(proxyBeanMethods = false)
    @EnableTransactionManagement
    @Import({SimulatedPaymentProvider.class, SimulatedWebhooks.class, WebhookSecrets.class})
    static class ProviderAndItsDatabase {

        @Bean
        DataSource dataSource() {
            return new DriverManagerDataSource(postgres.jdbcUrl(database), postgres.user(), postgres.password());
        }

        @Bean
        JdbcTemplate jdbcTemplate(DataSource dataSource) {
            return new JdbcTemplate(dataSource);
        }

        @Bean
        PlatformTransactionManager transactionManager(DataSource dataSource) {
            return new DataSourceTransactionManager(dataSource);
        }
    }
}
