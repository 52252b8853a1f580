package com.ticketorleaveit.organizers.command;

import com.ticketorleaveit.organizers.api.ChangeOrganizerProfile;
import com.ticketorleaveit.organizers.api.OrganizerErrors;
import com.ticketorleaveit.organizers.api.OrganizerId;
import com.ticketorleaveit.organizers.api.OrganizerProfile;
import com.ticketorleaveit.organizers.api.OrganizerProfileChanged;
import com.ticketorleaveit.organizers.api.OrganizerRegistered;
import com.ticketorleaveit.organizers.api.RegisterOrganizer;
import com.ticketorleaveit.organizers.api.SealedPayout;
import com.ticketorleaveit.platform.refusal.Refusal;
import com.ticketorleaveit.platform.refusal.Refusal.Category;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OrganizerTest {

    private final UUID grace = UUID.randomUUID();
    private final OrganizerId gracesProfile = OrganizerId.random();
    private final InMemoryOrganizersByUser byUser = new InMemoryOrganizersByUser();
    private AggregateTestFixture<Organizer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organizer.class);
        fixture.registerAnnotatedCommandHandler(new OrganizerRegistration(fixture.getRepository(), byUser));
    }

    @Nested
    class RegisteringAnOrganizer {

        @Test
        void registersTheFirstProfileOfAUser() {
            fixture.givenNoPriorActivity()
                    .when(registration(gracesProfile, grace))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(registered(gracesProfile, grace));
        }

        @Test
        void rejectsASecondProfileForTheSameUser() {
            byUser.claim(grace, OrganizerId.random());

            fixture.givenNoPriorActivity()
                    .when(registration(gracesProfile, grace))
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Category.CONFLICT, OrganizerErrors.ALREADY_ORGANIZER))
                    .expectNoEvents();
        }

        @Test
        void changesNothingWhenTheSameRegistrationIsRepeated() {
            byUser.claim(grace, gracesProfile);

            fixture.given(registered(gracesProfile, grace))
                    .when(registration(gracesProfile, grace))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class ChangingTheProfile {

        private final SealedPayout sealed = new SealedPayout("3000", "v1:c2VhbGVk");

        @Test
        void recordsTheWholeProfileWithTheFieldsGivenChanged() {
            fixture.given(registered(gracesProfile, grace))
                    .when(new ChangeOrganizerProfile(gracesProfile, grace, null, null, null, "Live music", sealed))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new OrganizerProfileChanged(
                            gracesProfile, "Hopper Live", "Grace Hopper", "grace@hopper.live", "Live music", sealed));
        }

        @Test
        void answersTheProfileWithThePayoutAccountMaskedAndNotItsCiphertext() {
            fixture.given(registered(gracesProfile, grace))
                    .when(new ChangeOrganizerProfile(gracesProfile, grace, "Hopper Arena", null, null, null, sealed))
                    .expectResultMessagePayloadMatching(Matchers.<OrganizerProfile>predicate(
                            profile -> profile.organizationName().equals("Hopper Arena")
                                    && profile.payout().equals(new OrganizerProfile.Payout("**** 3000"))
                                    && !profile.toString().contains(sealed.sealed())));
        }

        @Test
        void keepsTheSealedPayoutWhenOnlyOtherFieldsChange() {
            fixture.given(
                            registered(gracesProfile, grace),
                            new OrganizerProfileChanged(
                                    gracesProfile,
                                    "Hopper Live",
                                    "Grace Hopper",
                                    "grace@hopper.live",
                                    "Live music",
                                    sealed))
                    .when(new ChangeOrganizerProfile(gracesProfile, grace, null, "Grace B. Hopper", null, null, null))
                    .expectEvents(new OrganizerProfileChanged(
                            gracesProfile,
                            "Hopper Live",
                            "Grace B. Hopper",
                            "grace@hopper.live",
                            "Live music",
                            sealed));
        }

        @Test
        void recordsNothingWhenNothingChanges() {
            fixture.given(registered(gracesProfile, grace))
                    .when(new ChangeOrganizerProfile(
                            gracesProfile, grace, "Hopper Live", "Grace Hopper", null, null, null))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void treatsSomeoneElsesProfileAsUnknown() {
            fixture.given(registered(gracesProfile, grace))
                    .when(new ChangeOrganizerProfile(
                            gracesProfile, UUID.randomUUID(), "Taken Over", null, null, null, sealed))
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Category.NOT_FOUND, OrganizerErrors.ORGANIZER_NOT_FOUND))
                    .expectNoEvents();
        }
    }

    private static RegisterOrganizer registration(OrganizerId organizerId, UUID userId) {
        return new RegisterOrganizer(organizerId, userId, "Hopper Live", "Grace Hopper", "grace@hopper.live");
    }

    private static OrganizerRegistered registered(OrganizerId organizerId, UUID userId) {
        return new OrganizerRegistered(organizerId, userId, "Hopper Live", "Grace Hopper", "grace@hopper.live");
    }

    private static final class InMemoryOrganizersByUser implements OrganizersByUser {

        private final Map<UUID, OrganizerId> profiles = new HashMap<>();

        @Override
        public Claim claim(UUID userId, OrganizerId organizerId) {
            OrganizerId holder = profiles.putIfAbsent(userId, organizerId);
            if (holder == null) {
                return Claim.CLAIMED;
            }
            return holder.equals(organizerId) ? Claim.ALREADY_YOURS : Claim.TAKEN;
        }

        @Override
        public Optional<OrganizerId> profileOf(UUID userId) {
            return Optional.ofNullable(profiles.get(userId));
        }
    }
}
