package com.ticketorleaveit.vendors.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.ticketorleaveit.vendors.api.RegisterVendor;
import com.ticketorleaveit.vendors.api.VendorId;
import com.ticketorleaveit.vendors.api.VendorRegistered;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A vendor profile, active from registration; created through {@link VendorRegistration}. */
@Aggregate
class Vendor {

    @AggregateIdentifier
    private VendorId vendorId;

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

    @EventSourcingHandler
    void on(VendorRegistered event) {
        vendorId = event.vendorId();
    }
}
