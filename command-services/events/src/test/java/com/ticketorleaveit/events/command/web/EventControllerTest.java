package com.ticketorleaveit.events.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.ticketorleaveit.events.api.BookVendor;
import com.ticketorleaveit.events.api.CreateEvent;
import com.ticketorleaveit.events.api.EventErrors;
import com.ticketorleaveit.events.api.EventId;
import com.ticketorleaveit.events.api.EventType;
import com.ticketorleaveit.events.command.vendors.VendorDirectory;
import com.ticketorleaveit.events.command.vendors.VendorDirectoryUnavailable;
import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.platform.web.Caller;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class EventControllerTest {

    private static final Caller ORGANIZER = new Caller(UUID.randomUUID(), "org@example.test", Set.of("ORGANIZER"));

    private final FakeVendorDirectory directory = new FakeVendorDirectory();
    private final CommandGateway commandGateway = mock(CommandGateway.class);
    private final EventController controller = new EventController(commandGateway, directory);

    /** A directory that knows the vendors it was told about, or is down. */
    static class FakeVendorDirectory implements VendorDirectory {

        private final Map<UUID, Boolean> vendors = new HashMap<>();
        private boolean down;
        private int calls;

        UUID anActiveVendor() {
            UUID id = UUID.randomUUID();
            vendors.put(id, true);
            return id;
        }

        UUID anInactiveVendor() {
            UUID id = UUID.randomUUID();
            vendors.put(id, false);
            return id;
        }

        @Override
        public Map<UUID, Boolean> activeByIds(Collection<UUID> vendorIds) {
            calls++;
            if (down) {
                throw new VendorDirectoryUnavailable("down", null);
            }
            Map<UUID, Boolean> found = new HashMap<>();
            vendorIds.stream().filter(vendors::containsKey).forEach(id -> found.put(id, vendors.get(id)));
            return found;
        }
    }

    static CreateEventRequest anEventBooking(List<UUID> vendorIds) {
        OffsetDateTime starts = OffsetDateTime.parse("2030-06-01T19:00:00+02:00");
        return new CreateEventRequest(
                "Summer Nights",
                EventType.CONCERT,
                "Open air",
                List.of("jazz"),
                new CreateEventRequest.VenueRequest("Park Stage", "1 Park Road", "Lisbon"),
                starts,
                starts.plusHours(3),
                vendorIds,
                List.of(new CreateEventRequest.TierRequest("Standing", 4_500L, "EUR", 100, 4)));
    }

    @Test
    void createsTheEventWhenEveryVendorIsActive() {
        UUID vendor = directory.anActiveVendor();

        var response = controller.create(ORGANIZER, anEventBooking(List.of(vendor)));

        var command = ArgumentCaptor.forClass(CreateEvent.class);
        verify(commandGateway).sendAndWait(command.capture());
        assertThat(response.getStatusCode().value()).isEqualTo(201);
        assertThat(response.getHeaders().getLocation())
                .hasToString("/api/v1/events/" + command.getValue().eventId());
        assertThat(response.getBody().id())
                .isEqualTo(command.getValue().eventId().value());
        assertThat(response.getBody().tiers())
                .extracting(EventController.CreatedTier::name)
                .containsExactly("Standing");
        assertThat(command.getValue().vendorIds()).containsExactly(vendor);
        assertThat(command.getValue().organizerUserId()).isEqualTo(ORGANIZER.userId());
    }

    @Test
    void refusesAnUnknownVendorWith422() {
        UUID unknown = UUID.randomUUID();

        assertThatThrownBy(() ->
                        controller.create(ORGANIZER, anEventBooking(List.of(directory.anActiveVendor(), unknown))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.code()).isEqualTo(EventErrors.UNKNOWN_VENDOR);
                });
        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void refusesAnInactiveVendorWith422() {
        assertThatThrownBy(() -> controller.create(ORGANIZER, anEventBooking(List.of(directory.anInactiveVendor()))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.code()).isEqualTo(EventErrors.INACTIVE_VENDOR);
                });
        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void answers503WhenTheDirectoryIsUnavailable() {
        UUID vendor = directory.anActiveVendor();
        directory.down = true;

        assertThatThrownBy(() -> controller.create(ORGANIZER, anEventBooking(List.of(vendor))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.code()).isEqualTo(EventErrors.VENDOR_DIRECTORY_UNAVAILABLE);
                });
        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void doesNotCallTheDirectoryWhenNoVendorIsBooked() {
        directory.down = true;

        var response = controller.create(ORGANIZER, anEventBooking(List.of()));

        assertThat(response.getStatusCode().value()).isEqualTo(201);
        assertThat(directory.calls).isZero();
    }

    @Test
    void booksAnActiveVendor() {
        UUID vendor = directory.anActiveVendor();
        UUID event = UUID.randomUUID();

        controller.bookVendor(ORGANIZER, event, vendor);

        verify(commandGateway).sendAndWait(new BookVendor(new EventId(event), vendor, ORGANIZER.userId(), false));
    }

    @Test
    void refusesToBookAnInactiveOrUnknownVendorWith422AndSendsNothing() {
        UUID inactive = directory.anInactiveVendor();

        assertThatThrownBy(() -> controller.bookVendor(ORGANIZER, UUID.randomUUID(), inactive))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo(EventErrors.INACTIVE_VENDOR));
        assertThatThrownBy(() -> controller.bookVendor(ORGANIZER, UUID.randomUUID(), UUID.randomUUID()))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo(EventErrors.UNKNOWN_VENDOR));
        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void unbooksWithoutAskingTheDirectory() {
        directory.down = true;

        var answer = controller.unbookVendor(ORGANIZER, UUID.randomUUID(), UUID.randomUUID());

        assertThat(answer.getStatusCode().value()).isEqualTo(204);
        assertThat(directory.calls).isZero();
    }
}
