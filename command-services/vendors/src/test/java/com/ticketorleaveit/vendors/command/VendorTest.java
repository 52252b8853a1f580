package com.ticketorleaveit.vendors.command;

import com.ticketorleaveit.platform.refusal.Refusal;
import com.ticketorleaveit.platform.refusal.Refusal.Category;
import com.ticketorleaveit.vendors.api.RegisterVendor;
import com.ticketorleaveit.vendors.api.VendorErrors;
import com.ticketorleaveit.vendors.api.VendorId;
import com.ticketorleaveit.vendors.api.VendorRegistered;
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

    private final UUID nina = UUID.randomUUID();
    private final VendorId ninasProfile = VendorId.random();
    private final InMemoryVendorClaims claims = new InMemoryVendorClaims();
    private AggregateTestFixture<Vendor> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Vendor.class);
        fixture.registerAnnotatedCommandHandler(new VendorRegistration(fixture.getRepository(), claims));
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

        private static Claim claim(VendorId holder, VendorId vendorId) {
            if (holder == null) {
                return Claim.CLAIMED;
            }
            return holder.equals(vendorId) ? Claim.ALREADY_YOURS : Claim.TAKEN;
        }
    }
}
