package com.ticketorleaveit.organizers.query.profiles;

import com.ticketorleaveit.organizers.api.OrganizerErrors;
import com.ticketorleaveit.organizers.api.OrganizerProfile;
import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.platform.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organizers")
class OrganizerProfileController {

    private final JdbcTemplate jdbc;

    OrganizerProfileController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * For its owner or an admin; the payout account only masked. Anyone else learns nothing, not even that the profile
     * exists (404).
     */
    @Operation(operationId = "getOrganizer", summary = "An organizer's profile")
    @GetMapping("/{organizerId}")
    OrganizerProfile profile(Caller caller, @PathVariable UUID organizerId) {
        return jdbc
                .query(
                        """
                        select organizer_id, user_id, organization_name, contact_name, email, industry,
                               payout_account_last4, registered_at
                        from organizers_profiles where organizer_id = ?""",
                        (rs, row) -> new OrganizerProfile(
                                rs.getObject("organizer_id", UUID.class),
                                rs.getObject("user_id", UUID.class),
                                rs.getString("organization_name"),
                                rs.getString("contact_name"),
                                rs.getString("email"),
                                rs.getString("industry"),
                                OrganizerProfile.Payout.ending(rs.getString("payout_account_last4")),
                                rs.getTimestamp("registered_at").toInstant()),
                        organizerId)
                .stream()
                .findFirst()
                .filter(profile -> caller.isAdmin() || profile.userId().equals(caller.userId()))
                .orElseThrow(() -> ApiException.notFound(
                        OrganizerErrors.ORGANIZER_NOT_FOUND, "No organizer " + organizerId + "."));
    }
}
