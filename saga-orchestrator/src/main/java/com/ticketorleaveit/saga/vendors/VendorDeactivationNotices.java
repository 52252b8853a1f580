package com.ticketorleaveit.saga.vendors;

import com.ticketorleaveit.notifications.api.NotificationId;
import com.ticketorleaveit.notifications.api.NotificationKind;
import com.ticketorleaveit.notifications.api.NotificationParameters;
import com.ticketorleaveit.notifications.api.RequestNotification;
import com.ticketorleaveit.saga.vendors.VendorBookings.Booking;
import com.ticketorleaveit.vendors.api.VendorDeactivated;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Tells the organizers of upcoming events that booked a vendor when the vendor is deactivated; the bookings stay, the
 * organizers decide (ADR 19). One mail per event and deactivation: its id is derived from both, so a redelivered
 * deactivation, or one handled again after a failure halfway, asks for the same mails, which are sent once.
 */
@Component
@ProcessingGroup(VendorDeactivationNotices.PROCESSING_GROUP)
public class VendorDeactivationNotices {

    public static final String PROCESSING_GROUP = "vendor-deactivation";

    private final VendorBookings bookings;
    private final CommandGateway commandGateway;

    VendorDeactivationNotices(VendorBookings bookings, CommandGateway commandGateway) {
        this.bookings = bookings;
        this.commandGateway = commandGateway;
    }

    @EventHandler
    void on(VendorDeactivated event) {
        for (Booking booking : bookings.upcoming(event.vendorId().value(), event.deactivatedAt())) {
            commandGateway.sendAndWait(notice(event, booking));
        }
    }

    static RequestNotification notice(VendorDeactivated event, Booking booking) {
        UUID subject = UUID.nameUUIDFromBytes(
                ("vendor-deactivated:" + event.vendorId() + ":" + event.deactivatedAt() + ":" + booking.eventId())
                        .getBytes(StandardCharsets.UTF_8));
        return new RequestNotification(
                NotificationId.of(subject, NotificationKind.VENDOR_DEACTIVATED),
                booking.organizerUserId(),
                booking.organizerEmail(),
                NotificationKind.VENDOR_DEACTIVATED,
                booking.eventId(),
                Map.of(
                        NotificationParameters.VENDOR_ID, event.vendorId().toString(),
                        NotificationParameters.VENDOR_NAME, event.name(),
                        NotificationParameters.EVENT_ID, booking.eventId().toString(),
                        NotificationParameters.EVENT_NAME, booking.eventName(),
                        NotificationParameters.STARTS_AT, booking.startsAt().toString()));
    }
}
