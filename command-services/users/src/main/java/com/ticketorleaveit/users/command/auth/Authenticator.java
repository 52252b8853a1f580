package com.ticketorleaveit.users.command.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.ticketorleaveit.platform.security.SecurityProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Logs users in and out, rotates refresh tokens and checks a user's password. */
@Service
public class Authenticator {

    private final Accounts accounts;
    private final Passwords passwords;
    private final TokenIssuer issuer;
    private final RefreshTokens refreshTokens;
    private final Duration refreshTokenLifetime;

    Authenticator(
            Accounts accounts,
            Passwords passwords,
            TokenIssuer issuer,
            RefreshTokens refreshTokens,
            SecurityProperties properties) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.issuer = issuer;
        this.refreshTokens = refreshTokens;
        this.refreshTokenLifetime = properties.refreshTokenTtl();
    }

    /** Empty both for an unknown email and for a wrong password, after the same work, so neither is revealed. */
    @Transactional
    public Optional<Tokens> logIn(String email, String password) {
        Optional<Accounts.Account> account = accounts.byEmail(email);
        boolean valid = account.isPresent()
                ? passwords.matches(password, account.get().passwordHash())
                : passwords.matchesNothing(password);
        if (!valid) {
            return Optional.empty();
        }
        return Optional.of(tokensFor(account.get(), Instant.now()));
    }

    /**
     * Rotates: the presented token is revoked and a new pair issued in its family, with the roles the user has now.
     * Empty when the token is unknown, used or expired; a used one revokes its whole family (ADR 23).
     */
    @Transactional
    public Optional<Tokens> refresh(String refreshToken) {
        Instant now = Instant.now();
        return refreshTokens.redeem(refreshToken, now).flatMap(redeemed -> accounts.byId(redeemed.userId())
                .map(account -> tokensFor(account, redeemed.familyId(), now)));
    }

    /** Revokes the refresh token and the session it belongs to; an unknown, used or expired one changes nothing. */
    @Transactional
    public void logOut(String refreshToken) {
        refreshTokens.revoke(refreshToken, Instant.now());
    }

    /** Whether this is the user's password; as slow for an unknown user as for a known one. */
    public PasswordCheck checkPassword(UUID userId, String password) {
        Optional<Accounts.Account> account = accounts.byId(userId);
        if (account.isEmpty()) {
            passwords.matchesNothing(password);
            return PasswordCheck.NO_ACCOUNT;
        }
        return passwords.matches(password, account.get().passwordHash()) ? PasswordCheck.MATCHES : PasswordCheck.WRONG;
    }

    private Tokens tokensFor(Accounts.Account account, Instant now) {
        return tokensFor(account, UUID.randomUUID(), now);
    }

    private Tokens tokensFor(Accounts.Account account, UUID family, Instant now) {
        TokenIssuer.AccessToken access = issuer.issue(account.userId(), account.email(), account.effectiveRoles(), now);
        String refresh = refreshTokens.issue(account.userId(), family, now, refreshTokenLifetime);
        return new Tokens(
                access.value(),
                refresh,
                "Bearer",
                access.lifetime().toSeconds(),
                account.passwordChangeRequired() ? Boolean.TRUE : null);
    }

    /** What checking a user's password found. */
    public enum PasswordCheck {
        MATCHES,
        WRONG,
        /** No credentials for the user: never registered, or deactivated. */
        NO_ACCOUNT
    }

    /**
     * What a client receives at login and refresh.
     *
     * @param passwordChangeRequired true (else absent) while the password is a one-time one: the tokens carry no role
     *     but CUSTOMER until it is changed ({@code POST /api/v1/users/me/password})
     */
    public record Tokens(
            String accessToken,
            String refreshToken,
            String tokenType,
            long expiresIn,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean passwordChangeRequired) {}
}
