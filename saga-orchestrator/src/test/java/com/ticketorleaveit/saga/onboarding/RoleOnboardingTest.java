package com.ticketorleaveit.saga.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.organizers.api.OrganizerId;
import com.ticketorleaveit.organizers.api.OrganizerRegistered;
import com.ticketorleaveit.saga.RecordingCommandGateway;
import com.ticketorleaveit.users.api.GrantRole;
import com.ticketorleaveit.users.api.Role;
import com.ticketorleaveit.users.api.UserId;
import com.ticketorleaveit.vendors.api.VendorId;
import com.ticketorleaveit.vendors.api.VendorRegistered;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoleOnboardingTest {

    private static final UUID USER = UUID.randomUUID();

    private final RecordingCommandGateway commands = new RecordingCommandGateway();
    private final RoleOnboarding onboarding = new RoleOnboarding(commands);

    @Test
    void grantsTheOrganizerRoleToANewOrganizer() {
        onboarding.on(new OrganizerRegistered(OrganizerId.random(), USER, "Acme Live", "Ada", "ada@example.org"));

        assertThat(commands.sent()).containsExactly(new GrantRole(new UserId(USER), Role.ORGANIZER));
    }

    @Test
    void grantsTheVendorRoleToANewVendor() {
        onboarding.on(new VendorRegistered(VendorId.random(), USER, "The Band", "rock", "Loud.", null));

        assertThat(commands.sent()).containsExactly(new GrantRole(new UserId(USER), Role.VENDOR));
    }
}
