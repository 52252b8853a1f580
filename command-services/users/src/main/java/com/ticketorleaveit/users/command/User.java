package com.ticketorleaveit.users.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.ticketorleaveit.users.api.PreferencesChanged;
import com.ticketorleaveit.users.api.RegisterUser;
import com.ticketorleaveit.users.api.Role;
import com.ticketorleaveit.users.api.RoleGranted;
import com.ticketorleaveit.users.api.UserId;
import com.ticketorleaveit.users.api.UserRegistered;
import java.util.EnumSet;
import java.util.Set;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A user account. Its commands arrive through {@link UserAccounts}, which also keeps the credentials table (unique
 * email, roles for tokens) in the same transaction.
 */
@Aggregate
class User {

    @AggregateIdentifier
    private UserId userId;

    private final Set<Role> roles = EnumSet.noneOf(Role.class);

    /** Everyone is reminded of their events until they say otherwise. */
    private boolean eventReminders = true;

    User() {}

    User(RegisterUser command) {
        apply(new UserRegistered(command.userId(), command.firstName(), command.lastName(), command.email()));
    }

    void grant(Role role) {
        if (!roles.contains(role)) {
            apply(new RoleGranted(userId, role));
        }
    }

    /** Changes nothing, and records nothing, when the preferences are already these. */
    void changePreferences(boolean wantsEventReminders) {
        if (wantsEventReminders != eventReminders) {
            apply(new PreferencesChanged(userId, wantsEventReminders));
        }
    }

    @EventSourcingHandler
    void on(PreferencesChanged event) {
        eventReminders = event.eventReminders();
    }

    @EventSourcingHandler
    void on(UserRegistered event) {
        userId = event.userId();
        roles.add(Role.CUSTOMER);
    }

    @EventSourcingHandler
    void on(RoleGranted event) {
        roles.add(event.role());
    }
}
