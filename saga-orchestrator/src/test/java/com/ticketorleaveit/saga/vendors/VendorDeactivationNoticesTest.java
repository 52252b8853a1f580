package com.ticketorleaveit.saga.vendors;

import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.notifications.api.NotificationKind;
import com.ticketorleaveit.notifications.api.RequestNotification;
import com.ticketorleaveit.saga.RecordingCommandGateway;
import com.ticketorleaveit.saga.vendors.VendorBookings.Booking;
import com.ticketorleaveit.vendors.api.VendorDeactivated;
import com.ticketorleaveit.vendors.api.VendorId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VendorDeactivationNoticesTest {

    private static final Instant MONDAY = Instant.parse("2027-03-01T09:00:00Z");

    private final VendorId owls = VendorId.random();
    private final Bookings bookings = new Bookings();
    private final RecordingCommandGateway gateway = new RecordingCommandGateway();
    private final VendorDeactivationNotices notices = new VendorDeactivationNotices(bookings, gateway);

    @Test
    void tellsTheOrganizerOfEachUpcomingEventThatBookedTheVendor() {
        Booking jazzNight = aBooking("Jazz Night", "olga@example.test");
        Booking lateSets = aBooking("Late Sets", "otto@example.test");
        bookings.upcoming.addAll(List.of(jazzNight, lateSets));

        notices.on(deactivated(MONDAY));

        assertThat(bookings.askedFor).containsExactly(owls.value() + " after " + MONDAY);
        assertThat(gateway.sent()).hasSize(2);
        var first = (RequestNotification) gateway.sent().get(0);
        assertThat(first.kind()).isEqualTo(NotificationKind.VENDOR_DEACTIVATED);
        assertThat(first.recipientUserId()).isEqualTo(jazzNight.organizerUserId());
        assertThat(first.recipientEmail()).isEqualTo("olga@example.test");
        assertThat(first.subjectId()).isEqualTo(jazzNight.eventId());
        assertThat(first.parameters())
                .containsEntry("vendorName", "The Night Owls")
                .containsEntry("vendorId", owls.toString())
                .containsEntry("eventName", "Jazz Night")
                .containsEntry("startsAt", "2027-06-01T20:00+02:00");
        assertThat(((RequestNotification) gateway.sent().get(1)).recipientEmail())
                .isEqualTo("otto@example.test");
    }

    @Test
    void asksForNothingWhenNoUpcomingEventBooksTheVendor() {
        notices.on(deactivated(MONDAY));

        assertThat(gateway.sent()).isEmpty();
    }

    @Test
    void makesTheSameMailOfTheSameDeactivationSoARedeliveryIsOneMailAndALaterDeactivationAnother() {
        Booking jazzNight = aBooking("Jazz Night", "olga@example.test");

        var once = VendorDeactivationNotices.notice(deactivated(MONDAY), jazzNight);
        var again = VendorDeactivationNotices.notice(deactivated(MONDAY), jazzNight);
        var later = VendorDeactivationNotices.notice(deactivated(MONDAY.plusSeconds(86_400)), jazzNight);
        var otherEvent =
                VendorDeactivationNotices.notice(deactivated(MONDAY), aBooking("Late Sets", "olga@example.test"));

        assertThat(again.notificationId()).isEqualTo(once.notificationId());
        assertThat(later.notificationId()).isNotEqualTo(once.notificationId());
        assertThat(otherEvent.notificationId()).isNotEqualTo(once.notificationId());
    }

    private VendorDeactivated deactivated(Instant at) {
        return new VendorDeactivated(owls, "The Night Owls", UUID.randomUUID(), false, at);
    }

    private static Booking aBooking(String eventName, String organizerEmail) {
        return new Booking(
                UUID.randomUUID(),
                eventName,
                OffsetDateTime.parse("2027-06-01T20:00:00+02:00"),
                UUID.randomUUID(),
                organizerEmail);
    }

    private static final class Bookings implements VendorBookings {

        final List<Booking> upcoming = new ArrayList<>();
        final List<String> askedFor = new ArrayList<>();

        @Override
        public List<Booking> upcoming(UUID vendorId, Instant after) {
            askedFor.add(vendorId + " after " + after);
            return upcoming;
        }
    }
}
