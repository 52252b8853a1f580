package com.ticketorleaveit.organizers.command;

import com.ticketorleaveit.organizers.api.OrganizerErrors;
import com.ticketorleaveit.organizers.api.RegisterOrganizer;
import com.ticketorleaveit.platform.refusal.Refusals;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Creates organizer profiles, one per user: the lookup row and the events commit in the same transaction. The
 * ORGANIZER role follows asynchronously (the onboarding process reacts to the registration).
 */
@Component
class OrganizerRegistration {

    private final Repository<Organizer> organizers;
    private final OrganizersByUser byUser;

    OrganizerRegistration(Repository<Organizer> organizers, OrganizersByUser byUser) {
        this.organizers = organizers;
        this.byUser = byUser;
    }

    @CommandHandler
    void handle(RegisterOrganizer command) throws Exception {
        switch (byUser.claim(command.userId(), command.organizerId())) {
            case CLAIMED -> organizers.newInstance(() -> new Organizer(command));
            case ALREADY_YOURS -> {
                // a repeated command: the profile exists already
            }
            case TAKEN ->
                throw Refusals.conflict(OrganizerErrors.ALREADY_ORGANIZER, "You have an organizer profile already.");
        }
    }
}
