package com.ticketorleaveit.saga.ticketpurchase;

import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.notifications.api.NotificationId;
import com.ticketorleaveit.notifications.api.NotificationKind;
import com.ticketorleaveit.notifications.api.RequestNotification;
import com.ticketorleaveit.saga.RecordingCommandGateway;
import com.ticketorleaveit.tickets.api.CancellationReason;
import com.ticketorleaveit.tickets.api.OrderCancelled;
import com.ticketorleaveit.tickets.api.OrderExpired;
import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.OrderPaymentFailed;
import com.ticketorleaveit.tickets.api.OrderRefunded;
import com.ticketorleaveit.tickets.api.OrderRejected;
import com.ticketorleaveit.tickets.api.RejectionReason;
import com.ticketorleaveit.tickets.api.SignedTicket;
import com.ticketorleaveit.tickets.api.TicketsSigned;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PurchaseNotificationsTest {

    private static final OrderId ORDER = OrderId.random();
    private static final UUID CUSTOMER = UUID.randomUUID();
    private static final UUID EVENT = UUID.randomUUID();
    private static final String EMAIL = "ada@example.org";

    private final RecordingCommandGateway commands = new RecordingCommandGateway();
    private final PurchaseNotifications notifications = new PurchaseNotifications(commands);

    private static RequestNotification aNotification(NotificationKind kind, Map<String, String> parameters) {
        return new RequestNotification(
                NotificationId.of(ORDER.value(), kind), CUSTOMER, EMAIL, kind, ORDER.value(), parameters);
    }

    @Test
    void sendsTheTicketCodesAndQrPayloadsOfAConfirmedOrderOnceItsTicketsAreSigned() {
        notifications.on(new TicketsSigned(
                ORDER,
                CUSTOMER,
                EMAIL,
                EVENT,
                UUID.randomUUID(),
                9000,
                "EUR",
                List.of(new SignedTicket("CODEONE", "T1.one.sig"), new SignedTicket("CODETWO", "T1.two.sig"))));

        assertThat(commands.sent())
                .containsExactly(aNotification(
                        NotificationKind.ORDER_CONFIRMED,
                        Map.of(
                                "ticketCodes", "CODEONE,CODETWO",
                                "qrPayloads", "T1.one.sig,T1.two.sig",
                                "quantity", "2",
                                "amountMinor", "9000",
                                "currency", "EUR",
                                "eventId", EVENT.toString())));
    }

    @Test
    void tellsTheCustomerTheirCancelledOrderWasRefundedAndHowMuch() {
        notifications.on(
                new OrderRefunded(ORDER, CUSTOMER, EMAIL, EVENT, 9000, "EUR", CancellationReason.CUSTOMER_REQUEST));

        assertThat(commands.sent())
                .containsExactly(aNotification(
                        NotificationKind.ORDER_REFUNDED,
                        Map.of("amountMinor", "9000", "currency", "EUR", "reason", "CUSTOMER_REQUEST")));
    }

    @Test
    void tellsTicketHoldersAtOnceThatTheirEventIsCancelled() {
        notifications.on(new OrderCancelled(
                ORDER,
                CUSTOMER,
                EMAIL,
                EVENT,
                UUID.randomUUID(),
                2,
                9000,
                "EUR",
                null,
                CancellationReason.EVENT_CANCELLED));

        assertThat(commands.sent())
                .containsExactly(aNotification(
                        NotificationKind.EVENT_CANCELLED,
                        Map.of("amountMinor", "9000", "currency", "EUR", "eventId", EVENT.toString())));
    }

    @Test
    void aCustomersOwnCancellationIsToldByTheRefundMailAlone() {
        notifications.on(new OrderCancelled(
                ORDER,
                CUSTOMER,
                EMAIL,
                EVENT,
                UUID.randomUUID(),
                2,
                9000,
                "EUR",
                CUSTOMER,
                CancellationReason.CUSTOMER_REQUEST));
        notifications.on(new OrderCancelled(
                ORDER,
                CUSTOMER,
                EMAIL,
                EVENT,
                UUID.randomUUID(),
                2,
                9000,
                "EUR",
                null,
                CancellationReason.LATE_PAYMENT));

        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void tellsWhyAnOrderWasRejected() {
        notifications.on(new OrderRejected(ORDER, CUSTOMER, EMAIL, RejectionReason.SOLD_OUT));

        assertThat(commands.sent())
                .containsExactly(aNotification(NotificationKind.ORDER_REJECTED, Map.of("reason", "SOLD_OUT")));
    }

    @Test
    void tellsWhyAPaymentFailed() {
        notifications.on(new OrderPaymentFailed(ORDER, CUSTOMER, EMAIL, "card declined"));

        assertThat(commands.sent())
                .containsExactly(
                        aNotification(NotificationKind.ORDER_PAYMENT_FAILED, Map.of("reason", "card declined")));
    }

    @Test
    void tellsThatTheHoldRanOut() {
        notifications.on(new OrderExpired(ORDER, CUSTOMER, EMAIL));

        assertThat(commands.sent()).containsExactly(aNotification(NotificationKind.ORDER_EXPIRED, Map.of()));
    }

    @Test
    void theSameEndingAsksForTheSameNotificationSoARedeliveryAddsNone() {
        notifications.on(new OrderExpired(ORDER, CUSTOMER, EMAIL));
        notifications.on(new OrderExpired(ORDER, CUSTOMER, EMAIL));

        assertThat(commands.sent()).hasSize(2);
        assertThat(commands.sent().get(0)).isEqualTo(commands.sent().get(1));
    }
}
