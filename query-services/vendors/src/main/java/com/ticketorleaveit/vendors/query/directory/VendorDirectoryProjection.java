package com.ticketorleaveit.vendors.query.directory;

import com.ticketorleaveit.vendors.api.VendorRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code vendors_directory}; handling an event twice changes nothing. */
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

    @ResetHandler
    void reset() {
        jdbc.update("delete from vendors_directory");
    }
}
