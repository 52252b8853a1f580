package com.ticketorleaveit.vendors.query.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Vendors by id or name, as the gRPC directory answers them. */
interface VendorLookup {

    Optional<DirectoryEntry> find(UUID vendorId);

    /** The known vendors among the ids, in no particular order. */
    List<DirectoryEntry> findAll(Collection<UUID> vendorIds);

    /** The vendor of this name, whatever its case and surrounding spaces. */
    Optional<DirectoryEntry> findByName(String name);
}
