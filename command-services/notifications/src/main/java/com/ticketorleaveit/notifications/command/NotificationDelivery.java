package com.ticketorleaveit.notifications.command;

import com.ticketorleaveit.notifications.api.NotificationDeliveryFailed;
import com.ticketorleaveit.notifications.api.NotificationRequested;
import com.ticketorleaveit.notifications.api.RecordNotificationDelivered;
import com.ticketorleaveit.notifications.api.RecordNotificationDeliveryFailed;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends the email of each requested notification and records its delivery. It is fed by its own queue (see
 * {@code IntegrationTopology.NOTIFICATION_DELIVERY}), many notifications at once. An SMTP failure propagates, so the
 * consumer retries with backoff; when it gives up, the notification is recorded as failed and the request
 * dead-lettered. An email that can never be built (a malformed address) is recorded as failed at once. A
 * redelivered request of a delivered notification sends nothing.
 */
@ProcessingGroup(NotificationDelivery.PROCESSING_GROUP)
class NotificationDelivery {

    static final String PROCESSING_GROUP = "notification-delivery";

    static final String MAIL_OBSERVATION = "ticketing.notifications.mail";

    private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);

    private final JavaMailSender mailSender;
    private final DeliveryLog deliveryLog;
    private final CommandGateway commandGateway;
    private final NotificationProperties properties;
    private final Clock clock;
    private final ObservationRegistry observations;

    NotificationDelivery(
            JavaMailSender mailSender,
            DeliveryLog deliveryLog,
            CommandGateway commandGateway,
            NotificationProperties properties,
            Clock clock,
            ObservationRegistry observations) {
        this.mailSender = mailSender;
        this.deliveryLog = deliveryLog;
        this.commandGateway = commandGateway;
        this.properties = properties;
        this.clock = clock;
        this.observations = observations;
    }

    /** Called when a request is dead-lettered: its notification is recorded as failed. */
    void gaveUp(EventMessage<?> event, Throwable cause) {
        if (event != null
                && event.getPayload() instanceof NotificationRequested request
                && !deliveryLog.delivered(request.notificationId())) {
            log.warn("Notification {} given up after retries: {}", request.notificationId(), rootMessage(cause));
            commandGateway.sendAndWait(new RecordNotificationDeliveryFailed(
                    request.notificationId(), NotificationDeliveryFailed.GAVE_UP_AFTER_RETRIES));
        }
    }

    private static String rootMessage(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    private SimpleMailMessage plain(NotificationRequested request, EmailTemplates.Email email) {
        var mail = new SimpleMailMessage();
        mail.setFrom(properties.from());
        mail.setTo(request.recipientEmail());
        mail.setSubject(email.subject());
        mail.setText(email.body());
        return mail;
    }

    /** The text first, then each attachment (a ticket's QR code): a multipart message. */
    private void withAttachments(MimeMessage mime, NotificationRequested request, EmailTemplates.Email email)
            throws MessagingException {
        var mail = new MimeMessageHelper(mime, true, "UTF-8");
        mail.setFrom(properties.from());
        mail.setTo(request.recipientEmail());
        mail.setSubject(email.subject());
        mail.setText(email.body());
        for (EmailTemplates.Attachment attachment : email.attachments()) {
            mail.addAttachment(
                    attachment.filename(), new ByteArrayResource(attachment.content()), attachment.contentType());
        }
    }

    private void send(NotificationRequested request, EmailTemplates.Email email) {
        if (email.attachments().isEmpty()) {
            mailSender.send(plain(request, email));
        } else {
            mailSender.send(mime -> withAttachments(mime, request, email));
        }
    }

    @EventHandler
    void deliver(NotificationRequested request) {
        if (deliveryLog.delivered(request.notificationId())) {
            return;
        }
        if (request.recipientEmail() == null || request.recipientEmail().isBlank()) {
            commandGateway.sendAndWait(new RecordNotificationDeliveryFailed(
                    request.notificationId(), NotificationDeliveryFailed.NO_RECIPIENT));
            return;
        }
        var email = EmailTemplates.render(request.kind(), request.subjectId(), request.parameters());
        try {
            // the SMTP conversation as a span of the purchase's trace (ADR 28)
            Observation.createNotStarted(MAIL_OBSERVATION, observations)
                    .contextualName("smtp send")
                    .lowCardinalityKeyValue("kind", request.kind().name())
                    .observe(() -> send(request, email));
        } catch (MailParseException | MailPreparationException undeliverable) {
            log.warn("Notification {} cannot be delivered: {}", request.notificationId(), undeliverable.getMessage());
            commandGateway.sendAndWait(new RecordNotificationDeliveryFailed(
                    request.notificationId(), NotificationDeliveryFailed.UNDELIVERABLE));
            return;
        }
        commandGateway.sendAndWait(new RecordNotificationDelivered(request.notificationId(), clock.instant()));
    }
}
