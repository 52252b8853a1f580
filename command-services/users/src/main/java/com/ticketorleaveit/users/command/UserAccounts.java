package com.ticketorleaveit.users.command;

import com.ticketorleaveit.platform.refusal.Refusals;
import com.ticketorleaveit.users.api.ChangePreferences;
import com.ticketorleaveit.users.api.GrantRole;
import com.ticketorleaveit.users.api.RegisterUser;
import com.ticketorleaveit.users.api.UserErrors;
import org.axonframework.commandhandling.CommandHandler;
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

    @CommandHandler
    void handle(RegisterUser command) throws Exception {
        switch (credentials.register(command.userId(), command.email(), command.passwordHash())) {
            case CLAIMED -> users.newInstance(() -> new User(command));
            case ALREADY_YOURS -> {
                // a repeated command: the account exists already
            }
            case TAKEN ->
                throw Refusals.conflict(
                        UserErrors.EMAIL_ALREADY_REGISTERED, "An account with this email address exists already.");
        }
    }

    @CommandHandler
    void handle(ChangePreferences command) {
        try {
            users.load(command.userId().toString()).execute(user -> user.changePreferences(command.eventReminders()));
        } catch (AggregateNotFoundException e) {
            throw Refusals.notFound(UserErrors.USER_NOT_FOUND, "No user " + command.userId() + ".");
        }
    }

    @CommandHandler
    void handle(GrantRole command) {
        try {
            users.load(command.userId().toString()).execute(user -> user.grant(command.role()));
        } catch (AggregateNotFoundException e) {
            throw Refusals.notFound(UserErrors.USER_NOT_FOUND, "No user " + command.userId() + ".");
        }
        credentials.addRole(command.userId(), command.role());
    }
}
