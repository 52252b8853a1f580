package com.ticketorleaveit.payments.command;

import com.ticketorleaveit.payments.command.PaymentProvider.Outcome;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A stand-in provider whose answer is chosen by the test card token. Like a real provider it is idempotent by key:
 * the first decision is stored in {@code payments_simulated_charges} and returned for every repeat, so a retried
 * request never charges twice or changes its answer.
 */
@Component
@ConditionalOnProperty(name = "ticketing.payments.command.provider", havingValue = "simulated", matchIfMissing = true)
class SimulatedPaymentProvider implements PaymentProvider {

    static final String APPROVE = "tok_approve";
    static final String DECLINE = "tok_decline";
    static final String ERROR = "tok_error";
    static final String TIMEOUT = "tok_timeout";

    private final JdbcTemplate jdbc;

    SimulatedPaymentProvider(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public Outcome authorize(String idempotencyKey, long amountMinor, String currency, String paymentToken) {
        Outcome decision = decide(idempotencyKey, paymentToken);
        if (decision instanceof Outcome.NoAnswer) {
            // nothing was charged, so nothing is remembered: asking again simply gets no answer again
            return decision;
        }
        jdbc.update(
                """
                insert into payments_simulated_charges
                    (idempotency_key, outcome, reference, reason, amount_minor, currency, created_at)
                values (?, ?, ?, ?, ?, ?, now())
                on conflict (idempotency_key) do nothing
                """,
                idempotencyKey,
                outcomeName(decision),
                decision instanceof Outcome.Approved approved ? approved.reference() : null,
                decision instanceof Outcome.Declined declined
                        ? declined.reason()
                        : decision instanceof Outcome.Failed failed ? failed.reason() : null,
                amountMinor,
                currency);
        List<Outcome> stored = jdbc.query(
                "select outcome, reference, reason from payments_simulated_charges where idempotency_key = ?",
                (rs, row) -> outcome(rs.getString("outcome"), rs.getString("reference"), rs.getString("reason")),
                idempotencyKey);
        return stored.get(0);
    }

    /** The answer a test card token gets; an approval's reference is derived from the key, so it is stable. */
    static Outcome decide(String idempotencyKey, String paymentToken) {
        if (paymentToken == null) {
            return new Outcome.Declined("unknown test card");
        }
        return switch (paymentToken) {
            case APPROVE ->
                new Outcome.Approved("sim_"
                        + UUID.nameUUIDFromBytes(idempotencyKey.getBytes(StandardCharsets.UTF_8))
                                .toString()
                                .replace("-", ""));
            case DECLINE -> new Outcome.Declined("card declined");
            case ERROR -> new Outcome.Failed("provider error");
            case TIMEOUT -> new Outcome.NoAnswer();
            default -> new Outcome.Declined("unknown test card");
        };
    }

    private static String outcomeName(Outcome outcome) {
        if (outcome instanceof Outcome.Approved) {
            return "APPROVED";
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
}
