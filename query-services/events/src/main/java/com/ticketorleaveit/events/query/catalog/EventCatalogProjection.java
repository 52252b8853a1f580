package com.ticketorleaveit.events.query.catalog;

import com.ticketorleaveit.events.api.EventCancelled;
import com.ticketorleaveit.events.api.EventCreated;
import com.ticketorleaveit.events.api.EventPublished;
import com.ticketorleaveit.events.api.Tier;
import com.ticketorleaveit.tickets.api.SeatsReleased;
import com.ticketorleaveit.tickets.api.SeatsReserved;
import com.ticketorleaveit.tickets.api.SeatsReturned;
import com.ticketorleaveit.tickets.api.TierSalesCancelled;
import com.ticketorleaveit.tickets.api.TierSalesOpened;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code events_catalog} and {@code events_tiers}. Every handler sets absolute values, so handling an event
 * twice, or replaying them all, ends in the same rows.
 */
@Component
@ProcessingGroup(EventCatalogProjection.GROUP)
class EventCatalogProjection {

    static final String GROUP = "events-catalog";

    private final JdbcTemplate jdbc;

    EventCatalogProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(EventCreated event) {
        jdbc.update(
                """
                insert into events_catalog (event_id, organizer_user_id, name, type, description, tags,
                    venue_name, venue_address, venue_city, starts_at, starts_at_offset, ends_at, ends_at_offset,
                    vendor_ids, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::uuid[], 'DRAFT')
                on conflict (event_id) do nothing""",
                event.eventId().value(),
                event.organizerUserId(),
                event.name(),
                event.type().name(),
                event.description(),
                event.tags().toArray(String[]::new),
                event.venue().name(),
                event.venue().address(),
                event.venue().city(),
                event.startsAt(),
                event.startsAt().getOffset().getTotalSeconds(),
                event.endsAt(),
                event.endsAt().getOffset().getTotalSeconds(),
                event.vendorIds().stream().map(UUID::toString).toArray(String[]::new));
        List<Object[]> tiers = new ArrayList<>();
        for (int position = 0; position < event.tiers().size(); position++) {
            Tier tier = event.tiers().get(position);
            tiers.add(new Object[] {
                tier.tierId().value(),
                event.eventId().value(),
                position,
                tier.name(),
                tier.priceMinor(),
                tier.currency(),
                tier.capacity(),
                tier.perOrderLimit(),
                tier.capacity()
            });
        }
        jdbc.batchUpdate("""
                insert into events_tiers (tier_id, event_id, position, name, price_minor, currency, capacity,
                    per_order_limit, remaining, on_sale)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, false)
                on conflict (tier_id) do nothing""", tiers);
    }

    /** Only a draft is published: a publication seen again never takes a cancelled event back. */
    @EventHandler
    void on(EventPublished event) {
        jdbc.update("""
                update events_catalog set status = 'PUBLISHED', published = true
                where event_id = ? and status = 'DRAFT'""", event.eventId().value());
    }

    /**
     * The first cancellation stands. The event's tiers stop showing as on sale at once, before each tier's own
     * {@link TierSalesCancelled} arrives.
     */
    @EventHandler
    void on(EventCancelled event) {
        jdbc.update("""
                update events_catalog set status = 'CANCELLED', cancelled_at = ?
                where event_id = ? and status <> 'CANCELLED'""", Timestamp.from(event.cancelledAt()), event.eventId().value());
        jdbc.update(
                "update events_tiers set on_sale = false where event_id = ?",
                event.eventId().value());
    }

    /**
     * A tier of a cancelled event never shows as on sale, even when its sales opened after the event's cancellation
     * was recorded (the two are decided apart) and before its own {@link TierSalesCancelled}.
     */
    @EventHandler
    void on(TierSalesOpened event) {
        jdbc.update("""
                update events_tiers set on_sale = true
                where tier_id = ?
                    and not exists (select 1 from events_catalog where event_id = ? and status = 'CANCELLED')""", event.tierId(), event.eventId());
    }

    @EventHandler
    void on(TierSalesCancelled event) {
        jdbc.update("update events_tiers set on_sale = false where tier_id = ?", event.tierId());
    }

    @EventHandler
    void on(SeatsReserved event) {
        jdbc.update("update events_tiers set remaining = ? where tier_id = ?", event.remaining(), event.tierId());
    }

    @EventHandler
    void on(SeatsReleased event) {
        jdbc.update("update events_tiers set remaining = ? where tier_id = ?", event.remaining(), event.tierId());
    }

    /** A cancelled order's seats are on sale again. */
    @EventHandler
    void on(SeatsReturned event) {
        jdbc.update("update events_tiers set remaining = ? where tier_id = ?", event.remaining(), event.tierId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from events_tiers");
        jdbc.update("delete from events_catalog");
    }
}
