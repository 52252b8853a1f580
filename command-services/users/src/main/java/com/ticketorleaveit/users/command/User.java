package com.ticketorleaveit.users.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.ticketorleaveit.platform.refusal.Refusals;
import com.ticketorleaveit.users.api.DuplicateRegistrationAttempted;
import com.ticketorleaveit.users.api.PasswordChanged;
import com.ticketorleaveit.users.api.PreferencesChanged;
import com.ticketorleaveit.users.api.ProfileChanged;
import com.ticketorleaveit.users.api.RegisterUser;
import com.ticketorleaveit.users.api.Role;
import com.ticketorleaveit.users.api.RoleGranted;
import com.ticketorleaveit.users.api.RoleRevoked;
import com.ticketorleaveit.users.api.UserDeactivated;
import com.ticketorleaveit.users.api.UserErrors;
import com.ticketorleaveit.users.api.UserId;
import com.ticketorleaveit.users.api.UserProfile;
import com.ticketorleaveit.users.api.UserRegistered;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A user account. Its commands arrive through {@link UserAccounts}, which also keeps the credentials table (unique
 * email, password hash, roles for tokens) in the same transaction. A deactivated account answers every command as an
 * unknown user would.
 */
@Aggregate
class User {

    static final Duration DUPLICATE_REGISTRATION_NOTICE_INTERVAL = Duration.ofHours(1);

    @AggregateIdentifier
    private UserId userId;

    private String firstName;
    private String lastName;
    private String email;
    private String pictureUrl;

    /** In the order granted, as the read model lists them. */
    private final Set<Role> roles = new LinkedHashSet<>();

    /** Everyone is reminded of their events until they say otherwise. */
    private boolean eventReminders = true;

    private boolean deactivated;

    /** When the owner was last mailed that someone registered with their address. */
    private Instant lastDuplicateRegistration;

    User() {}

    User(RegisterUser command) {
        apply(new UserRegistered(command.userId(), command.firstName(), command.lastName(), command.email()));
    }

    /**
     * A grant to a closed account changes nothing when the onboarding process asks for it (it need not fail); to an
     * admin, a closed account is unknown.
     */
    void grant(Role role, boolean byAdmin) {
        if (byAdmin) {
            requireActive();
        }
        if (!deactivated && !roles.contains(role)) {
            apply(new RoleGranted(userId, role));
        }
    }

    /** Everyone stays a customer, and no admin revokes their own ADMIN role; a role not held changes nothing. */
    void revoke(Role role, UUID revokedBy) {
        requireActive();
        if (role == Role.CUSTOMER) {
            throw Refusals.conflict(UserErrors.ROLE_NOT_REVOCABLE, "Every user is a customer.");
        }
        if (role == Role.ADMIN && userId.value().equals(revokedBy)) {
            throw Refusals.conflict(UserErrors.OWN_ADMIN_ROLE, "An admin cannot revoke their own ADMIN role.");
        }
        if (roles.contains(role)) {
            apply(new RoleRevoked(userId, role));
        }
    }

    /** Changes nothing, and records nothing, when the preferences are already these. */
    void changePreferences(boolean wantsEventReminders) {
        requireActive();
        if (wantsEventReminders != eventReminders) {
            apply(new PreferencesChanged(userId, wantsEventReminders));
        }
    }

    /**
     * Null keeps a field as it is, an empty picture URL removes the picture; records nothing when nothing changes.
     * Answers the profile afterwards.
     */
    UserProfile changeProfile(String newFirstName, String newLastName, String newPictureUrl) {
        requireActive();
        String first = newFirstName == null ? firstName : newFirstName;
        String last = newLastName == null ? lastName : newLastName;
        String picture = newPictureUrl == null ? pictureUrl : newPictureUrl.isEmpty() ? null : newPictureUrl;
        if (!first.equals(firstName) || !last.equals(lastName) || !Objects.equals(picture, pictureUrl)) {
            apply(new ProfileChanged(userId, first, last, picture));
        }
        return profile();
    }

    /** Always recorded, even when the new password is the old one: it also ends every session. */
    void changePassword() {
        requireActive();
        apply(new PasswordChanged(userId));
    }

    /**
     * Someone registered with this account's address: its owner is told, at most once per {@link
     * #DUPLICATE_REGISTRATION_NOTICE_INTERVAL}, so that nobody can fill their mailbox by registering again and again.
     */
    void duplicateRegistrationAttempted(Instant now) {
        if (deactivated
                || (lastDuplicateRegistration != null
                        && now.isBefore(lastDuplicateRegistration.plus(DUPLICATE_REGISTRATION_NOTICE_INTERVAL)))) {
            return;
        }
        apply(new DuplicateRegistrationAttempted(userId, email, UUID.randomUUID()));
    }

    /** Closing a closed account changes nothing. */
    void deactivate() {
        if (!deactivated) {
            apply(new UserDeactivated(userId));
        }
    }

    UserProfile profile() {
        return new UserProfile(
                userId.value(),
                firstName,
                lastName,
                email,
                pictureUrl,
                roles.stream().map(Role::name).toList(),
                new UserProfile.Preferences(eventReminders));
    }

    private void requireActive() {
        if (deactivated) {
            throw Refusals.notFound(UserErrors.USER_NOT_FOUND, "No user " + userId + ".");
        }
    }

    @EventSourcingHandler
    void on(UserRegistered event) {
        userId = event.userId();
        firstName = event.firstName();
        lastName = event.lastName();
        email = event.email();
        roles.add(Role.CUSTOMER);
    }

    @EventSourcingHandler
    void on(RoleGranted event) {
        roles.add(event.role());
    }

    @EventSourcingHandler
    void on(RoleRevoked event) {
        roles.remove(event.role());
    }

    @EventSourcingHandler
    void on(PreferencesChanged event) {
        eventReminders = event.eventReminders();
    }

    @EventSourcingHandler
    void on(ProfileChanged event) {
        firstName = event.firstName();
        lastName = event.lastName();
        pictureUrl = event.pictureUrl();
    }

    @EventSourcingHandler
    void on(DuplicateRegistrationAttempted event, @Timestamp Instant at) {
        lastDuplicateRegistration = at;
    }

    @EventSourcingHandler
    void on(UserDeactivated event) {
        deactivated = true;
    }
}
