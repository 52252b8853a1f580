package com.ticketorleaveit.tickets.query.waitinglist;

import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.WaitingListEnded;
import com.ticketorleaveit.tickets.api.WaitingListOfferExpired;
import com.ticketorleaveit.tickets.api.WaitingListOfferMade;
import com.ticketorleaveit.tickets.api.WaitingListOfferTaken;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** An entry only moves forward: each event changes a row only from the status it follows, so a redelivery is harmless. */
class WaitingListProjectionTest {

    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final WaitingListProjection projection = new WaitingListProjection(jdbc);
    private final UUID tier = UUID.randomUUID();
    private final UUID event = UUID.randomUUID();
    private final UUID entry = UUID.randomUUID();
    private final UUID offer = UUID.randomUUID();
    private final UUID customer = UUID.randomUUID();

    @Test
    void anOfferIsShownOnlyOnAnEntryStillWaiting() {
        Instant expiresAt = Instant.parse("2030-05-10T12:15:00Z");

        projection.on(new WaitingListOfferMade(
                tier, event, offer, entry, customer, "anna@example.test", "Standing", 4500, "EUR", expiresAt, 0));

        verify(jdbc)
                .update(
                        contains("where entry_id = ? and status = ?"),
                        eq("OFFERED"),
                        eq(offer),
                        eq(Timestamp.from(expiresAt)),
                        eq(entry),
                        eq("WAITING"));
    }

    @Test
    void anOfferEndsOnlyWhileItIsOpen() {
        OrderId order = OrderId.random();

        projection.on(new WaitingListOfferTaken(tier, event, offer, entry, customer, order));
        projection.on(new WaitingListOfferExpired(tier, event, offer, entry, customer, 1));

        verify(jdbc)
                .update(
                        contains("where entry_id = ? and status = ?"),
                        eq("PURCHASED"),
                        eq(order.value()),
                        eq(entry),
                        eq("OFFERED"));
        verify(jdbc).update(contains("where entry_id = ? and status = ?"), eq("EXPIRED"), eq(entry), eq("OFFERED"));
    }

    @Test
    void theEndOfSalesEndsOnlyTheEntriesStillWaitingOrOffered() {
        projection.on(new WaitingListEnded(tier, event, 0));

        verify(jdbc)
                .update(
                        contains("where tier_id = ? and status in (?, ?)"),
                        eq("ENDED"),
                        eq(tier),
                        eq("WAITING"),
                        eq("OFFERED"));
    }
}
