package com.ticketorleaveit.saga.eventsales;

import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.events.api.EventCancelled;
import com.ticketorleaveit.events.api.EventCreated;
import com.ticketorleaveit.events.api.EventId;
import com.ticketorleaveit.events.api.EventPublished;
import com.ticketorleaveit.events.api.EventRescheduled;
import com.ticketorleaveit.events.api.EventSalesClosed;
import com.ticketorleaveit.events.api.EventType;
import com.ticketorleaveit.events.api.SalesClosure;
import com.ticketorleaveit.events.api.Tier;
import com.ticketorleaveit.events.api.TierAdded;
import com.ticketorleaveit.events.api.TierChanged;
import com.ticketorleaveit.events.api.TierId;
import com.ticketorleaveit.events.api.TierSalesWindowChanged;
import com.ticketorleaveit.events.api.Venue;
import com.ticketorleaveit.saga.RecordingCommandGateway;
import com.ticketorleaveit.tickets.api.CancelTierOrders;
import com.ticketorleaveit.tickets.api.CancelTierSales;
import com.ticketorleaveit.tickets.api.CloseTierSales;
import com.ticketorleaveit.tickets.api.OpenEventDoor;
import com.ticketorleaveit.tickets.api.OpenTierSales;
import com.ticketorleaveit.tickets.api.RegisterTier;
import com.ticketorleaveit.tickets.api.ReviseTier;
import com.ticketorleaveit.tickets.api.ScheduleTier;
import com.ticketorleaveit.tickets.api.ScheduleTierSales;
import com.ticketorleaveit.tickets.api.TierOrdersCancelled;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventSalesPolicyTest {

    private static final EventId EVENT = EventId.random();
    private static final Tier STANDING = new Tier(TierId.random(), "Standing", 2500, "EUR", 500, 6);
    private static final Tier BALCONY = new Tier(TierId.random(), "Balcony", 4000, "EUR", 100, 4);

    private final RecordingCommandGateway commands = new RecordingCommandGateway();
    private final EventSalesPolicy policy = new EventSalesPolicy(commands);

    private static final OffsetDateTime STARTS_AT = OffsetDateTime.parse("2030-06-01T20:00:00+02:00");

    private static final UUID ORGANIZER = UUID.randomUUID();

    private static EventCreated aConcertWith(Tier... tiers) {
        var startsAt = STARTS_AT;
        return new EventCreated(
                EVENT,
                ORGANIZER,
                "Summer Night",
                EventType.CONCERT,
                "Open air.",
                List.of("rock"),
                new Venue("Park Stage", "Parkweg 1", "Utrecht"),
                startsAt,
                startsAt.plusHours(3),
                List.of(),
                List.of(tiers));
    }

    @Test
    void opensTheEventsDoorForItsOrganizerAndRegistersEveryTierWithItsStartTime() {
        policy.on(aConcertWith(STANDING, BALCONY));

        assertThat(commands.sent())
                .containsExactly(
                        new OpenEventDoor(EVENT.value(), ORGANIZER),
                        new RegisterTier(STANDING.tierId().value(), EVENT.value(), "Standing", 2500, "EUR", 500, 6),
                        new ScheduleTier(STANDING.tierId().value(), Instant.parse("2030-06-01T18:00:00Z")),
                        new RegisterTier(BALCONY.tierId().value(), EVENT.value(), "Balcony", 4000, "EUR", 100, 4),
                        new ScheduleTier(BALCONY.tierId().value(), Instant.parse("2030-06-01T18:00:00Z")));
    }

    @Test
    void closesEveryTierThenCancelsItsConfirmedOrdersPageByPageWhenTheEventIsCancelled() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        var tiers = new RecordingCommandGateway(command -> {
            if (command instanceof CancelTierOrders page
                    && page.tierId().equals(STANDING.tierId().value())) {
                // a full page, then the rest
                return page.after() == null
                        ? new TierOrdersCancelled(EventSalesPolicy.CANCELLATION_PAGE, first, true)
                        : new TierOrdersCancelled(3, second, false);
            }
            return command instanceof CancelTierOrders ? new TierOrdersCancelled(0, null, false) : null;
        });
        var cancelling = new EventSalesPolicy(tiers);

        cancelling.on(new EventCancelled(
                EVENT, List.of(STANDING.tierId(), BALCONY.tierId()), UUID.randomUUID(), Instant.now()));

        int page = EventSalesPolicy.CANCELLATION_PAGE;
        assertThat(tiers.sent())
                .containsExactly(
                        new CancelTierSales(STANDING.tierId().value()),
                        new CancelTierSales(BALCONY.tierId().value()),
                        new CancelTierOrders(STANDING.tierId().value(), null, page),
                        new CancelTierOrders(STANDING.tierId().value(), first, page),
                        new CancelTierOrders(BALCONY.tierId().value(), null, page));
    }

    @Test
    void opensSalesOfEveryTierWhenTheEventIsPublished() {
        policy.on(new EventPublished(EVENT, List.of(STANDING.tierId(), BALCONY.tierId())));

        assertThat(commands.sent())
                .containsExactly(
                        new OpenTierSales(STANDING.tierId().value()),
                        new OpenTierSales(BALCONY.tierId().value()));
    }

    @Test
    void registersATierAddedToADraftWithTheEventsStart() {
        policy.on(new TierAdded(EVENT, BALCONY, STARTS_AT));

        assertThat(commands.sent())
                .containsExactly(
                        new RegisterTier(BALCONY.tierId().value(), EVENT.value(), "Balcony", 4000, "EUR", 100, 4),
                        new ScheduleTier(BALCONY.tierId().value(), Instant.parse("2030-06-01T18:00:00Z")));
    }

    @Test
    void revisesADraftsChangedTier() {
        policy.on(new TierChanged(EVENT, new Tier(STANDING.tierId(), "Pit", 3000, "EUR", 400, 4)));

        assertThat(commands.sent())
                .containsExactly(new ReviseTier(STANDING.tierId().value(), "Pit", 3000, "EUR", 400, 4));
    }

    @Test
    void tellsATierItsSaleWindow() {
        Instant opens = Instant.parse("2030-05-01T10:00:00Z");

        policy.on(new TierSalesWindowChanged(EVENT, STANDING.tierId(), opens, null));

        assertThat(commands.sent())
                .containsExactly(new ScheduleTierSales(STANDING.tierId().value(), opens, null));
    }

    @Test
    void tellsEveryTierTheNewStartWhenTheEventMoves() {
        policy.on(new EventRescheduled(
                EVENT,
                STARTS_AT.plusDays(7),
                STARTS_AT.plusDays(7).plusHours(3),
                List.of(STANDING.tierId(), BALCONY.tierId())));

        assertThat(commands.sent())
                .containsExactly(
                        new ScheduleTier(STANDING.tierId().value(), Instant.parse("2030-06-08T18:00:00Z")),
                        new ScheduleTier(BALCONY.tierId().value(), Instant.parse("2030-06-08T18:00:00Z")));
    }

    @Test
    void closesEveryTierWhenTheEventsSalesClose() {
        policy.on(new EventSalesClosed(
                EVENT,
                List.of(STANDING.tierId(), BALCONY.tierId()),
                SalesClosure.EVENT_STARTED,
                null,
                STARTS_AT.toInstant()));

        assertThat(commands.sent())
                .containsExactly(
                        new CloseTierSales(STANDING.tierId().value()),
                        new CloseTierSales(BALCONY.tierId().value()));
    }
}
