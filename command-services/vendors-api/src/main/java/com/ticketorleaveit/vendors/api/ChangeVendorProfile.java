package com.ticketorleaveit.vendors.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Changes a vendor's profile, by its owner or an admin. A field left null stays as it is; a blank biography or
 * picture URL removes it. A new name is unique case-insensitively, like at registration.
 */
public record ChangeVendorProfile(
        @TargetAggregateIdentifier VendorId vendorId,
        UUID requestedBy,
        boolean requestedByAdmin,
        String name,
        String genre,
        String biography,
        String pictureUrl) {}
