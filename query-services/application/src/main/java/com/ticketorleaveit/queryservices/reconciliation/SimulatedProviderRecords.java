package com.ticketorleaveit.queryservices.reconciliation;

import com.ticketorleaveit.platform.eventstore.EventStoreProperties;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The simulated provider's records, read from the tables it keeps its memory in ({@code payments_simulated_charges},
 * {@code payments_simulated_refunds}), which command-services migrates into its own schema: the schema the event store
 * lives in, so they are read under the same setting ({@code ticketing.platform.event-store.schema}). They stand for
 * the reporting API a real provider offers; nothing here writes to them.
 *
 * <p>The simulated provider keeps when a charge was first asked for, not when it was decided: a charge approved late
 * ({@code tok_approve_late}, {@code tok_webhook}) is reported with the time it was asked for. Its approval and our
 * recording of it follow each other within a moment (the status check that approves it records the answer), so a
 * report asked exactly then may count it once as a charge without a confirmed order.
 */
@Component
@ConditionalOnProperty(name = "ticketing.payments.query.provider", havingValue = "simulated", matchIfMissing = true)
class SimulatedProviderRecords implements ProviderRecords {

    private final JdbcTemplate jdbc;
    private final String charges;
    private final String refunds;

    SimulatedProviderRecords(JdbcTemplate jdbc, EventStoreProperties commandServicesSchema) {
        this.jdbc = jdbc;
        this.charges = qualified(commandServicesSchema.schema(), "payments_simulated_charges");
        this.refunds = qualified(commandServicesSchema.schema(), "payments_simulated_refunds");
    }

    @Override
    public List<Charge> approvedCharges(Instant from, Instant until) {
        return jdbc.query(
                """
                select c.idempotency_key, c.amount_minor, c.currency, c.created_at,
                       r.reference is not null as refunded
                  from %s c
                  left join %s r on r.idempotency_key = c.idempotency_key
                 where c.outcome = 'APPROVED' and c.created_at >= ? and c.created_at < ?
                """.formatted(charges, refunds),
                (rs, row) -> new Charge(
                        rs.getString("idempotency_key"),
                        rs.getLong("amount_minor"),
                        rs.getString("currency"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getBoolean("refunded")),
                Timestamp.from(from),
                Timestamp.from(until));
    }

    private static String qualified(String schema, String table) {
        return schema.isBlank() ? table : schema + "." + table;
    }
}
