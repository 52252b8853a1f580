package com.ticketorleaveit.vendors.command;

import com.ticketorleaveit.vendors.api.VendorId;
import java.util.UUID;

/** The command-side lookups behind the set-based rules: one profile per user, names unique case-insensitively. */
interface VendorClaims {

    Claim claimUser(UUID userId, VendorId vendorId);

    Claim claimName(String name, VendorId vendorId);

    /** Gives a name up, if this vendor holds it, for anyone to claim. */
    void releaseName(String name, VendorId vendorId);

    enum Claim {
        /** Free until now; it belongs to this vendor from now on. */
        CLAIMED,
        /** Already held by this very vendor: the registration is a repeat. */
        ALREADY_YOURS,
        /** Held by another vendor. */
        TAKEN
    }
}
