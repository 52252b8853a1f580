package com.ticketorleaveit.users.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;

import com.ticketorleaveit.platform.refusal.Refusal;
import com.ticketorleaveit.platform.refusal.Refusal.Category;
import com.ticketorleaveit.users.api.ChangePassword;
import com.ticketorleaveit.users.api.ChangePreferences;
import com.ticketorleaveit.users.api.ChangeProfile;
import com.ticketorleaveit.users.api.DeactivateUser;
import com.ticketorleaveit.users.api.DuplicateRegistrationAttempted;
import com.ticketorleaveit.users.api.GrantRole;
import com.ticketorleaveit.users.api.PasswordChanged;
import com.ticketorleaveit.users.api.PreferencesChanged;
import com.ticketorleaveit.users.api.ProfileChanged;
import com.ticketorleaveit.users.api.RegisterFirstAdmin;
import com.ticketorleaveit.users.api.RegisterUser;
import com.ticketorleaveit.users.api.RevokeRole;
import com.ticketorleaveit.users.api.Role;
import com.ticketorleaveit.users.api.RoleGranted;
import com.ticketorleaveit.users.api.RoleRevoked;
import com.ticketorleaveit.users.api.UserDeactivated;
import com.ticketorleaveit.users.api.UserErrors;
import com.ticketorleaveit.users.api.UserId;
import com.ticketorleaveit.users.api.UserProfile;
import com.ticketorleaveit.users.api.UserRegistered;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UserTest {

    private final UserId ada = UserId.random();
    private final InMemoryCredentials credentials = new InMemoryCredentials();
    private AggregateTestFixture<User> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(User.class);
        fixture.registerAnnotatedCommandHandler(new UserAccounts(fixture.getRepository(), credentials));
    }

    @Nested
    class RegisteringAUser {

        @Test
        void registersUserWhenEmailIsFree() {
            fixture.givenNoPriorActivity()
                    .when(registration(ada, "ada@example.org"))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(registered(ada, "ada@example.org"));
        }

        @Test
        void aRegistrationWithAnotherAccountsEmailStoresNothingAndTellsTheAccountsOwner() {
            credentials.register(ada, "ada@example.org", "ada's hash");
            UserId someoneElse = UserId.random();

            fixture.given(registered(ada, "ada@example.org"))
                    .when(registration(someoneElse, "ADA@example.org"))
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(
                            matches(event -> event instanceof DuplicateRegistrationAttempted attempt
                                    && attempt.userId().equals(ada)
                                    && attempt.email().equals("ada@example.org")),
                            andNoMore())));

            assertThat(credentials.has(someoneElse)).isFalse();
            assertThat(credentials.passwordHashOf(ada)).isEqualTo("ada's hash");
        }

        @Test
        void tellsTheOwnerAtMostOnceAnHour() {
            credentials.register(ada, "ada@example.org", "ada's hash");

            fixture.given(
                            registered(ada, "ada@example.org"),
                            new DuplicateRegistrationAttempted(ada, "ada@example.org", UUID.randomUUID()))
                    .when(registration(UserId.random(), "ada@example.org"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void tellsTheOwnerAgainAfterAnHour() {
            credentials.register(ada, "ada@example.org", "ada's hash");

            fixture.given(
                            registered(ada, "ada@example.org"),
                            new DuplicateRegistrationAttempted(ada, "ada@example.org", UUID.randomUUID()))
                    .andGivenCurrentTime(fixture.currentTime().plus(User.DUPLICATE_REGISTRATION_NOTICE_INTERVAL))
                    .when(registration(UserId.random(), "ada@example.org"))
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(
                            matches(event -> event instanceof DuplicateRegistrationAttempted), andNoMore())));
        }

        @Test
        void changesNothingWhenTheSameRegistrationIsRepeated() {
            credentials.register(ada, "ada@example.org", "hash");

            fixture.given(registered(ada, "ada@example.org"))
                    .when(registration(ada, "ada@example.org"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class GrantingARole {

        @BeforeEach
        void adaHasAnAccount() {
            credentials.register(ada, "ada@example.org", "hash");
        }

        @Test
        void grantsRoleTheUserDoesNotHave() {
            fixture.given(registered(ada, "ada@example.org"))
                    .when(new GrantRole(ada, Role.ORGANIZER))
                    .expectEvents(new RoleGranted(ada, Role.ORGANIZER));

            assertThat(credentials.rolesOf(ada)).containsExactlyInAnyOrder(Role.CUSTOMER, Role.ORGANIZER);
        }

        @Test
        void changesNothingWhenTheUserHasTheRoleAlready() {
            fixture.given(registered(ada, "ada@example.org"), new RoleGranted(ada, Role.VENDOR))
                    .when(new GrantRole(ada, Role.VENDOR))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void changesNothingWhenGrantingCustomerWhichEveryUserIs() {
            fixture.given(registered(ada, "ada@example.org"))
                    .when(new GrantRole(ada, Role.CUSTOMER))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void rejectsGrantToUnknownUser() {
            fixture.givenNoPriorActivity()
                    .when(new GrantRole(UserId.random(), Role.ADMIN))
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Category.NOT_FOUND, UserErrors.USER_NOT_FOUND));
        }
    }

    @Nested
    class AnAdminGrantingAndRevokingRoles {

        private final UUID admin = UUID.randomUUID();

        @BeforeEach
        void adaHasAnAccount() {
            credentials.register(ada, "ada@example.org", "hash");
        }

        @Test
        void grantsTheRoleToTheTokensToo() {
            fixture.given(registered(ada, "ada@example.org"))
                    .when(new GrantRole(ada, Role.ADMIN, admin))
                    .expectEvents(new RoleGranted(ada, Role.ADMIN));

            assertThat(credentials.rolesOf(ada)).containsExactlyInAnyOrder(Role.CUSTOMER, Role.ADMIN);
        }

        @Test
        void treatsAClosedAccountAsUnknownWhenAnAdminGrants() {
            fixture.given(registered(ada, "ada@example.org"), new UserDeactivated(ada))
                    .when(new GrantRole(ada, Role.ORGANIZER, admin))
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Category.NOT_FOUND, UserErrors.USER_NOT_FOUND))
                    .expectNoEvents();
        }

        @Test
        void revokesARoleTheUserHasFromTheTokensToo() {
            credentials.addRole(ada, Role.ORGANIZER);

            fixture.given(registered(ada, "ada@example.org"), new RoleGranted(ada, Role.ORGANIZER))
                    .when(new RevokeRole(ada, Role.ORGANIZER, admin))
                    .expectEvents(new RoleRevoked(ada, Role.ORGANIZER));

            assertThat(credentials.rolesOf(ada)).containsExactly(Role.CUSTOMER);
        }

        @Test
        void changesNothingWhenRevokingARoleTheUserLacks() {
            fixture.given(registered(ada, "ada@example.org"))
                    .when(new RevokeRole(ada, Role.VENDOR, admin))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void grantsARevokedRoleAgain() {
            fixture.given(
                            registered(ada, "ada@example.org"),
                            new RoleGranted(ada, Role.VENDOR),
                            new RoleRevoked(ada, Role.VENDOR))
                    .when(new GrantRole(ada, Role.VENDOR, admin))
                    .expectEvents(new RoleGranted(ada, Role.VENDOR));
        }

        @Test
        void refusesToRevokeCustomerWhichEveryUserIs() {
            fixture.given(registered(ada, "ada@example.org"))
                    .when(new RevokeRole(ada, Role.CUSTOMER, admin))
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Category.CONFLICT, UserErrors.ROLE_NOT_REVOCABLE))
                    .expectNoEvents();
        }

        @Test
        void refusesAnAdminRevokingTheirOwnAdminRole() {
            fixture.given(registered(ada, "ada@example.org"), new RoleGranted(ada, Role.ADMIN))
                    .when(new RevokeRole(ada, Role.ADMIN, ada.value()))
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Category.CONFLICT, UserErrors.OWN_ADMIN_ROLE))
                    .expectNoEvents();
        }

        @Test
        void revokesAnotherAdminsAdminRole() {
            fixture.given(registered(ada, "ada@example.org"), new RoleGranted(ada, Role.ADMIN))
                    .when(new RevokeRole(ada, Role.ADMIN, admin))
                    .expectEvents(new RoleRevoked(ada, Role.ADMIN));
        }

        @Test
        void rejectsRevokingFromAnUnknownUser() {
            fixture.givenNoPriorActivity()
                    .when(new RevokeRole(UserId.random(), Role.VENDOR, admin))
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Category.NOT_FOUND, UserErrors.USER_NOT_FOUND));
        }
    }

    @Nested
    class RegisteringTheFirstAdmin {

        private final UserId first = RegisterFirstAdmin.idFor("Root@Example.org");

        @Test
        void makesAnAdminWhosePasswordMustBeChanged() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterFirstAdmin(first, "root@example.org", "one-time-hash"))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(
                            new UserRegistered(first, "First", "Admin", "root@example.org"),
                            new RoleGranted(first, Role.ADMIN));

            assertThat(credentials.rolesOf(first)).containsExactlyInAnyOrder(Role.CUSTOMER, Role.ADMIN);
            assertThat(credentials.mustChangePassword(first)).isTrue();
        }

        @Test
        void changesNothingWhenAnotherReplicaOrAnEarlierStartMadeIt() {
            credentials.register(first, "root@example.org", "the winner's hash");

            fixture.given(
                            new UserRegistered(first, "First", "Admin", "root@example.org"),
                            new RoleGranted(first, Role.ADMIN))
                    .when(new RegisterFirstAdmin(first, "root@example.org", "another hash"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();

            assertThat(credentials.passwordHashOf(first)).isEqualTo("the winner's hash");
        }

        @Test
        void neverPromotesAnAccountSomeoneRegisteredWithTheEmail() {
            credentials.register(ada, "root@example.org", "hash");

            fixture.givenNoPriorActivity()
                    .when(new RegisterFirstAdmin(first, "root@example.org", "one-time-hash"))
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Category.CONFLICT, UserErrors.EMAIL_ALREADY_REGISTERED))
                    .expectNoEvents();

            assertThat(credentials.rolesOf(ada)).containsExactly(Role.CUSTOMER);
        }

        @Test
        void derivesTheSameIdFromTheEmailInAnyCase() {
            assertThat(RegisterFirstAdmin.idFor("root@example.org")).isEqualTo(first);
        }

        @Test
        void liftsTheDemandWhenThePasswordChanges() {
            credentials.register(first, "root@example.org", "one-time-hash");
            credentials.requirePasswordChange(first);

            fixture.given(
                            new UserRegistered(first, "First", "Admin", "root@example.org"),
                            new RoleGranted(first, Role.ADMIN))
                    .when(new ChangePassword(first, "chosen-hash"))
                    .expectSuccessfulHandlerExecution();

            assertThat(credentials.mustChangePassword(first)).isFalse();
        }
    }

    @Nested
    class ChangingPreferences {

        @Test
        void remindersAreOnUntilTheUserTurnsThemOff() {
            fixture.given(registered(ada, "ada@example.org"))
                    .when(new ChangePreferences(ada, false))
                    .expectEvents(new PreferencesChanged(ada, false));
        }

        @Test
        void theSamePreferencesAgainChangeNothing() {
            fixture.given(registered(ada, "ada@example.org"), new PreferencesChanged(ada, false))
                    .when(new ChangePreferences(ada, false))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void remindersCanBeTurnedOnAgain() {
            fixture.given(registered(ada, "ada@example.org"), new PreferencesChanged(ada, false))
                    .when(new ChangePreferences(ada, true))
                    .expectEvents(new PreferencesChanged(ada, true));
        }

        @Test
        void rejectsPreferencesOfAnUnknownUser() {
            fixture.givenNoPriorActivity()
                    .when(new ChangePreferences(UserId.random(), false))
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Category.NOT_FOUND, UserErrors.USER_NOT_FOUND));
        }
    }

    @Nested
    class ChangingTheProfile {

        @Test
        void changesTheGivenFieldsAndStatesTheWholeProfileInTheEvent() {
            fixture.given(registered(ada, "ada@example.org"))
                    .when(new ChangeProfile(ada, "Augusta Ada", null, "https://img.example.test/ada.png"))
                    .expectEvents(
                            new ProfileChanged(ada, "Augusta Ada", "Lovelace", "https://img.example.test/ada.png"))
                    .expectResultMessagePayload(new UserProfile(
                            ada.value(),
                            "Augusta Ada",
                            "Lovelace",
                            "ada@example.org",
                            "https://img.example.test/ada.png",
                            List.of("CUSTOMER"),
                            new UserProfile.Preferences(true)));
        }

        @Test
        void answersRolesInTheOrderGrantedAndThePreferences() {
            fixture.given(
                            registered(ada, "ada@example.org"),
                            new RoleGranted(ada, Role.VENDOR),
                            new RoleGranted(ada, Role.ORGANIZER),
                            new PreferencesChanged(ada, false))
                    .when(new ChangeProfile(ada, null, "King", null))
                    .expectEvents(new ProfileChanged(ada, "Ada", "King", null))
                    .expectResultMessagePayload(new UserProfile(
                            ada.value(),
                            "Ada",
                            "King",
                            "ada@example.org",
                            null,
                            List.of("CUSTOMER", "VENDOR", "ORGANIZER"),
                            new UserProfile.Preferences(false)));
        }

        @Test
        void anEmptyPictureUrlRemovesThePicture() {
            fixture.given(
                            registered(ada, "ada@example.org"),
                            new ProfileChanged(ada, "Ada", "Lovelace", "https://img.example.test/ada.png"))
                    .when(new ChangeProfile(ada, null, null, ""))
                    .expectEvents(new ProfileChanged(ada, "Ada", "Lovelace", null));
        }

        @Test
        void theSameProfileAgainChangesNothing() {
            fixture.given(registered(ada, "ada@example.org"))
                    .when(new ChangeProfile(ada, "Ada", "Lovelace", null))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void refusesTheProfileOfADeactivatedUserAsUnknown() {
            fixture.given(registered(ada, "ada@example.org"), new UserDeactivated(ada))
                    .when(new ChangeProfile(ada, "Eve", null, null))
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Category.NOT_FOUND, UserErrors.USER_NOT_FOUND))
                    .expectNoEvents();
        }

        @Test
        void rejectsTheProfileOfAnUnknownUser() {
            fixture.givenNoPriorActivity()
                    .when(new ChangeProfile(UserId.random(), "Eve", null, null))
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Category.NOT_FOUND, UserErrors.USER_NOT_FOUND));
        }
    }

    @Nested
    class ChangingThePassword {

        @BeforeEach
        void adaHasAnAccount() {
            credentials.register(ada, "ada@example.org", "old-hash");
        }

        @Test
        void storesTheNewHashEndsEverySessionAndRecordsNoPassword() {
            fixture.given(registered(ada, "ada@example.org"))
                    .when(new ChangePassword(ada, "new-hash"))
                    .expectEvents(new PasswordChanged(ada));

            assertThat(credentials.passwordHashOf(ada)).isEqualTo("new-hash");
            assertThat(credentials.sessionsEnded(ada)).isEqualTo(1);
        }

        @Test
        void refusesThePasswordOfADeactivatedUserAsUnknown() {
            fixture.given(registered(ada, "ada@example.org"), new UserDeactivated(ada))
                    .when(new ChangePassword(ada, "new-hash"))
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Category.NOT_FOUND, UserErrors.USER_NOT_FOUND))
                    .expectNoEvents();

            assertThat(credentials.passwordHashOf(ada)).isEqualTo("old-hash");
        }
    }

    @Nested
    class Deactivating {

        @BeforeEach
        void adaHasAnAccount() {
            credentials.register(ada, "ada@example.org", "hash");
        }

        @Test
        void deactivatesAndForgetsTheCredentialsSoTheEmailCanLogInNoMore() {
            fixture.given(registered(ada, "ada@example.org"))
                    .when(new DeactivateUser(ada))
                    .expectEvents(new UserDeactivated(ada));

            assertThat(credentials.has(ada)).isFalse();
            assertThat(credentials.register(UserId.random(), "ADA@example.org", "other"))
                    .as("the email is free again")
                    .isEqualTo(Credentials.Claim.CLAIMED);
        }

        @Test
        void deactivatingAgainChangesNothing() {
            fixture.given(registered(ada, "ada@example.org"), new UserDeactivated(ada))
                    .when(new DeactivateUser(ada))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void refusesPreferencesOfADeactivatedUserAsUnknown() {
            fixture.given(registered(ada, "ada@example.org"), new UserDeactivated(ada))
                    .when(new ChangePreferences(ada, false))
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Category.NOT_FOUND, UserErrors.USER_NOT_FOUND));
        }

        @Test
        void grantsNoRoleToADeactivatedUser() {
            fixture.given(registered(ada, "ada@example.org"), new UserDeactivated(ada))
                    .when(new GrantRole(ada, Role.ORGANIZER))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void rejectsDeactivationOfAnUnknownUser() {
            fixture.givenNoPriorActivity()
                    .when(new DeactivateUser(UserId.random()))
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Category.NOT_FOUND, UserErrors.USER_NOT_FOUND));
        }
    }

    private static RegisterUser registration(UserId userId, String email) {
        return new RegisterUser(userId, "Ada", "Lovelace", email, "bcrypt-hash");
    }

    private static UserRegistered registered(UserId userId, String email) {
        return new UserRegistered(userId, "Ada", "Lovelace", email);
    }

    /** The credentials table's rules without a database: one account per email, case-insensitively. */
    private static final class InMemoryCredentials implements Credentials {

        private final Map<String, UserId> accountsByEmail = new HashMap<>();
        private final Map<UserId, Set<Role>> roles = new HashMap<>();
        private final Map<UserId, String> passwordHashes = new HashMap<>();
        private final Map<UserId, Integer> sessionsEnded = new HashMap<>();
        private final Set<UserId> mustChangePassword = new java.util.HashSet<>();

        @Override
        public Claim register(UserId userId, String email, String passwordHash) {
            UserId holder = accountsByEmail.putIfAbsent(email.toLowerCase(Locale.ROOT), userId);
            if (holder == null) {
                roles.put(userId, EnumSet.of(Role.CUSTOMER));
                passwordHashes.put(userId, passwordHash);
                return Claim.CLAIMED;
            }
            return holder.equals(userId) ? Claim.ALREADY_YOURS : Claim.TAKEN;
        }

        @Override
        public java.util.Optional<UserId> holderOf(String email) {
            return java.util.Optional.ofNullable(accountsByEmail.get(email.toLowerCase(Locale.ROOT)));
        }

        @Override
        public void addRole(UserId userId, Role role) {
            if (roles.containsKey(userId)) {
                roles.get(userId).add(role);
            }
        }

        @Override
        public void removeRole(UserId userId, Role role) {
            if (roles.containsKey(userId)) {
                roles.get(userId).remove(role);
            }
        }

        @Override
        public void requirePasswordChange(UserId userId) {
            if (roles.containsKey(userId)) {
                mustChangePassword.add(userId);
            }
        }

        @Override
        public void changePassword(UserId userId, String passwordHash) {
            mustChangePassword.remove(userId);
            passwordHashes.put(userId, passwordHash);
            sessionsEnded.merge(userId, 1, Integer::sum);
        }

        @Override
        public void remove(UserId userId) {
            accountsByEmail.values().remove(userId);
            roles.remove(userId);
            passwordHashes.remove(userId);
        }

        boolean has(UserId userId) {
            return roles.containsKey(userId);
        }

        String passwordHashOf(UserId userId) {
            return passwordHashes.get(userId);
        }

        int sessionsEnded(UserId userId) {
            return sessionsEnded.getOrDefault(userId, 0);
        }

        boolean mustChangePassword(UserId userId) {
            return mustChangePassword.contains(userId);
        }

        Set<Role> rolesOf(UserId userId) {
            return roles.get(userId);
        }
    }
}
