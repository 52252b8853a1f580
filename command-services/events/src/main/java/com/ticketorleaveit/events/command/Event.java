package com.ticketorleaveit.events.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.ticketorleaveit.events.api.CancelEvent;
import com.ticketorleaveit.events.api.CreateEvent;
import com.ticketorleaveit.events.api.EventCancelled;
import com.ticketorleaveit.events.api.EventCreated;
import com.ticketorleaveit.events.api.EventErrors;
import com.ticketorleaveit.events.api.EventId;
import com.ticketorleaveit.events.api.EventPublished;
import com.ticketorleaveit.events.api.PublishEvent;
import com.ticketorleaveit.events.api.Tier;
import com.ticketorleaveit.events.api.TierId;
import com.ticketorleaveit.platform.refusal.Refusals;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** An event an organizer sells tickets for: a draft until published, then on sale, until it takes place or is cancelled. */
@Aggregate
class Event {

    static final int MAX_TIERS = 20;
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    @AggregateIdentifier
    private EventId eventId;

    private UUID organizerUserId;
    private List<TierId> tierIds;
    private boolean published;
    private boolean cancelled;

    Event() {}

    @CommandHandler
    Event(CreateEvent command) {
        if (command.startsAt() == null
                || command.endsAt() == null
                || !command.endsAt().isAfter(command.startsAt())) {
            throw Refusals.ruleViolation(EventErrors.INVALID_SCHEDULE, "An event must end after it starts.");
        }
        checkTiers(command.tiers());
        apply(new EventCreated(
                command.eventId(),
                command.organizerUserId(),
                command.name(),
                command.type(),
                command.description(),
                orEmpty(command.tags()),
                command.venue(),
                command.startsAt(),
                command.endsAt(),
                orEmpty(command.vendorIds()),
                List.copyOf(command.tiers())));
    }

    @CommandHandler
    void handle(PublishEvent command) {
        if (!command.requestedByAdmin() && !organizerUserId.equals(command.requestedBy())) {
            throw Refusals.notPermitted(EventErrors.NOT_EVENT_OWNER, "Only the event's organizer may publish it.");
        }
        if (published || cancelled) {
            return;
        }
        apply(new EventPublished(eventId, tierIds));
    }

    /** The owner or an admin cancels the event, for good: its sales close and its orders are refunded. */
    @CommandHandler
    void handle(CancelEvent command) {
        if (!command.requestedByAdmin() && !organizerUserId.equals(command.requestedBy())) {
            throw Refusals.notPermitted(EventErrors.NOT_EVENT_OWNER, "Only the event's organizer may cancel it.");
        }
        if (cancelled) {
            return;
        }
        apply(new EventCancelled(eventId, tierIds, command.requestedBy(), command.requestedAt()));
    }

    @EventSourcingHandler
    void on(EventCreated event) {
        eventId = event.eventId();
        organizerUserId = event.organizerUserId();
        tierIds = event.tiers().stream().map(Tier::tierId).toList();
    }

    @EventSourcingHandler
    void on(EventPublished event) {
        published = true;
    }

    @EventSourcingHandler
    void on(EventCancelled event) {
        cancelled = true;
    }

    private static void checkTiers(List<Tier> tiers) {
        if (tiers == null || tiers.isEmpty() || tiers.size() > MAX_TIERS) {
            throw invalidTiers("An event has between 1 and " + MAX_TIERS + " tiers.");
        }
        Set<String> names = new HashSet<>();
        Set<TierId> ids = new HashSet<>();
        for (Tier tier : tiers) {
            if (tier.name() == null || tier.name().isBlank()) {
                throw invalidTiers("Every tier needs a name.");
            }
            // names tell tiers apart for buyers, so "VIP" and "vip " are the same tier
            if (!names.add(tier.name().strip().toLowerCase(Locale.ROOT))) {
                throw invalidTiers("Tier names must be distinct: " + tier.name() + " appears twice.");
            }
            if (tier.tierId() == null || !ids.add(tier.tierId())) {
                throw invalidTiers("Every tier needs its own id.");
            }
            if (tier.capacity() < 1) {
                throw invalidTiers("Tier " + tier.name() + " needs at least one seat.");
            }
            if (tier.perOrderLimit() < 1 || tier.perOrderLimit() > tier.capacity()) {
                throw invalidTiers("Tier " + tier.name() + ": the per-order limit must be between 1 and the capacity.");
            }
            if (tier.priceMinor() < 0) {
                throw invalidTiers("Tier " + tier.name() + ": the price cannot be negative.");
            }
            if (tier.currency() == null || !CURRENCY.matcher(tier.currency()).matches()) {
                throw invalidTiers("Tier " + tier.name() + ": the currency is a three-letter ISO 4217 code.");
            }
        }
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    private static RuntimeException invalidTiers(String message) {
        return Refusals.invalid(EventErrors.INVALID_TIERS, message);
    }
}
