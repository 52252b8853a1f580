package com.ticketorleaveit.notifications.command;

import com.ticketorleaveit.notifications.api.NotificationRequested;
import com.ticketorleaveit.notifications.api.RecordNotificationDelivered;
import com.ticketorleaveit.notifications.api.RecordNotificationDeliveryFailed;
import com.ticketorleaveit.platform.messaging.IntegrationEventFormat;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageListener;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends the email of each requested notification and records its delivery. An SMTP failure propagates, so the
 * listener container retries with backoff; when it gives up, the notification is recorded as failed and the request
 * dead-lettered. An email that can never be built (a malformed address) is recorded as failed at once. A
 * redelivered request of a delivered notification sends nothing.
 */
class NotificationDelivery implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);

    private final IntegrationEventFormat format;
    private final JavaMailSender mailSender;
    private final DeliveryLog deliveryLog;
    private final CommandGateway commandGateway;
    private final NotificationProperties properties;
    private final Clock clock;

    NotificationDelivery(
            IntegrationEventFormat format,
            JavaMailSender mailSender,
            DeliveryLog deliveryLog,
            CommandGateway commandGateway,
            NotificationProperties properties,
            Clock clock) {
        this.format = format;
        this.mailSender = mailSender;
        this.deliveryLog = deliveryLog;
        this.commandGateway = commandGateway;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void onMessage(Message message) {
        format.fromAmqp(message)
                .map(EventMessage::getPayload)
                .filter(NotificationRequested.class::isInstance)
                .map(NotificationRequested.class::cast)
                .ifPresent(this::deliver);
    }

    /** Called when the retries of a request are exhausted: its notification is recorded as failed. */
    void gaveUp(Message message, Throwable cause) {
        format.fromAmqp(message)
                .map(EventMessage::getPayload)
                .filter(NotificationRequested.class::isInstance)
                .map(NotificationRequested.class::cast)
                .filter(request -> !deliveryLog.delivered(request.notificationId()))
                .ifPresent(request -> commandGateway.sendAndWait(new RecordNotificationDeliveryFailed(
                        request.notificationId(), "gave up after retries: " + rootMessage(cause))));
    }

    private static String rootMessage(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    void deliver(NotificationRequested request) {
        if (deliveryLog.delivered(request.notificationId())) {
            return;
        }
        if (request.recipientEmail() == null || request.recipientEmail().isBlank()) {
            commandGateway.sendAndWait(
                    new RecordNotificationDeliveryFailed(request.notificationId(), "undeliverable: no recipient"));
            return;
        }
        var email = EmailTemplates.render(request.kind(), request.subjectId(), request.parameters());
        var mail = new SimpleMailMessage();
        mail.setFrom(properties.from());
        mail.setTo(request.recipientEmail());
        mail.setSubject(email.subject());
        mail.setText(email.body());
        try {
            mailSender.send(mail);
        } catch (MailParseException | MailPreparationException undeliverable) {
            log.warn("Notification {} cannot be delivered: {}", request.notificationId(), undeliverable.getMessage());
            commandGateway.sendAndWait(new RecordNotificationDeliveryFailed(
                    request.notificationId(), "undeliverable: " + undeliverable.getMessage()));
            return;
        }
        commandGateway.sendAndWait(new RecordNotificationDelivered(request.notificationId(), clock.instant()));
    }
}
