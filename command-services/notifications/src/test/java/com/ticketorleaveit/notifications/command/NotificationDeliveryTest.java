package com.ticketorleaveit.notifications.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.ticketorleaveit.notifications.api.NotificationDeliveryFailed;
import com.ticketorleaveit.notifications.api.NotificationId;
import com.ticketorleaveit.notifications.api.NotificationKind;
import com.ticketorleaveit.notifications.api.NotificationRequested;
import com.ticketorleaveit.notifications.api.RecordNotificationDelivered;
import com.ticketorleaveit.notifications.api.RecordNotificationDeliveryFailed;
import com.ticketorleaveit.platform.messaging.IntegrationTopology;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

class NotificationDeliveryTest {

    private static final Instant NOW = Instant.parse("2030-01-01T10:00:00Z");
    private static final UUID ORDER = UUID.randomUUID();
    private static final NotificationId NOTIFICATION = NotificationId.of(ORDER, NotificationKind.ORDER_EXPIRED);

    private final JavaMailSender mailSender = mock(JavaMailSender.class);
    private final DeliveryLog deliveryLog = mock(DeliveryLog.class);
    private final List<Object> commands = new ArrayList<>();
    private NotificationDelivery delivery;

    @BeforeEach
    void setUp() {
        var bus = SimpleCommandBus.builder().build();
        for (Class<?> type : List.of(RecordNotificationDelivered.class, RecordNotificationDeliveryFailed.class)) {
            bus.subscribe(type.getName(), command -> {
                commands.add(command.getPayload());
                return null;
            });
        }
        delivery = new NotificationDelivery(
                mailSender,
                deliveryLog,
                DefaultCommandGateway.builder().commandBus(bus).build(),
                new NotificationProperties("tickets@ticket-or-leave-it.local"),
                Clock.fixed(NOW, ZoneOffset.UTC),
                ObservationRegistry.NOOP);
    }

    private static NotificationRequested anExpiryNotificationTo(String email) {
        return new NotificationRequested(
                NOTIFICATION, UUID.randomUUID(), email, NotificationKind.ORDER_EXPIRED, ORDER, Map.of());
    }

    @Test
    void sendsAConfirmationWithItsQrCodesAsAMultipartMessage() throws Exception {
        var confirmation = new NotificationRequested(
                NotificationId.of(ORDER, NotificationKind.ORDER_CONFIRMED),
                UUID.randomUUID(),
                "ada@example.org",
                NotificationKind.ORDER_CONFIRMED,
                ORDER,
                Map.of("ticketCodes", "CODEONE", "qrPayloads", "T1.one.sig"));

        delivery.deliver(confirmation);

        var prepared = ArgumentCaptor.forClass(org.springframework.mail.javamail.MimeMessagePreparator.class);
        verify(mailSender).send(prepared.capture());
        var mime = new jakarta.mail.internet.MimeMessage((jakarta.mail.Session) null);
        prepared.getValue().prepare(mime);
        mime.saveChanges();
        var parts = (jakarta.mail.internet.MimeMultipart) mime.getContent();
        var attachment = parts.getBodyPart(parts.getCount() - 1);
        assertThat(mime.getAllRecipients()).extracting(Object::toString).containsExactly("ada@example.org");
        assertThat(attachment.getFileName()).isEqualTo("ticket-CODEONE.png");
        assertThat(attachment.getContentType()).startsWith("image/png");
    }

    @Test
    void sendsTheEmailAndRecordsItsDelivery() {
        delivery.deliver(anExpiryNotificationTo("ada@example.org"));

        var sent = ArgumentCaptor.forClass(SimpleMailMessage.class);
        verify(mailSender).send(sent.capture());
        assertThat(sent.getValue().getTo()).containsExactly("ada@example.org");
        assertThat(sent.getValue().getFrom()).isEqualTo("tickets@ticket-or-leave-it.local");
        assertThat(sent.getValue().getSubject()).isEqualTo("Your order has expired");
        assertThat(commands).containsExactly(new RecordNotificationDelivered(NOTIFICATION, NOW));
    }

    @Test
    void sendsNothingForANotificationAlreadyDelivered() {
        when(deliveryLog.delivered(NOTIFICATION)).thenReturn(true);

        delivery.deliver(anExpiryNotificationTo("ada@example.org"));

        verify(mailSender, never()).send(any(SimpleMailMessage.class));
        assertThat(commands).isEmpty();
    }

    @Test
    void propagatesAnSmtpFailureSoTheMessageIsRetried() {
        doThrow(new MailSendException("connection refused")).when(mailSender).send(any(SimpleMailMessage.class));

        assertThatThrownBy(() -> delivery.deliver(anExpiryNotificationTo("ada@example.org")))
                .isInstanceOf(MailSendException.class);
        assertThat(commands).isEmpty();
    }

    @Test
    void recordsFailureForAnEmailThatCanNeverBeSent() {
        doThrow(new MailParseException("bad address")).when(mailSender).send(any(SimpleMailMessage.class));

        delivery.deliver(anExpiryNotificationTo("not an address"));

        // the library's words stay in the log: the recipient sees a code
        assertThat(commands)
                .containsExactly(
                        new RecordNotificationDeliveryFailed(NOTIFICATION, NotificationDeliveryFailed.UNDELIVERABLE));
    }

    @Test
    void recordsFailureForANotificationWithoutRecipient() {
        delivery.deliver(anExpiryNotificationTo(" "));

        verify(mailSender, never()).send(any(SimpleMailMessage.class));
        assertThat(commands)
                .containsExactly(
                        new RecordNotificationDeliveryFailed(NOTIFICATION, NotificationDeliveryFailed.NO_RECIPIENT));
    }

    @Test
    void recordsFailureWhenRetriesAreExhausted() {
        var request = GenericEventMessage.asEventMessage(anExpiryNotificationTo("ada@example.org"));

        delivery.gaveUp(request, new MailSendException("connection refused"));

        assertThat(commands)
                .containsExactly(new RecordNotificationDeliveryFailed(
                        NOTIFICATION, NotificationDeliveryFailed.GAVE_UP_AFTER_RETRIES));
    }

    @Test
    void recordsNoFailureWhenTheNotificationWasDeliveredMeanwhile() {
        when(deliveryLog.delivered(NOTIFICATION)).thenReturn(true);
        var request = GenericEventMessage.asEventMessage(anExpiryNotificationTo("ada@example.org"));

        delivery.gaveUp(request, new MailSendException("connection refused"));

        assertThat(commands).isEmpty();
    }

    @Test
    void queueSubscribesToWhatDeliveryHandles() {
        assertThat(new java.util.TreeSet<>(IntegrationTopology.NOTIFICATION_DELIVERY.routingKeys()))
                .isEqualTo(IntegrationTopology.routingKeysHandledBy(NotificationDelivery.class));
        assertThat(IntegrationTopology.NOTIFICATION_DELIVERY.processingGroup())
                .isEqualTo(NotificationDelivery.PROCESSING_GROUP);
    }
}
