package com.ticketorleaveit.saga;

import com.ticketorleaveit.platform.messaging.IntegrationEventConsumer;
import com.ticketorleaveit.platform.messaging.IntegrationTopology;
import com.ticketorleaveit.saga.cancellation.RefundProperties;
import com.ticketorleaveit.saga.ticketpurchase.PurchaseProperties;
import com.ticketorleaveit.tickets.api.ExpireOrder;
import com.ticketorleaveit.tickets.api.ExpireWaitingListOffer;
import com.ticketorleaveit.tickets.api.OrderReserved;
import com.ticketorleaveit.tickets.api.WaitingListOfferMade;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.SimpleEventBus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The processes of this deployable and the queues that feed them (see {@link IntegrationTopology}); the platform
 * does the wiring.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PurchaseProperties.class, RefundProperties.class})
class ProcessConsumers {

    /**
     * Notifications are many and small. A purchase is complete only once its mail is out, so they keep pace with the
     * purchases that admission lets in (ADR 11) rather than trail them; at 2 at a time they did, and halved the
     * purchases completed under load (docs/benchmarks.md, "Overload").
     */
    static final int NOTIFICATION_CONCURRENCY = 8;

    /**
     * The orchestrator keeps no event store: its processors are fed from the broker. Declaring the event bus makes
     * Axon skip the JDBC storage engine; the saga, token and deadline stores stay in this deployable's schema.
     */
    @Bean
    EventBus eventBus() {
        return SimpleEventBus.builder().build();
    }

    /**
     * A purchase that cannot even start (its first step was dead-lettered) has no hold that would end it: it ends at
     * once, its seats back on sale and its customer told. Other steps of a purchase are ended by its hold. (The
     * gateway is looked up when needed: the consumer's declaration is part of the Axon configuration.)
     */
    @Bean
    IntegrationEventConsumer ticketPurchaseConsumer(ObjectProvider<CommandGateway> commandGateway) {
        return IntegrationEventConsumer.of(IntegrationTopology.TICKET_PURCHASE).onDeadLetter((event, cause) -> {
            if (event != null && event.getPayload() instanceof OrderReserved reserved) {
                commandGateway.getObject().sendAndWait(new ExpireOrder(reserved.orderId(), reserved.tierId()));
            }
        });
    }

    /**
     * A refund is retried until it succeeds, so a step of it that is dead-lettered (it could not even be read) waits
     * for an operator's re-drive; it is counted and logged like every dead letter.
     */
    @Bean
    IntegrationEventConsumer orderCancellationConsumer() {
        return IntegrationEventConsumer.of(IntegrationTopology.ORDER_CANCELLATION);
    }

    /** Telling customers may trail behind their purchases when everything is busy (an on-sale's rejections). */
    @Bean
    IntegrationEventConsumer purchaseNotificationsConsumer() {
        return IntegrationEventConsumer.of(IntegrationTopology.PURCHASE_NOTIFICATIONS)
                .concurrency(NOTIFICATION_CONCURRENCY);
    }

    /**
     * An offer whose deadline cannot even be set (its event was dead-lettered) would hold its seat for good: it runs out
     * at once instead, and its seat passes to the next customer waiting.
     */
    @Bean
    IntegrationEventConsumer waitingListOffersConsumer(ObjectProvider<CommandGateway> commandGateway) {
        return IntegrationEventConsumer.of(IntegrationTopology.WAITING_LIST_OFFERS)
                .onDeadLetter((event, cause) -> {
                    if (event != null && event.getPayload() instanceof WaitingListOfferMade offer) {
                        commandGateway
                                .getObject()
                                .sendAndWait(new ExpireWaitingListOffer(offer.tierId(), offer.offerId()));
                    }
                });
    }

    @Bean
    IntegrationEventConsumer onboardingConsumer() {
        return IntegrationEventConsumer.of(IntegrationTopology.ONBOARDING);
    }

    @Bean
    IntegrationEventConsumer eventSalesConsumer() {
        return IntegrationEventConsumer.of(IntegrationTopology.EVENT_SALES);
    }

    @Bean
    IntegrationEventConsumer vendorDeactivationConsumer() {
        return IntegrationEventConsumer.of(IntegrationTopology.VENDOR_DEACTIVATION);
    }

    @Bean
    IntegrationEventConsumer accountNoticesConsumer() {
        return IntegrationEventConsumer.of(IntegrationTopology.ACCOUNT_NOTICES);
    }
}
