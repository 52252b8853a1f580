package com.ticketorleaveit.saga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.eventhandling.GenericEventMessage.asEventMessage;

import com.ticketorleaveit.payments.api.PaymentApproved;
import com.ticketorleaveit.payments.api.PaymentId;
import com.ticketorleaveit.platform.messaging.IntegrationEventConsumer.DeadLetterListener;
import com.ticketorleaveit.tickets.api.ExpireOrder;
import com.ticketorleaveit.tickets.api.ExpireWaitingListOffer;
import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.OrderReserved;
import com.ticketorleaveit.tickets.api.WaitingListOfferMade;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class ProcessConsumersTest {

    private final RecordingCommandGateway commands = new RecordingCommandGateway();
    private final DeadLetterListener purchaseDeadLetters =
            new ProcessConsumers().ticketPurchaseConsumer(providing(commands)).deadLetterListener();

    private static ObjectProvider<CommandGateway> providing(CommandGateway gateway) {
        var beans = new StaticListableBeanFactory();
        beans.addBean("commandGateway", gateway);
        return beans.getBeanProvider(CommandGateway.class);
    }

    @Test
    void aPurchaseWhoseFirstStepWasDeadLetteredEndsAtOnce() {
        OrderId order = OrderId.random();
        UUID tier = UUID.randomUUID();

        purchaseDeadLetters.deadLettered(
                asEventMessage(new OrderReserved(order, 5000, "EUR", UUID.randomUUID(), tier, 2, "tok_approve")),
                new IllegalStateException("cannot start"));

        assertThat(commands.sent()).containsExactly(new ExpireOrder(order, tier));
    }

    @Test
    void laterStepsAreLeftToTheHold() {
        UUID order = UUID.randomUUID();

        purchaseDeadLetters.deadLettered(
                asEventMessage(new PaymentApproved(PaymentId.forOrder(order), order, 5000, "EUR", "ref")),
                new IllegalStateException("cannot confirm"));
        purchaseDeadLetters.deadLettered(null, new IllegalArgumentException("unreadable"));

        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void anOfferWhoseExpiryCouldNotBeSetRunsOutAtOnce() {
        DeadLetterListener offerDeadLetters = new ProcessConsumers()
                .waitingListOffersConsumer(providing(commands))
                .deadLetterListener();
        UUID tier = UUID.randomUUID();
        UUID offer = UUID.randomUUID();

        offerDeadLetters.deadLettered(
                asEventMessage(new WaitingListOfferMade(
                        tier,
                        UUID.randomUUID(),
                        offer,
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        "anna@example.test",
                        "Standing",
                        4500,
                        "EUR",
                        Instant.parse("2030-05-10T12:15:00Z"),
                        0)),
                new IllegalStateException("cannot schedule"));
        offerDeadLetters.deadLettered(null, new IllegalArgumentException("unreadable"));

        assertThat(commands.sent()).containsExactly(new ExpireWaitingListOffer(tier, offer));
    }
}
