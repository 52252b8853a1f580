package com.ticketorleaveit.vendors.api;

/** Error codes of the vendors context. */
public final class VendorErrors {

    public static final String VENDOR_NAME_TAKEN = "VENDOR_NAME_TAKEN";
    public static final String ALREADY_VENDOR = "ALREADY_VENDOR";
    public static final String VENDOR_NOT_FOUND = "VENDOR_NOT_FOUND";

    private VendorErrors() {}
}
