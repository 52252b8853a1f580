package com.ticketorleaveit.organizers.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.ticketorleaveit.organizers.api.ChangeOrganizerProfile;
import com.ticketorleaveit.organizers.api.OrganizerErrors;
import com.ticketorleaveit.organizers.api.OrganizerId;
import com.ticketorleaveit.organizers.api.OrganizerProfile;
import com.ticketorleaveit.organizers.api.OrganizerProfileChanged;
import com.ticketorleaveit.organizers.api.OrganizerRegistered;
import com.ticketorleaveit.organizers.api.RegisterOrganizer;
import com.ticketorleaveit.organizers.api.SealedPayout;
import com.ticketorleaveit.platform.refusal.Refusals;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An organizer profile; created through {@link OrganizerRegistration}, which keeps it to one per user, and changed by
 * its owner only. It never sees payout details in clear: they arrive sealed.
 */
@Aggregate
class Organizer {

    @AggregateIdentifier
    private OrganizerId organizerId;

    private UUID userId;
    private String organizationName;
    private String contactName;
    private String email;
    private String industry;
    private SealedPayout payout;
    private Instant registeredAt;

    Organizer() {}

    Organizer(RegisterOrganizer command) {
        apply(new OrganizerRegistered(
                command.organizerId(),
                command.userId(),
                command.organizationName(),
                command.contactName(),
                command.email()));
    }

    /**
     * Null keeps a field as it is; records nothing when nothing changes. Payout details sent are always recorded (each
     * sealing differs, so a repeat cannot be told from a change). Someone else's profile is unknown to them.
     */
    @CommandHandler
    OrganizerProfile handle(ChangeOrganizerProfile command) {
        if (!userId.equals(command.requestedBy())) {
            throw Refusals.notFound(OrganizerErrors.ORGANIZER_NOT_FOUND, "No organizer " + organizerId + ".");
        }
        String name = command.organizationName() == null ? organizationName : command.organizationName();
        String contact = command.contactName() == null ? contactName : command.contactName();
        String mail = command.email() == null ? email : command.email();
        String newIndustry = command.industry() == null ? industry : command.industry();
        boolean changed = !name.equals(organizationName)
                || !contact.equals(contactName)
                || !mail.equals(email)
                || !Objects.equals(newIndustry, industry)
                || command.payout() != null;
        if (changed) {
            apply(new OrganizerProfileChanged(
                    organizerId,
                    name,
                    contact,
                    mail,
                    newIndustry,
                    command.payout() == null ? payout : command.payout()));
        }
        return profile();
    }

    OrganizerProfile profile() {
        return new OrganizerProfile(
                organizerId.value(),
                userId,
                organizationName,
                contactName,
                email,
                industry,
                payout == null ? null : OrganizerProfile.Payout.ending(payout.accountLast4()),
                registeredAt);
    }

    @EventSourcingHandler
    void on(OrganizerRegistered event, @Timestamp Instant at) {
        organizerId = event.organizerId();
        userId = event.userId();
        organizationName = event.organizationName();
        contactName = event.contactName();
        email = event.email();
        registeredAt = at;
    }

    @EventSourcingHandler
    void on(OrganizerProfileChanged event) {
        organizationName = event.organizationName();
        contactName = event.contactName();
        email = event.email();
        industry = event.industry();
        payout = event.payout();
    }
}
