package com.ticketorleaveit.tickets.command;

import com.ticketorleaveit.platform.refusal.Refusal;
import com.ticketorleaveit.tickets.api.DoorStaffGranted;
import com.ticketorleaveit.tickets.api.EventDoorOpened;
import com.ticketorleaveit.tickets.api.GrantDoorStaff;
import com.ticketorleaveit.tickets.api.OpenEventDoor;
import com.ticketorleaveit.tickets.api.TicketErrors;
import java.util.UUID;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EventDoorTest {

    private static final UUID EVENT = UUID.randomUUID();
    private static final UUID ORGANIZER = UUID.randomUUID();
    private static final UUID STEWARD = UUID.randomUUID();

    private AggregateTestFixture<EventDoor> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EventDoor.class);
    }

    private static EventDoorOpened opened() {
        return new EventDoorOpened(EVENT, ORGANIZER);
    }

    @Nested
    class OpenEventDoorCommand {

        @Test
        void opensTheDoorForTheEventsOrganizer() {
            fixture.givenNoPriorActivity()
                    .when(new OpenEventDoor(EVENT, ORGANIZER))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(opened());
        }

        @Test
        void openingItAgainChangesNothing() {
            fixture.given(opened()).when(new OpenEventDoor(EVENT, ORGANIZER)).expectNoEvents();
        }
    }

    @Nested
    class GrantDoorStaffCommand {

        @Test
        void theOrganizerNamesDoorStaff() {
            fixture.given(opened())
                    .when(new GrantDoorStaff(EVENT, STEWARD, ORGANIZER, false))
                    .expectEvents(new DoorStaffGranted(EVENT, STEWARD, ORGANIZER));
        }

        @Test
        void anAdminNamesDoorStaffForAnyEvent() {
            UUID admin = UUID.randomUUID();
            fixture.given(opened())
                    .when(new GrantDoorStaff(EVENT, STEWARD, admin, true))
                    .expectEvents(new DoorStaffGranted(EVENT, STEWARD, admin));
        }

        @Test
        void grantingAgainChangesNothing() {
            fixture.given(opened(), new DoorStaffGranted(EVENT, STEWARD, ORGANIZER))
                    .when(new GrantDoorStaff(EVENT, STEWARD, ORGANIZER, false))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void refusesAnyoneButTheOrganizer() {
            fixture.given(opened())
                    .when(new GrantDoorStaff(EVENT, STEWARD, STEWARD, false))
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Refusal.Category.NOT_PERMITTED, TicketErrors.NOT_EVENT_OWNER))
                    .expectNoEvents();
        }
    }
}
