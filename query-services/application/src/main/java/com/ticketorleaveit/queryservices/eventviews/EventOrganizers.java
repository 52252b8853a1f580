package com.ticketorleaveit.queryservices.eventviews;

import com.ticketorleaveit.events.api.EventErrors;
import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.platform.web.Caller;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Who may see an event's organizer views: its organizer and admins. Anyone else is answered 404, as for an event that
 * does not exist, so that event ids reveal nothing of other organizers' events. Reads the catalog
 * ({@code events_catalog}).
 */
@Repository
class EventOrganizers {

    private final JdbcTemplate jdbc;

    EventOrganizers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns quietly when the caller organizes the event or is an admin; otherwise refuses as not found. */
    void requireViewer(UUID eventId, Caller caller) {
        boolean mayView = jdbc
                .query(
                        "select organizer_user_id from events_catalog where event_id = ?",
                        (rs, row) -> rs.getObject("organizer_user_id", UUID.class),
                        eventId)
                .stream()
                .anyMatch(organizer -> caller.isAdmin() || organizer.equals(caller.userId()));
        if (!mayView) {
            throw ApiException.notFound(EventErrors.EVENT_NOT_FOUND, "No event " + eventId + ".");
        }
    }
}
