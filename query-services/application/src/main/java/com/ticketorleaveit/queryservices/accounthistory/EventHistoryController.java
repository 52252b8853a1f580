package com.ticketorleaveit.queryservices.accounthistory;

import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.platform.web.Caller;
import com.ticketorleaveit.queryservices.accounthistory.AttendedEvent.When;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The events the signed-in user holds valid tickets for, upcoming and past (ADR 23). */
@RestController
class EventHistoryController {

    static final String INVALID_PARAMETER = "INVALID_PARAMETER";

    private final EventHistory history;

    EventHistoryController(EventHistory history) {
        this.history = history;
    }

    /** @param status UPCOMING or PAST (any case) for only those; absent for both, upcoming first */
    @Operation(operationId = "listAttendedEvents", summary = "The events the caller holds tickets for, upcoming first")
    @GetMapping("/api/v1/users/me/events")
    EventHistory.Page events(
            Caller caller,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return history.of(caller.userId(), when(status), Instant.now(), page, size);
    }

    private static Optional<When> when(String status) {
        if (status == null || status.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(When.valueOf(status.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new ApiException(
                    400,
                    INVALID_PARAMETER,
                    "status is one of " + Arrays.toString(When.values()) + ", not " + status + ".");
        }
    }
}
