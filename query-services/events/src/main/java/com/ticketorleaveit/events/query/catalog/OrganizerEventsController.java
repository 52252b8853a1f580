package com.ticketorleaveit.events.query.catalog;

import com.ticketorleaveit.platform.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An organizer's own events, drafts and cancelled ones included: what they manage, not what the public sees. */
@RestController
class OrganizerEventsController {

    private final EventCatalog catalog;

    OrganizerEventsController(EventCatalog catalog) {
        this.catalog = catalog;
    }

    @Operation(operationId = "listOrganizerEvents", summary = "The calling organizer's events")
    @GetMapping("/api/v1/organizers/me/events")
    EventPage mine(
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            Caller caller) {
        return catalog.ownedBy(caller.userId(), page, size);
    }
}
