package com.ticketorleaveit.vendors.query.directory;

import com.ticketorleaveit.vendors.api.VendorDeactivated;
import com.ticketorleaveit.vendors.api.VendorProfileChanged;
import com.ticketorleaveit.vendors.api.VendorReactivated;
import com.ticketorleaveit.vendors.api.VendorRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code vendors_directory}; every event states what it sets in full, so handling one twice changes nothing.
 * The search words follow the profile by themselves (a generated column).
 */
@Component
@ProcessingGroup(VendorDirectoryProjection.GROUP)
class VendorDirectoryProjection {

    static final String GROUP = "vendors-directory";

    private final JdbcTemplate jdbc;

    VendorDirectoryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(VendorRegistered event) {
        jdbc.update(
                """
                insert into vendors_directory (vendor_id, user_id, name, genre, biography, picture_url, active)
                values (?, ?, ?, ?, ?, ?, true)
                on conflict (vendor_id) do nothing""",
                event.vendorId().value(),
                event.userId(),
                event.name(),
                event.genre(),
                event.biography(),
                event.pictureUrl());
    }

    @EventHandler
    void on(VendorProfileChanged event) {
        jdbc.update(
                "update vendors_directory set name = ?, genre = ?, biography = ?, picture_url = ? where vendor_id = ?",
                event.name(),
                event.genre(),
                event.biography(),
                event.pictureUrl(),
                event.vendorId().value());
    }

    @EventHandler
    void on(VendorDeactivated event) {
        jdbc.update(
                "update vendors_directory set active = false where vendor_id = ?",
                event.vendorId().value());
    }

    @EventHandler
    void on(VendorReactivated event) {
        jdbc.update(
                "update vendors_directory set active = true where vendor_id = ?",
                event.vendorId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from vendors_directory");
    }
}
