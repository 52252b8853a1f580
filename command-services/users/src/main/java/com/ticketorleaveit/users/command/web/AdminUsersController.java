package com.ticketorleaveit.users.command.web;

import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.platform.web.Caller;
import com.ticketorleaveit.users.api.DeactivateUser;
import com.ticketorleaveit.users.api.GrantRole;
import com.ticketorleaveit.users.api.RevokeRole;
import com.ticketorleaveit.users.api.Role;
import com.ticketorleaveit.users.api.UserErrors;
import com.ticketorleaveit.users.api.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An admin's hold on other users' accounts (ADR 26): grants and revokes roles, closes accounts. Every answer is 204 and
 * idempotent; the user's next token (a login or a refresh) carries the roles as they now are. Anyone but an admin: 403.
 */
@RestController
@RequestMapping("/api/v1/admin/users/{userId}")
@PreAuthorize("hasRole('ADMIN')")
class AdminUsersController {

    private final CommandGateway commands;

    AdminUsersController(CommandGateway commands) {
        this.commands = commands;
    }

    /** A role the user has already: 204 all the same. An unknown or closed account: 404; an unknown role: 400. */
    @Operation(
            operationId = "grantRole",
            summary = "Grant a user a role (admins only)",
            responses = @ApiResponse(responseCode = "204", description = "The user has the role."))
    @PutMapping("/roles/{role}")
    ResponseEntity<Void> grant(Caller caller, @PathVariable UUID userId, @PathVariable String role) {
        commands.sendAndWait(new GrantRole(new UserId(userId), role(role), caller.userId()));
        return ResponseEntity.noContent().build();
    }

    /** A role the user lacks: 204. CUSTOMER, or one's own ADMIN role: 409. */
    @Operation(
            operationId = "revokeRole",
            summary = "Take a role from a user (admins only)",
            responses = @ApiResponse(responseCode = "204", description = "The user no longer has the role."))
    @DeleteMapping("/roles/{role}")
    ResponseEntity<Void> revoke(Caller caller, @PathVariable UUID userId, @PathVariable String role) {
        commands.sendAndWait(new RevokeRole(new UserId(userId), role(role), caller.userId()));
        return ResponseEntity.noContent().build();
    }

    /**
     * What {@code DELETE /api/v1/users/me} does, for someone else's account (ADR 23): no login from now on, sessions
     * ended, personal data gone from the read models. Closed already: 204; unknown: 404.
     */
    @Operation(
            operationId = "deactivateUser",
            summary = "Close a user's account (admins only)",
            responses = @ApiResponse(responseCode = "204", description = "The account is closed."))
    @PostMapping("/deactivate")
    ResponseEntity<Void> deactivate(@PathVariable UUID userId) {
        commands.sendAndWait(new DeactivateUser(new UserId(userId)));
        return ResponseEntity.noContent().build();
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiException(
                    400,
                    UserErrors.UNKNOWN_ROLE,
                    "No role " + name + "; the roles are " + Arrays.toString(Role.values()) + ".");
        }
    }
}
