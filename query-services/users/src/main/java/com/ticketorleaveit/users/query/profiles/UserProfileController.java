package com.ticketorleaveit.users.query.profiles;

import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.platform.web.Caller;
import com.ticketorleaveit.users.api.UserErrors;
import com.ticketorleaveit.users.api.UserProfile;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
class UserProfileController {

    private final JdbcTemplate jdbc;

    UserProfileController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The caller's own profile; 404 until the projection has seen the registration (it follows the event store), and
     * again once the account is closed.
     */
    @Operation(operationId = "getProfile", summary = "The caller's profile")
    @GetMapping("/me")
    UserProfile me(Caller caller) {
        return jdbc
                .query(
                        "select user_id, first_name, last_name, email, picture_url, roles, event_reminders"
                                + " from users_profiles where user_id = ?",
                        (rs, row) -> new UserProfile(
                                rs.getObject("user_id", UUID.class),
                                rs.getString("first_name"),
                                rs.getString("last_name"),
                                rs.getString("email"),
                                rs.getString("picture_url"),
                                List.of((String[]) rs.getArray("roles").getArray()),
                                new UserProfile.Preferences(rs.getBoolean("event_reminders"))),
                        caller.userId())
                .stream()
                .findFirst()
                .orElseThrow(() -> ApiException.notFound(UserErrors.USER_NOT_FOUND, "No profile for this user yet."));
    }
}
