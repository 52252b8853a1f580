package com.ticketorleaveit.events.command.web;

import com.ticketorleaveit.events.api.AddTier;
import com.ticketorleaveit.events.api.BookVendor;
import com.ticketorleaveit.events.api.CancelEvent;
import com.ticketorleaveit.events.api.CreateEvent;
import com.ticketorleaveit.events.api.EventErrors;
import com.ticketorleaveit.events.api.EventId;
import com.ticketorleaveit.events.api.PublishEvent;
import com.ticketorleaveit.events.api.Tier;
import com.ticketorleaveit.events.api.TierId;
import com.ticketorleaveit.events.api.UnbookVendor;
import com.ticketorleaveit.events.api.UpdateEvent;
import com.ticketorleaveit.events.api.Venue;
import com.ticketorleaveit.events.command.vendors.VendorDirectory;
import com.ticketorleaveit.events.command.vendors.VendorDirectoryUnavailable;
import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.platform.web.Caller;
import com.ticketorleaveit.platform.web.CommandFailures;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Organizers create, change, publish and cancel events, add tiers to their drafts, and book and unbook vendors; a
 * vendor booked (at creation or later) is checked against the vendor directory first: it must exist and be active. A
 * cancellation answers 202: sales close at once, and the event's confirmed orders are cancelled and refunded
 * afterwards ({@code GET /api/v1/events/{id}/refunds} shows how far that is). Changing a tier and closing sales involve
 * the tiers' seat inventories too, and are answered next door (ADR 17).
 */
@RestController
@RequestMapping("/api/v1/events")
public class EventController {

    private static final Logger log = LoggerFactory.getLogger(EventController.class);

    private final CommandGateway commandGateway;
    private final VendorDirectory vendorDirectory;
    private final Clock clock = Clock.systemUTC();

    public EventController(CommandGateway commandGateway, VendorDirectory vendorDirectory) {
        this.commandGateway = commandGateway;
        this.vendorDirectory = vendorDirectory;
    }

    record CreatedTier(UUID id, String name) {}

    record CreatedEvent(UUID id, List<CreatedTier> tiers) {}

    record PublishedEvent(UUID id, String status) {}

    record CancelledEvent(UUID id, String status) {}

    record ChangedEvent(UUID id) {}

    @Operation(
            operationId = "createEvent",
            summary = "Create an event (a draft, not on sale yet)",
            responses = @ApiResponse(responseCode = "201", description = "The event is created; Location names it."))
    @PostMapping
    @PreAuthorize("hasRole('ORGANIZER')")
    public ResponseEntity<CreatedEvent> create(Caller caller, @Valid @RequestBody CreateEventRequest request) {
        List<UUID> vendorIds = request.vendorIds() == null
                ? List.of()
                : request.vendorIds().stream().distinct().toList();
        checkVendors(vendorIds);
        EventId eventId = EventId.random();
        List<Tier> tiers = request.tiers().stream().map(EventController::tierOf).toList();
        commandGateway.sendAndWait(new CreateEvent(
                eventId,
                caller.userId(),
                request.name().strip(),
                request.type(),
                request.description(),
                request.tags() == null ? List.of() : request.tags(),
                new Venue(
                        request.venue().name(),
                        request.venue().address(),
                        request.venue().city()),
                request.startsAt(),
                request.endsAt(),
                vendorIds,
                tiers));
        var body = new CreatedEvent(
                eventId.value(),
                tiers.stream()
                        .map(tier -> new CreatedTier(tier.tierId().value(), tier.name()))
                        .toList());
        return ResponseEntity.created(URI.create("/api/v1/events/" + eventId)).body(body);
    }

    @Operation(operationId = "publishEvent", summary = "Publish an event: its tiers' sales open")
    @PostMapping("/{eventId}/publish")
    @PreAuthorize("hasAnyRole('ORGANIZER', 'ADMIN')")
    public PublishedEvent publish(Caller caller, @PathVariable UUID eventId) {
        send(eventId, new PublishEvent(new EventId(eventId), caller.userId(), caller.isAdmin()));
        return new PublishedEvent(eventId, "PUBLISHED");
    }

    @Operation(
            operationId = "cancelEvent",
            summary = "Cancel an event: every sold ticket is refunded and every buyer told",
            responses =
                    @ApiResponse(
                            responseCode = "202",
                            description = "The cancellation is under way; the refunds follow."))
    @PostMapping("/{eventId}/cancel")
    @PreAuthorize("hasAnyRole('ORGANIZER', 'ADMIN')")
    public ResponseEntity<CancelledEvent> cancel(Caller caller, @PathVariable UUID eventId) {
        send(eventId, new CancelEvent(new EventId(eventId), caller.userId(), caller.isAdmin(), clock.instant()));
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/events/" + eventId + "/refunds"))
                .body(new CancelledEvent(eventId, "CANCELLED"));
    }

    /** Details, venue, times and images; whatever the request leaves out stays as it is. */
    @Operation(operationId = "changeEvent", summary = "Change an event's details")
    @PatchMapping("/{eventId}")
    @PreAuthorize("hasAnyRole('ORGANIZER', 'ADMIN')")
    public ChangedEvent update(
            Caller caller, @PathVariable UUID eventId, @Valid @RequestBody UpdateEventRequest request) {
        send(
                eventId,
                new UpdateEvent(
                        new EventId(eventId),
                        caller.userId(),
                        caller.isAdmin(),
                        request.name() == null ? null : request.name().strip(),
                        request.type(),
                        request.description(),
                        request.tags(),
                        request.venue() == null
                                ? null
                                : new Venue(
                                        request.venue().name(),
                                        request.venue().address(),
                                        request.venue().city()),
                        request.startsAt(),
                        request.endsAt(),
                        request.imageUrls()));
        return new ChangedEvent(eventId);
    }

    /** A tier more for a draft; once the event is published its tiers are fixed (409). */
    @Operation(
            operationId = "addTier",
            summary = "Add a ticket tier to an event",
            responses = @ApiResponse(responseCode = "201", description = "The tier is added; Location names it."))
    @PostMapping("/{eventId}/tiers")
    @PreAuthorize("hasAnyRole('ORGANIZER', 'ADMIN')")
    public ResponseEntity<CreatedTier> addTier(
            Caller caller, @PathVariable UUID eventId, @Valid @RequestBody CreateEventRequest.TierRequest request) {
        Tier tier = tierOf(request);
        send(eventId, new AddTier(new EventId(eventId), caller.userId(), caller.isAdmin(), tier));
        return ResponseEntity.created(URI.create("/api/v1/events/" + eventId + "/tiers/" + tier.tierId()))
                .body(new CreatedTier(tier.tierId().value(), tier.name()));
    }

    record BookedVendor(UUID eventId, UUID vendorId) {}

    /** Books a vendor that exists and is active in the directory; booking it again answers the same. */
    @Operation(operationId = "bookVendor", summary = "Book a vendor for an event")
    @PutMapping("/{eventId}/vendors/{vendorId}")
    @PreAuthorize("hasAnyRole('ORGANIZER', 'ADMIN')")
    public BookedVendor bookVendor(Caller caller, @PathVariable UUID eventId, @PathVariable UUID vendorId) {
        checkVendors(List.of(vendorId));
        send(eventId, new BookVendor(new EventId(eventId), vendorId, caller.userId(), caller.isAdmin()));
        return new BookedVendor(eventId, vendorId);
    }

    /** Unbooks a vendor; one that is not booked is answered the same (204). */
    @Operation(
            operationId = "unbookVendor",
            summary = "Release a vendor booked for an event",
            responses = @ApiResponse(responseCode = "204", description = "The vendor is no longer booked."))
    @DeleteMapping("/{eventId}/vendors/{vendorId}")
    @PreAuthorize("hasAnyRole('ORGANIZER', 'ADMIN')")
    public ResponseEntity<Void> unbookVendor(Caller caller, @PathVariable UUID eventId, @PathVariable UUID vendorId) {
        send(eventId, new UnbookVendor(new EventId(eventId), vendorId, caller.userId(), caller.isAdmin()));
        return ResponseEntity.noContent().build();
    }

    private static Tier tierOf(CreateEventRequest.TierRequest tier) {
        return new Tier(
                TierId.random(),
                tier.name().strip(),
                tier.priceMinor(),
                tier.currency(),
                tier.capacity(),
                tier.perOrderLimit());
    }

    private void send(UUID eventId, Object command) {
        try {
            commandGateway.sendAndWait(command);
        } catch (RuntimeException e) {
            if (CommandFailures.causedBy(e, AggregateNotFoundException.class)) {
                throw ApiException.notFound(EventErrors.EVENT_NOT_FOUND, "No event " + eventId + ".");
            }
            throw e;
        }
    }

    /** Every booked vendor must exist and be active; the directory answers all of them in one call. */
    private void checkVendors(List<UUID> vendorIds) {
        if (vendorIds.isEmpty()) {
            return;
        }
        Map<UUID, Boolean> active;
        try {
            active = vendorDirectory.activeByIds(vendorIds);
        } catch (VendorDirectoryUnavailable e) {
            log.warn("Vendors {} could not be checked: {}", vendorIds, e.getMessage());
            throw ApiException.unavailable(
                    EventErrors.VENDOR_DIRECTORY_UNAVAILABLE,
                    "Vendors cannot be checked right now; try again shortly.");
        }
        for (UUID vendorId : vendorIds) {
            Boolean isActive = active.get(vendorId);
            if (isActive == null) {
                throw ApiException.unprocessable(EventErrors.UNKNOWN_VENDOR, "No vendor " + vendorId + ".");
            }
            if (!isActive) {
                throw ApiException.unprocessable(EventErrors.INACTIVE_VENDOR, "Vendor " + vendorId + " is not active.");
            }
        }
    }
}
