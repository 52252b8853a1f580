package com.ticketorleaveit.users.command.web;

import com.ticketorleaveit.platform.openapi.PublicEndpoint;
import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.users.api.UserErrors;
import com.ticketorleaveit.users.command.auth.Authenticator;
import com.ticketorleaveit.users.command.auth.Authenticator.Tokens;
import com.ticketorleaveit.users.command.auth.LoginThrottle;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Login, token refresh and logout: public, the credentials (or the refresh token) are the authentication. */
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

    private final Authenticator authenticator;
    private final LoginThrottle throttle;

    AuthController(Authenticator authenticator, LoginThrottle throttle) {
        this.authenticator = authenticator;
        this.throttle = throttle;
    }

    /** A locked address is refused before its password is checked; see {@link LoginThrottle}. */
    @PublicEndpoint
    @Operation(operationId = "logIn", summary = "Log in: an access token and a refresh token for email and password")
    @PostMapping("/token")
    Tokens token(@Valid @RequestBody Login request) {
        Instant now = Instant.now();
        throttle.lockedFor(request.email(), now).ifPresent(wait -> {
            throw ApiException.tooManyRequests(
                    UserErrors.TOO_MANY_LOGIN_ATTEMPTS,
                    "Too many failed logins for this email address; try again later.",
                    wait);
        });
        Optional<Tokens> tokens = authenticator.logIn(request.email(), request.password());
        if (tokens.isEmpty()) {
            throttle.failed(request.email(), now);
            throw new ApiException(401, UserErrors.INVALID_CREDENTIALS, "The email or the password is wrong.");
        }
        throttle.succeeded(request.email());
        return tokens.get();
    }

    @PublicEndpoint
    @Operation(operationId = "refreshTokens", summary = "New tokens for a refresh token (each is used once)")
    @PostMapping("/refresh")
    Tokens refresh(@Valid @RequestBody Refresh request) {
        return authenticator
                .refresh(request.refreshToken())
                .orElseThrow(() -> new ApiException(
                        401, UserErrors.INVALID_REFRESH_TOKEN, "The refresh token is unknown, used or expired."));
    }

    /** Ends the session of the refresh token; 204 whether the token was live, used, expired or unknown. */
    @PublicEndpoint
    @Operation(
            operationId = "logOut",
            summary = "Log out: revoke the refresh token's session",
            responses = @ApiResponse(responseCode = "204", description = "The session is revoked."))
    @PostMapping("/logout")
    ResponseEntity<Void> logout(@Valid @RequestBody Refresh request) {
        authenticator.logOut(request.refreshToken());
        return ResponseEntity.noContent().build();
    }

    record Login(@NotBlank String email, @NotBlank String password) {}

    record Refresh(@NotBlank String refreshToken) {}
}
