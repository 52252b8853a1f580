package com.ticketorleaveit.events.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.ticketorleaveit.events.api.AddTier;
import com.ticketorleaveit.events.api.BookVendor;
import com.ticketorleaveit.events.api.CancelEvent;
import com.ticketorleaveit.events.api.ChangeTier;
import com.ticketorleaveit.events.api.CloseSales;
import com.ticketorleaveit.events.api.CloseSalesAtStart;
import com.ticketorleaveit.events.api.CreateEvent;
import com.ticketorleaveit.events.api.EventCancelled;
import com.ticketorleaveit.events.api.EventCreated;
import com.ticketorleaveit.events.api.EventDetailsChanged;
import com.ticketorleaveit.events.api.EventErrors;
import com.ticketorleaveit.events.api.EventId;
import com.ticketorleaveit.events.api.EventPublished;
import com.ticketorleaveit.events.api.EventRescheduled;
import com.ticketorleaveit.events.api.EventSalesClosed;
import com.ticketorleaveit.events.api.PublishEvent;
import com.ticketorleaveit.events.api.SalesClosedTiers;
import com.ticketorleaveit.events.api.SalesClosure;
import com.ticketorleaveit.events.api.Tier;
import com.ticketorleaveit.events.api.TierAdded;
import com.ticketorleaveit.events.api.TierChangeAccepted;
import com.ticketorleaveit.events.api.TierChanged;
import com.ticketorleaveit.events.api.TierId;
import com.ticketorleaveit.events.api.TierSalesWindowChanged;
import com.ticketorleaveit.events.api.UnbookVendor;
import com.ticketorleaveit.events.api.UpdateEvent;
import com.ticketorleaveit.events.api.VendorBooked;
import com.ticketorleaveit.events.api.VendorUnbooked;
import com.ticketorleaveit.platform.refusal.Refusals;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An event an organizer sells tickets for: a draft until published, then on sale until its sales close (by its
 * organizer, or when it starts), unless it is cancelled. Its details and times may change until it is cancelled; its
 * tiers only while it is a draft, except their capacity, which the tier's seat inventory decides once seats can be
 * sold (ADR 17). Someone other than the owner or an admin is told the event does not exist, as for every resource of
 * someone else's.
 */
@Aggregate
class Event {

    static final int MAX_TIERS = 20;
    /** As many as an event may be created with. */
    static final int MAX_VENDORS = 50;

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    @AggregateIdentifier
    private EventId eventId;

    private UUID organizerUserId;
    private EventDetailsChanged details;
    private OffsetDateTime startsAt;
    private OffsetDateTime endsAt;
    /** The tiers in their order; their capacity is the event's own view only until the event is published. */
    private Map<TierId, Tier> tiers;

    private Map<TierId, TierSalesWindowChanged> saleWindows;
    private Set<UUID> vendorIds;

    private boolean published;
    private boolean salesClosed;
    private boolean cancelled;

    Event() {}

    @CommandHandler
    Event(CreateEvent command) {
        checkSchedule(command.startsAt(), command.endsAt());
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
        apply(new EventPublished(eventId, tierIds()));
    }

    /** Details, venue, times and images; a new start is told to the tiers by {@link EventRescheduled}. */
    @CommandHandler
    void handle(UpdateEvent command) {
        checkOwner(command.requestedBy(), command.requestedByAdmin());
        checkNotCancelled();
        EventDetailsChanged changed = new EventDetailsChanged(
                eventId,
                or(command.name(), details.name()),
                or(command.type(), details.type()),
                or(command.description(), details.description()),
                command.tags() == null ? details.tags() : List.copyOf(command.tags()),
                or(command.venue(), details.venue()),
                command.imageUrls() == null ? details.imageUrls() : List.copyOf(command.imageUrls()));
        OffsetDateTime newStart = or(command.startsAt(), startsAt);
        OffsetDateTime newEnd = or(command.endsAt(), endsAt);
        checkSchedule(newStart, newEnd);
        if (!changed.equals(details)) {
            apply(changed);
        }
        // the same instants written in another offset are another announcement, but the same moments
        if (!newStart.isEqual(startsAt) || !newEnd.isEqual(endsAt) || !sameOffsets(newStart, newEnd)) {
            apply(new EventRescheduled(eventId, newStart, newEnd, tierIds()));
        }
    }

    /** "Before sales open" means before publication: a published event's tiers are what buyers were offered. */
    @CommandHandler
    void handle(AddTier command) {
        checkOwner(command.requestedBy(), command.requestedByAdmin());
        checkNotCancelled();
        checkDraft("Tiers are added before the event is published.");
        List<Tier> all = new ArrayList<>(tiers.values());
        all.add(command.tier());
        checkTiers(all);
        apply(new TierAdded(eventId, command.tier(), startsAt));
    }

    /**
     * A draft's tier changes here. A published event's tier may change its capacity only, which this event cannot
     * decide (it does not count seats): it answers the capacity for the tier's inventory to decide.
     */
    @CommandHandler
    TierChangeAccepted handle(ChangeTier command) {
        checkOwner(command.requestedBy(), command.requestedByAdmin());
        Tier tier = tiers.get(command.tierId());
        if (tier == null) {
            throw Refusals.notFound(
                    EventErrors.TIER_NOT_FOUND, "Event " + eventId + " has no tier " + command.tierId() + ".");
        }
        checkNotCancelled();
        if (command.capacity() != null && command.capacity() < 1) {
            throw invalidTiers("Tier " + tier.name() + " needs at least one seat.");
        }
        Optional<TierSalesWindowChanged> window = windowChange(command);
        if (published) {
            if (command.name() != null
                    || command.priceMinor() != null
                    || command.currency() != null
                    || command.perOrderLimit() != null) {
                throw Refusals.conflict(
                        EventErrors.EVENT_ALREADY_PUBLISHED,
                        "Event " + eventId + " is published: only a tier's capacity and sale window may change now.");
            }
            window.ifPresent(AggregateLifecycle::apply);
            return new TierChangeAccepted(command.capacity());
        }
        Tier changed = new Tier(
                tier.tierId(),
                command.name() == null ? tier.name() : command.name().strip(),
                or(command.priceMinor(), tier.priceMinor()),
                or(command.currency(), tier.currency()),
                or(command.capacity(), tier.capacity()),
                or(command.perOrderLimit(), tier.perOrderLimit()));
        Map<TierId, Tier> all = new LinkedHashMap<>(tiers);
        all.put(changed.tierId(), changed);
        checkTiers(List.copyOf(all.values()));
        if (!changed.equals(tier)) {
            apply(new TierChanged(eventId, changed));
        }
        window.ifPresent(AggregateLifecycle::apply);
        return new TierChangeAccepted(null);
    }

    /** A window given whole, ending after it starts; the same window again is no change. */
    private Optional<TierSalesWindowChanged> windowChange(ChangeTier command) {
        if (command.salesStartAt() == null && command.salesEndAt() == null) {
            return Optional.empty();
        }
        if (command.salesStartAt() != null
                && command.salesEndAt() != null
                && !command.salesEndAt().isAfter(command.salesStartAt())) {
            throw Refusals.ruleViolation(EventErrors.INVALID_SALES_WINDOW, "A tier's sales end after they start.");
        }
        var change =
                new TierSalesWindowChanged(eventId, command.tierId(), command.salesStartAt(), command.salesEndAt());
        return change.equals(saleWindows.get(command.tierId())) ? Optional.empty() : Optional.of(change);
    }

    /** A vendor the directory said exists and is active; until the event is cancelled. */
    @CommandHandler
    void handle(BookVendor command) {
        checkOwner(command.requestedBy(), command.requestedByAdmin());
        checkNotCancelled();
        if (vendorIds.contains(command.vendorId())) {
            return;
        }
        if (vendorIds.size() >= MAX_VENDORS) {
            throw Refusals.ruleViolation(
                    EventErrors.TOO_MANY_VENDORS, "An event books at most " + MAX_VENDORS + " vendors.");
        }
        apply(new VendorBooked(eventId, command.vendorId()));
    }

    @CommandHandler
    void handle(UnbookVendor command) {
        checkOwner(command.requestedBy(), command.requestedByAdmin());
        checkNotCancelled();
        if (vendorIds.contains(command.vendorId())) {
            apply(new VendorUnbooked(eventId, command.vendorId()));
        }
    }

    /** Sales close for good; tickets sold stay valid. Answers the tiers whose inventories are to close. */
    @CommandHandler
    SalesClosedTiers handle(CloseSales command) {
        checkOwner(command.requestedBy(), command.requestedByAdmin());
        checkNotCancelled();
        if (!published) {
            throw Refusals.conflict(
                    EventErrors.EVENT_NOT_PUBLISHED, "Event " + eventId + " is a draft: its sales never opened.");
        }
        if (!salesClosed) {
            apply(new EventSalesClosed(
                    eventId, tierIds(), SalesClosure.REQUESTED, command.requestedBy(), command.requestedAt()));
        }
        return new SalesClosedTiers(tierIds());
    }

    /** The start this was scheduled for must still be the event's: a moved event closes at its new start. */
    @CommandHandler
    void handle(CloseSalesAtStart command) {
        if (published && !salesClosed && !cancelled && startsAt.toInstant().equals(command.startsAt())) {
            apply(new EventSalesClosed(eventId, tierIds(), SalesClosure.EVENT_STARTED, null, command.startsAt()));
        }
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
        apply(new EventCancelled(eventId, tierIds(), command.requestedBy(), command.requestedAt()));
    }

    @EventSourcingHandler
    void on(EventCreated event) {
        eventId = event.eventId();
        organizerUserId = event.organizerUserId();
        details = new EventDetailsChanged(
                event.eventId(),
                event.name(),
                event.type(),
                event.description(),
                event.tags(),
                event.venue(),
                List.of());
        startsAt = event.startsAt();
        endsAt = event.endsAt();
        tiers = new LinkedHashMap<>();
        event.tiers().forEach(tier -> tiers.put(tier.tierId(), tier));
        saleWindows = new HashMap<>();
        vendorIds = new HashSet<>(event.vendorIds());
    }

    @EventSourcingHandler
    void on(VendorBooked event) {
        vendorIds.add(event.vendorId());
    }

    @EventSourcingHandler
    void on(VendorUnbooked event) {
        vendorIds.remove(event.vendorId());
    }

    @EventSourcingHandler
    void on(TierSalesWindowChanged event) {
        saleWindows.put(event.tierId(), event);
    }

    @EventSourcingHandler
    void on(EventDetailsChanged event) {
        details = event;
    }

    @EventSourcingHandler
    void on(EventRescheduled event) {
        startsAt = event.startsAt();
        endsAt = event.endsAt();
    }

    @EventSourcingHandler
    void on(TierAdded event) {
        tiers.put(event.tier().tierId(), event.tier());
    }

    @EventSourcingHandler
    void on(TierChanged event) {
        tiers.put(event.tier().tierId(), event.tier());
    }

    @EventSourcingHandler
    void on(EventSalesClosed event) {
        salesClosed = true;
    }

    @EventSourcingHandler
    void on(EventPublished event) {
        published = true;
    }

    @EventSourcingHandler
    void on(EventCancelled event) {
        cancelled = true;
    }

    private List<TierId> tierIds() {
        return List.copyOf(tiers.keySet());
    }

    private void checkOwner(UUID requestedBy, boolean requestedByAdmin) {
        if (!requestedByAdmin && !organizerUserId.equals(requestedBy)) {
            throw Refusals.notFound(EventErrors.EVENT_NOT_FOUND, "No event " + eventId + ".");
        }
    }

    private void checkNotCancelled() {
        if (cancelled) {
            throw Refusals.conflict(EventErrors.EVENT_CANCELLED, "Event " + eventId + " is cancelled.");
        }
    }

    private void checkDraft(String why) {
        if (published) {
            throw Refusals.conflict(EventErrors.EVENT_ALREADY_PUBLISHED, "Event " + eventId + " is published. " + why);
        }
    }

    private static void checkSchedule(OffsetDateTime startsAt, OffsetDateTime endsAt) {
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw Refusals.ruleViolation(EventErrors.INVALID_SCHEDULE, "An event must end after it starts.");
        }
    }

    private boolean sameOffsets(OffsetDateTime newStart, OffsetDateTime newEnd) {
        return newStart.getOffset().equals(startsAt.getOffset())
                && newEnd.getOffset().equals(endsAt.getOffset());
    }

    private static <T> T or(T value, T otherwise) {
        return value == null ? otherwise : value;
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
