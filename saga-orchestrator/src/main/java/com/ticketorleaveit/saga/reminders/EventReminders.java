package com.ticketorleaveit.saga.reminders;

import com.ticketorleaveit.notifications.api.NotificationId;
import com.ticketorleaveit.notifications.api.NotificationKind;
import com.ticketorleaveit.notifications.api.NotificationParameters;
import com.ticketorleaveit.notifications.api.RequestNotification;
import com.ticketorleaveit.saga.reminders.TicketHolders.Holder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Reminds ticket holders of their event {@code ticketing.saga.reminders.before} (24 h) before it starts: one mail per
 * holder and event, only to holders who want reminders, never for a cancelled event or a cancelled order. Rounds run
 * every {@code every} on one replica at a time ({@link ReminderSchedule}), so a reminder is at most that late.
 *
 * <p>Exactly once: the notification's id is derived from event and holder, so asking again is the same mail; and the
 * holder is remembered as reminded once the mail was asked for, so later rounds, other replicas and restarts skip
 * them. A holder whose mail could not be asked for is tried again at the next round.
 */
@Component
class EventReminders {

    private static final Logger log = LoggerFactory.getLogger(EventReminders.class);

    private final TicketHolders holders;
    private final CommandGateway commandGateway;
    private final ReminderProperties properties;
    private final Clock clock;

    @Autowired
    EventReminders(TicketHolders holders, CommandGateway commandGateway, ReminderProperties properties) {
        this(holders, commandGateway, properties, Clock.systemUTC());
    }

    EventReminders(TicketHolders holders, CommandGateway commandGateway, ReminderProperties properties, Clock clock) {
        this.holders = holders;
        this.commandGateway = commandGateway;
        this.properties = properties;
        this.clock = clock;
    }

    /** One round; answers how many holders were reminded. */
    int remind() {
        Instant now = clock.instant();
        List<Holder> due = holders.due(now, properties.before(), properties.batch());
        int reminded = 0;
        for (Holder holder : due) {
            try {
                commandGateway.sendAndWait(reminder(holder));
                holders.reminded(holder, now);
                reminded++;
            } catch (RuntimeException e) {
                log.warn(
                        "Could not remind {} of event {}; the next round tries again: {}",
                        holder.customerId(),
                        holder.eventId(),
                        e.toString());
            }
        }
        return reminded;
    }

    static RequestNotification reminder(Holder holder) {
        UUID subject = UUID.nameUUIDFromBytes(
                ("reminder:" + holder.eventId() + ":" + holder.customerId()).getBytes(StandardCharsets.UTF_8));
        return new RequestNotification(
                NotificationId.of(subject, NotificationKind.EVENT_REMINDER),
                holder.customerId(),
                holder.email(),
                NotificationKind.EVENT_REMINDER,
                holder.eventId(),
                Map.of(
                        NotificationParameters.EVENT_ID, holder.eventId().toString(),
                        NotificationParameters.EVENT_NAME, holder.eventName(),
                        NotificationParameters.STARTS_AT, holder.startsAt().toString(),
                        NotificationParameters.VENUE, holder.venue()));
    }
}
