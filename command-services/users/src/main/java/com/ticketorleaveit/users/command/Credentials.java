package com.ticketorleaveit.users.command;

import com.ticketorleaveit.users.api.Role;
import com.ticketorleaveit.users.api.UserId;
import java.util.Optional;

/** The command-side credentials table: one account per email (case-insensitively) and the roles tokens carry. */
interface Credentials {

    /** Claims the email for the user, unless another account holds it. */
    Claim register(UserId userId, String email, String passwordHash);

    /** The account that holds this email (case-insensitively), if any. */
    Optional<UserId> holderOf(String email);

    /** Adds the role to the roles tokens carry; adding a role the user has changes nothing. */
    void addRole(UserId userId, Role role);

    /** Takes the role from the roles tokens carry; taking a role the user lacks changes nothing. */
    void removeRole(UserId userId, Role role);

    /** Until the user changes their password, tokens carry no role but CUSTOMER (the first admin's one-time one). */
    void requirePasswordChange(UserId userId);

    /**
     * Replaces the password hash, lifts a demand to change it, and revokes every refresh token of the user.
     */
    void changePassword(UserId userId, String passwordHash);

    /** Forgets the account's credentials and refresh tokens: its email can log in no more, and is free again. */
    void remove(UserId userId);

    enum Claim {
        /** The email was free and now belongs to the user. */
        CLAIMED,
        /** The email already belongs to this very user: the registration is a repeat. */
        ALREADY_YOURS,
        /** Another account holds the email. */
        TAKEN
    }
}
