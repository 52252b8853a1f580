package com.ticketorleaveit.vendors.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Makes an inactive vendor bookable again, by its owner or an admin; an active one stays so. A vendor an admin
 * deactivated is reactivated by an admin only.
 */
public record ReactivateVendor(
        @TargetAggregateIdentifier VendorId vendorId,
        UUID requestedBy,
        boolean requestedByAdmin,
        Instant requestedAt) {}
