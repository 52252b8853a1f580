package com.ticketorleaveit.queryservices.eventviews;

import com.ticketorleaveit.events.api.EventErrors;
import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.platform.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An event as its organizer follows it (admins too): how its sales go, and its refunds after a cancellation. Anyone
 * else is answered 404 ({@link EventOrganizers}), and nothing of the event is read for them.
 */
@RestController
class OrganizerEventViewsController {

    private final EventOrganizers organizers;
    private final EventRefunds refunds;
    private final EventDashboards dashboards;

    OrganizerEventViewsController(EventOrganizers organizers, EventRefunds refunds, EventDashboards dashboards) {
        this.organizers = organizers;
        this.refunds = refunds;
        this.dashboards = dashboards;
    }

    /** The refunds of the event's cancellation: how many orders are due their money back, and how many have it. */
    @Operation(operationId = "getEventRefunds", summary = "A cancelled event's refund progress")
    @GetMapping("/api/v1/events/{eventId}/refunds")
    RefundProgress progress(@PathVariable UUID eventId, Caller caller) {
        organizers.requireViewer(eventId, caller);
        return refunds.progress(eventId);
    }

    /** Sold, held and remaining seats and takings per tier, orders by status, refunds. */
    @Operation(
            operationId = "getEventDashboard",
            summary = "An event's dashboard: tickets sold per tier, revenue, orders, check-ins")
    @GetMapping("/api/v1/events/{eventId}/dashboard")
    EventDashboard dashboard(@PathVariable UUID eventId, Caller caller) {
        organizers.requireViewer(eventId, caller);
        return dashboards
                .of(eventId)
                .orElseThrow(() -> ApiException.notFound(EventErrors.EVENT_NOT_FOUND, "No event " + eventId + "."));
    }
}
