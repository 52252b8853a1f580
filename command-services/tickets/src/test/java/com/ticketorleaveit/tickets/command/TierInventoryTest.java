package com.ticketorleaveit.tickets.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.ticketorleaveit.platform.refusal.Refusal;
import com.ticketorleaveit.tickets.api.CancelTierSales;
import com.ticketorleaveit.tickets.api.ChangeTierCapacity;
import com.ticketorleaveit.tickets.api.CloseTierSales;
import com.ticketorleaveit.tickets.api.OpenTierSales;
import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.RegisterTier;
import com.ticketorleaveit.tickets.api.ReviseTier;
import com.ticketorleaveit.tickets.api.ScheduleTier;
import com.ticketorleaveit.tickets.api.ScheduleTierSales;
import com.ticketorleaveit.tickets.api.SeatsReleased;
import com.ticketorleaveit.tickets.api.SeatsReserved;
import com.ticketorleaveit.tickets.api.SeatsReturned;
import com.ticketorleaveit.tickets.api.SeatsSold;
import com.ticketorleaveit.tickets.api.TicketErrors;
import com.ticketorleaveit.tickets.api.TierCapacityChanged;
import com.ticketorleaveit.tickets.api.TierRegistered;
import com.ticketorleaveit.tickets.api.TierRevised;
import com.ticketorleaveit.tickets.api.TierSalesCancelled;
import com.ticketorleaveit.tickets.api.TierSalesClosed;
import com.ticketorleaveit.tickets.api.TierSalesOpened;
import com.ticketorleaveit.tickets.api.TierSalesWindowScheduled;
import com.ticketorleaveit.tickets.api.TierScheduled;
import com.ticketorleaveit.tickets.command.checkin.TicketSigner;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.modelling.command.Repository;
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
        private final Set<UUID> events = new HashSet<>();

        @Override
        public boolean register(UUID tierId, UUID eventId) {
            events.add(eventId);
            return tiers.add(tierId);
        }

        @Override
        public boolean exists(UUID tierId, UUID eventId) {
            return tiers.contains(tierId);
        }

        @Override
        public boolean knowsEvent(UUID eventId) {
            return events.contains(eventId);
        }
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TierInventory.class);
        registeredTiers = new InMemoryRegisteredTiers();
        fixture.registerAnnotatedCommandHandler(new TierRegistration(registeredTiers, fixture.getRepository()));
        // capacity changes go through the box office, under the lock of the tier's reservations; no order takes part
        TicketsCommandProperties properties = new TicketsCommandProperties(
                Duration.ofHours(48),
                new TicketsCommandProperties.Admission(10, Duration.ofSeconds(30)),
                new TicketsCommandProperties.WaitingList(Duration.ofMinutes(15)));
        @SuppressWarnings("unchecked")
        Repository<Order> noOrders = mock(Repository.class);
        fixture.registerAnnotatedCommandHandler(new BoxOffice(
                noOrders,
                fixture.getRepository(),
                new SoldOutTiers(),
                new PurchaseAdmission(properties),
                new BoxOfficeTest.InMemoryTierOrders(),
                new BoxOfficeTest.InMemoryIssuedTickets(),
                new TicketSigner(new InMemoryCheckInKeys()),
                properties));
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
    class CancelTierSalesCommand {

        @Test
        void stopsTheTierSellingForGood() {
            fixture.given(registered(CAPACITY), onSale())
                    .when(new CancelTierSales(TIER))
                    .expectEvents(new TierSalesCancelled(TIER, EVENT));
        }

        @Test
        void cancellingTwiceChangesNothing() {
            fixture.given(registered(CAPACITY), onSale(), new TierSalesCancelled(TIER, EVENT))
                    .when(new CancelTierSales(TIER))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aCancelledTierIsNeverOpenedAgain() {
            fixture.given(registered(CAPACITY), new TierSalesCancelled(TIER, EVENT))
                    .when(new OpenTierSales(TIER))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class ScheduleTierCommand {

        private final Instant startsAt = Instant.parse("2030-06-01T18:00:00Z");

        @Test
        void learnsWhenItsEventStarts() {
            fixture.given(registered(CAPACITY))
                    .when(new ScheduleTier(TIER, startsAt))
                    .expectEvents(new TierScheduled(TIER, EVENT, startsAt))
                    .expectState(
                            inventory -> assertThat(inventory.eventStartsAt()).contains(startsAt));
        }

        @Test
        void theSameTimeAgainChangesNothing() {
            fixture.given(registered(CAPACITY), new TierScheduled(TIER, EVENT, startsAt))
                    .when(new ScheduleTier(TIER, startsAt))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aNewTimeReplacesTheOldOne() {
            Instant later = startsAt.plusSeconds(3600);

            fixture.given(registered(CAPACITY), new TierScheduled(TIER, EVENT, startsAt))
                    .when(new ScheduleTier(TIER, later))
                    .expectEvents(new TierScheduled(TIER, EVENT, later));
        }
    }

    @Nested
    class Snapshot {

        @Test
        void stateSurvivesAJsonRoundTrip() {
            ObjectMapper json = JsonMapper.builder().findAndAddModules().build();

            fixture.given(
                            registered(CAPACITY),
                            new TierScheduled(TIER, EVENT, Instant.parse("2030-06-01T18:00:00Z")),
                            onSale(),
                            reserved(OrderId.random(), 2, 8),
                            reserved(OrderId.random(), 3, 5),
                            new SeatsSold(TIER, EVENT, OrderId.random(), 3),
                            reserved(OrderId.random(), 1, 4),
                            new SeatsReleased(TIER, EVENT, OrderId.random(), 1, 5),
                            new SeatsReturned(TIER, EVENT, OrderId.random(), 1, 6))
                    .when(new OpenTierSales(TIER))
                    .expectState(inventory -> {
                        try {
                            String snapshot = json.writeValueAsString(inventory);
                            TierInventory restored = json.readValue(snapshot, TierInventory.class);
                            assertThat(restored).usingRecursiveComparison().isEqualTo(inventory);
                            assertThat(snapshot).contains("\"held\":2").contains("\"sold\":2");
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

            assertThat(written.getRevision()).isEqualTo("5");
            assertThat(filter.allow(snapshot(written.getName(), written.getRevision())))
                    .isTrue();
            assertThat(filter.allow(snapshot(written.getName(), null))).isFalse();
            assertThat(filter.allow(snapshot(written.getName(), "4"))).isFalse();
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

    @Nested
    class ChangeTierCapacityCommand {

        private final OrderId held = OrderId.random();
        private final OrderId sold = OrderId.random();

        @Test
        void growsAnyTime() {
            fixture.given(registered(CAPACITY), onSale(), reserved(held, 4, 6))
                    .when(new ChangeTierCapacity(TIER, 25))
                    .expectEvents(new TierCapacityChanged(TIER, EVENT, 25, 21));
        }

        @Test
        void shrinksDownToTheSeatsSoldAndHeld() {
            fixture.given(
                            registered(CAPACITY),
                            onSale(),
                            reserved(held, 3, 7),
                            reserved(sold, 2, 5),
                            new SeatsSold(TIER, EVENT, sold, 2))
                    .when(new ChangeTierCapacity(TIER, 5))
                    .expectEvents(new TierCapacityChanged(TIER, EVENT, 5, 0));
        }

        @Test
        void refusesToShrinkBelowTheSeatsSoldAndHeld() {
            fixture.given(
                            registered(CAPACITY),
                            onSale(),
                            reserved(held, 3, 7),
                            reserved(sold, 2, 5),
                            new SeatsSold(TIER, EVENT, sold, 2))
                    .when(new ChangeTierCapacity(TIER, 4))
                    .expectNoEvents()
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Refusal.Category.CONFLICT, TicketErrors.CAPACITY_BELOW_TAKEN));
        }

        @Test
        void theSameCapacityAgainChangesNothing() {
            fixture.given(registered(CAPACITY), onSale())
                    .when(new ChangeTierCapacity(TIER, CAPACITY))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void refusesATierWithoutSeats() {
            fixture.given(registered(CAPACITY))
                    .when(new ChangeTierCapacity(TIER, 0))
                    .expectNoEvents()
                    .expectExceptionDetails(new Refusal(Refusal.Category.INVALID, TicketErrors.INVALID_CAPACITY));
        }
    }

    @Nested
    class CloseTierSalesCommand {

        @Test
        void closesTheTiersSales() {
            fixture.given(registered(CAPACITY), onSale())
                    .when(new CloseTierSales(TIER))
                    .expectEvents(new TierSalesClosed(TIER, EVENT));
        }

        @Test
        void closingAgainChangesNothing() {
            fixture.given(registered(CAPACITY), onSale(), new TierSalesClosed(TIER, EVENT))
                    .when(new CloseTierSales(TIER))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aClosedTierNeverOpensAgain() {
            fixture.given(registered(CAPACITY), onSale(), new TierSalesClosed(TIER, EVENT))
                    .when(new OpenTierSales(TIER))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aCancelledTierHasNothingLeftToClose() {
            fixture.given(registered(CAPACITY), onSale(), new TierSalesCancelled(TIER, EVENT))
                    .when(new CloseTierSales(TIER))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class ScheduleTierSalesCommand {

        private final Instant opens = Instant.parse("2030-05-01T10:00:00Z");
        private final Instant ends = Instant.parse("2030-05-20T10:00:00Z");

        @Test
        void givesTheTierASaleWindow() {
            fixture.given(registered(CAPACITY))
                    .when(new ScheduleTierSales(TIER, opens, ends))
                    .expectEvents(new TierSalesWindowScheduled(TIER, EVENT, opens, ends));
        }

        @Test
        void theSameWindowAgainChangesNothing() {
            fixture.given(registered(CAPACITY), new TierSalesWindowScheduled(TIER, EVENT, opens, ends))
                    .when(new ScheduleTierSales(TIER, opens, ends))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class ReviseTierCommand {

        @Test
        void aTierNotYetOnSaleTakesNewTerms() {
            fixture.given(registered(CAPACITY))
                    .when(new ReviseTier(TIER, "Pit", 5_000, "USD", 20, 2))
                    .expectEvents(new TierRevised(TIER, EVENT, "Pit", 5_000, "USD", 20, 2, 20));
        }

        @Test
        void theSameTermsAgainChangeNothing() {
            fixture.given(registered(CAPACITY))
                    .when(new ReviseTier(TIER, "Standing", PRICE, "EUR", CAPACITY, LIMIT))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aTierWithSeatsTakenKeepsItsTerms() {
            fixture.given(registered(CAPACITY), onSale(), reserved(OrderId.random(), 1, 9))
                    .when(new ReviseTier(TIER, "Standing", 1, "EUR", CAPACITY, LIMIT))
                    .expectNoEvents()
                    .expectExceptionDetails(new Refusal(Refusal.Category.CONFLICT, TicketErrors.TIER_SEATS_TAKEN));
        }
    }
}
