package com.ticketorleaveit.queryservices.refunds;

import com.ticketorleaveit.events.api.EventErrors;
import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.platform.web.Caller;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An event's refund progress after its cancellation, for its organizer and admins. Anyone else is answered 404, as
 * for an event that does not exist, so that event ids reveal nothing of other organizers' events. Its orders are
 * counted only once the caller may see them.
 */
@RestController
class RefundProgressController {

    private final EventRefunds refunds;

    RefundProgressController(EventRefunds refunds) {
        this.refunds = refunds;
    }

    @GetMapping("/api/v1/events/{eventId}/refunds")
    RefundProgress progress(@PathVariable UUID eventId, Caller caller) {
        return refunds.organizerOf(eventId)
                .filter(organizer -> caller.isAdmin() || organizer.equals(caller.userId()))
                .map(organizer -> refunds.progress(eventId))
                .orElseThrow(() -> ApiException.notFound(EventErrors.EVENT_NOT_FOUND, "No event " + eventId + "."));
    }
}
