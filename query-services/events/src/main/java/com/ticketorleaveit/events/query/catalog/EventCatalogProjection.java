package com.ticketorleaveit.events.query.catalog;

import com.ticketorleaveit.events.api.EventCancelled;
import com.ticketorleaveit.events.api.EventCreated;
import com.ticketorleaveit.events.api.EventDetailsChanged;
import com.ticketorleaveit.events.api.EventPublished;
import com.ticketorleaveit.events.api.EventRescheduled;
import com.ticketorleaveit.events.api.EventSalesClosed;
import com.ticketorleaveit.events.api.Tier;
import com.ticketorleaveit.events.api.TierAdded;
import com.ticketorleaveit.events.api.TierChanged;
import com.ticketorleaveit.events.api.TierSalesWindowChanged;
import com.ticketorleaveit.events.api.VendorBooked;
import com.ticketorleaveit.events.api.VendorUnbooked;
import com.ticketorleaveit.tickets.api.SeatsReleased;
import com.ticketorleaveit.tickets.api.SeatsReserved;
import com.ticketorleaveit.tickets.api.SeatsReturned;
import com.ticketorleaveit.tickets.api.TierCapacityChanged;
import com.ticketorleaveit.tickets.api.TierSalesCancelled;
import com.ticketorleaveit.tickets.api.TierSalesClosed;
import com.ticketorleaveit.tickets.api.TierSalesOpened;
import com.ticketorleaveit.tickets.api.WaitingListEnded;
import com.ticketorleaveit.tickets.api.WaitingListOfferDeclined;
import com.ticketorleaveit.tickets.api.WaitingListOfferExpired;
import com.ticketorleaveit.tickets.api.WaitingListOfferMade;
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
     * A tier of a cancelled event, or of one whose sales closed, never shows as on sale, even when its sales opened
     * after the event's cancellation or closure was recorded (the two are decided apart) and before the tier's own.
     */
    @EventHandler
    void on(TierSalesOpened event) {
        jdbc.update("""
                update events_tiers set on_sale = true
                where tier_id = ?
                    and not exists (select 1 from events_catalog where event_id = ?
                        and (status = 'CANCELLED' or sales_closed_at is not null))""", event.tierId(), event.eventId());
    }

    /** Every field, changed or not, so the row (and its generated search words) is what the event says. */
    @EventHandler
    void on(EventDetailsChanged event) {
        jdbc.update(
                """
                update events_catalog set name = ?, type = ?, description = ?, tags = ?, venue_name = ?,
                    venue_address = ?, venue_city = ?, image_urls = ?
                where event_id = ?""",
                event.name(),
                event.type().name(),
                event.description(),
                event.tags().toArray(String[]::new),
                event.venue().name(),
                event.venue().address(),
                event.venue().city(),
                event.imageUrls().toArray(String[]::new),
                event.eventId().value());
    }

    @EventHandler
    void on(EventRescheduled event) {
        jdbc.update(
                """
                update events_catalog set starts_at = ?, starts_at_offset = ?, ends_at = ?, ends_at_offset = ?
                where event_id = ?""",
                event.startsAt(),
                event.startsAt().getOffset().getTotalSeconds(),
                event.endsAt(),
                event.endsAt().getOffset().getTotalSeconds(),
                event.eventId().value());
    }

    /** Added once, however often it is seen. */
    @EventHandler
    void on(VendorBooked event) {
        jdbc.update("""
                update events_catalog set vendor_ids = array_append(vendor_ids, ?)
                where event_id = ? and not (? = any(vendor_ids))""", event.vendorId(), event.eventId().value(), event.vendorId());
    }

    @EventHandler
    void on(VendorUnbooked event) {
        jdbc.update(
                "update events_catalog set vendor_ids = array_remove(vendor_ids, ?) where event_id = ?",
                event.vendorId(),
                event.eventId().value());
    }

    /** A draft's new tier comes last; nothing of it is sold. */
    @EventHandler
    void on(TierAdded event) {
        Tier tier = event.tier();
        jdbc.update(
                """
                insert into events_tiers (tier_id, event_id, position, name, price_minor, currency, capacity,
                    per_order_limit, remaining, on_sale)
                select ?, ?, coalesce(max(position) + 1, 0), ?, ?, ?, ?, ?, ?, false
                from events_tiers where event_id = ?
                on conflict (tier_id) do nothing""",
                tier.tierId().value(),
                event.eventId().value(),
                tier.name(),
                tier.priceMinor(),
                tier.currency(),
                tier.capacity(),
                tier.perOrderLimit(),
                tier.capacity(),
                event.eventId().value());
    }

    /** A draft's tier: nothing of it is sold, so all its seats remain. */
    @EventHandler
    void on(TierChanged event) {
        Tier tier = event.tier();
        jdbc.update(
                """
                update events_tiers set name = ?, price_minor = ?, currency = ?, capacity = ?, per_order_limit = ?,
                    remaining = ?
                where tier_id = ?""",
                tier.name(),
                tier.priceMinor(),
                tier.currency(),
                tier.capacity(),
                tier.perOrderLimit(),
                tier.capacity(),
                tier.tierId().value());
    }

    @EventHandler
    void on(TierSalesWindowChanged event) {
        jdbc.update(
                "update events_tiers set sales_start_at = ?, sales_end_at = ? where tier_id = ?",
                timestamp(event.salesStartAt()),
                timestamp(event.salesEndAt()),
                event.tierId().value());
    }

    private static Timestamp timestamp(java.time.Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** The tier's inventory says how many seats it has and how many of them remain. */
    @EventHandler
    void on(TierCapacityChanged event) {
        jdbc.update(
                "update events_tiers set capacity = ?, remaining = ? where tier_id = ?",
                event.capacity(),
                event.remaining(),
                event.tierId());
    }

    /**
     * The first closure stands. The event's tiers stop showing as on sale at once, before each tier's own
     * {@link TierSalesClosed} arrives.
     */
    @EventHandler
    void on(EventSalesClosed event) {
        jdbc.update(
                "update events_catalog set sales_closed_at = ? where event_id = ? and sales_closed_at is null",
                Timestamp.from(event.closedAt()),
                event.eventId().value());
        jdbc.update(
                "update events_tiers set on_sale = false where event_id = ?",
                event.eventId().value());
    }

    @EventHandler
    void on(TierSalesClosed event) {
        jdbc.update("update events_tiers set on_sale = false where tier_id = ?", event.tierId());
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

    /** A seat that came back is held for a customer of the waiting list: not on sale. */
    @EventHandler
    void on(WaitingListOfferMade event) {
        jdbc.update("update events_tiers set remaining = ? where tier_id = ?", event.remaining(), event.tierId());
    }

    /** An offer ran out; its seat is on sale unless the next event offers it to the next customer waiting. */
    @EventHandler
    void on(WaitingListOfferExpired event) {
        jdbc.update("update events_tiers set remaining = ? where tier_id = ?", event.remaining(), event.tierId());
    }

    @EventHandler
    void on(WaitingListOfferDeclined event) {
        jdbc.update("update events_tiers set remaining = ? where tier_id = ?", event.remaining(), event.tierId());
    }

    @EventHandler
    void on(WaitingListEnded event) {
        jdbc.update("update events_tiers set remaining = ? where tier_id = ?", event.remaining(), event.tierId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from events_tiers");
        jdbc.update("delete from events_catalog");
    }
}
