package com.ticketorleaveit.payments.command;

import com.ticketorleaveit.payments.command.PaymentProvider.Outcome;
import com.ticketorleaveit.payments.command.PaymentProvider.RefundOutcome;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A stand-in provider whose answer is chosen by the test card token. Like a real provider it is idempotent by key:
 * the first decision is stored in {@code payments_simulated_charges} and returned for every repeat, so a retried
 * request never charges twice or changes its answer. Refunds are idempotent by refund key the same way, in {@code
 * payments_simulated_refunds}: a refund done is answered with its reference on every repeat.
 */
@Component
@ConditionalOnProperty(name = "ticketing.payments.command.provider", havingValue = "simulated", matchIfMissing = true)
@EnableConfigurationProperties(SimulatedProviderProperties.class)
class SimulatedPaymentProvider implements PaymentProvider {

    static final String APPROVE = "tok_approve";
    static final String DECLINE = "tok_decline";
    static final String ERROR = "tok_error";
    static final String TIMEOUT = "tok_timeout";
    /** Approved like {@link #APPROVE}; its refund fails the first {@code refund-failures} attempts. */
    static final String REFUND_FAILS = "tok_refund_fails";

    /**
     * No answer at first; approved once {@code late-approval-delay} (longer than a purchase's hold) has passed since
     * the charge was first asked for, to whoever asks then (the payment's status check, or a retried charge).
     */
    static final String APPROVE_LATE = "tok_approve_late";

    /**
     * Like {@link #APPROVE_LATE}, after {@code very-late-approval-delay}: longer than a purchase's hold and its
     * late-payment window together, so that only the purchase's safety net still asks.
     */
    static final String APPROVE_VERY_LATE = "tok_approve_very_late";

    /** No answer at first; approved a moment later and told by webhook ({@link SimulatedWebhooks}). */
    static final String WEBHOOK = "tok_webhook";

    /** Only these are remembered with a charge: anything else might be a real card number. */
    private static final Set<String> TEST_CARDS =
            Set.of(APPROVE, DECLINE, ERROR, TIMEOUT, REFUND_FAILS, APPROVE_LATE, APPROVE_VERY_LATE, WEBHOOK);

    /** Cards whose charge is remembered while it is still undecided. */
    private static final Set<String> DECIDED_LATER = Set.of(APPROVE_LATE, APPROVE_VERY_LATE, WEBHOOK);

    /** A charge whose decision is still to come. */
    private static final String PENDING = "PENDING";

    private final JdbcTemplate jdbc;
    private final SimulatedProviderProperties properties;
    private final SimulatedWebhooks webhooks;

    SimulatedPaymentProvider(JdbcTemplate jdbc, SimulatedProviderProperties properties, SimulatedWebhooks webhooks) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.webhooks = webhooks;
    }

    @Override
    @Transactional
    public Outcome authorize(String idempotencyKey, long amountMinor, String currency, String paymentToken) {
        Outcome decision = decide(idempotencyKey, paymentToken);
        if (decision instanceof Outcome.NoAnswer && !DECIDED_LATER.contains(paymentToken)) {
            // nothing was charged, so nothing is remembered: asking again simply gets no answer again
            return decision;
        }
        jdbc.update(
                """
                insert into payments_simulated_charges
                    (idempotency_key, outcome, reference, reason, amount_minor, currency, test_card, created_at)
                values (?, ?, ?, ?, ?, ?, ?, now())
                on conflict (idempotency_key) do nothing
                """,
                idempotencyKey,
                outcomeName(decision),
                decision instanceof Outcome.Approved approved ? approved.reference() : null,
                decision instanceof Outcome.Declined declined
                        ? declined.reason()
                        : decision instanceof Outcome.Failed failed ? failed.reason() : null,
                amountMinor,
                currency,
                TEST_CARDS.contains(paymentToken) ? paymentToken : null);
        Outcome stored = status(idempotencyKey);
        if (WEBHOOK.equals(paymentToken) && stored instanceof Outcome.NoAnswer) {
            webhooks.approveLater(idempotencyKey);
        }
        return stored;
    }

    @Override
    @Transactional
    public Outcome status(String idempotencyKey) {
        List<Outcome> stored = jdbc.query(
                """
                select outcome, reference, reason, test_card,
                       extract(epoch from now() - created_at) * 1000 as age_millis
                  from payments_simulated_charges
                 where idempotency_key = ?
                   for update
                """,
                (rs, row) -> PENDING.equals(rs.getString("outcome"))
                        ? pending(idempotencyKey, rs.getString("test_card"), rs.getLong("age_millis"))
                        : outcome(rs.getString("outcome"), rs.getString("reference"), rs.getString("reason")),
                idempotencyKey);
        return stored.isEmpty() ? new Outcome.NoAnswer() : stored.get(0);
    }

    /** A charge still undecided: a late-approving card is approved once its delay has passed. */
    private Outcome pending(String idempotencyKey, String testCard, long ageMillis) {
        Duration delay = APPROVE_LATE.equals(testCard)
                ? properties.lateApprovalDelay()
                : APPROVE_VERY_LATE.equals(testCard) ? properties.veryLateApprovalDelay() : null;
        if (delay == null || ageMillis < delay.toMillis()) {
            return new Outcome.NoAnswer();
        }
        String reference = "sim_" + derived(idempotencyKey);
        jdbc.update(
                "update payments_simulated_charges set outcome = 'APPROVED', reference = ? where idempotency_key = ?",
                reference,
                idempotencyKey);
        return new Outcome.Approved(reference);
    }

    @Override
    @Transactional
    public RefundOutcome refund(String refundKey, String paymentIdempotencyKey, long amountMinor, String currency) {
        List<Charge> charges = jdbc.query(
                """
                select outcome, test_card, amount_minor, currency
                  from payments_simulated_charges
                 where idempotency_key = ?
                """,
                (rs, row) -> new Charge(
                        rs.getString("outcome"),
                        rs.getString("test_card"),
                        rs.getLong("amount_minor"),
                        rs.getString("currency")),
                paymentIdempotencyKey);
        if (charges.isEmpty()) {
            return new RefundOutcome.Failed("no charge under this key");
        }
        Charge charge = charges.get(0);
        if (!"APPROVED".equals(charge.outcome())) {
            return new RefundOutcome.Failed("the charge was not approved");
        }
        if (charge.amountMinor() != amountMinor || !charge.currency().equals(currency)) {
            return new RefundOutcome.Failed(
                    "a refund gives back the whole charge of " + charge.amountMinor() + " " + charge.currency());
        }
        jdbc.update("""
                insert into payments_simulated_refunds
                    (refund_key, idempotency_key, failed_attempts, amount_minor, currency, created_at)
                values (?, ?, 0, ?, ?, now())
                on conflict do nothing
                """, refundKey, paymentIdempotencyKey, amountMinor, currency);
        // locked: concurrent attempts at the same refund are counted one after the other
        RefundState state = jdbc.queryForObject(
                """
                select refund_key, failed_attempts, reference
                  from payments_simulated_refunds
                 where idempotency_key = ?
                   for update
                """,
                (rs, row) -> new RefundState(
                        rs.getString("refund_key"), rs.getInt("failed_attempts"), rs.getString("reference")),
                paymentIdempotencyKey);
        if (!state.refundKey().equals(refundKey)) {
            return new RefundOutcome.Failed("the charge is refunded under another refund key");
        }
        if (state.reference() != null) {
            return new RefundOutcome.Refunded(state.reference());
        }
        RefundOutcome decision =
                decideRefund(refundKey, charge.testCard(), state.failedAttempts(), properties.refundFailures());
        if (decision instanceof RefundOutcome.Refunded refunded) {
            jdbc.update(
                    "update payments_simulated_refunds set reference = ?, refunded_at = now() where refund_key = ?",
                    refunded.reference(),
                    refundKey);
        } else {
            jdbc.update(
                    "update payments_simulated_refunds set failed_attempts = failed_attempts + 1 where refund_key = ?",
                    refundKey);
        }
        return decision;
    }

    /** The answer a test card token gets; an approval's reference is derived from the key, so it is stable. */
    static Outcome decide(String idempotencyKey, String paymentToken) {
        if (paymentToken == null) {
            return new Outcome.Declined("unknown test card");
        }
        return switch (paymentToken) {
            case APPROVE, REFUND_FAILS -> new Outcome.Approved("sim_" + derived(idempotencyKey));
            case DECLINE -> new Outcome.Declined("card declined");
            case ERROR -> new Outcome.Failed("provider error");
            case TIMEOUT, APPROVE_LATE, APPROVE_VERY_LATE, WEBHOOK -> new Outcome.NoAnswer();
            default -> new Outcome.Declined("unknown test card");
        };
    }

    /**
     * The answer to a refund of an approved charge not refunded yet, after {@code failedAttempts} failed attempts.
     * The reference is derived from the refund key, so it is stable.
     */
    static RefundOutcome decideRefund(String refundKey, String testCard, int failedAttempts, int refundFailures) {
        if (REFUND_FAILS.equals(testCard) && failedAttempts < refundFailures) {
            return new RefundOutcome.Failed(
                    "refund failed (attempt " + (failedAttempts + 1) + " of " + refundFailures + " that fail)");
        }
        return new RefundOutcome.Refunded("simref_" + derived(refundKey));
    }

    static String derived(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8))
                .toString()
                .replace("-", "");
    }

    private static String outcomeName(Outcome outcome) {
        if (outcome instanceof Outcome.Approved) {
            return "APPROVED";
        }
        if (outcome instanceof Outcome.NoAnswer) {
            return PENDING;
        }
        return outcome instanceof Outcome.Declined ? "DECLINED" : "FAILED";
    }

    private static Outcome outcome(String name, String reference, String reason) {
        return switch (name) {
            case "APPROVED" -> new Outcome.Approved(reference);
            case "DECLINED" -> new Outcome.Declined(reason);
            case "FAILED" -> new Outcome.Failed(reason);
            default -> throw new IllegalStateException("Unknown stored outcome " + name);
        };
    }

    private record Charge(String outcome, String testCard, long amountMinor, String currency) {}

    private record RefundState(String refundKey, int failedAttempts, String reference) {}
}
