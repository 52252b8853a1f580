package com.ticketorleaveit.vendors.api;

/** A vendor's profile as a command left it: the answer to a change, a deactivation or a reactivation. */
public record VendorProfile(
        VendorId vendorId, String name, String genre, String biography, String pictureUrl, boolean active) {}
