package com.ticketorleaveit.organizers.query.profiles;

import com.ticketorleaveit.organizers.api.OrganizerProfileChanged;
import com.ticketorleaveit.organizers.api.OrganizerRegistered;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code organizers_profiles}; handling an event twice changes nothing. */
@Component
@ProcessingGroup(OrganizerProfileProjection.GROUP)
class OrganizerProfileProjection {

    static final String GROUP = "organizers-profiles";

    private final JdbcTemplate jdbc;

    OrganizerProfileProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OrganizerRegistered event, @Timestamp Instant registeredAt) {
        jdbc.update(
                """
                insert into organizers_profiles
                    (organizer_id, user_id, organization_name, contact_name, email, registered_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (organizer_id) do nothing""",
                event.organizerId().value(),
                event.userId(),
                event.organizationName(),
                event.contactName(),
                event.email(),
                java.sql.Timestamp.from(registeredAt));
    }

    /** Keeps of the payout details only the account's last four characters; the sealed details never land here. */
    @EventHandler
    void on(OrganizerProfileChanged event) {
        jdbc.update(
                """
                update organizers_profiles
                set organization_name = ?, contact_name = ?, email = ?, industry = ?, payout_account_last4 = ?
                where organizer_id = ?""",
                event.organizationName(),
                event.contactName(),
                event.email(),
                event.industry(),
                event.payout() == null ? null : event.payout().accountLast4(),
                event.organizerId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from organizers_profiles");
    }
}
