package com.ticketorleaveit.saga.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.notifications.api.NotificationKind;
import com.ticketorleaveit.notifications.api.RequestNotification;
import com.ticketorleaveit.saga.RecordingCommandGateway;
import com.ticketorleaveit.saga.reminders.TicketHolders.Holder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventRemindersTest {

    private static final Instant NOW = Instant.parse("2027-05-31T20:00:00Z");
    private static final ReminderProperties PROPERTIES =
            new ReminderProperties(Duration.ofHours(24), Duration.ofMinutes(5), 500);

    private final Holders holders = new Holders();

    @Test
    void asksForOneReminderPerHolderAndRemembersThemOnceAsked() {
        Holder ada = aHolder();
        Holder bob = aHolder();
        holders.due.addAll(List.of(ada, bob));
        var gateway = new RecordingCommandGateway();

        int reminded = reminders(gateway).remind();

        assertThat(reminded).isEqualTo(2);
        assertThat(gateway.sent()).hasSize(2).allSatisfy(command -> assertThat(((RequestNotification) command).kind())
                .isEqualTo(NotificationKind.EVENT_REMINDER));
        var first = (RequestNotification) gateway.sent().get(0);
        assertThat(first.recipientUserId()).isEqualTo(ada.customerId());
        assertThat(first.recipientEmail()).isEqualTo(ada.email());
        assertThat(first.subjectId()).isEqualTo(ada.eventId());
        assertThat(first.parameters())
                .containsEntry("eventName", "Jazz Night")
                .containsEntry("startsAt", "2027-06-01T20:00+02:00")
                .containsEntry("venue", "Blue Room, Springfield");
        assertThat(holders.reminded).containsExactly(ada, bob);
    }

    @Test
    void theSameHolderAndEventAlwaysMakeTheSameNotificationSoARepeatIsOneMail() {
        Holder ada = aHolder();

        assertThat(EventReminders.reminder(ada).notificationId())
                .isEqualTo(EventReminders.reminder(ada).notificationId());
        assertThat(EventReminders.reminder(ada).notificationId())
                .isNotEqualTo(EventReminders.reminder(aHolder()).notificationId());
    }

    @Test
    void aHolderWhoseMailCouldNotBeAskedForIsNotRememberedAndComesBackNextRound() {
        Holder unlucky = aHolder();
        Holder lucky = aHolder();
        holders.due.addAll(List.of(unlucky, lucky));
        var gateway = new RecordingCommandGateway(command -> {
            if (((RequestNotification) command).recipientUserId().equals(unlucky.customerId())) {
                throw new IllegalStateException("no node answers");
            }
            return null;
        });

        int reminded = reminders(gateway).remind();

        assertThat(reminded).isEqualTo(1);
        assertThat(holders.reminded).containsExactly(lucky);
    }

    @Test
    void looksForHoldersOfEventsStartingWithinTheReminderTime() {
        reminders(new RecordingCommandGateway()).remind();

        assertThat(holders.askedAt).isEqualTo(NOW);
        assertThat(holders.askedBefore).isEqualTo(Duration.ofHours(24));
        assertThat(holders.askedLimit).isEqualTo(500);
    }

    private EventReminders reminders(RecordingCommandGateway gateway) {
        return new EventReminders(holders, gateway, PROPERTIES, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Holder aHolder() {
        return new Holder(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "someone@example.org",
                "Jazz Night",
                OffsetDateTime.parse("2027-06-01T20:00:00+02:00"),
                "Blue Room, Springfield");
    }

    private static final class Holders implements TicketHolders {

        final List<Holder> due = new ArrayList<>();
        final List<Holder> reminded = new ArrayList<>();
        Instant askedAt;
        Duration askedBefore;
        int askedLimit;

        @Override
        public List<Holder> due(Instant now, Duration before, int limit) {
            askedAt = now;
            askedBefore = before;
            askedLimit = limit;
            return due;
        }

        @Override
        public void reminded(Holder holder, Instant at) {
            reminded.add(holder);
        }
    }
}
