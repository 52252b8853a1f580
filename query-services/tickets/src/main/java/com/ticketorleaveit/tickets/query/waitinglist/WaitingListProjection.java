package com.ticketorleaveit.tickets.query.waitinglist;

import com.ticketorleaveit.tickets.api.WaitingListEnded;
import com.ticketorleaveit.tickets.api.WaitingListJoined;
import com.ticketorleaveit.tickets.api.WaitingListLeft;
import com.ticketorleaveit.tickets.api.WaitingListOfferDeclined;
import com.ticketorleaveit.tickets.api.WaitingListOfferExpired;
import com.ticketorleaveit.tickets.api.WaitingListOfferMade;
import com.ticketorleaveit.tickets.api.WaitingListOfferTaken;
import com.ticketorleaveit.tickets.api.WaitingListStatus;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code tickets_waiting_list}: one row per entry, moved along by its tier's events. An entry only ever moves
 * forward (waiting, offered, then one end), so each handler changes a row only from the status it follows: a
 * redelivered event changes nothing.
 */
@Component
@ProcessingGroup(WaitingListProjection.GROUP)
class WaitingListProjection {

    static final String GROUP = "tickets-waiting-list";

    private final JdbcTemplate jdbc;

    WaitingListProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(WaitingListJoined event, @org.axonframework.eventhandling.Timestamp Instant joinedAt) {
        jdbc.update(
                """
                insert into tickets_waiting_list (entry_id, tier_id, event_id, customer_id, number, status, joined_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (entry_id) do nothing""",
                event.entryId(),
                event.tierId(),
                event.eventId(),
                event.customerId(),
                event.number(),
                WaitingListStatus.WAITING.name(),
                Timestamp.from(joinedAt));
    }

    @EventHandler
    void on(WaitingListLeft event) {
        move(event.entryId(), WaitingListStatus.WAITING, WaitingListStatus.LEFT);
    }

    @EventHandler
    void on(WaitingListOfferMade event) {
        jdbc.update(
                "update tickets_waiting_list set status = ?, offer_id = ?, offer_expires_at = ?"
                        + " where entry_id = ? and status = ?",
                WaitingListStatus.OFFERED.name(),
                event.offerId(),
                Timestamp.from(event.expiresAt()),
                event.entryId(),
                WaitingListStatus.WAITING.name());
    }

    @EventHandler
    void on(WaitingListOfferTaken event) {
        jdbc.update(
                "update tickets_waiting_list set status = ?, order_id = ? where entry_id = ? and status = ?",
                WaitingListStatus.PURCHASED.name(),
                event.orderId().value(),
                event.entryId(),
                WaitingListStatus.OFFERED.name());
    }

    @EventHandler
    void on(WaitingListOfferExpired event) {
        move(event.entryId(), WaitingListStatus.OFFERED, WaitingListStatus.EXPIRED);
    }

    @EventHandler
    void on(WaitingListOfferDeclined event) {
        move(event.entryId(), WaitingListStatus.OFFERED, WaitingListStatus.LEFT);
    }

    @EventHandler
    void on(WaitingListEnded event) {
        jdbc.update(
                "update tickets_waiting_list set status = ? where tier_id = ? and status in (?, ?)",
                WaitingListStatus.ENDED.name(),
                event.tierId(),
                WaitingListStatus.WAITING.name(),
                WaitingListStatus.OFFERED.name());
    }

    private void move(UUID entryId, WaitingListStatus from, WaitingListStatus to) {
        jdbc.update(
                "update tickets_waiting_list set status = ? where entry_id = ? and status = ?",
                to.name(),
                entryId,
                from.name());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from tickets_waiting_list");
    }
}
