package com.ticketorleaveit.events.query.catalog;

import com.ticketorleaveit.events.api.EventErrors;
import com.ticketorleaveit.events.api.EventType;
import com.ticketorleaveit.platform.openapi.PublicEndpoint;
import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.platform.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public catalog: published events for everyone, also once cancelled; a draft, cancelled or not, only for its
 * organizer and admins.
 */
@RestController
@RequestMapping("/api/v1/events")
public class EventCatalogController {

    private final EventCatalog catalog;

    EventCatalogController(EventCatalog catalog) {
        this.catalog = catalog;
    }

    @PublicEndpoint
    @Operation(operationId = "getEvent", summary = "An event's details, with the remaining capacity of each tier")
    @GetMapping("/{eventId}")
    public EventDetails event(@PathVariable UUID eventId) {
        return catalog.find(eventId)
                .filter(event -> event.published() || mayViewDraft(event))
                .map(EventCatalog.OwnedEvent::details)
                .orElseThrow(() -> ApiException.notFound(EventErrors.EVENT_NOT_FOUND, "No event " + eventId + "."));
    }

    /**
     * Finds events: published and upcoming by default ({@code from} is now), by start time. Criteria combine; an
     * event cancelled after its publication is listed only with {@code includeCancelled=true}, a past one only with
     * an earlier {@code from}.
     */
    @PublicEndpoint
    @Operation(operationId = "searchEvents", summary = "Search the event catalog")
    @GetMapping
    public EventPage events(
            @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) EventType type,
            @RequestParam(required = false) @Size(max = 100) String tag,
            @RequestParam(required = false) @Size(max = 200) String city,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            @RequestParam(required = false) UUID vendorId,
            @RequestParam(defaultValue = "false") boolean includeCancelled,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Instant since = from == null ? Instant.now() : from.toInstant();
        if (to != null && !to.toInstant().isAfter(since)) {
            throw new ApiException(
                    400, EventErrors.INVALID_DATE_RANGE, "'to' must come after 'from' (which is now unless given).");
        }
        return catalog.search(new CatalogQuery(
                Optional.ofNullable(q).map(String::strip).filter(text -> !text.isEmpty()),
                Optional.ofNullable(type),
                Optional.ofNullable(tag),
                Optional.ofNullable(city).map(String::strip).filter(name -> !name.isEmpty()),
                since,
                Optional.ofNullable(to).map(OffsetDateTime::toInstant),
                Optional.ofNullable(vendorId),
                includeCancelled,
                page,
                size));
    }

    /** Public endpoints take an optional token: a signed-in organizer sees their own drafts. */
    private static boolean mayViewDraft(EventCatalog.OwnedEvent event) {
        return signedIn()
                .filter(caller -> caller.isAdmin() || caller.userId().equals(event.organizerUserId()))
                .isPresent();
    }

    private static Optional<Caller> signedIn() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken
                ? Optional.of(Caller.current())
                : Optional.empty();
    }
}
