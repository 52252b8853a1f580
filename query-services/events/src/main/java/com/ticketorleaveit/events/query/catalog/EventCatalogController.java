package com.ticketorleaveit.events.query.catalog;

import com.ticketorleaveit.events.api.EventErrors;
import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.platform.web.Caller;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Optional;
import java.util.UUID;
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

    @GetMapping("/{eventId}")
    public EventDetails event(@PathVariable UUID eventId) {
        return catalog.find(eventId)
                .filter(event -> event.published() || mayViewDraft(event))
                .map(EventCatalog.OwnedEvent::details)
                .orElseThrow(() -> ApiException.notFound(EventErrors.EVENT_NOT_FOUND, "No event " + eventId + "."));
    }

    @GetMapping
    public EventPage events(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return catalog.published(page, size);
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
