package com.ticketorleaveit.tickets.query.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.local.Postgres;
import com.ticketorleaveit.tickets.api.CancellationReason;
import com.ticketorleaveit.tickets.api.OrderCancelled;
import com.ticketorleaveit.tickets.api.OrderConfirmed;
import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.OrderPlaced;
import com.ticketorleaveit.tickets.api.OrderRefunded;
import com.ticketorleaveit.tickets.api.OrderRejected;
import com.ticketorleaveit.tickets.api.OrderReserved;
import com.ticketorleaveit.tickets.api.OrderStatus;
import com.ticketorleaveit.tickets.api.RejectionReason;
import com.ticketorleaveit.tickets.api.SignedTicket;
import com.ticketorleaveit.tickets.api.TicketCheckedIn;
import com.ticketorleaveit.tickets.api.TicketsSigned;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The order read model in a real PostgreSQL, on the schema its migrations build: what the projection writes for a
 * purchase, its cancellation and its refund, and what a customer then reads, one order or a page of them.
 */
class OrdersIT {

    private static final Instant NOON = Instant.parse("2030-01-01T12:00:00Z");

    private static Postgres postgres;
    private static DataSource dataSource;

    private final Statements jdbc = new Statements(dataSource);
    private final OrderWaiter waiter = new OrderWaiter(Duration.ofHours(1), Duration.ofHours(1), () -> true);
    private final OrderProjection projection =
            new OrderProjection(jdbc, waiter, new OrderFunnel(new SimpleMeterRegistry()));
    private final Orders orders = new Orders(jdbc);

    private final UUID customer = UUID.randomUUID();
    private final UUID event = UUID.randomUUID();
    private final UUID tier = UUID.randomUUID();

    @BeforeAll
    static void migrate() throws IOException {
        postgres = Postgres.start(Path.of("target", "it-postgres"));
        String database = postgres.createScratchDatabase("tickets_orders_it");
        dataSource = new SimpleDriverDataSource(
                new org.postgresql.Driver(),
                postgres.jdbcUrl(database) + "?currentSchema=query",
                postgres.user(),
                postgres.password());
        Flyway.configure()
                .dataSource(dataSource)
                .schemas("query")
                .createSchemas(true)
                .locations("classpath:db/query/tickets")
                .load()
                .migrate();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @BeforeEach
    void emptyTables() {
        projection.reset();
        jdbc.queries = 0;
    }

    @AfterEach
    void stopWaiter() {
        waiter.destroy();
    }

    @Test
    void listsOnlyTheCustomersOwnOrdersNewestFirstEachWithItsTickets() {
        OrderId first = aConfirmedOrder(NOON, "FIRST1", "FIRST2");
        OrderId second = aReservedOrder(NOON.plusSeconds(60));
        OrderId third = aRejectedOrder(NOON.plusSeconds(120));
        someoneElsesOrder(NOON.plusSeconds(30));

        List<OrderView> page = orders.ofCustomer(customer, Optional.empty(), 0, 20);

        assertThat(page).extracting(OrderView::id).containsExactly(third.value(), second.value(), first.value());
        assertThat(page.get(2).tickets()).containsExactly(valid("FIRST1"), valid("FIRST2"));
        assertThat(page.get(2).placedAt()).isEqualTo(NOON);
        assertThat(page.get(1).tickets()).isEmpty();
        assertThat(orders.countOfCustomer(customer, Optional.empty())).isEqualTo(3);
    }

    @Test
    void aTicketShowsWhenItWasFirstCheckedInAndKeepsItsSignedPayload() {
        OrderId order = aConfirmedOrder(NOON, "DOOR1", "DOOR2");
        projection.on(new TicketsSigned(
                order,
                customer,
                "bob@example.test",
                event,
                tier,
                9000,
                "EUR",
                List.of(new SignedTicket("DOOR1", "T1.a.b"), new SignedTicket("DOOR2", "T1.c.d"))));
        Instant doorsOpen = NOON.plusSeconds(86_400);
        projection.on(new TicketCheckedIn(order, event, tier, "DOOR2", doorsOpen, UUID.randomUUID()));
        projection.on(new TicketCheckedIn(order, event, tier, "DOOR2", doorsOpen.plusSeconds(60), UUID.randomUUID()));

        assertThat(orders.ofCustomer(customer, Optional.empty(), 0, 20).get(0).tickets())
                .containsExactly(valid("DOOR1"), new OrderView.Ticket("DOOR2", true, doorsOpen));
        assertThat(jdbc.queryForList(
                        "select qr_payload from tickets_order_tickets where order_id = ? order by position",
                        String.class,
                        order.value()))
                .containsExactly("T1.a.b", "T1.c.d");
    }

    @Test
    void readsTheTicketsOfAWholePageInOneQuery() {
        for (int order = 0; order < 5; order++) {
            aConfirmedOrder(NOON.plusSeconds(order), "CODE" + order + "A", "CODE" + order + "B");
        }
        jdbc.queries = 0;

        List<OrderView> page = orders.ofCustomer(customer, Optional.empty(), 0, 20);

        assertThat(page).allSatisfy(order -> assertThat(order.tickets()).hasSize(2));
        assertThat(page.get(0).tickets()).containsExactly(valid("CODE4A"), valid("CODE4B"));
        assertThat(jdbc.queries).isEqualTo(2);
    }

    @Test
    void pagesNeitherOverlapNorSkipOrdersPlacedInTheSameInstant() {
        List<UUID> placed = IntStream.range(0, 5)
                .mapToObj(order -> aReservedOrder(NOON).value())
                .toList();

        List<UUID> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            orders.ofCustomer(customer, Optional.empty(), page, 2).forEach(order -> paged.add(order.id()));
        }

        assertThat(paged).hasSize(5).containsExactlyInAnyOrderElementsOf(placed);
        assertThat(orders.ofCustomer(customer, Optional.empty(), 3, 2)).isEmpty();
    }

    @Test
    void listsAndCountsTheOrdersOfOneStatus() {
        OrderId confirmed = aConfirmedOrder(NOON, "ONLYONE");
        aReservedOrder(NOON.plusSeconds(1));
        aRejectedOrder(NOON.plusSeconds(2));

        assertThat(orders.ofCustomer(customer, Optional.of(OrderStatus.CONFIRMED), 0, 20))
                .extracting(OrderView::id)
                .containsExactly(confirmed.value());
        assertThat(orders.countOfCustomer(customer, Optional.of(OrderStatus.CONFIRMED)))
                .isEqualTo(1);
        assertThat(orders.countOfCustomer(customer, Optional.of(OrderStatus.REFUNDED)))
                .isZero();
    }

    @Test
    void aCancelledOrderShowsWhenAndWhyAndItsTicketsAreVoid() {
        OrderId order = aConfirmedOrder(NOON, "VOIDONE", "VOIDTWO");

        projection.on(aCancellationOf(order), NOON.plusSeconds(3600));

        OrderView cancelled = orders.find(order.value()).orElseThrow().view();
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.cancelledAt()).isEqualTo(NOON.plusSeconds(3600));
        assertThat(cancelled.cancellationReason()).isEqualTo(CancellationReason.CUSTOMER_REQUEST);
        assertThat(cancelled.refundedAt()).isNull();
        assertThat(cancelled.tickets()).containsExactly(voided("VOIDONE"), voided("VOIDTWO"));
    }

    @Test
    void aCancellationSeenAgainChangesNothing() {
        OrderId order = aConfirmedOrder(NOON, "ONCE");
        projection.on(aCancellationOf(order), NOON.plusSeconds(3600));

        projection.on(aCancellationOf(order), NOON.plusSeconds(7200));

        assertThat(orders.find(order.value()).orElseThrow().view().cancelledAt())
                .isEqualTo(NOON.plusSeconds(3600));
    }

    @Test
    void anOrderThatEndedWithoutPaymentIsNeverCancelled() {
        OrderId order = aRejectedOrder(NOON);

        projection.on(aCancellationOf(order), NOON.plusSeconds(3600));

        OrderView stillRejected = orders.find(order.value()).orElseThrow().view();
        assertThat(stillRejected.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(stillRejected.cancelledAt()).isNull();
        assertThat(stillRejected.cancellationReason()).isNull();
    }

    @Test
    void anOrderCancelledWithItsEventShowsWhyUntilItsMoneyIsBackAndAfter() {
        OrderId order = aConfirmedOrder(NOON, "CALLEDOFF");

        projection.on(aCancellationOf(order, CancellationReason.EVENT_CANCELLED), NOON.plusSeconds(3600));
        OrderView cancelled = orders.find(order.value()).orElseThrow().view();
        projection.on(aRefundOf(order, CancellationReason.EVENT_CANCELLED), NOON.plusSeconds(3605));
        OrderView refunded = orders.find(order.value()).orElseThrow().view();

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.cancellationReason()).isEqualTo(CancellationReason.EVENT_CANCELLED);
        assertThat(cancelled.tickets()).containsExactly(voided("CALLEDOFF"));
        assertThat(refunded.status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(refunded.cancellationReason()).isEqualTo(CancellationReason.EVENT_CANCELLED);
        assertThat(refunded.refundedAt()).isEqualTo(NOON.plusSeconds(3605));
    }

    @Test
    void aReservedOrderPaidAfterItsEventWasCancelledIsCancelledForItsRefund() {
        OrderId order = aReservedOrder(NOON);

        projection.on(aCancellationOf(order, CancellationReason.EVENT_CANCELLED), NOON.plusSeconds(600));

        OrderView cancelled = orders.find(order.value()).orElseThrow().view();
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.cancelledAt()).isEqualTo(NOON.plusSeconds(600));
        assertThat(cancelled.cancellationReason()).isEqualTo(CancellationReason.EVENT_CANCELLED);
        assertThat(cancelled.tickets()).isEmpty();
    }

    @Test
    void anOrderRejectedBecauseItsEventIsCancelledSaysSo() {
        OrderId order = anOrderRejectedFor(RejectionReason.EVENT_CANCELLED, NOON);

        OrderView rejected = orders.find(order.value()).orElseThrow().view();
        assertThat(rejected.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(rejected.failureReason()).isEqualTo("EVENT_CANCELLED");
    }

    @Test
    void aRefundedOrderShowsWhenAndHowMuchWentBack() {
        OrderId order = aConfirmedOrder(NOON, "REFUNDME");
        projection.on(aCancellationOf(order), NOON.plusSeconds(3600));

        projection.on(aRefundOf(order), NOON.plusSeconds(3605));

        OrderView refunded = orders.find(order.value()).orElseThrow().view();
        assertThat(refunded.status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(refunded.cancelledAt()).isEqualTo(NOON.plusSeconds(3600));
        assertThat(refunded.refundedAt()).isEqualTo(NOON.plusSeconds(3605));
        assertThat(refunded.refundedAmountMinor()).isEqualTo(9000L);
        assertThat(refunded.tickets()).containsExactly(voided("REFUNDME"));
    }

    @Test
    void anOrderRefundedWithoutBeingCancelledHasVoidTicketsToo() {
        OrderId order = aConfirmedOrder(NOON, "STRAIGHTBACK");

        projection.on(aRefundOf(order), NOON.plusSeconds(60));

        OrderView refunded = orders.find(order.value()).orElseThrow().view();
        assertThat(refunded.status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(refunded.cancelledAt()).isNull();
        assertThat(refunded.cancellationReason()).isEqualTo(CancellationReason.CUSTOMER_REQUEST);
        assertThat(refunded.tickets()).containsExactly(voided("STRAIGHTBACK"));
    }

    @Test
    void earlierEventsSeenAgainNeverUndoARefund() {
        OrderId order = aConfirmedOrder(NOON, "STAYSVOID");
        projection.on(aCancellationOf(order), NOON.plusSeconds(3600));
        projection.on(aRefundOf(order), NOON.plusSeconds(3605));

        projection.on(aConfirmationOf(order, "STAYSVOID"), NOON.plusSeconds(1));
        projection.on(aCancellationOf(order), NOON.plusSeconds(9000));
        projection.on(aRefundOf(order), NOON.plusSeconds(9005));

        OrderView refunded = orders.find(order.value()).orElseThrow().view();
        assertThat(refunded.status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(refunded.cancelledAt()).isEqualTo(NOON.plusSeconds(3600));
        assertThat(refunded.refundedAt()).isEqualTo(NOON.plusSeconds(3605));
        assertThat(refunded.tickets()).containsExactly(voided("STAYSVOID"));
    }

    private OrderId aReservedOrder(Instant placedAt) {
        return aReservedOrderOf(customer, placedAt);
    }

    private OrderId aReservedOrderOf(UUID buyer, Instant placedAt) {
        OrderId order = OrderId.random();
        projection.on(
                new OrderPlaced(order, buyer, "bob@example.test", event, tier, 2, "tok", order.toString()), placedAt);
        projection.on(new OrderReserved(order, 9000, "EUR", buyer, tier, 2, "tok"));
        return order;
    }

    private OrderId aConfirmedOrder(Instant placedAt, String... ticketCodes) {
        OrderId order = aReservedOrder(placedAt);
        projection.on(aConfirmationOf(order, ticketCodes), NOON.plusSeconds(1));
        return order;
    }

    private OrderId aRejectedOrder(Instant placedAt) {
        return anOrderRejectedFor(RejectionReason.SOLD_OUT, placedAt);
    }

    private OrderId anOrderRejectedFor(RejectionReason reason, Instant placedAt) {
        OrderId order = OrderId.random();
        projection.on(
                new OrderPlaced(order, customer, "bob@example.test", event, tier, 2, "tok", order.toString()),
                placedAt);
        projection.on(new OrderRejected(order, customer, "bob@example.test", reason));
        return order;
    }

    private void someoneElsesOrder(Instant placedAt) {
        aReservedOrderOf(UUID.randomUUID(), placedAt);
    }

    private OrderConfirmed aConfirmationOf(OrderId order, String... ticketCodes) {
        return new OrderConfirmed(
                order, customer, "bob@example.test", event, tier, 2, 9000, "EUR", List.of(ticketCodes));
    }

    private OrderCancelled aCancellationOf(OrderId order) {
        return aCancellationOf(order, CancellationReason.CUSTOMER_REQUEST);
    }

    private OrderCancelled aCancellationOf(OrderId order, CancellationReason reason) {
        return new OrderCancelled(order, customer, "bob@example.test", event, tier, 2, 9000, "EUR", customer, reason);
    }

    private OrderRefunded aRefundOf(OrderId order) {
        return aRefundOf(order, CancellationReason.CUSTOMER_REQUEST);
    }

    private OrderRefunded aRefundOf(OrderId order, CancellationReason reason) {
        return new OrderRefunded(order, customer, "bob@example.test", event, 9000, "EUR", reason);
    }

    private static OrderView.Ticket valid(String code) {
        return new OrderView.Ticket(code, true);
    }

    private static OrderView.Ticket voided(String code) {
        return new OrderView.Ticket(code, false);
    }

    /** Counts the queries {@link Orders} sends, to tell a page's tickets read at once from one read per order. */
    private static final class Statements extends JdbcTemplate {

        private int queries;

        Statements(DataSource dataSource) {
            super(dataSource);
        }

        @Override
        public <T> List<T> query(String sql, RowMapper<T> rowMapper, Object... args) {
            queries++;
            return super.query(sql, rowMapper, args);
        }
    }
}
