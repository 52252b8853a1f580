package com.ticketorleaveit.vendors.command;

import com.ticketorleaveit.platform.refusal.Refusals;
import com.ticketorleaveit.vendors.api.ChangeVendorProfile;
import com.ticketorleaveit.vendors.api.VendorErrors;
import com.ticketorleaveit.vendors.api.VendorProfile;
import com.ticketorleaveit.vendors.api.VendorProfileChanged;
import com.ticketorleaveit.vendors.command.VendorClaims.Claim;
import java.util.Locale;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Changes vendor profiles: the vendor decides who may and what changes, and a new name is claimed in the lookup table
 * (and the old one given up) in the same transaction as the change, so a refusal leaves the names as they were.
 */
@Component
class VendorProfileChanges {

    private final Repository<Vendor> vendors;
    private final VendorClaims claims;

    VendorProfileChanges(Repository<Vendor> vendors, VendorClaims claims) {
        this.vendors = vendors;
        this.claims = claims;
    }

    @CommandHandler
    VendorProfile handle(ChangeVendorProfile command) throws Exception {
        Aggregate<Vendor> vendor = vendors.load(command.vendorId().toString());
        Optional<VendorProfileChanged> change = vendor.invoke(v -> v.profileAfter(command));
        if (change.isPresent()) {
            String before = vendor.invoke(Vendor::name);
            String after = change.get().name();
            // the same name in another case is still this vendor's
            if (!key(before).equals(key(after))) {
                if (claims.claimName(after, command.vendorId()) == Claim.TAKEN) {
                    throw Refusals.conflict(
                            VendorErrors.VENDOR_NAME_TAKEN, "A vendor named '" + after + "' exists already.");
                }
                claims.releaseName(before, command.vendorId());
            }
            vendor.execute(v -> v.changeProfile(change.get()));
        }
        return vendor.invoke(Vendor::profile);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
