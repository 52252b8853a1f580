package com.ticketorleaveit.organizers.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.ticketorleaveit.organizers.api.OrganizerId;
import com.ticketorleaveit.organizers.api.OrganizerRegistered;
import com.ticketorleaveit.organizers.api.RegisterOrganizer;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** An organizer profile; created through {@link OrganizerRegistration}, which keeps it to one per user. */
@Aggregate
class Organizer {

    @AggregateIdentifier
    private OrganizerId organizerId;

    Organizer() {}

    Organizer(RegisterOrganizer command) {
        apply(new OrganizerRegistered(
                command.organizerId(),
                command.userId(),
                command.organizationName(),
                command.contactName(),
                command.email()));
    }

    @EventSourcingHandler
    void on(OrganizerRegistered event) {
        organizerId = event.organizerId();
    }
}
