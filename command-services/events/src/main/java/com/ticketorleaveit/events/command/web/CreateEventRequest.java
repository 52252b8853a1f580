package com.ticketorleaveit.events.command.web;

import com.ticketorleaveit.events.api.EventType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The shape of a new event; the rules between fields (schedule, tiers) are the aggregate's. */
record CreateEventRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull EventType type,
        @Size(max = 5000) String description,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags,
        @NotNull @Valid VenueRequest venue,
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt,
        @Size(max = 50) List<@NotNull UUID> vendorIds,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid TierRequest> tiers) {

    record VenueRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 300) String address,
            @NotBlank @Size(max = 100) String city) {}

    record TierRequest(
            @NotBlank @Size(max = 100) String name,
            @NotNull @PositiveOrZero @Max(100_000_000) Long priceMinor,
            @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
            @NotNull @Min(1) @Max(1_000_000) Integer capacity,
            @NotNull @Min(1) Integer perOrderLimit) {}
}
