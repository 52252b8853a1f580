package com.ticketorleaveit.users.command;

import com.ticketorleaveit.platform.refusal.Refusals;
import com.ticketorleaveit.users.api.ChangePassword;
import com.ticketorleaveit.users.api.ChangePreferences;
import com.ticketorleaveit.users.api.ChangeProfile;
import com.ticketorleaveit.users.api.DeactivateUser;
import com.ticketorleaveit.users.api.GrantRole;
import com.ticketorleaveit.users.api.RegisterFirstAdmin;
import com.ticketorleaveit.users.api.RegisterUser;
import com.ticketorleaveit.users.api.RevokeRole;
import com.ticketorleaveit.users.api.Role;
import com.ticketorleaveit.users.api.UserErrors;
import com.ticketorleaveit.users.api.UserId;
import com.ticketorleaveit.users.api.UserProfile;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Handles the user commands that also touch the credentials table. Axon runs each in one transaction, so the table
 * row and the events commit together or not at all.
 */
@Component
class UserAccounts {

    private final Repository<User> users;
    private final Credentials credentials;

    UserAccounts(Repository<User> users, Credentials credentials) {
        this.users = users;
        this.credentials = credentials;
    }

    /**
     * A registration with an address another account holds succeeds as far as the caller can tell (ADR 25): nothing
     * is stored for it, and the account holding the address records the attempt, which mails its owner.
     */
    @CommandHandler
    void handle(RegisterUser command) throws Exception {
        switch (credentials.register(command.userId(), command.email(), command.passwordHash())) {
            case CLAIMED -> users.newInstance(() -> new User(command));
            case ALREADY_YOURS -> {
                // a repeated command: the account exists already
            }
            case TAKEN ->
                credentials.holderOf(command.email()).ifPresent(holder -> user(holder)
                        .execute(user -> user.duplicateRegistrationAttempted(GenericEventMessage.clock.instant())));
        }
    }

    @CommandHandler
    void handle(ChangePreferences command) {
        user(command.userId()).execute(user -> user.changePreferences(command.eventReminders()));
    }

    /**
     * The account, its ADMIN role and the demand to change its password commit together: a crash in between leaves
     * nothing to repair. An account that exists already (another replica, an earlier start) is left as it is.
     */
    @CommandHandler
    void handle(RegisterFirstAdmin command) throws Exception {
        RegisterUser registration =
                new RegisterUser(command.userId(), "First", "Admin", command.email(), command.passwordHash());
        switch (credentials.register(command.userId(), command.email(), command.passwordHash())) {
            case CLAIMED -> {
                users.newInstance(() -> new User(registration)).execute(user -> user.grant(Role.ADMIN, false));
                credentials.addRole(command.userId(), Role.ADMIN);
                credentials.requirePasswordChange(command.userId());
            }
            case ALREADY_YOURS -> {
                // made already, by another replica or an earlier start
            }
            case TAKEN ->
                throw Refusals.conflict(
                        UserErrors.EMAIL_ALREADY_REGISTERED, "An account with this email address exists already.");
        }
    }

    @CommandHandler
    void handle(GrantRole command) {
        user(command.userId()).execute(user -> user.grant(command.role(), command.grantedBy() != null));
        credentials.addRole(command.userId(), command.role());
    }

    @CommandHandler
    void handle(RevokeRole command) {
        user(command.userId()).execute(user -> user.revoke(command.role(), command.revokedBy()));
        credentials.removeRole(command.userId(), command.role());
    }

    @CommandHandler
    UserProfile handle(ChangeProfile command) throws Exception {
        return user(command.userId())
                .invoke(user -> user.changeProfile(command.firstName(), command.lastName(), command.pictureUrl()));
    }

    /** The new hash and the end of every session commit with the event, or none of them does. */
    @CommandHandler
    void handle(ChangePassword command) {
        user(command.userId()).execute(User::changePassword);
        credentials.changePassword(command.userId(), command.passwordHash());
    }

    /** The credentials row goes (no login, the email is free again), and with it every refresh token. */
    @CommandHandler
    void handle(DeactivateUser command) {
        user(command.userId()).execute(User::deactivate);
        credentials.remove(command.userId());
    }

    private Aggregate<User> user(UserId userId) {
        try {
            return users.load(userId.toString());
        } catch (AggregateNotFoundException e) {
            throw Refusals.notFound(UserErrors.USER_NOT_FOUND, "No user " + userId + ".");
        }
    }
}
