package com.ticketorleaveit.events.command.vendors;

/** The vendor directory did not answer in time, failed, or its circuit is open. */
public class VendorDirectoryUnavailable extends RuntimeException {

    public VendorDirectoryUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
