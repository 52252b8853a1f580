package com.ticketorleaveit.vendors.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes a vendor out of the directory's bookable vendors, by its owner or an admin; an inactive one stays so. */
public record DeactivateVendor(
        @TargetAggregateIdentifier VendorId vendorId,
        UUID requestedBy,
        boolean requestedByAdmin,
        Instant requestedAt) {}
