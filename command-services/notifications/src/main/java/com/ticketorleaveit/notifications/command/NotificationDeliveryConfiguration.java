package com.ticketorleaveit.notifications.command;

import com.ticketorleaveit.notifications.api.NotificationId;
import com.ticketorleaveit.notifications.api.RecordNotificationDelivered;
import com.ticketorleaveit.platform.messaging.ConsumerQueue;
import com.ticketorleaveit.platform.messaging.ConsumersStarter;
import com.ticketorleaveit.platform.messaging.IntegrationEventFormat;
import com.ticketorleaveit.platform.messaging.IntegrationTopology;
import com.ticketorleaveit.platform.messaging.MessagingConfiguration.ConsumerContainers;
import com.ticketorleaveit.platform.messaging.MessagingProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.distributed.CommandRouter;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** Email delivery consumes requested notifications from its own durable queue. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationDeliveryConfiguration {

    static final ConsumerQueue QUEUE = IntegrationTopology.NOTIFICATION_DELIVERY;

    @Bean
    Declarables notificationDeliveryQueue(MessagingProperties properties) {
        return QUEUE.declarables(properties);
    }

    @Bean
    NotificationDelivery notificationDelivery(
            IntegrationEventFormat format,
            JavaMailSender mailSender,
            DeliveryLog deliveryLog,
            CommandGateway commandGateway,
            NotificationProperties properties) {
        return new NotificationDelivery(format, mailSender, deliveryLog, commandGateway, properties, Clock.systemUTC());
    }

    @Bean
    SimpleMessageListenerContainer notificationDeliveryContainer(
            ConsumerContainers containers, NotificationDelivery delivery) {
        var container = containers.container(QUEUE, delivery, delivery::gaveUp);
        container.setAutoStartup(false);
        return container;
    }

    /** Delivery ends in a command: consume only once the command bus can route it. */
    @Bean
    ConsumersStarter notificationDeliveryStarter(
            @Qualifier("notificationDeliveryContainer") SimpleMessageListenerContainer notificationDeliveryContainer,
            ObjectProvider<CommandRouter> commandRouter) {
        return new ConsumersStarter(
                List.of(notificationDeliveryContainer),
                commandRouter,
                List.of(new RecordNotificationDelivered(NotificationId.random(), Instant.EPOCH)));
    }
}
