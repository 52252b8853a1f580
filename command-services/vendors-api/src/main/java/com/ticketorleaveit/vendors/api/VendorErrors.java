package com.ticketorleaveit.vendors.api;

/** Error codes of the vendors context. */
public final class VendorErrors {

    public static final String VENDOR_NAME_TAKEN = "VENDOR_NAME_TAKEN";
    public static final String ALREADY_VENDOR = "ALREADY_VENDOR";
    /** No such vendor, or (to anyone but its owner and admins, when changing it) none of theirs. */
    public static final String VENDOR_NOT_FOUND = "VENDOR_NOT_FOUND";
    /** An admin deactivated the vendor: its owner cannot undo that. */
    public static final String VENDOR_DEACTIVATED_BY_ADMIN = "VENDOR_DEACTIVATED_BY_ADMIN";

    private VendorErrors() {}
}
