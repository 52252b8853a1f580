package com.ticketorleaveit.events.command.vendors;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** The vendor directory as the events context needs it: which of these vendors exist, and are they active. */
public interface VendorDirectory {

    /**
     * Looks the vendors up in one call.
     *
     * @return whether each known vendor is active, by id; an id missing from the map is unknown
     * @throws VendorDirectoryUnavailable when the directory cannot answer now
     */
    Map<UUID, Boolean> activeByIds(Collection<UUID> vendorIds);
}
