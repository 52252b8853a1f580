package com.ticketorleaveit.platform.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The authenticated user behind a request, read from the validated access token.
 *
 * @param userId the token's subject
 * @param email the user's email at token issue
 * @param roles role names without prefix: CUSTOMER, ORGANIZER, VENDOR, ADMIN
 */
public record Caller(UUID userId, String email, Set<String> roles) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return hasRole("ADMIN");
    }

    /** The caller of the current request; 401 when the request carries no valid token. */
    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new ApiException(401, "UNAUTHENTICATED", "A valid access token is required.");
        }
        var jwt = token.getToken();
        List<String> roles = jwt.getClaimAsStringList("roles");
        return new Caller(
                UUID.fromString(jwt.getSubject()),
                jwt.getClaimAsString("email"),
                roles == null ? Set.of() : Set.copyOf(roles));
    }
}
