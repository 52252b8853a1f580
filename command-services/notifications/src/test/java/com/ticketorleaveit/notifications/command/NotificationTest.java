package com.ticketorleaveit.notifications.command;

import static org.mockito.Mockito.mock;

import com.ticketorleaveit.notifications.api.NotificationDelivered;
import com.ticketorleaveit.notifications.api.NotificationDeliveryFailed;
import com.ticketorleaveit.notifications.api.NotificationId;
import com.ticketorleaveit.notifications.api.NotificationKind;
import com.ticketorleaveit.notifications.api.NotificationRequested;
import com.ticketorleaveit.notifications.api.RecordNotificationDelivered;
import com.ticketorleaveit.notifications.api.RecordNotificationDeliveryFailed;
import com.ticketorleaveit.notifications.api.RequestNotification;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class NotificationTest {

    private static final UUID ORDER = UUID.randomUUID();
    private static final UUID CUSTOMER = UUID.randomUUID();
    private static final NotificationId NOTIFICATION = NotificationId.of(ORDER, NotificationKind.ORDER_EXPIRED);
    private static final Instant DELIVERED_AT = Instant.parse("2030-01-01T10:00:00Z");

    private AggregateTestFixture<Notification> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Notification.class);
        fixture.registerAnnotatedCommandHandler(new DeliveryLog(fixture.getRepository(), mock(JdbcTemplate.class)));
    }

    static RequestNotification anExpiryNotificationRequest() {
        return new RequestNotification(
                NOTIFICATION, CUSTOMER, "ada@example.org", NotificationKind.ORDER_EXPIRED, ORDER, Map.of());
    }

    static NotificationRequested expiryNotificationRequested() {
        return new NotificationRequested(
                NOTIFICATION, CUSTOMER, "ada@example.org", NotificationKind.ORDER_EXPIRED, ORDER, Map.of());
    }

    @Nested
    class RequestNotificationCommand {

        @Test
        void requestsTheEmail() {
            fixture.givenNoPriorActivity()
                    .when(anExpiryNotificationRequest())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(expiryNotificationRequested());
        }

        @Test
        void requestingAgainChangesNothing() {
            fixture.given(expiryNotificationRequested())
                    .when(anExpiryNotificationRequest())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class RecordNotificationDeliveredCommand {

        @Test
        void recordsDeliveryOfARequestedNotification() {
            fixture.given(expiryNotificationRequested())
                    .when(new RecordNotificationDelivered(NOTIFICATION, DELIVERED_AT))
                    .expectEvents(new NotificationDelivered(NOTIFICATION, DELIVERED_AT));
        }

        @Test
        void recordsDeliveryOnlyOnce() {
            fixture.given(expiryNotificationRequested(), new NotificationDelivered(NOTIFICATION, DELIVERED_AT))
                    .when(new RecordNotificationDelivered(NOTIFICATION, DELIVERED_AT.plusSeconds(5)))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void doesNotRecordDeliveryOfAFailedNotification() {
            fixture.given(expiryNotificationRequested(), new NotificationDeliveryFailed(NOTIFICATION, "bounced"))
                    .when(new RecordNotificationDelivered(NOTIFICATION, DELIVERED_AT))
                    .expectNoEvents();
        }
    }

    @Nested
    class RecordNotificationDeliveryFailedCommand {

        @Test
        void recordsFailureOfARequestedNotification() {
            fixture.given(expiryNotificationRequested())
                    .when(new RecordNotificationDeliveryFailed(NOTIFICATION, "undeliverable"))
                    .expectEvents(new NotificationDeliveryFailed(NOTIFICATION, "undeliverable"));
        }

        @Test
        void doesNotFailADeliveredNotification() {
            fixture.given(expiryNotificationRequested(), new NotificationDelivered(NOTIFICATION, DELIVERED_AT))
                    .when(new RecordNotificationDeliveryFailed(NOTIFICATION, "undeliverable"))
                    .expectNoEvents();
        }
    }
}
