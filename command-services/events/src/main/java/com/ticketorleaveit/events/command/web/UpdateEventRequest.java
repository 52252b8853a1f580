package com.ticketorleaveit.events.command.web;

import com.ticketorleaveit.events.api.EventType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The parts of an event to change; whatever is left out stays as it is. A venue is given whole. The rules between
 * fields (an end after the start, also against the times left as they are) are the aggregate's.
 */
record UpdateEventRequest(
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        String name,

        EventType type,
        @Size(max = 5000) String description,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags,
        @Valid CreateEventRequest.VenueRequest venue,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        @Size(max = 20) List<@NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+") String> imageUrls) {}
