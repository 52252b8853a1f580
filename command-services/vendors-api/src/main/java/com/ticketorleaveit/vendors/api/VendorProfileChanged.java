package com.ticketorleaveit.vendors.api;

import org.axonframework.serialization.Revision;

/** The vendor's profile as it now reads, every field (null: the vendor has none). */
@Revision("1")
public record VendorProfileChanged(VendorId vendorId, String name, String genre, String biography, String pictureUrl) {}
