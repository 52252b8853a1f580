package com.ticketorleaveit.users.command.admin;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform's first admin (ADR 26).
 *
 * @param email the first admin's email ({@code TICKETING_ADMIN_EMAIL}); none, no first admin is made
 * @param passwordFile where the first admin's one-time password is written, readable by the owner only
 *     ({@code TICKETING_ADMIN_PASSWORD_FILE})
 */
@ConfigurationProperties("ticketing.users.command.first-admin")
record FirstAdminProperties(
        String email, @DefaultValue("first-admin-password") Path passwordFile) {

    boolean configured() {
        return email != null && !email.isBlank();
    }
}
