package com.ticketorleaveit.users.command.web;

import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.users.api.UserErrors;
import com.ticketorleaveit.users.command.auth.Authenticator;
import com.ticketorleaveit.users.command.auth.Authenticator.Tokens;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

    AuthController(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @PostMapping("/token")
    Tokens token(@Valid @RequestBody Login request) {
        return authenticator
                .logIn(request.email(), request.password())
                .orElseThrow(() ->
                        new ApiException(401, UserErrors.INVALID_CREDENTIALS, "The email or the password is wrong."));
    }

    @PostMapping("/refresh")
    Tokens refresh(@Valid @RequestBody Refresh request) {
        return authenticator
                .refresh(request.refreshToken())
                .orElseThrow(() -> new ApiException(
                        401, UserErrors.INVALID_REFRESH_TOKEN, "The refresh token is unknown, used or expired."));
    }

    /** Ends the session of the refresh token; 204 whether the token was live, used, expired or unknown. */
    @PostMapping("/logout")
    ResponseEntity<Void> logout(@Valid @RequestBody Refresh request) {
        authenticator.logOut(request.refreshToken());
        return ResponseEntity.noContent().build();
    }

    record Login(@NotBlank String email, @NotBlank String password) {}

    record Refresh(@NotBlank String refreshToken) {}
}
