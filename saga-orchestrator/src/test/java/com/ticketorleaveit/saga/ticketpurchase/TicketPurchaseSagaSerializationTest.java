package com.ticketorleaveit.saga.ticketpurchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.eventhandling.GenericEventMessage.asEventMessage;

import com.ticketorleaveit.payments.api.PaymentApproved;
import com.ticketorleaveit.payments.api.PaymentId;
import com.ticketorleaveit.payments.api.RequestPayment;
import com.ticketorleaveit.saga.RecordingCommandGateway;
import com.ticketorleaveit.tickets.api.ConfirmOrder;
import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.OrderReserved;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.modelling.saga.AnnotatedSaga;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.SimpleResourceInjector;
import org.axonframework.modelling.saga.metamodel.AnnotationSagaMetaModelFactory;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.test.deadline.StubDeadlineManager;
import org.junit.jupiter.api.Test;

/** The saga store keeps the saga as JSON between events: its state must survive the round trip, its resources not. */
class TicketPurchaseSagaSerializationTest {

    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();

    @Test
    void continuesFromItsStoredStateAfterARoundTripThroughJson() {
        var order = OrderId.random();
        var tier = UUID.randomUUID();
        var before = new RecordingCommandGateway(new OrderAnswers());
        var saga = withResources(new TicketPurchaseSaga(), before);
        managed(saga, order)
                .handle(asEventMessage(
                        new OrderReserved(order, 5000, "EUR", UUID.randomUUID(), tier, 2, "tok_approve")));

        assertThat(before.sent()).singleElement().isInstanceOf(RequestPayment.class);
        var stored = serializer.serialize(saga, String.class);
        TicketPurchaseSaga restored = serializer.deserialize(stored);
        var after = new RecordingCommandGateway(new OrderAnswers());
        managed(withResources(restored, after), order)
                .handle(asEventMessage(
                        new PaymentApproved(PaymentId.forOrder(order.value()), order.value(), 5000, "EUR", "r")));

        assertThat(stored.getData())
                .doesNotContain("commandGateway")
                .doesNotContain("deadlineManager")
                .doesNotContain("holderNames");
        assertThat(after.sent()).singleElement().isInstanceOfSatisfying(ConfirmOrder.class, confirm -> {
            assertThat(confirm.orderId()).isEqualTo(order);
            assertThat(confirm.tierId()).isEqualTo(tier);
            assertThat(confirm.ticketCodes()).hasSize(2);
            assertThat(confirm.holderName()).isEqualTo("Ada Lovelace");
        });
    }

    /** Handlers run in the saga's scope, as under the saga manager (associations and deadlines need it). */
    private static AnnotatedSaga<TicketPurchaseSaga> managed(TicketPurchaseSaga saga, OrderId order) {
        var models = new AnnotationSagaMetaModelFactory();
        return new AnnotatedSaga<>(
                "saga-1",
                Set.of(new AssociationValue("orderId", order.toString())),
                saga,
                models.modelOf(TicketPurchaseSaga.class),
                models.chainedInterceptor(TicketPurchaseSaga.class));
    }

    private static TicketPurchaseSaga withResources(TicketPurchaseSaga saga, RecordingCommandGateway gateway) {
        new SimpleResourceInjector(
                        gateway,
                        new StubDeadlineManager(),
                        new PurchaseProperties(Duration.ofMinutes(10), Duration.ofDays(1), Duration.ofMinutes(5)),
                        (HolderNames) orderId -> Optional.of("Ada Lovelace"))
                .injectResources(saga);
        return saga;
    }
}
