package com.ticketorleaveit.tickets.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.ticketorleaveit.platform.refusal.Refusal;
import com.ticketorleaveit.tickets.api.CancelTierSales;
import com.ticketorleaveit.tickets.api.ChangeTierCapacity;
import com.ticketorleaveit.tickets.api.CloseTierSales;
import com.ticketorleaveit.tickets.api.ExpireWaitingListOffer;
import com.ticketorleaveit.tickets.api.JoinWaitingList;
import com.ticketorleaveit.tickets.api.LeaveWaitingList;
import com.ticketorleaveit.tickets.api.OpenTierSales;
import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.SeatsReleased;
import com.ticketorleaveit.tickets.api.SeatsReserved;
import com.ticketorleaveit.tickets.api.TicketErrors;
import com.ticketorleaveit.tickets.api.TierCapacityChanged;
import com.ticketorleaveit.tickets.api.TierRegistered;
import com.ticketorleaveit.tickets.api.TierSalesCancelled;
import com.ticketorleaveit.tickets.api.TierSalesClosed;
import com.ticketorleaveit.tickets.api.TierSalesOpened;
import com.ticketorleaveit.tickets.api.TierSalesWindowScheduled;
import com.ticketorleaveit.tickets.api.WaitingListEnded;
import com.ticketorleaveit.tickets.api.WaitingListJoined;
import com.ticketorleaveit.tickets.api.WaitingListLeft;
import com.ticketorleaveit.tickets.api.WaitingListOfferDeclined;
import com.ticketorleaveit.tickets.api.WaitingListOfferExpired;
import com.ticketorleaveit.tickets.api.WaitingListOfferMade;
import com.ticketorleaveit.tickets.api.WaitingListPlace;
import com.ticketorleaveit.tickets.api.WaitingListStatus;
import com.ticketorleaveit.tickets.command.checkin.TicketSigner;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.Repository;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A sold-out tier's waiting list, as the tier decides it: who may join, in what order seats that come back are
 * offered, and what happens to an offer that runs out or is declined. Time travels with the fixture's clock: an offer
 * holds its seat for {@link #OFFER_HOLD} from the moment it is made. (Seats given back by orders, and offers bought, are
 * in {@link BoxOfficeTest}.)
 */
class WaitingListTest {

    private static final UUID TIER = UUID.randomUUID();
    private static final UUID EVENT = UUID.randomUUID();
    private static final long PRICE = 4_500;
    private static final int LIMIT = 4;
    private static final Duration OFFER_HOLD = Duration.ofMinutes(15);
    private static final Instant NOW = Instant.parse("2030-05-10T12:00:00Z");
    private static final OrderId HOLDING = OrderId.random();

    private static final Customer ANNA = new Customer(UUID.randomUUID(), "anna@example.test");
    private static final Customer BEN = new Customer(UUID.randomUUID(), "ben@example.test");
    private static final Customer CARA = new Customer(UUID.randomUUID(), "cara@example.test");

    private AggregateTestFixture<TierInventory> fixture;

    record Customer(UUID id, String email) {}

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TierInventory.class);
        TicketsCommandProperties properties = new TicketsCommandProperties(
                Duration.ofHours(48),
                new TicketsCommandProperties.Admission(10, Duration.ofSeconds(30)),
                new TicketsCommandProperties.WaitingList(OFFER_HOLD));
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
        fixture.registerAnnotatedCommandHandler(
                new TierRegistration(new TierInventoryTest.InMemoryRegisteredTiers(), fixture.getRepository()));
    }

    private static TierRegistered registered(int capacity) {
        return new TierRegistered(TIER, EVENT, "Standing", PRICE, "EUR", capacity, LIMIT);
    }

    private static TierSalesOpened onSale() {
        return new TierSalesOpened(TIER, EVENT);
    }

    /** A tier of {@code capacity} seats, every one held for one order ({@link #HOLDING}). */
    private static Object[] soldOut(int capacity) {
        return new Object[] {
            registered(capacity), onSale(), new SeatsReserved(TIER, EVENT, HOLDING, capacity, PRICE, "EUR", 0)
        };
    }

    /** One seat of the holding order came back (and, in these histories, is offered next). */
    private static SeatsReleased oneSeatBack() {
        return new SeatsReleased(TIER, EVENT, HOLDING, 1, 1);
    }

    private static JoinWaitingList joining(Customer customer) {
        return new JoinWaitingList(TIER, customer.id(), customer.email());
    }

    private static WaitingListJoined joined(Customer customer, int number) {
        return new WaitingListJoined(
                TIER, EVENT, TierInventory.entryId(TIER, number), number, customer.id(), customer.email());
    }

    private static WaitingListOfferMade offered(
            Customer customer, int entryNumber, int offerNumber, Instant at, int remaining) {
        return new WaitingListOfferMade(
                TIER,
                EVENT,
                TierInventory.offerId(TIER, offerNumber),
                TierInventory.entryId(TIER, entryNumber),
                customer.id(),
                customer.email(),
                "Standing",
                PRICE,
                "EUR",
                at.plus(OFFER_HOLD),
                remaining);
    }

    private static WaitingListOfferExpired expired(Customer customer, int entryNumber, int offerNumber, int remaining) {
        return new WaitingListOfferExpired(
                TIER,
                EVENT,
                TierInventory.offerId(TIER, offerNumber),
                TierInventory.entryId(TIER, entryNumber),
                customer.id(),
                remaining);
    }

    private static Refusal conflict(String code) {
        return new Refusal(Refusal.Category.CONFLICT, code);
    }

    @Nested
    class JoinWaitingListCommand {

        @Test
        void aCustomerJoinsTheListOfASoldOutTier() {
            fixture.givenCurrentTime(NOW)
                    .andGiven(soldOut(2))
                    .when(joining(ANNA))
                    .expectEvents(joined(ANNA, 1))
                    .expectResultMessagePayload(new WaitingListPlace(
                            TierInventory.entryId(TIER, 1), TIER, WaitingListStatus.WAITING, 1, null, null));
        }

        @Test
        void customersQueueInTheOrderTheyJoin() {
            fixture.givenCurrentTime(NOW)
                    .andGiven(soldOut(2))
                    .andGiven(joined(ANNA, 1), joined(BEN, 2))
                    .when(joining(CARA))
                    .expectEvents(joined(CARA, 3))
                    .expectResultMessagePayload(new WaitingListPlace(
                            TierInventory.entryId(TIER, 3), TIER, WaitingListStatus.WAITING, 3, null, null));
        }

        @Test
        void joiningAgainAnswersTheSamePlaceAndChangesNothing() {
            fixture.givenCurrentTime(NOW)
                    .andGiven(soldOut(2))
                    .andGiven(joined(ANNA, 1), joined(BEN, 2))
                    .when(joining(BEN))
                    .expectNoEvents()
                    .expectResultMessagePayload(new WaitingListPlace(
                            TierInventory.entryId(TIER, 2), TIER, WaitingListStatus.WAITING, 2, null, null));
        }

        @Test
        void aCustomerHoldingAnOfferIsAnsweredTheOffer() {
            fixture.givenCurrentTime(NOW)
                    .andGiven(soldOut(2))
                    .andGiven(joined(ANNA, 1), oneSeatBack(), offered(ANNA, 1, 1, NOW, 0))
                    .when(joining(ANNA))
                    .expectNoEvents()
                    .expectResultMessagePayload(new WaitingListPlace(
                            TierInventory.entryId(TIER, 1),
                            TIER,
                            WaitingListStatus.OFFERED,
                            null,
                            TierInventory.offerId(TIER, 1),
                            NOW.plus(OFFER_HOLD)));
        }

        @Test
        void refusesWhileTheTierHasSeatsForSale() {
            fixture.givenCurrentTime(NOW)
                    .andGiven(registered(2), onSale())
                    .when(joining(ANNA))
                    .expectNoEvents()
                    .expectExceptionDetails(conflict(TicketErrors.TIER_NOT_SOLD_OUT));
        }

        @Test
        void refusesATierThatDoesNotSell() {
            fixture.givenCurrentTime(NOW)
                    .andGiven(registered(2))
                    .when(joining(ANNA))
                    .expectNoEvents()
                    .expectExceptionDetails(conflict(TicketErrors.WAITING_LIST_CLOSED));
        }

        @Test
        void refusesATierWhoseSalesClosed() {
            fixture.givenCurrentTime(NOW)
                    .andGiven(soldOut(2))
                    .andGiven(new TierSalesClosed(TIER, EVENT))
                    .when(joining(ANNA))
                    .expectNoEvents()
                    .expectExceptionDetails(conflict(TicketErrors.WAITING_LIST_CLOSED));
        }

        @Test
        void refusesATierPastTheEndOfItsSaleWindow() {
            fixture.givenCurrentTime(NOW)
                    .andGiven(soldOut(2))
                    .andGiven(new TierSalesWindowScheduled(TIER, EVENT, null, NOW))
                    .when(joining(ANNA))
                    .expectNoEvents()
                    .expectExceptionDetails(conflict(TicketErrors.WAITING_LIST_CLOSED));
        }
    }

    @Nested
    class LeaveWaitingListCommand {

        @Test
        void aWaitingCustomerLeavesAndTheOthersMoveUp() {
            fixture.givenCurrentTime(NOW)
                    .andGiven(soldOut(2))
                    .andGiven(joined(ANNA, 1), joined(BEN, 2))
                    .when(new LeaveWaitingList(TIER, ANNA.id()))
                    .expectEvents(new WaitingListLeft(TIER, EVENT, TierInventory.entryId(TIER, 1), ANNA.id()));
            fixture.givenCurrentTime(NOW)
                    .andGiven(soldOut(2))
                    .andGiven(joined(ANNA, 1), joined(BEN, 2))
                    .andGiven(new WaitingListLeft(TIER, EVENT, TierInventory.entryId(TIER, 1), ANNA.id()))
                    .when(joining(BEN))
                    .expectResultMessagePayload(new WaitingListPlace(
                            TierInventory.entryId(TIER, 2), TIER, WaitingListStatus.WAITING, 1, null, null));
        }

        @Test
        void aCustomerDecliningAnOfferPassesItsSeatToTheNextAtOnce() {
            Instant later = NOW.plus(Duration.ofMinutes(3));
            fixture.givenCurrentTime(NOW)
                    .andGiven(soldOut(2))
                    .andGiven(
                            joined(ANNA, 1),
                            joined(BEN, 2),
                            oneSeatBack(),
                            offered(ANNA, 1, 1, NOW.minusSeconds(60), 0))
                    .andGivenCurrentTime(later)
                    .when(new LeaveWaitingList(TIER, ANNA.id()))
                    .expectEvents(
                            new WaitingListOfferDeclined(
                                    TIER,
                                    EVENT,
                                    TierInventory.offerId(TIER, 1),
                                    TierInventory.entryId(TIER, 1),
                                    ANNA.id(),
                                    1),
                            offered(BEN, 2, 2, later, 0));
        }

        @Test
        void aCustomerNotOnTheListChangesNothing() {
            fixture.givenCurrentTime(NOW)
                    .andGiven(soldOut(2))
                    .andGiven(joined(ANNA, 1))
                    .when(new LeaveWaitingList(TIER, BEN.id()))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    /** Offers are made by the box office after a step that gave seats back; here, a capacity growing. */
    @Nested
    class WhenSeatsComeBack {

        @Test
        void eachSeatIsOfferedToTheNextCustomerWaitingAndHeldForThemForTheOfferHold() {
            fixture.givenCurrentTime(NOW)
                    .andGiven(soldOut(2))
                    .andGiven(joined(ANNA, 1), joined(BEN, 2), joined(CARA, 3))
                    .when(new ChangeTierCapacity(TIER, 4))
                    .expectEvents(
                            new TierCapacityChanged(TIER, EVENT, 4, 2),
                            offered(ANNA, 1, 1, NOW, 1),
                            offered(BEN, 2, 2, NOW, 0));
        }

        @Test
        void seatsBeyondTheCustomersWaitingGoOnSale() {
            fixture.givenCurrentTime(NOW)
                    .andGiven(soldOut(2))
                    .andGiven(joined(ANNA, 1))
                    .when(new ChangeTierCapacity(TIER, 5))
                    .expectEvents(new TierCapacityChanged(TIER, EVENT, 5, 3), offered(ANNA, 1, 1, NOW, 2));
        }

        @Test
        void aTierNobodyWaitsForSellsThemAsBefore() {
            fixture.givenCurrentTime(NOW)
                    .andGiven(soldOut(2))
                    .when(new ChangeTierCapacity(TIER, 3))
                    .expectEvents(new TierCapacityChanged(TIER, EVENT, 3, 1));
        }

        @Test
        void offeredSeatsAreTakenSoTheCapacityCannotShrinkBelowThem() {
            fixture.givenCurrentTime(NOW)
                    .andGiven(soldOut(2))
                    .andGiven(joined(ANNA, 1), new TierCapacityChanged(TIER, EVENT, 3, 1), offered(ANNA, 1, 1, NOW, 0))
                    .when(new ChangeTierCapacity(TIER, 2))
                    .expectNoEvents()
                    .expectExceptionDetails(conflict(TicketErrors.CAPACITY_BELOW_TAKEN));
        }
    }

    @Nested
    class ExpireWaitingListOfferCommand {

        private final UUID firstOffer = TierInventory.offerId(TIER, 1);

        @Test
        void anUnboughtOfferPassesItsSeatToTheNextCustomerWhenItRunsOut() {
            Instant runsOut = NOW.plus(OFFER_HOLD);
            fixture.givenCurrentTime(NOW)
                    .andGiven(soldOut(1))
                    .andGiven(joined(ANNA, 1), joined(BEN, 2), oneSeatBack(), offered(ANNA, 1, 1, NOW, 0))
                    .andGivenCurrentTime(runsOut)
                    .when(new ExpireWaitingListOffer(TIER, firstOffer))
                    .expectEvents(expired(ANNA, 1, 1, 1), offered(BEN, 2, 2, runsOut, 0));
        }

        @Test
        void withNobodyElseWaitingTheSeatGoesBackOnSale() {
            fixture.givenCurrentTime(NOW)
                    .andGiven(soldOut(1))
                    .andGiven(joined(ANNA, 1), oneSeatBack(), offered(ANNA, 1, 1, NOW, 0))
                    .andGivenCurrentTime(NOW.plus(OFFER_HOLD))
                    .when(new ExpireWaitingListOffer(TIER, firstOffer))
                    .expectEvents(expired(ANNA, 1, 1, 1));
        }

        @Test
        void expiringAgainChangesNothing() {
            fixture.givenCurrentTime(NOW)
                    .andGiven(soldOut(1))
                    .andGiven(joined(ANNA, 1), oneSeatBack(), offered(ANNA, 1, 1, NOW, 0), expired(ANNA, 1, 1, 1))
                    .when(new ExpireWaitingListOffer(TIER, firstOffer))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aDeclinedOfferDoesNotExpire() {
            fixture.givenCurrentTime(NOW)
                    .andGiven(soldOut(1))
                    .andGiven(
                            joined(ANNA, 1),
                            oneSeatBack(),
                            offered(ANNA, 1, 1, NOW, 0),
                            new WaitingListOfferDeclined(
                                    TIER, EVENT, firstOffer, TierInventory.entryId(TIER, 1), ANNA.id(), 1))
                    .when(new ExpireWaitingListOffer(TIER, firstOffer))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aSeatIsNotOfferedOnceTheTiersSaleWindowHasEnded() {
            Instant windowEnds = NOW.plus(Duration.ofMinutes(5));
            fixture.givenCurrentTime(NOW)
                    .andGiven(soldOut(1))
                    .andGiven(
                            new TierSalesWindowScheduled(TIER, EVENT, null, windowEnds),
                            joined(ANNA, 1),
                            joined(BEN, 2),
                            oneSeatBack(),
                            offered(ANNA, 1, 1, NOW, 0))
                    .andGivenCurrentTime(NOW.plus(OFFER_HOLD))
                    .when(new ExpireWaitingListOffer(TIER, firstOffer))
                    .expectEvents(expired(ANNA, 1, 1, 1));
        }
    }

    @Nested
    class WhenTheTierStopsSelling {

        @Test
        void closingSalesEndsTheListAndWithdrawsOpenOffers() {
            fixture.givenCurrentTime(NOW)
                    .andGiven(soldOut(2))
                    .andGiven(
                            joined(ANNA, 1),
                            joined(BEN, 2),
                            new TierCapacityChanged(TIER, EVENT, 3, 1),
                            offered(ANNA, 1, 1, NOW, 0))
                    .when(new CloseTierSales(TIER))
                    .expectEvents(new TierSalesClosed(TIER, EVENT), new WaitingListEnded(TIER, EVENT, 1));
        }

        @Test
        void cancellingTheEventEndsTheListSoNothingIsOfferedAfterwards() {
            fixture.givenCurrentTime(NOW)
                    .andGiven(soldOut(2))
                    .andGiven(joined(ANNA, 1))
                    .when(new CancelTierSales(TIER))
                    .expectEvents(new TierSalesCancelled(TIER, EVENT), new WaitingListEnded(TIER, EVENT, 0));
        }

        @Test
        void aTierNobodyWaitsForJustStops() {
            fixture.givenCurrentTime(NOW)
                    .andGiven(soldOut(2))
                    .when(new CancelTierSales(TIER))
                    .expectEvents(new TierSalesCancelled(TIER, EVENT));
        }

        @Test
        void anEndedListOffersNothingWhenSeatsComeBack() {
            fixture.givenCurrentTime(NOW)
                    .andGiven(soldOut(2))
                    .andGiven(joined(ANNA, 1), new TierSalesClosed(TIER, EVENT), new WaitingListEnded(TIER, EVENT, 0))
                    .when(new ChangeTierCapacity(TIER, 3))
                    .expectEvents(new TierCapacityChanged(TIER, EVENT, 3, 1));
        }
    }

    @Test
    void theListAndItsOffersSurviveASnapshot() {
        ObjectMapper json = JsonMapper.builder().findAndAddModules().build();

        fixture.givenCurrentTime(NOW)
                .andGiven(soldOut(2))
                .andGiven(joined(ANNA, 1), joined(BEN, 2), new TierCapacityChanged(TIER, EVENT, 3, 1))
                .andGiven(offered(ANNA, 1, 1, NOW, 0))
                .when(new OpenTierSales(TIER))
                .expectState(inventory -> {
                    try {
                        TierInventory restored =
                                json.readValue(json.writeValueAsString(inventory), TierInventory.class);
                        assertThat(restored).usingRecursiveComparison().isEqualTo(inventory);
                        assertThat(restored.seats()).isEqualTo(new Seats(3, 2, 0, 1));
                        assertThat(restored.placeOf(BEN.id()).orElseThrow().position())
                                .isEqualTo(1);
                        assertThat(restored.placeOf(ANNA.id()).orElseThrow().offerId())
                                .isEqualTo(TierInventory.offerId(TIER, 1));
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                });
    }
}
