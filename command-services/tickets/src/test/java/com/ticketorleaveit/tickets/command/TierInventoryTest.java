package com.ticketorleaveit.tickets.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.ticketorleaveit.platform.refusal.Refusal;
import com.ticketorleaveit.tickets.api.OpenTierSales;
import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.RegisterTier;
import com.ticketorleaveit.tickets.api.RejectionReason;
import com.ticketorleaveit.tickets.api.ReleaseSeats;
import com.ticketorleaveit.tickets.api.ReserveSeats;
import com.ticketorleaveit.tickets.api.SeatReservationRejected;
import com.ticketorleaveit.tickets.api.SeatsReleased;
import com.ticketorleaveit.tickets.api.SeatsReserved;
import com.ticketorleaveit.tickets.api.SeatsSold;
import com.ticketorleaveit.tickets.api.SellSeats;
import com.ticketorleaveit.tickets.api.TicketErrors;
import com.ticketorleaveit.tickets.api.TierRegistered;
import com.ticketorleaveit.tickets.api.TierSalesOpened;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TierInventoryTest {

    private static final UUID TIER = UUID.randomUUID();
    private static final UUID EVENT = UUID.randomUUID();
    private static final long PRICE = 4_500;
    private static final int CAPACITY = 10;
    private static final int LIMIT = 4;

    private AggregateTestFixture<TierInventory> fixture;
    private InMemoryRegisteredTiers registeredTiers;

    /** The lookup table as a set. */
    static class InMemoryRegisteredTiers implements RegisteredTiers {

        private final Set<UUID> tiers = new HashSet<>();

        @Override
        public boolean register(UUID tierId, UUID eventId) {
            return tiers.add(tierId);
        }

        @Override
        public boolean exists(UUID tierId, UUID eventId) {
            return tiers.contains(tierId);
        }
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TierInventory.class);
        registeredTiers = new InMemoryRegisteredTiers();
        fixture.registerAnnotatedCommandHandler(new TierRegistration(registeredTiers, fixture.getRepository()));
    }

    static RegisterTier aTierOf(int capacity) {
        return new RegisterTier(TIER, EVENT, "Standing", PRICE, "EUR", capacity, LIMIT);
    }

    static TierRegistered registered(int capacity) {
        return new TierRegistered(TIER, EVENT, "Standing", PRICE, "EUR", capacity, LIMIT);
    }

    static TierSalesOpened onSale() {
        return new TierSalesOpened(TIER, EVENT);
    }

    static SeatsReserved reserved(OrderId order, int quantity, int remaining) {
        return new SeatsReserved(TIER, EVENT, order, quantity, PRICE, "EUR", remaining);
    }

    @Nested
    class RegisterTierCommand {

        @Test
        void registersATierClosedForSale() {
            fixture.givenNoPriorActivity().when(aTierOf(CAPACITY)).expectEvents(registered(CAPACITY));
            assertThat(registeredTiers.exists(TIER, EVENT)).isTrue();
        }

        @Test
        void registeringAgainChangesNothing() {
            registeredTiers.register(TIER, EVENT);

            fixture.given(registered(CAPACITY))
                    .when(aTierOf(CAPACITY))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class OpenTierSalesCommand {

        @Test
        void putsTheTierOnSale() {
            fixture.given(registered(CAPACITY)).when(new OpenTierSales(TIER)).expectEvents(onSale());
        }

        @Test
        void openingAnOpenTierChangesNothing() {
            fixture.given(registered(CAPACITY), onSale())
                    .when(new OpenTierSales(TIER))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class ReserveSeatsCommand {

        private final OrderId order = OrderId.random();

        @Test
        void holdsSeatsAndReportsWhatRemains() {
            fixture.given(registered(CAPACITY), onSale())
                    .when(new ReserveSeats(TIER, order, 3))
                    .expectEvents(reserved(order, 3, CAPACITY - 3));
        }

        @Test
        void holdsTheLastSeatsExactly() {
            OrderId first = OrderId.random();
            fixture.given(registered(5), onSale(), reserved(first, 3, 2))
                    .when(new ReserveSeats(TIER, order, 2))
                    .expectEvents(reserved(order, 2, 0));
        }

        @Test
        void rejectsReservationWhenSoldOut() {
            OrderId first = OrderId.random();
            fixture.given(registered(5), onSale(), reserved(first, 4, 1))
                    .when(new ReserveSeats(TIER, order, 2))
                    .expectEvents(new SeatReservationRejected(TIER, EVENT, order, 2, RejectionReason.SOLD_OUT));
        }

        @Test
        void rejectsReservationOverThePerOrderLimit() {
            fixture.given(registered(CAPACITY), onSale())
                    .when(new ReserveSeats(TIER, order, LIMIT + 1))
                    .expectEvents(new SeatReservationRejected(
                            TIER, EVENT, order, LIMIT + 1, RejectionReason.OVER_ORDER_LIMIT));
        }

        @Test
        void rejectsReservationBeforeSalesOpen() {
            fixture.given(registered(CAPACITY))
                    .when(new ReserveSeats(TIER, order, 1))
                    .expectEvents(new SeatReservationRejected(TIER, EVENT, order, 1, RejectionReason.SALES_NOT_OPEN));
        }

        @Test
        void repeatingAReservationThatHoldsSeatsChangesNothing() {
            fixture.given(registered(CAPACITY), onSale(), reserved(order, 3, CAPACITY - 3))
                    .when(new ReserveSeats(TIER, order, 3))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void repeatingAReservationWhoseSeatsWereSoldChangesNothing() {
            fixture.given(
                            registered(CAPACITY),
                            onSale(),
                            reserved(order, 3, CAPACITY - 3),
                            new SeatsSold(TIER, EVENT, order, 3))
                    .when(new ReserveSeats(TIER, order, 3))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void repeatingARejectedReservationChangesNothing() {
            fixture.given(
                            registered(CAPACITY),
                            new SeatReservationRejected(TIER, EVENT, order, 1, RejectionReason.SALES_NOT_OPEN),
                            onSale())
                    .when(new ReserveSeats(TIER, order, 1))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void doesNotHoldSeatsAgainForAnOrderWhoseSeatsWereReleased() {
            fixture.given(
                            registered(CAPACITY),
                            onSale(),
                            reserved(order, 3, CAPACITY - 3),
                            new SeatsReleased(TIER, EVENT, order, 3, CAPACITY))
                    .when(new ReserveSeats(TIER, order, 3))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void seatsReleasedByOneOrderCanBeHeldByAnother() {
            OrderId first = OrderId.random();
            fixture.given(registered(3), onSale(), reserved(first, 3, 0), new SeatsReleased(TIER, EVENT, first, 3, 3))
                    .when(new ReserveSeats(TIER, order, 3))
                    .expectEvents(reserved(order, 3, 0));
        }
    }

    @Nested
    class ReleaseSeatsCommand {

        private final OrderId order = OrderId.random();

        @Test
        void givesAnOrdersHeldSeatsBack() {
            fixture.given(registered(CAPACITY), onSale(), reserved(order, 3, CAPACITY - 3))
                    .when(new ReleaseSeats(TIER, order))
                    .expectEvents(new SeatsReleased(TIER, EVENT, order, 3, CAPACITY));
        }

        @Test
        void releasingTwiceChangesNothing() {
            fixture.given(
                            registered(CAPACITY),
                            onSale(),
                            reserved(order, 3, CAPACITY - 3),
                            new SeatsReleased(TIER, EVENT, order, 3, CAPACITY))
                    .when(new ReleaseSeats(TIER, order))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void doesNotReleaseSoldSeats() {
            fixture.given(
                            registered(CAPACITY),
                            onSale(),
                            reserved(order, 3, CAPACITY - 3),
                            new SeatsSold(TIER, EVENT, order, 3))
                    .when(new ReleaseSeats(TIER, order))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void ignoresAnOrderThatHoldsNothing() {
            fixture.given(registered(CAPACITY), onSale())
                    .when(new ReleaseSeats(TIER, order))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class SellSeatsCommand {

        private final OrderId order = OrderId.random();

        @Test
        void turnsHeldSeatsIntoSoldSeats() {
            fixture.given(registered(CAPACITY), onSale(), reserved(order, 3, CAPACITY - 3))
                    .when(new SellSeats(TIER, order))
                    .expectEvents(new SeatsSold(TIER, EVENT, order, 3));
        }

        @Test
        void sellingTwiceChangesNothing() {
            fixture.given(
                            registered(CAPACITY),
                            onSale(),
                            reserved(order, 3, CAPACITY - 3),
                            new SeatsSold(TIER, EVENT, order, 3))
                    .when(new SellSeats(TIER, order))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void refusesToSellReleasedSeats() {
            fixture.given(
                            registered(CAPACITY),
                            onSale(),
                            reserved(order, 3, CAPACITY - 3),
                            new SeatsReleased(TIER, EVENT, order, 3, CAPACITY))
                    .when(new SellSeats(TIER, order))
                    .expectNoEvents()
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Refusal.Category.CONFLICT, TicketErrors.SEATS_NOT_HELD));
        }

        @Test
        void refusesToSellSeatsTheOrderNeverHeld() {
            fixture.given(registered(CAPACITY), onSale())
                    .when(new SellSeats(TIER, order))
                    .expectNoEvents()
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Refusal.Category.CONFLICT, TicketErrors.SEATS_NOT_HELD));
        }

        @Test
        void soldSeatsStayTakenForLaterOrders() {
            OrderId later = OrderId.random();
            fixture.given(registered(3), onSale(), reserved(order, 3, 0), new SeatsSold(TIER, EVENT, order, 3))
                    .when(new ReserveSeats(TIER, later, 1))
                    .expectEvents(new SeatReservationRejected(TIER, EVENT, later, 1, RejectionReason.SOLD_OUT));
        }
    }

    @Nested
    class Snapshot {

        @Test
        void stateSurvivesAJsonRoundTrip() {
            OrderId holding = OrderId.random();
            OrderId bought = OrderId.random();
            OrderId refused = OrderId.random();
            OrderId given = OrderId.random();
            ObjectMapper json = new ObjectMapper();

            fixture.given(
                            registered(CAPACITY),
                            onSale(),
                            reserved(holding, 2, 8),
                            reserved(bought, 3, 5),
                            new SeatsSold(TIER, EVENT, bought, 3),
                            new SeatReservationRejected(TIER, EVENT, refused, 9, RejectionReason.OVER_ORDER_LIMIT),
                            reserved(given, 1, 4),
                            new SeatsReleased(TIER, EVENT, given, 1, 5))
                    .when(new ReserveSeats(TIER, OrderId.random(), 1))
                    .expectState(inventory -> {
                        try {
                            String snapshot = json.writeValueAsString(inventory);
                            TierInventory restored = json.readValue(snapshot, TierInventory.class);
                            assertThat(restored).usingRecursiveComparison().isEqualTo(inventory);
                        } catch (Exception e) {
                            throw new AssertionError(e);
                        }
                    });
        }

        @Test
        void snapshotsOfAnotherRevisionAreSkippedSoTheTierIsRebuiltFromItsEvents() {
            SerializedType written = JacksonSerializer.defaultSerializer().typeForClass(TierInventory.class);
            // the aggregate as Spring's @Aggregate registers it: Axon's default configurer, no snapshot filter of ours
            SnapshotFilter filter = DefaultConfigurer.defaultConfiguration()
                    .configureAggregate(TierInventory.class)
                    .buildConfiguration()
                    .snapshotFilter();

            assertThat(written.getRevision()).isEqualTo("1");
            assertThat(filter.allow(snapshot(written.getName(), written.getRevision())))
                    .isTrue();
            assertThat(filter.allow(snapshot(written.getName(), null))).isFalse();
            assertThat(filter.allow(snapshot(written.getName(), "0"))).isFalse();
        }

        private static DomainEventData<byte[]> snapshot(String payloadType, String revision) {
            return new GenericDomainEventEntry<>(
                    TierInventory.class.getSimpleName(),
                    TIER.toString(),
                    100,
                    UUID.randomUUID().toString(),
                    Instant.now(),
                    payloadType,
                    revision,
                    new byte[0],
                    new byte[0]);
        }
    }
}
