package com.ticketorleaveit.vendors.command;

import com.ticketorleaveit.platform.refusal.Refusals;
import com.ticketorleaveit.vendors.api.RegisterVendor;
import com.ticketorleaveit.vendors.api.VendorErrors;
import com.ticketorleaveit.vendors.command.VendorClaims.Claim;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Creates vendor profiles under the set-based rules; the lookup rows and the events commit in one transaction, so a
 * refusal leaves no row behind. The VENDOR role follows asynchronously (the onboarding process).
 */
@Component
class VendorRegistration {

    private final Repository<Vendor> vendors;
    private final VendorClaims claims;

    VendorRegistration(Repository<Vendor> vendors, VendorClaims claims) {
        this.vendors = vendors;
        this.claims = claims;
    }

    @CommandHandler
    void handle(RegisterVendor command) throws Exception {
        Claim user = claims.claimUser(command.userId(), command.vendorId());
        if (user == Claim.TAKEN) {
            throw Refusals.conflict(VendorErrors.ALREADY_VENDOR, "You have a vendor profile already.");
        }
        if (user == Claim.ALREADY_YOURS) {
            // a repeated command: the profile exists already
            return;
        }
        if (claims.claimName(command.name(), command.vendorId()) == Claim.TAKEN) {
            throw Refusals.conflict(
                    VendorErrors.VENDOR_NAME_TAKEN, "A vendor named '" + command.name() + "' exists already.");
        }
        vendors.newInstance(() -> new Vendor(command));
    }
}
