package com.ticketorleaveit.saga.onboarding;

import com.ticketorleaveit.organizers.api.OrganizerRegistered;
import com.ticketorleaveit.users.api.GrantRole;
import com.ticketorleaveit.users.api.Role;
import com.ticketorleaveit.users.api.UserId;
import com.ticketorleaveit.vendors.api.VendorRegistered;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Becoming an organizer or a vendor gives the user the matching role; granting a role twice changes nothing. */
@Component
@ProcessingGroup(RoleOnboarding.PROCESSING_GROUP)
public class RoleOnboarding {

    public static final String PROCESSING_GROUP = "onboarding";

    private final CommandGateway commandGateway;

    RoleOnboarding(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @EventHandler
    void on(OrganizerRegistered event) {
        commandGateway.sendAndWait(new GrantRole(new UserId(event.userId()), Role.ORGANIZER));
    }

    @EventHandler
    void on(VendorRegistered event) {
        commandGateway.sendAndWait(new GrantRole(new UserId(event.userId()), Role.VENDOR));
    }
}
