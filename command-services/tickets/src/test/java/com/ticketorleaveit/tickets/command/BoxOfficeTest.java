package com.ticketorleaveit.tickets.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.ticketorleaveit.platform.refusal.Refusal;
import com.ticketorleaveit.platform.refusal.Refusals;
import com.ticketorleaveit.tickets.api.CancelOrder;
import com.ticketorleaveit.tickets.api.CancelTierOrders;
import com.ticketorleaveit.tickets.api.CancelTierSales;
import com.ticketorleaveit.tickets.api.CancellationReason;
import com.ticketorleaveit.tickets.api.ChangeTierCapacity;
import com.ticketorleaveit.tickets.api.CheckIn;
import com.ticketorleaveit.tickets.api.CheckInTicket;
import com.ticketorleaveit.tickets.api.CloseTierSales;
import com.ticketorleaveit.tickets.api.ConfirmOrder;
import com.ticketorleaveit.tickets.api.ExpireOrder;
import com.ticketorleaveit.tickets.api.ExpireWaitingListOffer;
import com.ticketorleaveit.tickets.api.FailOrderPayment;
import com.ticketorleaveit.tickets.api.GrantDoorStaff;
import com.ticketorleaveit.tickets.api.JoinWaitingList;
import com.ticketorleaveit.tickets.api.LeaveWaitingList;
import com.ticketorleaveit.tickets.api.OpenEventDoor;
import com.ticketorleaveit.tickets.api.OpenTierSales;
import com.ticketorleaveit.tickets.api.OrderCancelled;
import com.ticketorleaveit.tickets.api.OrderConfirmed;
import com.ticketorleaveit.tickets.api.OrderExpired;
import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.OrderPaymentFailed;
import com.ticketorleaveit.tickets.api.OrderPlaced;
import com.ticketorleaveit.tickets.api.OrderRefunded;
import com.ticketorleaveit.tickets.api.OrderRejected;
import com.ticketorleaveit.tickets.api.OrderReserved;
import com.ticketorleaveit.tickets.api.OrderStatus;
import com.ticketorleaveit.tickets.api.PlaceOrder;
import com.ticketorleaveit.tickets.api.RecordOrderRefund;
import com.ticketorleaveit.tickets.api.RegisterTier;
import com.ticketorleaveit.tickets.api.RejectionReason;
import com.ticketorleaveit.tickets.api.ScheduleTier;
import com.ticketorleaveit.tickets.api.ScheduleTierSales;
import com.ticketorleaveit.tickets.api.SeatsReleased;
import com.ticketorleaveit.tickets.api.SeatsReserved;
import com.ticketorleaveit.tickets.api.SeatsReturned;
import com.ticketorleaveit.tickets.api.SeatsSold;
import com.ticketorleaveit.tickets.api.SignedTicket;
import com.ticketorleaveit.tickets.api.TicketCheckedIn;
import com.ticketorleaveit.tickets.api.TicketErrors;
import com.ticketorleaveit.tickets.api.TicketsSigned;
import com.ticketorleaveit.tickets.api.TierOrdersCancelled;
import com.ticketorleaveit.tickets.api.WaitingListJoined;
import com.ticketorleaveit.tickets.api.WaitingListLeft;
import com.ticketorleaveit.tickets.api.WaitingListOfferDeclined;
import com.ticketorleaveit.tickets.api.WaitingListOfferExpired;
import com.ticketorleaveit.tickets.api.WaitingListOfferMade;
import com.ticketorleaveit.tickets.api.WaitingListOfferTaken;
import com.ticketorleaveit.tickets.command.checkin.TicketPayload;
import com.ticketorleaveit.tickets.command.checkin.TicketSigner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The box office on an in-memory event store with both aggregates, as the command bus drives it: what each order
 * command records, for the order and for its tier's seats, and that the seats always add up.
 */
class BoxOfficeTest {

    private static final UUID EVENT = UUID.randomUUID();
    private static final UUID ORGANIZER = UUID.randomUUID();
    private static final String HOLDER = "Bob Buyer";
    private static final long PRICE = 4_500;
    private static final int LIMIT = 4;
    private static final Duration CUTOFF = Duration.ofHours(48);
    private static final Instant EVENT_STARTS = Instant.parse("2030-06-01T18:00:00Z");
    private static final Duration OFFER_HOLD = Duration.ofMinutes(15);

    /** Enough for every test but the admission's own. */
    private static final int ADMITTED = 1_000;

    private Configuration axon;
    private final SoldOutTiers soldOutTiers = new SoldOutTiers();
    private PurchaseAdmission admission = admitting(ADMITTED);
    private final InMemoryTierOrders tierOrders = new InMemoryTierOrders();
    private final InMemoryIssuedTickets issuedTickets = new InMemoryIssuedTickets();
    private final TicketSigner signer = new TicketSigner(new InMemoryCheckInKeys());

    /** The issued-tickets table as a map by code. */
    static class InMemoryIssuedTickets implements IssuedTickets {

        private final java.util.Map<String, IssuedTicket> tickets = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public void issued(OrderId orderId, UUID tierId, UUID eventId, List<String> codes) {
            codes.forEach(code -> tickets.put(code, new IssuedTicket(code, orderId, tierId, eventId)));
        }

        @Override
        public java.util.Optional<IssuedTicket> byCode(String code) {
            return java.util.Optional.ofNullable(tickets.get(code));
        }
    }

    /** The confirmed-orders table as sorted sets. */
    static class InMemoryTierOrders implements TierOrders {

        private final java.util.Map<UUID, java.util.TreeSet<UUID>> orders = new java.util.HashMap<>();

        @Override
        public synchronized void confirmed(UUID tierId, UUID orderId) {
            orders.computeIfAbsent(tierId, tier -> new java.util.TreeSet<>()).add(orderId);
        }

        @Override
        public synchronized List<UUID> page(UUID tierId, UUID after, int limit) {
            var all = orders.getOrDefault(tierId, new java.util.TreeSet<>());
            return (after == null ? all : all.tailSet(after, false))
                    .stream().limit(limit).toList();
        }
    }

    private final List<Object> recorded = new CopyOnWriteArrayList<>();
    private UUID tier;

    @BeforeEach
    void startAxon() {
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(Order.class)
                .configureAggregate(TierInventory.class)
                .configureAggregate(EventDoor.class)
                .registerCommandHandler(c -> new BoxOffice(
                        c.repository(Order.class),
                        c.repository(TierInventory.class),
                        soldOutTiers,
                        admission,
                        tierOrders,
                        issuedTickets,
                        signer,
                        properties(ADMITTED)))
                .registerCommandHandler(c -> new Door(c.repository(EventDoor.class), c.repository(Order.class)))
                .registerCommandHandler(c -> new TierRegistration(
                        new TierInventoryTest.InMemoryRegisteredTiers(), c.repository(TierInventory.class)))
                .buildConfiguration();
        axon.start();
        axon.eventBus()
                .subscribe(
                        events -> events.stream().map(EventMessage::getPayload).forEach(recorded::add));
    }

    @AfterEach
    void stopAxon() {
        axon.shutdown();
    }

    private static TicketsCommandProperties properties(int admitted) {
        return new TicketsCommandProperties(
                CUTOFF,
                new TicketsCommandProperties.Admission(admitted, Duration.ofSeconds(30)),
                new TicketsCommandProperties.WaitingList(OFFER_HOLD));
    }

    private static PurchaseAdmission admitting(int orders) {
        return new PurchaseAdmission(properties(orders));
    }

    private UUID aTierOnSale(int capacity) {
        UUID id = UUID.randomUUID();
        send(new RegisterTier(id, EVENT, "Standing", PRICE, "EUR", capacity, LIMIT));
        send(new ScheduleTier(id, EVENT_STARTS));
        send(new OpenTierSales(id));
        recorded.clear();
        return id;
    }

    private UUID aTierNotOnSale(int capacity) {
        UUID id = UUID.randomUUID();
        send(new RegisterTier(id, EVENT, "Standing", PRICE, "EUR", capacity, LIMIT));
        recorded.clear();
        return id;
    }

    private static PlaceOrder anOrder(UUID tier, int quantity) {
        UUID customer = UUID.randomUUID();
        return new PlaceOrder(
                OrderId.forIdempotencyKey(customer, "checkout"),
                customer,
                "buyer@example.test",
                EVENT,
                tier,
                quantity,
                "tok_approve",
                "checkout");
    }

    private static List<String> codes(int quantity) {
        return IntStream.range(0, quantity).mapToObj(i -> "CODE" + i).toList();
    }

    private <R> R send(Object command) {
        return axon.commandGateway().sendAndWait(command);
    }

    private Refusal refusalOf(Object command) {
        Throwable failure = catchThrowable(() -> send(command));
        return Refusals.of(failure)
                .orElseThrow(() -> new AssertionError("Expected a refusal, got " + failure, failure));
    }

    private PlaceOrder aReservedOrder(int quantity) {
        PlaceOrder order = anOrder(tier, quantity);
        assertThat((OrderStatus) send(order)).isEqualTo(OrderStatus.RESERVED);
        recorded.clear();
        return order;
    }

    private PlaceOrder aConfirmedOrder(int quantity) {
        PlaceOrder order = aReservedOrder(quantity);
        assertThat((OrderStatus) send(new ConfirmOrder(order.orderId(), tier, codes(quantity), HOLDER)))
                .isEqualTo(OrderStatus.CONFIRMED);
        recorded.clear();
        return order;
    }

    private static CancelOrder cancellationOf(PlaceOrder order, UUID tier, Instant at) {
        return new CancelOrder(order.orderId(), tier, order.customerId(), false, at);
    }

    private List<Class<?>> recordedTypes() {
        return recorded.stream().<Class<?>>map(Object::getClass).toList();
    }

    @Nested
    class PlaceOrderCommand {

        @BeforeEach
        void onSale() {
            tier = aTierOnSale(10);
        }

        @Test
        void placesTheOrderAndHoldsItsSeatsInOneStep() {
            PlaceOrder order = anOrder(tier, 2);

            OrderStatus status = send(order);

            assertThat(status).isEqualTo(OrderStatus.RESERVED);
            assertThat(recordedTypes()).containsExactly(OrderPlaced.class, SeatsReserved.class, OrderReserved.class);
            assertThat(recorded.get(1)).isEqualTo(new SeatsReserved(tier, EVENT, order.orderId(), 2, PRICE, "EUR", 8));
            OrderReserved reserved = (OrderReserved) recorded.get(2);
            assertThat(reserved.amountMinor()).isEqualTo(2 * PRICE);
            assertThat(reserved.currency()).isEqualTo("EUR");
            assertThat(reserved.paymentMethod()).isEqualTo("tok_approve");
        }

        @Test
        void holdsTheLastSeatsExactly() {
            for (int i = 0; i < 5; i++) {
                assertThat((OrderStatus) send(anOrder(tier, 2))).isEqualTo(OrderStatus.RESERVED);
            }
            assertThat((OrderStatus) send(anOrder(tier, 1))).isEqualTo(OrderStatus.REJECTED);
        }

        @Test
        void rejectsTheOrderWhenSoldOutAndHoldsNothing() {
            tier = aTierOnSale(1);

            OrderStatus status = send(anOrder(tier, 2));

            assertThat(status).isEqualTo(OrderStatus.REJECTED);
            assertThat(recordedTypes()).containsExactly(OrderPlaced.class, OrderRejected.class);
            assertThat(((OrderRejected) recorded.get(1)).reason()).isEqualTo(RejectionReason.SOLD_OUT);
        }

        @Test
        void keepsRejectingOnceSoldOutAndSellsSeatsGivenBackAfterwards() {
            tier = aTierOnSale(2);
            PlaceOrder holding = aReservedOrder(2);
            assertThat((OrderStatus) send(anOrder(tier, 1))).isEqualTo(OrderStatus.REJECTED);
            recorded.clear();

            // seen sold out a moment ago: rejected the same way, without the tier
            assertThat((OrderStatus) send(anOrder(tier, 1))).isEqualTo(OrderStatus.REJECTED);
            assertThat(recordedTypes()).containsExactly(OrderPlaced.class, OrderRejected.class);
            assertThat(((OrderRejected) recorded.get(1)).reason()).isEqualTo(RejectionReason.SOLD_OUT);

            send(new FailOrderPayment(holding.orderId(), tier, "declined"));
            assertThat((OrderStatus) send(anOrder(tier, 2))).isEqualTo(OrderStatus.RESERVED);
        }

        @Test
        void rejectsTheOrderOverThePerOrderLimit() {
            send(anOrder(tier, LIMIT + 1));

            assertThat(((OrderRejected) recorded.get(1)).reason()).isEqualTo(RejectionReason.OVER_ORDER_LIMIT);
        }

        @Test
        void rejectsTheOrderBeforeSalesOpen() {
            tier = aTierNotOnSale(10);

            send(anOrder(tier, 1));

            assertThat(((OrderRejected) recorded.get(1)).reason()).isEqualTo(RejectionReason.SALES_NOT_OPEN);
        }

        @Test
        void placingTheSameOrderAgainChangesNothingAndAnswersItsStatus() {
            PlaceOrder order = aReservedOrder(2);

            OrderStatus again = send(order);

            assertThat(again).isEqualTo(OrderStatus.RESERVED);
            assertThat(recorded).isEmpty();
        }

        @Test
        void placingARejectedOrderAgainDoesNotHoldSeatsForIt() {
            tier = aTierOnSale(1);
            PlaceOrder order = anOrder(tier, 2);
            send(order);
            recorded.clear();

            assertThat((OrderStatus) send(order)).isEqualTo(OrderStatus.REJECTED);
            assertThat(recorded).isEmpty();
        }

        @Test
        void refusesAReusedIdempotencyKeyForADifferentOrder() {
            PlaceOrder order = aReservedOrder(2);
            PlaceOrder different = new PlaceOrder(
                    order.orderId(),
                    order.customerId(),
                    order.customerEmail(),
                    EVENT,
                    tier,
                    3,
                    order.paymentMethod(),
                    order.idempotencyKey());

            assertThat(refusalOf(different))
                    .isEqualTo(new Refusal(Refusal.Category.CONFLICT, TicketErrors.IDEMPOTENCY_KEY_REUSED));
            assertThat(recorded).isEmpty();
        }

        @Test
        void refusesATierThatDoesNotExistAndRecordsNothing() {
            assertThat(refusalOf(anOrder(UUID.randomUUID(), 1)))
                    .isEqualTo(new Refusal(Refusal.Category.NOT_FOUND, TicketErrors.TIER_NOT_FOUND));
            assertThat(recorded).isEmpty();
        }
    }

    @Nested
    class ConfirmOrderCommand {

        @BeforeEach
        void onSale() {
            tier = aTierOnSale(10);
        }

        @Test
        void confirmsTheOrderWithItsTicketsAndSellsItsSeats() {
            PlaceOrder order = aReservedOrder(2);

            OrderStatus status = send(new ConfirmOrder(order.orderId(), tier, codes(2), HOLDER));

            assertThat(status).isEqualTo(OrderStatus.CONFIRMED);
            assertThat(recordedTypes()).containsExactly(OrderConfirmed.class, SeatsSold.class, TicketsSigned.class);
            OrderConfirmed confirmed = (OrderConfirmed) recorded.get(0);
            assertThat(confirmed.ticketCodes()).isEqualTo(codes(2));
            assertThat(confirmed.amountMinor()).isEqualTo(2 * PRICE);
            assertThat(recorded.get(1)).isEqualTo(new SeatsSold(tier, EVENT, order.orderId(), 2));
        }

        @Test
        void signsEachTicketForTheDoorWithItsEventTierAndHolderAndRecordsItsCode() {
            PlaceOrder order = aReservedOrder(2);

            send(new ConfirmOrder(order.orderId(), tier, codes(2), HOLDER));

            TicketsSigned signed = (TicketsSigned) recorded.get(2);
            assertThat(signed.tickets()).extracting(SignedTicket::code).isEqualTo(codes(2));
            assertThat(signed.tickets())
                    .extracting(ticket -> signer.verify(ticket.qrPayload()))
                    .containsExactly(
                            new TicketPayload("CODE0", EVENT, tier, HOLDER),
                            new TicketPayload("CODE1", EVENT, tier, HOLDER));
            assertThat(issuedTickets.byCode("CODE1"))
                    .contains(new IssuedTickets.IssuedTicket("CODE1", order.orderId(), tier, EVENT));
        }

        @Test
        void namesTheBuyerByEmailWhenTheirNameIsNotKnown() {
            PlaceOrder order = aReservedOrder(1);

            send(new ConfirmOrder(order.orderId(), tier, codes(1), null));

            TicketsSigned signed = (TicketsSigned) recorded.get(2);
            assertThat(signer.verify(signed.tickets().get(0).qrPayload()).holderName())
                    .isEqualTo("buyer@example.test");
        }

        @Test
        void confirmingAgainChangesNothing() {
            PlaceOrder order = aReservedOrder(2);
            send(new ConfirmOrder(order.orderId(), tier, codes(2), HOLDER));
            recorded.clear();

            assertThat((OrderStatus) send(new ConfirmOrder(order.orderId(), tier, List.of("OTHER1", "OTHER2"), HOLDER)))
                    .isEqualTo(OrderStatus.CONFIRMED);
            assertThat(recorded).isEmpty();
        }

        @Test
        void aPaymentAfterTheHoldRanOutTakesSeatsAgainWhileTheTierHasThem() {
            PlaceOrder order = aReservedOrder(2);
            send(new ExpireOrder(order.orderId(), tier));
            recorded.clear();

            OrderStatus status = send(new ConfirmOrder(order.orderId(), tier, codes(2), HOLDER));

            assertThat(status).isEqualTo(OrderStatus.CONFIRMED);
            assertThat(recordedTypes())
                    .containsExactly(OrderConfirmed.class, SeatsReserved.class, SeatsSold.class, TicketsSigned.class);
            assertThat(recorded.get(1)).isEqualTo(new SeatsReserved(tier, EVENT, order.orderId(), 2, PRICE, "EUR", 8));
        }

        @Test
        void aPaymentAfterTheHoldRanOutWithNoSeatsLeftCancelsTheOrderForARefundAndSellsNothing() {
            tier = aTierOnSale(2);
            PlaceOrder late = aReservedOrder(2);
            send(new ExpireOrder(late.orderId(), tier));
            aReservedOrder(2);

            OrderStatus status = send(new ConfirmOrder(late.orderId(), tier, codes(2), HOLDER));

            assertThat(status).isEqualTo(OrderStatus.CANCELLED);
            assertThat(recorded)
                    .containsExactly(new OrderCancelled(
                            late.orderId(),
                            late.customerId(),
                            late.customerEmail(),
                            EVENT,
                            tier,
                            2,
                            2 * PRICE,
                            "EUR",
                            null,
                            CancellationReason.LATE_PAYMENT));
        }

        @Test
        void anOrderWhosePaymentFailedIsNotConfirmed() {
            PlaceOrder order = aReservedOrder(2);
            send(new FailOrderPayment(order.orderId(), tier, "declined"));
            recorded.clear();

            assertThat((OrderStatus) send(new ConfirmOrder(order.orderId(), tier, codes(2), HOLDER)))
                    .isEqualTo(OrderStatus.PAYMENT_FAILED);
            assertThat(recorded).isEmpty();
        }

        @Test
        void refusesTicketCodesThatDoNotFitTheOrderAndChangesNothing() {
            PlaceOrder order = aReservedOrder(2);

            assertThat(refusalOf(new ConfirmOrder(order.orderId(), tier, List.of("SAME", "SAME"), HOLDER)))
                    .isEqualTo(new Refusal(Refusal.Category.INVALID, TicketErrors.INVALID_TICKET_CODES));
            assertThat(refusalOf(new ConfirmOrder(order.orderId(), tier, codes(3), HOLDER))
                            .code())
                    .isEqualTo(TicketErrors.INVALID_TICKET_CODES);
            assertThat(recorded).isEmpty();
        }

        @Test
        void refusesAnOrderThatDoesNotExist() {
            assertThat(refusalOf(new ConfirmOrder(OrderId.random(), tier, codes(1), HOLDER)))
                    .isEqualTo(new Refusal(Refusal.Category.NOT_FOUND, TicketErrors.ORDER_NOT_FOUND));
        }

        @Test
        void refusesAnOrderOfAnotherTierAndSellsNothing() {
            PlaceOrder order = aReservedOrder(1);
            UUID otherTier = aTierOnSale(10);

            assertThat(refusalOf(new ConfirmOrder(order.orderId(), otherTier, codes(1), HOLDER)))
                    .isEqualTo(new Refusal(Refusal.Category.NOT_FOUND, TicketErrors.ORDER_NOT_FOUND));
            assertThat(recorded).isEmpty();
        }
    }

    @Nested
    class FailOrderPaymentCommand {

        @BeforeEach
        void onSale() {
            tier = aTierOnSale(10);
        }

        @Test
        void endsTheOrderAndReleasesItsSeats() {
            PlaceOrder order = aReservedOrder(3);

            OrderStatus status = send(new FailOrderPayment(order.orderId(), tier, "card declined"));

            assertThat(status).isEqualTo(OrderStatus.PAYMENT_FAILED);
            assertThat(recorded)
                    .containsExactly(
                            new OrderPaymentFailed(
                                    order.orderId(), order.customerId(), order.customerEmail(), "card declined"),
                            new SeatsReleased(tier, EVENT, order.orderId(), 3, 10));
        }

        @Test
        void aConfirmedOrderStaysConfirmedAndKeepsItsSeats() {
            PlaceOrder order = aReservedOrder(1);
            send(new ConfirmOrder(order.orderId(), tier, codes(1), HOLDER));
            recorded.clear();

            assertThat((OrderStatus) send(new FailOrderPayment(order.orderId(), tier, "late decline")))
                    .isEqualTo(OrderStatus.CONFIRMED);
            assertThat(recorded).isEmpty();
        }

        @Test
        void failingTwiceReleasesTheSeatsOnce() {
            PlaceOrder order = aReservedOrder(2);
            send(new FailOrderPayment(order.orderId(), tier, "declined"));
            recorded.clear();

            assertThat((OrderStatus) send(new FailOrderPayment(order.orderId(), tier, "declined")))
                    .isEqualTo(OrderStatus.PAYMENT_FAILED);
            assertThat(recorded).isEmpty();
        }
    }

    @Nested
    class ExpireOrderCommand {

        @BeforeEach
        void onSale() {
            tier = aTierOnSale(10);
        }

        @Test
        void endsTheOrderAndReleasesItsSeats() {
            PlaceOrder order = aReservedOrder(2);

            OrderStatus status = send(new ExpireOrder(order.orderId(), tier));

            assertThat(status).isEqualTo(OrderStatus.EXPIRED);
            assertThat(recorded)
                    .containsExactly(
                            new OrderExpired(order.orderId(), order.customerId(), order.customerEmail()),
                            new SeatsReleased(tier, EVENT, order.orderId(), 2, 10));
        }

        @Test
        void aConfirmedOrderIsNotExpired() {
            PlaceOrder order = aReservedOrder(2);
            send(new ConfirmOrder(order.orderId(), tier, codes(2), HOLDER));
            recorded.clear();

            assertThat((OrderStatus) send(new ExpireOrder(order.orderId(), tier)))
                    .isEqualTo(OrderStatus.CONFIRMED);
            assertThat(recorded).isEmpty();
        }

        @Test
        void releasedSeatsCanBeHeldByAnotherOrder() {
            tier = aTierOnSale(2);
            PlaceOrder first = aReservedOrder(2);
            assertThat((OrderStatus) send(anOrder(tier, 1))).isEqualTo(OrderStatus.REJECTED);

            send(new ExpireOrder(first.orderId(), tier));

            assertThat((OrderStatus) send(anOrder(tier, 2))).isEqualTo(OrderStatus.RESERVED);
        }
    }

    @Nested
    class CancelOrderCommand {

        private final Instant wellBefore = EVENT_STARTS.minus(Duration.ofDays(10));

        @BeforeEach
        void onSale() {
            tier = aTierOnSale(10);
        }

        @Test
        void cancelsAConfirmedOrderAndPutsItsSeatsBackOnSale() {
            PlaceOrder order = aConfirmedOrder(3);

            OrderStatus status = send(cancellationOf(order, tier, wellBefore));

            assertThat(status).isEqualTo(OrderStatus.CANCELLED);
            assertThat(recorded)
                    .containsExactly(
                            new OrderCancelled(
                                    order.orderId(),
                                    order.customerId(),
                                    order.customerEmail(),
                                    EVENT,
                                    tier,
                                    3,
                                    3 * PRICE,
                                    "EUR",
                                    order.customerId(),
                                    CancellationReason.CUSTOMER_REQUEST),
                            new SeatsReturned(tier, EVENT, order.orderId(), 3, 10));
        }

        @Test
        void cancellingTwiceIsOneCancellation() {
            PlaceOrder order = aConfirmedOrder(2);
            send(cancellationOf(order, tier, wellBefore));
            recorded.clear();

            assertThat((OrderStatus) send(cancellationOf(order, tier, wellBefore)))
                    .isEqualTo(OrderStatus.CANCELLED);
            assertThat(recorded).isEmpty();
        }

        @Test
        void anAdminMayCancelSomeoneElsesOrder() {
            PlaceOrder order = aConfirmedOrder(1);

            OrderStatus status = send(new CancelOrder(order.orderId(), tier, UUID.randomUUID(), true, wellBefore));

            assertThat(status).isEqualTo(OrderStatus.CANCELLED);
        }

        @Test
        void someoneElsesOrderIsUnknownToTheCallerAndStaysConfirmed() {
            PlaceOrder order = aConfirmedOrder(1);

            assertThat(refusalOf(new CancelOrder(order.orderId(), tier, UUID.randomUUID(), false, wellBefore)))
                    .isEqualTo(new Refusal(Refusal.Category.NOT_FOUND, TicketErrors.ORDER_NOT_FOUND));
            assertThat(recorded).isEmpty();
        }

        @Test
        void refusesAnOrderThatIsNotConfirmedAndKeepsItsHold() {
            PlaceOrder order = aReservedOrder(2);

            assertThat(refusalOf(cancellationOf(order, tier, wellBefore)))
                    .isEqualTo(new Refusal(Refusal.Category.CONFLICT, TicketErrors.ORDER_NOT_CANCELLABLE));
            assertThat(recorded).isEmpty();
            assertThat((OrderStatus) send(order)).isEqualTo(OrderStatus.RESERVED);
        }

        @Test
        void refusesOnceTheCutOffBeforeTheEventHasPassed() {
            PlaceOrder order = aConfirmedOrder(1);
            Instant justTooLate = EVENT_STARTS.minus(CUTOFF).plusSeconds(1);

            assertThat(refusalOf(cancellationOf(order, tier, justTooLate)))
                    .isEqualTo(new Refusal(Refusal.Category.CONFLICT, TicketErrors.CANCELLATION_CLOSED));
            assertThat(recorded).isEmpty();
        }

        @Test
        void acceptsACancellationAtTheCutOffItself() {
            PlaceOrder order = aConfirmedOrder(1);

            assertThat((OrderStatus) send(cancellationOf(order, tier, EVENT_STARTS.minus(CUTOFF))))
                    .isEqualTo(OrderStatus.CANCELLED);
        }

        @Test
        void returnedSeatsCanBeSoldAgainAfterTheTierSoldOut() {
            tier = aTierOnSale(2);
            PlaceOrder first = aConfirmedOrder(2);
            assertThat((OrderStatus) send(anOrder(tier, 1))).isEqualTo(OrderStatus.REJECTED);

            send(cancellationOf(first, tier, wellBefore));

            assertThat((OrderStatus) send(anOrder(tier, 2))).isEqualTo(OrderStatus.RESERVED);
        }
    }

    @Nested
    class RecordOrderRefundCommand {

        private final Instant wellBefore = EVENT_STARTS.minus(Duration.ofDays(10));

        @BeforeEach
        void onSale() {
            tier = aTierOnSale(10);
        }

        @Test
        void refundsACancelledOrderAndLeavesTheSeatsAlone() {
            PlaceOrder order = aConfirmedOrder(2);
            send(cancellationOf(order, tier, wellBefore));
            recorded.clear();

            OrderStatus status = send(new RecordOrderRefund(order.orderId(), tier, 2 * PRICE, "EUR"));

            assertThat(status).isEqualTo(OrderStatus.REFUNDED);
            assertThat(recorded)
                    .containsExactly(new OrderRefunded(
                            order.orderId(),
                            order.customerId(),
                            order.customerEmail(),
                            EVENT,
                            2 * PRICE,
                            "EUR",
                            CancellationReason.CUSTOMER_REQUEST));
        }

        @Test
        void recordingTheRefundAgainChangesNothing() {
            PlaceOrder order = aConfirmedOrder(1);
            send(cancellationOf(order, tier, wellBefore));
            send(new RecordOrderRefund(order.orderId(), tier, PRICE, "EUR"));
            recorded.clear();

            assertThat((OrderStatus) send(new RecordOrderRefund(order.orderId(), tier, PRICE, "EUR")))
                    .isEqualTo(OrderStatus.REFUNDED);
            assertThat((OrderStatus) send(cancellationOf(order, tier, wellBefore)))
                    .isEqualTo(OrderStatus.REFUNDED);
            assertThat(recorded).isEmpty();
        }

        @Test
        void aConfirmedOrderThatWasNotCancelledIsNotRefunded() {
            PlaceOrder order = aConfirmedOrder(1);

            assertThat((OrderStatus) send(new RecordOrderRefund(order.orderId(), tier, PRICE, "EUR")))
                    .isEqualTo(OrderStatus.CONFIRMED);
            assertThat(recorded).isEmpty();
        }
    }

    @Nested
    class WhenTheEventIsCancelled {

        @BeforeEach
        void onSale() {
            tier = aTierOnSale(10);
        }

        private void cancelTheTier() {
            send(new CancelTierSales(tier));
            recorded.clear();
        }

        @Test
        void aNewOrderIsRejectedAndHoldsNothing() {
            cancelTheTier();

            assertThat((OrderStatus) send(anOrder(tier, 1))).isEqualTo(OrderStatus.REJECTED);
            assertThat(recordedTypes()).containsExactly(OrderPlaced.class, OrderRejected.class);
            assertThat(((OrderRejected) recorded.get(1)).reason()).isEqualTo(RejectionReason.EVENT_CANCELLED);
        }

        @Test
        void aPaymentThatComesAfterwardsCancelsTheOrderForARefundAndReleasesItsSeats() {
            PlaceOrder order = aReservedOrder(2);
            cancelTheTier();

            OrderStatus status = send(new ConfirmOrder(order.orderId(), tier, codes(2), HOLDER));

            assertThat(status).isEqualTo(OrderStatus.CANCELLED);
            assertThat(recordedTypes()).containsExactly(OrderCancelled.class, SeatsReleased.class);
            assertThat(((OrderCancelled) recorded.get(0)).reason()).isEqualTo(CancellationReason.EVENT_CANCELLED);
            assertThat(tierOrders.page(tier, null, 10)).isEmpty();
        }

        @Test
        void cancelsTheTiersConfirmedOrdersPageByPageAndAPageDoneAgainCancelsNothingTwice() {
            PlaceOrder first = aConfirmedOrder(1);
            PlaceOrder second = aConfirmedOrder(2);
            PlaceOrder third = aConfirmedOrder(1);
            PlaceOrder unpaid = aReservedOrder(1);
            cancelTheTier();

            TierOrdersCancelled page1 = send(new CancelTierOrders(tier, null, 2));
            TierOrdersCancelled page2 = send(new CancelTierOrders(tier, page1.last(), 2));
            TierOrdersCancelled again = send(new CancelTierOrders(tier, null, 2));

            assertThat(page1.cancelled()).isEqualTo(2);
            assertThat(page1.more()).isTrue();
            assertThat(page2.cancelled()).isEqualTo(1);
            assertThat(page2.more()).isFalse();
            assertThat(again.cancelled()).isZero();
            assertThat(recorded.stream()
                            .filter(OrderCancelled.class::isInstance)
                            .map(e -> ((OrderCancelled) e))
                            .map(OrderCancelled::orderId))
                    .containsExactlyInAnyOrder(first.orderId(), second.orderId(), third.orderId());
            assertThat(recorded.stream().filter(OrderCancelled.class::isInstance))
                    .allSatisfy(e ->
                            assertThat(((OrderCancelled) e).reason()).isEqualTo(CancellationReason.EVENT_CANCELLED));
            assertThat((OrderStatus) send(unpaid)).isEqualTo(OrderStatus.RESERVED);
            Seats seats = seatsOf(tier);
            assertThat(seats.sold()).isZero();
            assertThat(seats.held()).isEqualTo(1);
            assertThat(seats.remaining()).isEqualTo(9);
        }

        @Test
        void theMassRefundWaitsForTheTierToBeCancelled() {
            aConfirmedOrder(1);

            assertThat(refusalOf(new CancelTierOrders(tier, null, 100)))
                    .isEqualTo(new Refusal(Refusal.Category.CONFLICT, TicketErrors.TIER_NOT_CANCELLED));
            assertThat(recorded).isEmpty();
        }
    }

    @Nested
    class WhenSalesClose {

        @BeforeEach
        void onSale() {
            tier = aTierOnSale(10);
        }

        @Test
        void aNewOrderIsRejectedAsSalesClosedAndHoldsNothing() {
            send(new CloseTierSales(tier));
            recorded.clear();

            assertThat((OrderStatus) send(anOrder(tier, 1))).isEqualTo(OrderStatus.REJECTED);
            assertThat(recordedTypes()).containsExactly(OrderPlaced.class, OrderRejected.class);
            assertThat(((OrderRejected) recorded.get(1)).reason()).isEqualTo(RejectionReason.SALES_CLOSED);
            assertThat(seatsOf(tier).remaining()).isEqualTo(10);
        }

        @Test
        void anOrderHoldingSeatsBeforeTheCloseIsStillConfirmedWhenPaid() {
            PlaceOrder order = aReservedOrder(2);
            send(new CloseTierSales(tier));

            assertThat((OrderStatus) send(new ConfirmOrder(order.orderId(), tier, codes(2), HOLDER)))
                    .isEqualTo(OrderStatus.CONFIRMED);
            assertThat(seatsOf(tier).sold()).isEqualTo(2);
        }
    }

    /** Time travel: Axon's message clock, which stamps every event, is what a tier's window is read against. */
    @Nested
    class WithinASaleWindow {

        private final Instant opens = Instant.parse("2030-05-01T10:00:00Z");
        private final Instant ends = Instant.parse("2030-05-20T10:00:00Z");

        @BeforeEach
        void onSaleWithAWindow() {
            tier = aTierOnSale(10);
            send(new ScheduleTierSales(tier, opens, ends));
            recorded.clear();
        }

        @AfterEach
        void backToTheSystemClock() {
            GenericEventMessage.clock = Clock.systemUTC();
        }

        private OrderRejected rejectionAt(Instant now) {
            GenericEventMessage.clock = Clock.fixed(now, ZoneOffset.UTC);
            assertThat((OrderStatus) send(anOrder(tier, 1))).isEqualTo(OrderStatus.REJECTED);
            return (OrderRejected) recorded.get(recorded.size() - 1);
        }

        @Test
        void anOrderBeforeTheWindowIsRejectedAsNotYetOpen() {
            assertThat(rejectionAt(opens.minusSeconds(1)).reason()).isEqualTo(RejectionReason.SALES_NOT_OPEN);
        }

        @Test
        void anOrderWithinTheWindowHoldsItsSeats() {
            GenericEventMessage.clock = Clock.fixed(opens, ZoneOffset.UTC);

            assertThat((OrderStatus) send(anOrder(tier, 2))).isEqualTo(OrderStatus.RESERVED);
            assertThat(seatsOf(tier).held()).isEqualTo(2);
        }

        @Test
        void anOrderFromTheWindowsEndIsRejectedAsClosed() {
            assertThat(rejectionAt(ends).reason()).isEqualTo(RejectionReason.SALES_CLOSED);
        }
    }

    @Nested
    class WhenTheCapacityChanges {

        @BeforeEach
        void onSale() {
            tier = aTierOnSale(10);
        }

        @Test
        void seatsAddedAreSoldToTheNextBuyer() {
            aConfirmedOrder(4);
            aReservedOrder(4);
            assertThat((OrderStatus) send(anOrder(tier, 4))).isEqualTo(OrderStatus.REJECTED);

            send(new ChangeTierCapacity(tier, 12));

            assertThat((OrderStatus) send(anOrder(tier, 4))).isEqualTo(OrderStatus.RESERVED);
            assertThat(seatsOf(tier).remaining()).isZero();
        }

        @Test
        void aShrinkBelowTheSeatsSoldAndHeldIsRefusedAndChangesNothing() {
            aConfirmedOrder(3);
            aReservedOrder(2);

            assertThat(refusalOf(new ChangeTierCapacity(tier, 4)))
                    .isEqualTo(new Refusal(Refusal.Category.CONFLICT, TicketErrors.CAPACITY_BELOW_TAKEN));
            assertThat(seatsOf(tier)).isEqualTo(new Seats(10, 2, 3));
        }

        /**
         * Buyers and shrinks race on one tier: every shrink that is accepted leaves room for every seat taken before
         * it, and none taken after it exceeds it, so the seats always add up.
         */
        @Test
        void aShrinkRacingBuyersNeverLeavesFewerSeatsThanTaken() throws Exception {
            tier = aTierOnSale(60);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> work = new ArrayList<>();
                for (int buyer = 0; buyer < 40; buyer++) {
                    work.add(pool.submit(() -> send(anOrder(tier, 1))));
                }
                for (int capacity = 59; capacity >= 20; capacity--) {
                    int shrinkTo = capacity;
                    work.add(pool.submit(() -> catchThrowable(() -> send(new ChangeTierCapacity(tier, shrinkTo)))));
                }
                for (Future<?> done : work) {
                    done.get();
                }
            } finally {
                pool.shutdownNow();
            }
            Seats seats = seatsOf(tier);
            long reserved =
                    recorded.stream().filter(OrderReserved.class::isInstance).count();
            assertThat(seats.held()).isEqualTo((int) reserved);
            assertThat(seats.held() + seats.sold()).isLessThanOrEqualTo(seats.capacity());
            assertThat(seats.capacity()).isGreaterThanOrEqualTo(20);
        }
    }

    private Seats seatsOf(UUID tierId) {
        return DefaultUnitOfWork.startAndGet(null)
                .executeWithResult(() -> axon.repository(TierInventory.class)
                        .load(tierId.toString())
                        .invoke(TierInventory::seats))
                .getPayload();
    }

    @Nested
    class WhenTooManyPurchasesAreUnderWay {

        @BeforeEach
        void admittingTwo() {
            stopAxon();
            admission = admitting(2);
            startAxon();
            tier = aTierOnSale(10);
        }

        @Test
        void aNewOrderIsRefusedAsBusyAndNothingIsStored() {
            aReservedOrder(1);
            aReservedOrder(1);

            assertThat(refusalOf(anOrder(tier, 1)))
                    .isEqualTo(new Refusal(Refusal.Category.BUSY, TicketErrors.PURCHASES_BUSY));
            assertThat(recorded).isEmpty();
            assertThat(admission.inFlight()).isEqualTo(2);
        }

        @Test
        void anOrderAlreadyPlacedIsAnsweredAsAlways() {
            PlaceOrder first = aReservedOrder(1);
            aReservedOrder(1);

            assertThat((OrderStatus) send(first)).isEqualTo(OrderStatus.RESERVED);
            assertThat(recorded).isEmpty();
        }

        @Test
        void eachEndedPurchaseMakesRoomForAnother() {
            PlaceOrder confirmed = aReservedOrder(1);
            PlaceOrder failed = aReservedOrder(1);
            send(new ConfirmOrder(confirmed.orderId(), tier, codes(1), HOLDER));
            send(new FailOrderPayment(failed.orderId(), tier, "declined"));

            aReservedOrder(1);
            PlaceOrder expired = aReservedOrder(1);
            send(new ExpireOrder(expired.orderId(), tier));

            assertThat((OrderStatus) send(anOrder(tier, 1))).isEqualTo(OrderStatus.RESERVED);
            assertThat(admission.inFlight()).isEqualTo(2);
        }

        @Test
        void aRejectedOrderTakesNoRoom() {
            UUID nearlySoldOut = aTierOnSale(1);
            aReservedOrder(1);

            assertThat((OrderStatus) send(anOrder(nearlySoldOut, 2))).isEqualTo(OrderStatus.REJECTED);
            assertThat((OrderStatus) send(anOrder(tier, 1))).isEqualTo(OrderStatus.RESERVED);
        }
    }

    @Nested
    class CheckInTicketCommand {

        private static final Instant DOORS_OPEN = Instant.parse("2030-06-01T17:30:00Z");
        private final UUID doorStaff = UUID.randomUUID();

        @BeforeEach
        void onSaleWithItsDoorOpen() {
            tier = aTierOnSale(10);
            // the events context's own aggregate of the event shares the store, under the event's id
            axon.eventStore()
                    .publish(new org.axonframework.eventhandling.GenericDomainEventMessage<>(
                            "Event", EVENT.toString(), 0, "the event's own stream"));
            send(new OpenEventDoor(EVENT, ORGANIZER));
            recorded.clear();
        }

        private CheckInTicket scan(PlaceOrder order, String code, UUID by, Instant at) {
            return new CheckInTicket(order.orderId(), tier, code, EVENT, by, false, at);
        }

        @Test
        void theFirstScanChecksTheTicketIn() {
            PlaceOrder order = aConfirmedOrder(2);

            CheckIn checkIn = send(scan(order, "CODE1", ORGANIZER, DOORS_OPEN));

            assertThat(checkIn).isEqualTo(new CheckIn("CODE1", order.orderId(), EVENT, tier, DOORS_OPEN, true));
            assertThat(recorded)
                    .containsExactly(new TicketCheckedIn(order.orderId(), EVENT, tier, "CODE1", DOORS_OPEN, ORGANIZER));
        }

        @Test
        void aSecondScanAnswersTheTimeOfTheFirstAndRecordsNothing() {
            PlaceOrder order = aConfirmedOrder(2);
            send(scan(order, "CODE1", ORGANIZER, DOORS_OPEN));
            recorded.clear();

            CheckIn again = send(scan(order, "CODE1", ORGANIZER, DOORS_OPEN.plusSeconds(90)));

            assertThat(again).isEqualTo(new CheckIn("CODE1", order.orderId(), EVENT, tier, DOORS_OPEN, false));
            assertThat(recorded).isEmpty();
        }

        @Test
        void theOrdersOtherTicketIsCheckedInOnItsOwn() {
            PlaceOrder order = aConfirmedOrder(2);
            send(scan(order, "CODE1", ORGANIZER, DOORS_OPEN));

            assertThat(((CheckIn) send(scan(order, "CODE0", ORGANIZER, DOORS_OPEN.plusSeconds(5)))).firstScan())
                    .isTrue();
        }

        @Test
        void twoDoorsScanningOneTicketAtOnceCheckItInOnce() throws Exception {
            PlaceOrder order = aConfirmedOrder(1);
            ExecutorService doors = Executors.newFixedThreadPool(8);
            try {
                List<Callable<CheckIn>> scans = IntStream.range(0, 8)
                        .<Callable<CheckIn>>mapToObj(
                                door -> () -> send(scan(order, "CODE0", ORGANIZER, DOORS_OPEN.plusMillis(door))))
                        .toList();
                List<CheckIn> answers = new ArrayList<>();
                for (Future<CheckIn> answer : doors.invokeAll(scans)) {
                    answers.add(answer.get());
                }

                assertThat(answers).filteredOn(CheckIn::firstScan).hasSize(1);
                assertThat(answers)
                        .extracting(CheckIn::checkedInAt)
                        .containsOnly(answers.stream()
                                .filter(CheckIn::firstScan)
                                .findFirst()
                                .orElseThrow()
                                .checkedInAt());
                assertThat(recorded)
                        .filteredOn(TicketCheckedIn.class::isInstance)
                        .hasSize(1);
            } finally {
                doors.shutdownNow();
            }
        }

        @Test
        void refusesAVoidTicketOfACancelledOrder() {
            PlaceOrder order = aConfirmedOrder(1);
            send(cancellationOf(order, tier, EVENT_STARTS.minus(Duration.ofDays(7))));
            recorded.clear();

            Refusal refusal = refusalOf(scan(order, "CODE0", ORGANIZER, DOORS_OPEN));

            assertThat(refusal).isEqualTo(new Refusal(Refusal.Category.CONFLICT, TicketErrors.TICKET_VOID));
            assertThat(recorded).isEmpty();
        }

        @Test
        void refusesATicketOfAnotherEventAsARuleViolation() {
            PlaceOrder order = aConfirmedOrder(1);
            UUID otherEvent = UUID.randomUUID();
            send(new OpenEventDoor(otherEvent, ORGANIZER));

            Refusal refusal = refusalOf(
                    new CheckInTicket(order.orderId(), tier, "CODE0", otherEvent, ORGANIZER, false, DOORS_OPEN));

            assertThat(refusal)
                    .isEqualTo(new Refusal(Refusal.Category.RULE_VIOLATION, TicketErrors.TICKET_OF_ANOTHER_EVENT));
        }

        @Test
        void refusesACodeTheOrderNeverIssued() {
            PlaceOrder order = aConfirmedOrder(1);

            assertThat(refusalOf(scan(order, "NOT-A-CODE", ORGANIZER, DOORS_OPEN)))
                    .isEqualTo(new Refusal(Refusal.Category.NOT_FOUND, TicketErrors.TICKET_NOT_FOUND));
        }

        @Test
        void refusesAScanBySomeoneWhoIsNotDoorStaffAndLetsThemInOnceGranted() {
            PlaceOrder order = aConfirmedOrder(1);

            assertThat(refusalOf(scan(order, "CODE0", doorStaff, DOORS_OPEN)))
                    .isEqualTo(new Refusal(Refusal.Category.NOT_PERMITTED, TicketErrors.NOT_DOOR_STAFF));

            send(new GrantDoorStaff(EVENT, doorStaff, ORGANIZER, false));
            assertThat(((CheckIn) send(scan(order, "CODE0", doorStaff, DOORS_OPEN))).firstScan())
                    .isTrue();
        }

        @Test
        void anAdminChecksTicketsInAtAnyDoor() {
            PlaceOrder order = aConfirmedOrder(1);

            CheckIn checkIn =
                    send(new CheckInTicket(order.orderId(), tier, "CODE0", EVENT, UUID.randomUUID(), true, DOORS_OPEN));

            assertThat(checkIn.firstScan()).isTrue();
        }

        @Test
        void refusesAScanAtTheDoorOfAnEventItDoesNotKnow() {
            PlaceOrder order = aConfirmedOrder(1);

            assertThat(refusalOf(new CheckInTicket(
                            order.orderId(), tier, "CODE0", UUID.randomUUID(), ORGANIZER, true, DOORS_OPEN)))
                    .isEqualTo(new Refusal(Refusal.Category.NOT_FOUND, TicketErrors.EVENT_NOT_FOUND));
        }
    }

    /** Seats that come back go to the customers waiting first; an offer is bought with one order. */
    @Nested
    class WithAWaitingList {

        private final Instant now = Instant.parse("2030-05-10T12:00:00Z");
        private final Instant wellBefore = EVENT_STARTS.minus(Duration.ofDays(10));
        private PlaceOrder holding;

        @BeforeEach
        void soldOut() {
            GenericEventMessage.clock = Clock.fixed(now, ZoneOffset.UTC);
            tier = aTierOnSale(1);
            holding = aReservedOrder(1);
        }

        @AfterEach
        void backToTheSystemClock() {
            GenericEventMessage.clock = Clock.systemUTC();
        }

        private UUID joins() {
            UUID customer = UUID.randomUUID();
            send(new JoinWaitingList(tier, customer, "waiting@example.test"));
            return customer;
        }

        private WaitingListOfferMade lastOffer() {
            return (WaitingListOfferMade) recorded.stream()
                    .filter(WaitingListOfferMade.class::isInstance)
                    .reduce((first, second) -> second)
                    .orElseThrow(() -> new AssertionError("No offer made"));
        }

        private PlaceOrder buying(WaitingListOfferMade offer, UUID customer, String key) {
            return new PlaceOrder(
                    OrderId.forIdempotencyKey(customer, key),
                    customer,
                    "waiting@example.test",
                    EVENT,
                    tier,
                    1,
                    "tok_approve",
                    key,
                    offer.offerId());
        }

        private PlaceOrder boughtFromTheList(UUID customer) {
            PlaceOrder order = buying(lastOffer(), customer, "from-the-list");
            assertThat((OrderStatus) send(order)).isEqualTo(OrderStatus.RESERVED);
            recorded.clear();
            return order;
        }

        @Test
        void aFailedPaymentsSeatIsOfferedToTheFirstCustomerWaitingInsteadOfGoingOnSale() {
            UUID anna = joins();
            joins();
            recorded.clear();

            send(new FailOrderPayment(holding.orderId(), tier, "declined"));

            assertThat(recordedTypes())
                    .containsExactly(OrderPaymentFailed.class, SeatsReleased.class, WaitingListOfferMade.class);
            WaitingListOfferMade offer = lastOffer();
            assertThat(offer.customerId()).isEqualTo(anna);
            assertThat(offer.expiresAt()).isEqualTo(now.plus(OFFER_HOLD));
            assertThat(offer.remaining()).isZero();
            assertThat(seatsOf(tier)).isEqualTo(new Seats(1, 0, 0, 1));
            assertThat((OrderStatus) send(anOrder(tier, 1))).isEqualTo(OrderStatus.REJECTED);
        }

        @Test
        void anExpiredOrdersSeatIsOffered() {
            UUID anna = joins();

            send(new ExpireOrder(holding.orderId(), tier));

            assertThat(lastOffer().customerId()).isEqualTo(anna);
        }

        @Test
        void aCancelledOrdersSeatIsOffered() {
            send(new ConfirmOrder(holding.orderId(), tier, codes(1), HOLDER));
            UUID anna = joins();
            recorded.clear();

            send(cancellationOf(holding, tier, wellBefore));

            assertThat(recordedTypes())
                    .containsExactly(OrderCancelled.class, SeatsReturned.class, WaitingListOfferMade.class);
            assertThat(lastOffer().customerId()).isEqualTo(anna);
        }

        @Test
        void theOfferedCustomerBuysTheSeatWithOneOrderThatGoesOnAsAnyOther() {
            UUID anna = joins();
            send(new FailOrderPayment(holding.orderId(), tier, "declined"));
            WaitingListOfferMade offer = lastOffer();
            recorded.clear();

            PlaceOrder order = buying(offer, anna, "from-the-list");
            OrderStatus status = send(order);

            assertThat(status).isEqualTo(OrderStatus.RESERVED);
            assertThat(recordedTypes())
                    .containsExactly(OrderPlaced.class, WaitingListOfferTaken.class, OrderReserved.class);
            assertThat(recorded.get(1))
                    .isEqualTo(new WaitingListOfferTaken(
                            tier, EVENT, offer.offerId(), offer.entryId(), anna, order.orderId()));
            assertThat(((OrderReserved) recorded.get(2)).amountMinor()).isEqualTo(PRICE);
            assertThat(seatsOf(tier)).isEqualTo(new Seats(1, 1, 0, 0));

            assertThat((OrderStatus) send(new ConfirmOrder(order.orderId(), tier, codes(1), HOLDER)))
                    .isEqualTo(OrderStatus.CONFIRMED);
            assertThat(seatsOf(tier)).isEqualTo(new Seats(1, 0, 1, 0));
        }

        @Test
        void buyingAgainWithTheSameIdempotencyKeyAnswersTheOrder() {
            UUID anna = joins();
            send(new FailOrderPayment(holding.orderId(), tier, "declined"));
            PlaceOrder order = boughtFromTheList(anna);

            assertThat((OrderStatus) send(order)).isEqualTo(OrderStatus.RESERVED);
            assertThat(recorded).isEmpty();
        }

        @Test
        void onlyTheOfferedCustomerMayBuyItAndARefusalStoresNothing() {
            joins();
            send(new FailOrderPayment(holding.orderId(), tier, "declined"));
            WaitingListOfferMade offer = lastOffer();
            recorded.clear();

            assertThat(refusalOf(buying(offer, UUID.randomUUID(), "not-mine")))
                    .isEqualTo(new Refusal(Refusal.Category.NOT_FOUND, TicketErrors.OFFER_NOT_FOUND));
            assertThat(recorded).isEmpty();
            assertThat(seatsOf(tier)).isEqualTo(new Seats(1, 0, 0, 1));
        }

        @Test
        void anOfferThatRanOutCannotBeBoughtEvenBeforeItsExpiryIsHandled() {
            UUID anna = joins();
            send(new FailOrderPayment(holding.orderId(), tier, "declined"));
            WaitingListOfferMade offer = lastOffer();
            recorded.clear();
            GenericEventMessage.clock = Clock.fixed(offer.expiresAt(), ZoneOffset.UTC);

            assertThat(refusalOf(buying(offer, anna, "too-late")))
                    .isEqualTo(new Refusal(Refusal.Category.CONFLICT, TicketErrors.OFFER_EXPIRED));
            assertThat(recorded).isEmpty();
        }

        @Test
        void anExpiredOfferCannotBeBought() {
            UUID anna = joins();
            send(new FailOrderPayment(holding.orderId(), tier, "declined"));
            WaitingListOfferMade offer = lastOffer();
            send(new ExpireWaitingListOffer(tier, offer.offerId()));

            assertThat(refusalOf(buying(offer, anna, "too-late")))
                    .isEqualTo(new Refusal(Refusal.Category.CONFLICT, TicketErrors.OFFER_EXPIRED));
            assertThat(seatsOf(tier)).isEqualTo(new Seats(1, 0, 0, 0));
        }

        @Test
        void anOfferBuysOneOrderOnly() {
            UUID anna = joins();
            send(new FailOrderPayment(holding.orderId(), tier, "declined"));
            WaitingListOfferMade offer = lastOffer();
            send(buying(offer, anna, "first"));

            assertThat(refusalOf(buying(offer, anna, "second")))
                    .isEqualTo(new Refusal(Refusal.Category.CONFLICT, TicketErrors.OFFER_USED));
        }

        @Test
        void anOfferBuysOneSeat() {
            UUID anna = joins();
            send(new FailOrderPayment(holding.orderId(), tier, "declined"));
            PlaceOrder one = buying(lastOffer(), anna, "two-seats");
            PlaceOrder two = new PlaceOrder(
                    one.orderId(),
                    anna,
                    one.customerEmail(),
                    EVENT,
                    tier,
                    2,
                    one.paymentMethod(),
                    one.idempotencyKey(),
                    one.offerId());

            assertThat(refusalOf(two))
                    .isEqualTo(new Refusal(Refusal.Category.INVALID, TicketErrors.INVALID_OFFER_QUANTITY));
        }

        @Test
        void whenTheOrderBoughtWithAnOfferFailsItsSeatGoesToTheNextCustomer() {
            UUID anna = joins();
            UUID ben = joins();
            send(new FailOrderPayment(holding.orderId(), tier, "declined"));
            PlaceOrder annas = boughtFromTheList(anna);

            send(new ExpireOrder(annas.orderId(), tier));

            assertThat(recordedTypes())
                    .containsExactly(OrderExpired.class, SeatsReleased.class, WaitingListOfferMade.class);
            assertThat(lastOffer().customerId()).isEqualTo(ben);
        }

        @Test
        void aPaymentAfterTheHoldRanOutCannotTakeASeatOfferedMeanwhile() {
            joins();
            send(new ExpireOrder(holding.orderId(), tier));
            recorded.clear();

            assertThat((OrderStatus) send(new ConfirmOrder(holding.orderId(), tier, codes(1), HOLDER)))
                    .isEqualTo(OrderStatus.CANCELLED);
            assertThat(((OrderCancelled) recorded.get(0)).reason()).isEqualTo(CancellationReason.LATE_PAYMENT);
            assertThat(seatsOf(tier)).isEqualTo(new Seats(1, 0, 0, 1));
        }

        @Test
        void anOrderForSeatsOnSaleCannotTakeAnOfferedSeat() {
            joins();
            send(new FailOrderPayment(holding.orderId(), tier, "declined"));

            assertThat((OrderStatus) send(anOrder(tier, 1))).isEqualTo(OrderStatus.REJECTED);
        }
    }

    /**
     * Whatever the steps and their repetitions, in whatever order, with customers joining and leaving the waiting list
     * and offers bought or running out: no seat is counted twice or lost, no seat is offered twice, and no seat is on
     * sale while a customer waits.
     */
    @Test
    void seatsAlwaysAddUpToTheCapacity() {
        int capacity = 25;
        tier = aTierOnSale(capacity);
        Random random = new Random(42);
        List<PlaceOrder> orders = new ArrayList<>();
        List<UUID> customers = new ArrayList<>();
        for (int step = 0; step < 800; step++) {
            int choice = random.nextInt(10);
            if (choice == 0 || orders.isEmpty()) {
                PlaceOrder order = anOrder(tier, 1 + random.nextInt(LIMIT));
                orders.add(order);
                send(order);
                continue;
            }
            PlaceOrder order = orders.get(random.nextInt(orders.size()));
            List<WaitingListOfferMade> offers = recorded.stream()
                    .filter(WaitingListOfferMade.class::isInstance)
                    .map(WaitingListOfferMade.class::cast)
                    .toList();
            switch (choice) {
                case 1 -> send(new ConfirmOrder(order.orderId(), tier, codes(order.quantity()), HOLDER));
                case 2 -> send(new FailOrderPayment(order.orderId(), tier, "declined"));
                case 3 -> send(new ExpireOrder(order.orderId(), tier));
                case 4 -> {
                    if (send(order) == OrderStatus.CONFIRMED) {
                        send(cancellationOf(order, tier, EVENT_STARTS.minus(Duration.ofDays(10))));
                    }
                }
                case 5 -> send(order);
                case 6 -> {
                    UUID customer = UUID.randomUUID();
                    customers.add(customer);
                    catchThrowable(() -> send(new JoinWaitingList(tier, customer, "waiting@example.test")));
                }
                case 7 -> {
                    if (!customers.isEmpty()) {
                        send(new LeaveWaitingList(tier, customers.get(random.nextInt(customers.size()))));
                    }
                }
                case 8 -> {
                    if (!offers.isEmpty()) {
                        send(new ExpireWaitingListOffer(
                                tier, offers.get(random.nextInt(offers.size())).offerId()));
                    }
                }
                default -> {
                    if (!offers.isEmpty()) {
                        WaitingListOfferMade offer = offers.get(random.nextInt(offers.size()));
                        PlaceOrder fromOffer = new PlaceOrder(
                                OrderId.forIdempotencyKey(offer.customerId(), "offer-" + step),
                                offer.customerId(),
                                offer.customerEmail(),
                                EVENT,
                                tier,
                                1,
                                "tok_approve",
                                "offer-" + step,
                                offer.offerId());
                        if (catchThrowable(() -> send(fromOffer)) == null) {
                            orders.add(fromOffer);
                        }
                    }
                }
            }
        }

        int held = 0;
        int sold = 0;
        for (PlaceOrder order : orders) {
            OrderStatus status = send(order);
            if (status == OrderStatus.RESERVED) {
                held += order.quantity();
            } else if (status == OrderStatus.CONFIRMED) {
                sold += order.quantity();
            }
        }
        List<WaitingListOfferMade> made = recorded.stream()
                .filter(WaitingListOfferMade.class::isInstance)
                .map(WaitingListOfferMade.class::cast)
                .toList();
        long ended = recorded.stream()
                .filter(event -> event instanceof WaitingListOfferTaken
                        || event instanceof WaitingListOfferExpired
                        || event instanceof WaitingListOfferDeclined)
                .count();
        long waiting = recorded.stream()
                        .filter(WaitingListJoined.class::isInstance)
                        .count()
                - recorded.stream().filter(WaitingListLeft.class::isInstance).count()
                - made.size();
        Seats seats = seatsOf(tier);
        assertThat(made).as("offers were made").isNotEmpty();
        assertThat(made).extracting(WaitingListOfferMade::offerId).doesNotHaveDuplicates();
        assertThat(made).extracting(WaitingListOfferMade::entryId).doesNotHaveDuplicates();
        assertThat(seats.held()).isEqualTo(held);
        assertThat(seats.sold()).isEqualTo(sold);
        assertThat(seats.offered()).isEqualTo(made.size() - (int) ended);
        assertThat(seats.remaining())
                .isEqualTo(capacity - held - sold - seats.offered())
                .isGreaterThanOrEqualTo(0);
        assertThat(seats.remaining() == 0 || waiting == 0)
                .as("%d seats on sale while %d customers wait", seats.remaining(), waiting)
                .isTrue();
    }
}
