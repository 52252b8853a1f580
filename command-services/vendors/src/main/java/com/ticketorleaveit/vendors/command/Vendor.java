package com.ticketorleaveit.vendors.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.ticketorleaveit.platform.refusal.Refusals;
import com.ticketorleaveit.vendors.api.ChangeVendorProfile;
import com.ticketorleaveit.vendors.api.DeactivateVendor;
import com.ticketorleaveit.vendors.api.ReactivateVendor;
import com.ticketorleaveit.vendors.api.RegisterVendor;
import com.ticketorleaveit.vendors.api.VendorDeactivated;
import com.ticketorleaveit.vendors.api.VendorErrors;
import com.ticketorleaveit.vendors.api.VendorId;
import com.ticketorleaveit.vendors.api.VendorProfile;
import com.ticketorleaveit.vendors.api.VendorProfileChanged;
import com.ticketorleaveit.vendors.api.VendorReactivated;
import com.ticketorleaveit.vendors.api.VendorRegistered;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A vendor profile, active from registration; created through {@link VendorRegistration}, its profile changed
 * through {@link VendorProfileChanges} (a new name is a set-based rule). Only its owner or an admin changes it;
 * anyone else is told it does not exist, as for every resource of someone else's. An inactive vendor cannot be
 * booked; what was booked stays booked.
 */
@Aggregate
class Vendor {

    @AggregateIdentifier
    private VendorId vendorId;

    private UUID ownerUserId;
    private VendorProfileChanged profile;
    private boolean active;
    private boolean deactivatedByAdmin;

    Vendor() {}

    Vendor(RegisterVendor command) {
        apply(new VendorRegistered(
                command.vendorId(),
                command.userId(),
                command.name(),
                command.genre(),
                command.biography(),
                command.pictureUrl()));
    }

    /**
     * The profile the change would leave, or nothing when it changes nothing. Decides only: the name it may bring is
     * claimed before the change is made ({@link #changeProfile}).
     */
    Optional<VendorProfileChanged> profileAfter(ChangeVendorProfile command) {
        checkOwner(command.requestedBy(), command.requestedByAdmin());
        var changed = new VendorProfileChanged(
                vendorId,
                command.name() == null ? profile.name() : command.name(),
                command.genre() == null ? profile.genre() : command.genre(),
                orRemoved(command.biography(), profile.biography()),
                orRemoved(command.pictureUrl(), profile.pictureUrl()));
        return changed.equals(profile) ? Optional.empty() : Optional.of(changed);
    }

    void changeProfile(VendorProfileChanged changed) {
        apply(changed);
    }

    String name() {
        return profile.name();
    }

    VendorProfile profile() {
        return new VendorProfile(
                vendorId, profile.name(), profile.genre(), profile.biography(), profile.pictureUrl(), active);
    }

    /** Deactivating an inactive vendor changes nothing (the first deactivation's author stays on record). */
    @CommandHandler
    VendorProfile handle(DeactivateVendor command) {
        checkOwner(command.requestedBy(), command.requestedByAdmin());
        if (active) {
            apply(new VendorDeactivated(
                    vendorId,
                    profile.name(),
                    command.requestedBy(),
                    command.requestedByAdmin(),
                    command.requestedAt()));
        }
        return profile();
    }

    /** An admin's deactivation is a decision about the vendor that its owner cannot overturn. */
    @CommandHandler
    VendorProfile handle(ReactivateVendor command) {
        checkOwner(command.requestedBy(), command.requestedByAdmin());
        if (active) {
            return profile();
        }
        if (deactivatedByAdmin && !command.requestedByAdmin()) {
            throw Refusals.notPermitted(
                    VendorErrors.VENDOR_DEACTIVATED_BY_ADMIN,
                    "An administrator deactivated vendor " + vendorId + "; only an administrator reactivates it.");
        }
        apply(new VendorReactivated(vendorId, command.requestedBy(), command.requestedAt()));
        return profile();
    }

    @EventSourcingHandler
    void on(VendorRegistered event) {
        vendorId = event.vendorId();
        ownerUserId = event.userId();
        profile = new VendorProfileChanged(
                event.vendorId(), event.name(), event.genre(), event.biography(), event.pictureUrl());
        active = true;
    }

    @EventSourcingHandler
    void on(VendorProfileChanged event) {
        profile = event;
    }

    @EventSourcingHandler
    void on(VendorDeactivated event) {
        active = false;
        deactivatedByAdmin = event.byAdmin();
    }

    @EventSourcingHandler
    void on(VendorReactivated event) {
        active = true;
        deactivatedByAdmin = false;
    }

    private void checkOwner(UUID requestedBy, boolean requestedByAdmin) {
        if (!requestedByAdmin && !ownerUserId.equals(requestedBy)) {
            throw Refusals.notFound(VendorErrors.VENDOR_NOT_FOUND, "No vendor " + vendorId + " of yours.");
        }
    }

    /** Null keeps the value; a blank one removes it. */
    private static String orRemoved(String value, String current) {
        if (value == null) {
            return current;
        }
        return value.isBlank() ? null : value;
    }
}
