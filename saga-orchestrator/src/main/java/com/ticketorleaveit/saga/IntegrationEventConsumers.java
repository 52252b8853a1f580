package com.ticketorleaveit.saga;

import com.ticketorleaveit.notifications.api.NotificationId;
import com.ticketorleaveit.notifications.api.NotificationKind;
import com.ticketorleaveit.notifications.api.RequestNotification;
import com.ticketorleaveit.payments.api.PaymentId;
import com.ticketorleaveit.payments.api.RequestPayment;
import com.ticketorleaveit.platform.messaging.ConsumerQueue;
import com.ticketorleaveit.platform.messaging.ConsumersStarter;
import com.ticketorleaveit.platform.messaging.Inbox;
import com.ticketorleaveit.platform.messaging.IntegrationEventFormat;
import com.ticketorleaveit.platform.messaging.IntegrationEventSource;
import com.ticketorleaveit.platform.messaging.IntegrationTopology;
import com.ticketorleaveit.platform.messaging.MessagingConfiguration.ConsumerContainers;
import com.ticketorleaveit.platform.messaging.MessagingProperties;
import com.ticketorleaveit.saga.eventsales.EventSalesPolicy;
import com.ticketorleaveit.saga.onboarding.RoleOnboarding;
import com.ticketorleaveit.saga.ticketpurchase.PurchaseProperties;
import com.ticketorleaveit.saga.ticketpurchase.TicketPurchaseSaga;
import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.RegisterTier;
import com.ticketorleaveit.tickets.api.ReserveSeats;
import com.ticketorleaveit.users.api.GrantRole;
import com.ticketorleaveit.users.api.Role;
import com.ticketorleaveit.users.api.UserId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.distributed.CommandRouter;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.SimpleEventBus;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Each process reads its own durable queue: a listener container feeds an {@link IntegrationEventSource}, which
 * feeds the process's subscribing event processor (see {@code axon.eventhandling.processors} in application.yml).
 * Handling runs in one transaction with the inbox row, so a redelivered message is dropped, and a failure goes back
 * to the container, which retries and finally dead-letters it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PurchaseProperties.class)
class IntegrationEventConsumers {

    static final ConsumerQueue TICKET_PURCHASE = IntegrationTopology.TICKET_PURCHASE;
    static final ConsumerQueue ONBOARDING = IntegrationTopology.ONBOARDING;
    static final ConsumerQueue EVENT_SALES = IntegrationTopology.EVENT_SALES;

    /**
     * The orchestrator keeps no event store: its processors are fed from the broker. Declaring the event bus makes
     * Axon skip the JDBC storage engine; the saga, token and deadline stores stay in this deployable's schema.
     */
    @Bean
    EventBus eventBus() {
        return SimpleEventBus.builder().build();
    }

    @Bean
    ConfigurerModule deduplicatingProcessors(Inbox inbox) {
        return configurer -> configurer.eventProcessing(processing -> List.of(
                        TicketPurchaseSaga.PROCESSING_GROUP,
                        RoleOnboarding.PROCESSING_GROUP,
                        EventSalesPolicy.PROCESSING_GROUP)
                .forEach(group -> processing.registerHandlerInterceptor(group, c -> inbox.deduplicating(group))));
    }

    @Bean
    Declarables ticketPurchaseQueue(MessagingProperties properties) {
        return TICKET_PURCHASE.declarables(properties);
    }

    @Bean
    IntegrationEventSource ticketPurchaseSource(IntegrationEventFormat format) {
        return new IntegrationEventSource(format);
    }

    @Bean
    SimpleMessageListenerContainer ticketPurchaseContainer(
            ConsumerContainers containers, @Qualifier("ticketPurchaseSource") IntegrationEventSource source) {
        return gated(containers.container(TICKET_PURCHASE, source));
    }

    @Bean
    Declarables onboardingQueue(MessagingProperties properties) {
        return ONBOARDING.declarables(properties);
    }

    @Bean
    IntegrationEventSource onboardingSource(IntegrationEventFormat format) {
        return new IntegrationEventSource(format);
    }

    @Bean
    SimpleMessageListenerContainer onboardingContainer(
            ConsumerContainers containers, @Qualifier("onboardingSource") IntegrationEventSource source) {
        return gated(containers.container(ONBOARDING, source));
    }

    @Bean
    Declarables eventSalesQueue(MessagingProperties properties) {
        return EVENT_SALES.declarables(properties);
    }

    @Bean
    IntegrationEventSource eventSalesSource(IntegrationEventFormat format) {
        return new IntegrationEventSource(format);
    }

    @Bean
    SimpleMessageListenerContainer eventSalesContainer(
            ConsumerContainers containers, @Qualifier("eventSalesSource") IntegrationEventSource source) {
        return gated(containers.container(EVENT_SALES, source));
    }

    @Bean
    ConsumersStarter consumersStarter(
            List<SimpleMessageListenerContainer> containers, ObjectProvider<CommandRouter> commandRouter) {
        var anyId = UUID.randomUUID();
        var anyOrder = new OrderId(anyId);
        var probes = List.of(
                new ReserveSeats(anyId, anyOrder, 1),
                new RequestPayment(PaymentId.forOrder(anyId), anyId, anyId, 1, "EUR", "", ""),
                new RequestNotification(
                        NotificationId.of(anyId, NotificationKind.ORDER_EXPIRED),
                        anyId,
                        "",
                        NotificationKind.ORDER_EXPIRED,
                        anyId,
                        Map.of()),
                new GrantRole(new UserId(anyId), Role.ORGANIZER),
                new RegisterTier(anyId, anyId, "", 1, "EUR", 1, 1));
        return new ConsumersStarter(containers, commandRouter, probes);
    }

    /** Started by {@link ConsumersStarter}, not with the context. */
    private static SimpleMessageListenerContainer gated(SimpleMessageListenerContainer container) {
        container.setAutoStartup(false);
        return container;
    }
}
