package com.ticketorleaveit.commandservices.eventsales;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * The parts of a tier to change; whatever is left out stays as it is. Same bounds as a new tier's. The sale window is
 * given whole: a bound left out means none.
 */
record ChangeTierRequest(
        @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        String name,

        @PositiveOrZero @Max(100_000_000) Long priceMinor,
        @Pattern(regexp = "[A-Z]{3}") String currency,
        @Min(1) @Max(1_000_000) Integer capacity,
        @Min(1) Integer perOrderLimit,
        OffsetDateTime salesStartAt,
        OffsetDateTime salesEndAt) {}
