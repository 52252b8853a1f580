package com.ticketorleaveit.vendors.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A vendor profile exists and is active; the onboarding process grants the user the VENDOR role. */
@Revision("1")
public record VendorRegistered(
        VendorId vendorId, UUID userId, String name, String genre, String biography, String pictureUrl) {}
