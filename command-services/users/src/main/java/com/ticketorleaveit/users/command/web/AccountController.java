package com.ticketorleaveit.users.command.web;

import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.platform.web.Caller;
import com.ticketorleaveit.users.api.ChangePassword;
import com.ticketorleaveit.users.api.ChangeProfile;
import com.ticketorleaveit.users.api.DeactivateUser;
import com.ticketorleaveit.users.api.UserErrors;
import com.ticketorleaveit.users.api.UserId;
import com.ticketorleaveit.users.api.UserProfile;
import com.ticketorleaveit.users.command.auth.Authenticator;
import com.ticketorleaveit.users.command.auth.Passwords;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own account: profile, password, closing it (ADR 23). */
@RestController
@RequestMapping("/api/v1/users/me")
class AccountController {

    private final CommandGateway commands;
    private final Authenticator authenticator;
    private final Passwords passwords;

    AccountController(CommandGateway commands, Authenticator authenticator, Passwords passwords) {
        this.commands = commands;
        this.authenticator = authenticator;
        this.passwords = passwords;
    }

    /** Changes the fields given; answers the profile as {@code GET /api/v1/users/me} will show it. */
    @Operation(operationId = "changeProfile", summary = "Change the caller's profile")
    @PatchMapping
    UserProfile change(@Valid @RequestBody ProfileChange change, Caller caller) {
        return commands.sendAndWait(new ChangeProfile(
                new UserId(caller.userId()), change.firstName(), change.lastName(), change.pictureUrl()));
    }

    /** Needs the current password; ends every session (refresh token) of the user, this one's too. */
    @Operation(
            operationId = "changePassword",
            summary = "Change the caller's password (ends every session)",
            responses = @ApiResponse(responseCode = "204", description = "The password is changed."))
    @PostMapping("/password")
    ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordChange change, Caller caller) {
        switch (authenticator.checkPassword(caller.userId(), change.oldPassword())) {
            case NO_ACCOUNT ->
                throw ApiException.notFound(UserErrors.USER_NOT_FOUND, "No user " + caller.userId() + ".");
            case WRONG -> throw new ApiException(403, UserErrors.WRONG_PASSWORD, "The current password is wrong.");
            case MATCHES -> {
                // hashed here, so that the password never travels in a command nor lands in an event
                commands.sendAndWait(
                        new ChangePassword(new UserId(caller.userId()), passwords.hash(change.newPassword())));
            }
        }
        return ResponseEntity.noContent().build();
    }

    /**
     * Closes the account: no login from now on, every refresh token revoked, personal data gone from the read models;
     * orders stay. Closing a closed account again answers the same.
     */
    @Operation(
            operationId = "closeAccount",
            summary = "Close the caller's account",
            responses = @ApiResponse(responseCode = "204", description = "The account is closed."))
    @DeleteMapping
    ResponseEntity<Void> deactivate(Caller caller) {
        commands.sendAndWait(new DeactivateUser(new UserId(caller.userId())));
        return ResponseEntity.noContent().build();
    }

    /**
     * @param firstName absent to keep it
     * @param lastName absent to keep it
     * @param pictureUrl an absolute http(s) URL; absent to keep it, empty to remove the picture
     */
    record ProfileChange(
            @Size(max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
            String firstName,

            @Size(max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
            String lastName,

            @Size(max = 2048)
            @Pattern(regexp = "(https?://\\S+)?", message = "must be an absolute http or https URL, or empty")
            String pictureUrl) {}

    /** @param newPassword as at registration: 8 to 128 characters */
    record PasswordChange(
            @NotNull String oldPassword,
            @NotNull @Size(min = 8, max = 128) String newPassword) {}
}
