package com.ticketorleaveit.vendors.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates the vendor profile of a user; the name is unique case-insensitively. */
public record RegisterVendor(
        @TargetAggregateIdentifier VendorId vendorId,
        UUID userId,
        String name,
        String genre,
        String biography,
        String pictureUrl) {}
