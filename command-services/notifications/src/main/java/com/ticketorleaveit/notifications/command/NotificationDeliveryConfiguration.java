package com.ticketorleaveit.notifications.command;

import com.ticketorleaveit.platform.messaging.IntegrationEventConsumer;
import com.ticketorleaveit.platform.messaging.IntegrationTopology;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** Email delivery consumes requested notifications from its own durable queue. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationDeliveryConfiguration {

    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    /** Mails keep pace with the notifications asked for (see the saga's notification consumer). */
    static final int DELIVERY_CONCURRENCY = 4;

    static {
        // Jakarta Mail looks up its stream provider with a ServiceLoader scan of the class path for every part it
        // writes, which in an executable jar costs more than the rest of sending the mail; a named provider is
        // loaded directly instead.
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    @Bean
    NotificationDelivery notificationDelivery(
            JavaMailSender mailSender,
            DeliveryLog deliveryLog,
            CommandGateway commandGateway,
            NotificationProperties properties,
            ObjectProvider<ObservationRegistry> observations) {
        return new NotificationDelivery(
                mailSender,
                deliveryLog,
                commandGateway,
                properties,
                Clock.systemUTC(),
                observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }

    /**
     * A request given up on is recorded as a failed delivery. (The delivery is looked up when needed: the consumer's
     * declaration is part of the Axon configuration, which the delivery's own dependencies need.)
     */
    @Bean
    IntegrationEventConsumer notificationDeliveryConsumer(ObjectProvider<NotificationDelivery> delivery) {
        return IntegrationEventConsumer.of(IntegrationTopology.NOTIFICATION_DELIVERY)
                .onDeadLetter((event, cause) -> delivery.getObject().gaveUp(event, cause))
                .concurrency(DELIVERY_CONCURRENCY);
    }
}
