package com.ticketorleaveit.tickets.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.ticketorleaveit.tickets.api.CancelTierSales;
import com.ticketorleaveit.tickets.api.OpenTierSales;
import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.RegisterTier;
import com.ticketorleaveit.tickets.api.ScheduleTier;
import com.ticketorleaveit.tickets.api.SeatsReleased;
import com.ticketorleaveit.tickets.api.SeatsReserved;
import com.ticketorleaveit.tickets.api.SeatsReturned;
import com.ticketorleaveit.tickets.api.SeatsSold;
import com.ticketorleaveit.tickets.api.TierRegistered;
import com.ticketorleaveit.tickets.api.TierSalesCancelled;
import com.ticketorleaveit.tickets.api.TierSalesOpened;
import com.ticketorleaveit.tickets.api.TierScheduled;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
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

            assertThat(written.getRevision()).isEqualTo("3");
            assertThat(filter.allow(snapshot(written.getName(), written.getRevision())))
                    .isTrue();
            assertThat(filter.allow(snapshot(written.getName(), null))).isFalse();
            assertThat(filter.allow(snapshot(written.getName(), "2"))).isFalse();
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
