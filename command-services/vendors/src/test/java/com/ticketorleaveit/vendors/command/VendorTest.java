package com.ticketorleaveit.vendors.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.platform.refusal.Refusal;
import com.ticketorleaveit.platform.refusal.Refusal.Category;
import com.ticketorleaveit.vendors.api.ChangeVendorProfile;
import com.ticketorleaveit.vendors.api.DeactivateVendor;
import com.ticketorleaveit.vendors.api.ReactivateVendor;
import com.ticketorleaveit.vendors.api.RegisterVendor;
import com.ticketorleaveit.vendors.api.VendorDeactivated;
import com.ticketorleaveit.vendors.api.VendorErrors;
import com.ticketorleaveit.vendors.api.VendorId;
import com.ticketorleaveit.vendors.api.VendorProfile;
import com.ticketorleaveit.vendors.api.VendorProfileChanged;
import com.ticketorleaveit.vendors.api.VendorReactivated;
import com.ticketorleaveit.vendors.api.VendorRegistered;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class VendorTest {

    private static final Instant MONDAY = Instant.parse("2027-03-01T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2027-03-02T09:00:00Z");

    private final UUID nina = UUID.randomUUID();
    private final UUID someoneElse = UUID.randomUUID();
    private final UUID anAdmin = UUID.randomUUID();
    private final VendorId ninasProfile = VendorId.random();
    private final InMemoryVendorClaims claims = new InMemoryVendorClaims();
    private AggregateTestFixture<Vendor> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Vendor.class);
        fixture.registerAnnotatedCommandHandler(new VendorRegistration(fixture.getRepository(), claims));
        fixture.registerAnnotatedCommandHandler(new VendorProfileChanges(fixture.getRepository(), claims));
    }

    @Nested
    class RegisteringAVendor {

        @Test
        void registersAnActiveVendorUnderAFreeName() {
            fixture.givenNoPriorActivity()
                    .when(registration(ninasProfile, nina, "The Night Owls"))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(registered(ninasProfile, nina, "The Night Owls"));
        }

        @Test
        void rejectsANameAnotherVendorHolds() {
            claims.claimName("the night owls", VendorId.random());

            fixture.givenNoPriorActivity()
                    .when(registration(ninasProfile, nina, "The Night Owls"))
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Category.CONFLICT, VendorErrors.VENDOR_NAME_TAKEN))
                    .expectNoEvents();
        }

        @Test
        void rejectsASecondProfileForTheSameUser() {
            claims.claimUser(nina, VendorId.random());

            fixture.givenNoPriorActivity()
                    .when(registration(ninasProfile, nina, "The Night Owls"))
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Category.CONFLICT, VendorErrors.ALREADY_VENDOR))
                    .expectNoEvents();
        }

        @Test
        void changesNothingWhenTheSameRegistrationIsRepeated() {
            claims.claimUser(nina, ninasProfile);
            claims.claimName("The Night Owls", ninasProfile);

            fixture.given(registered(ninasProfile, nina, "The Night Owls"))
                    .when(registration(ninasProfile, nina, "The Night Owls"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class ChangingTheProfile {

        @BeforeEach
        void ninaHoldsHerName() {
            claims.claimName("The Night Owls", ninasProfile);
        }

        @Test
        void changesTheFieldsGivenAndKeepsTheOthers() {
            fixture.given(registered(ninasProfile, nina, "The Night Owls"))
                    .when(change(nina, false, null, "soul", "Now with a singer.", null))
                    .expectEvents(new VendorProfileChanged(
                            ninasProfile, "The Night Owls", "soul", "Now with a singer.", "https://owls.example/p.jpg"))
                    .expectResultMessagePayload(new VendorProfile(
                            ninasProfile,
                            "The Night Owls",
                            "soul",
                            "Now with a singer.",
                            "https://owls.example/p.jpg",
                            true));
        }

        @Test
        void removesTheBiographyAndPictureGivenBlank() {
            fixture.given(registered(ninasProfile, nina, "The Night Owls"))
                    .when(change(nina, false, null, null, "", ""))
                    .expectEvents(new VendorProfileChanged(ninasProfile, "The Night Owls", "jazz", null, null));
        }

        @Test
        void renamesUnderAFreeNameAndGivesTheOldOneUp() {
            fixture.given(registered(ninasProfile, nina, "The Night Owls"))
                    .when(change(nina, false, "The Early Birds", null, null, null))
                    .expectEvents(new VendorProfileChanged(
                            ninasProfile,
                            "The Early Birds",
                            "jazz",
                            "Late-night jazz trio.",
                            "https://owls.example/p.jpg"));

            assertThat(claims.claimName("The Night Owls", VendorId.random())).isEqualTo(VendorClaims.Claim.CLAIMED);
            assertThat(claims.claimName("the early birds", VendorId.random())).isEqualTo(VendorClaims.Claim.TAKEN);
        }

        @Test
        void refusesANameAnotherVendorHoldsAndKeepsItsOwn() {
            claims.claimName("The Early Birds", VendorId.random());

            fixture.given(registered(ninasProfile, nina, "The Night Owls"))
                    .when(change(nina, false, "the early birds", "soul", null, null))
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Category.CONFLICT, VendorErrors.VENDOR_NAME_TAKEN))
                    .expectNoEvents();

            assertThat(claims.claimName("The Night Owls", VendorId.random())).isEqualTo(VendorClaims.Claim.TAKEN);
        }

        @Test
        void writesItsOwnNameInAnotherCaseWithoutClaimingAnything() {
            fixture.given(registered(ninasProfile, nina, "The Night Owls"))
                    .when(change(nina, false, "THE NIGHT OWLS", null, null, null))
                    .expectEvents(new VendorProfileChanged(
                            ninasProfile,
                            "THE NIGHT OWLS",
                            "jazz",
                            "Late-night jazz trio.",
                            "https://owls.example/p.jpg"));

            assertThat(claims.claimName("the night owls", VendorId.random())).isEqualTo(VendorClaims.Claim.TAKEN);
        }

        @Test
        void recordsNothingWhenNothingChanges() {
            fixture.given(registered(ninasProfile, nina, "The Night Owls"))
                    .when(change(nina, false, "The Night Owls", "jazz", null, null))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void letsAnAdminChangeAnyVendor() {
            fixture.given(registered(ninasProfile, nina, "The Night Owls"))
                    .when(change(anAdmin, true, null, "blues", null, null))
                    .expectEvents(new VendorProfileChanged(
                            ninasProfile,
                            "The Night Owls",
                            "blues",
                            "Late-night jazz trio.",
                            "https://owls.example/p.jpg"));
        }

        @Test
        void tellsSomeoneElseThereIsNoSuchVendorOfTheirsAndClaimsNothing() {
            fixture.given(registered(ninasProfile, nina, "The Night Owls"))
                    .when(change(someoneElse, false, "Stolen Name", null, null, null))
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Category.NOT_FOUND, VendorErrors.VENDOR_NOT_FOUND))
                    .expectNoEvents();

            assertThat(claims.claimName("Stolen Name", VendorId.random())).isEqualTo(VendorClaims.Claim.CLAIMED);
        }

        @Test
        void changesAnInactiveVendorsProfileAndKeepsItInactive() {
            fixture.given(registered(ninasProfile, nina, "The Night Owls"), deactivated(nina, false, MONDAY))
                    .when(change(nina, false, null, "soul", null, null))
                    .expectEvents(new VendorProfileChanged(
                            ninasProfile,
                            "The Night Owls",
                            "soul",
                            "Late-night jazz trio.",
                            "https://owls.example/p.jpg"))
                    .expectResultMessagePayload(new VendorProfile(
                            ninasProfile,
                            "The Night Owls",
                            "soul",
                            "Late-night jazz trio.",
                            "https://owls.example/p.jpg",
                            false));
        }
    }

    @Nested
    class DeactivatingAVendor {

        @Test
        void takesAnActiveVendorOutOfBookingWithItsNameForTheOrganizers() {
            fixture.given(registered(ninasProfile, nina, "The Night Owls"))
                    .when(new DeactivateVendor(ninasProfile, nina, false, MONDAY))
                    .expectEvents(deactivated(nina, false, MONDAY))
                    .expectResultMessagePayload(new VendorProfile(
                            ninasProfile,
                            "The Night Owls",
                            "jazz",
                            "Late-night jazz trio.",
                            "https://owls.example/p.jpg",
                            false));
        }

        @Test
        void changesNothingWhenTheVendorIsInactiveAlready() {
            fixture.given(registered(ninasProfile, nina, "The Night Owls"), deactivated(nina, false, MONDAY))
                    .when(new DeactivateVendor(ninasProfile, nina, false, TUESDAY))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void letsAnAdminDeactivateAnyVendor() {
            fixture.given(registered(ninasProfile, nina, "The Night Owls"))
                    .when(new DeactivateVendor(ninasProfile, anAdmin, true, MONDAY))
                    .expectEvents(deactivated(anAdmin, true, MONDAY));
        }

        @Test
        void tellsSomeoneElseThereIsNoSuchVendorOfTheirs() {
            fixture.given(registered(ninasProfile, nina, "The Night Owls"))
                    .when(new DeactivateVendor(ninasProfile, someoneElse, false, MONDAY))
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Category.NOT_FOUND, VendorErrors.VENDOR_NOT_FOUND))
                    .expectNoEvents();
        }

        @Test
        void namesTheVendorAsItIsNamedNow() {
            fixture.given(
                            registered(ninasProfile, nina, "The Night Owls"),
                            new VendorProfileChanged(ninasProfile, "The Early Birds", "jazz", null, null))
                    .when(new DeactivateVendor(ninasProfile, nina, false, MONDAY))
                    .expectEvents(new VendorDeactivated(ninasProfile, "The Early Birds", nina, false, MONDAY));
        }
    }

    @Nested
    class ReactivatingAVendor {

        @Test
        void makesAVendorItsOwnerDeactivatedBookableAgain() {
            fixture.given(registered(ninasProfile, nina, "The Night Owls"), deactivated(nina, false, MONDAY))
                    .when(new ReactivateVendor(ninasProfile, nina, false, TUESDAY))
                    .expectEvents(new VendorReactivated(ninasProfile, nina, TUESDAY))
                    .expectResultMessagePayload(new VendorProfile(
                            ninasProfile,
                            "The Night Owls",
                            "jazz",
                            "Late-night jazz trio.",
                            "https://owls.example/p.jpg",
                            true));
        }

        @Test
        void changesNothingWhenTheVendorIsActive() {
            fixture.given(registered(ninasProfile, nina, "The Night Owls"))
                    .when(new ReactivateVendor(ninasProfile, nina, false, TUESDAY))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void refusesTheOwnerAVendorAnAdminDeactivated() {
            fixture.given(registered(ninasProfile, nina, "The Night Owls"), deactivated(anAdmin, true, MONDAY))
                    .when(new ReactivateVendor(ninasProfile, nina, false, TUESDAY))
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(
                            new Refusal(Category.NOT_PERMITTED, VendorErrors.VENDOR_DEACTIVATED_BY_ADMIN))
                    .expectNoEvents();
        }

        @Test
        void letsAnAdminReactivateWhateverDeactivatedIt() {
            fixture.given(registered(ninasProfile, nina, "The Night Owls"), deactivated(anAdmin, true, MONDAY))
                    .when(new ReactivateVendor(ninasProfile, anAdmin, true, TUESDAY))
                    .expectEvents(new VendorReactivated(ninasProfile, anAdmin, TUESDAY));
        }

        @Test
        void letsTheOwnerDeactivateAndReactivateAgainOnceAnAdminReactivated() {
            fixture.given(
                            registered(ninasProfile, nina, "The Night Owls"),
                            deactivated(anAdmin, true, MONDAY),
                            new VendorReactivated(ninasProfile, anAdmin, TUESDAY),
                            deactivated(nina, false, TUESDAY))
                    .when(new ReactivateVendor(ninasProfile, nina, false, TUESDAY))
                    .expectEvents(new VendorReactivated(ninasProfile, nina, TUESDAY));
        }

        @Test
        void tellsSomeoneElseThereIsNoSuchVendorOfTheirs() {
            fixture.given(registered(ninasProfile, nina, "The Night Owls"), deactivated(nina, false, MONDAY))
                    .when(new ReactivateVendor(ninasProfile, someoneElse, false, TUESDAY))
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Category.NOT_FOUND, VendorErrors.VENDOR_NOT_FOUND))
                    .expectNoEvents();
        }
    }

    private ChangeVendorProfile change(
            UUID requestedBy, boolean admin, String name, String genre, String biography, String pictureUrl) {
        return new ChangeVendorProfile(ninasProfile, requestedBy, admin, name, genre, biography, pictureUrl);
    }

    private VendorDeactivated deactivated(UUID by, boolean byAdmin, Instant at) {
        return new VendorDeactivated(ninasProfile, "The Night Owls", by, byAdmin, at);
    }

    private static RegisterVendor registration(VendorId vendorId, UUID userId, String name) {
        return new RegisterVendor(
                vendorId, userId, name, "jazz", "Late-night jazz trio.", "https://owls.example/p.jpg");
    }

    private static VendorRegistered registered(VendorId vendorId, UUID userId, String name) {
        return new VendorRegistered(
                vendorId, userId, name, "jazz", "Late-night jazz trio.", "https://owls.example/p.jpg");
    }

    /** The lookup tables' rules without a database. */
    private static final class InMemoryVendorClaims implements VendorClaims {

        private final Map<UUID, VendorId> byUser = new HashMap<>();
        private final Map<String, VendorId> byName = new HashMap<>();

        @Override
        public Claim claimUser(UUID userId, VendorId vendorId) {
            return claim(byUser.putIfAbsent(userId, vendorId), vendorId);
        }

        @Override
        public Claim claimName(String name, VendorId vendorId) {
            return claim(byName.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), vendorId), vendorId);
        }

        @Override
        public void releaseName(String name, VendorId vendorId) {
            byName.remove(name.strip().toLowerCase(Locale.ROOT), vendorId);
        }

        private static Claim claim(VendorId holder, VendorId vendorId) {
            if (holder == null) {
                return Claim.CLAIMED;
            }
            return holder.equals(vendorId) ? Claim.ALREADY_YOURS : Claim.TAKEN;
        }
    }
}
