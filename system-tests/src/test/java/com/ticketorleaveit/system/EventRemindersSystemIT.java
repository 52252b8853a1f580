package com.ticketorleaveit.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Ticket holders are reminded of their event {@link RunningSystem#REMINDER_BEFORE} before it starts: once each, also
 * across a restart of every orchestrator, and not when they turned reminders off or the event was cancelled.
 */
class EventRemindersSystemIT extends SystemTest {

    /** Long enough to publish and buy before the reminders fall due. */
    private static final Duration STARTS_IN = RunningSystem.REMINDER_BEFORE.plusSeconds(45);

    @Test
    void remindsEachHolderOnceButNobodyWhoOptedOutNorForACancelledEvent() throws Exception {
        var organizer = ticketing.anOrganizer();
        var event = ticketing.aPublishedEventStartingIn(STARTS_IN, organizer, 10, 4);
        var cancelled = ticketing.aPublishedEventStartingIn(STARTS_IN, organizer, 10, 4);
        var keen = ticketing.aCustomer();
        var quiet = ticketing.aCustomer();
        var unlucky = ticketing.aCustomer();
        var optOut =
                ticketing.api.put("/api/v1/users/me/preferences", quiet.accessToken(), Map.of("eventReminders", false));
        assertThat(optOut.status()).as("%s", optOut).isEqualTo(200);
        assertThat(optOut.json().get("eventReminders").asBoolean()).isFalse();
        // two orders, one reminder
        ticketing.finalOrder(keen, ticketing.buy(keen, event, 1, "tok_approve"));
        ticketing.finalOrder(keen, ticketing.buy(keen, event, 2, "tok_approve"));
        ticketing.finalOrder(quiet, ticketing.buy(quiet, event, 1, "tok_approve"));
        ticketing.finalOrder(unlucky, ticketing.buy(unlucky, cancelled, 1, "tok_approve"));
        assertThat(ticketing.cancelEvent(organizer, cancelled).status()).isEqualTo(202);
        Ticketing.eventually(
                "reminders turned off in the profile",
                () -> ticketing.api.get("/api/v1/users/me", quiet.accessToken()),
                r -> r.status() == 200
                        && !r.json().path("preferences").path("eventReminders").asBoolean());

        MimeMessage reminder = ticketing
                .mailsAbout(keen, "Reminder:", Duration.ofSeconds(90), mails -> !mails.isEmpty())
                .get(0);
        system.crash("saga-orchestrator");
        system.crash("saga-orchestrator-2");
        system.restart("saga-orchestrator", "saga-orchestrator-2");
        // a few rounds of the restarted orchestrators
        Thread.sleep(Duration.ofSeconds(8).toMillis());

        assertThat(Ticketing.subject(reminder)).contains("is coming up");
        assertThat(reminder.getContent().toString()).contains("starts").contains("Blue Room, Springfield");
        assertThat(remindersTo(keen)).hasSize(1);
        assertThat(remindersTo(quiet)).isEmpty();
        assertThat(remindersTo(unlucky)).isEmpty();
    }

    private static List<MimeMessage> remindersTo(Ticketing.User user) {
        return system.mailsTo(user.email()).stream()
                .filter(mail -> Ticketing.subject(mail).startsWith("Reminder:"))
                .toList();
    }
}
