package com.ticketorleaveit.saga.waitinglist;

import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.notifications.api.NotificationId;
import com.ticketorleaveit.notifications.api.NotificationKind;
import com.ticketorleaveit.notifications.api.NotificationParameters;
import com.ticketorleaveit.notifications.api.RequestNotification;
import com.ticketorleaveit.saga.RecordingCommandGateway;
import com.ticketorleaveit.tickets.api.WaitingListOfferMade;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WaitingListNotificationsTest {

    private final RecordingCommandGateway commands = new RecordingCommandGateway();
    private final WaitingListNotifications notifications = new WaitingListNotifications(commands);

    private final UUID tier = UUID.randomUUID();
    private final UUID event = UUID.randomUUID();
    private final UUID offer = UUID.randomUUID();
    private final UUID customer = UUID.randomUUID();

    private WaitingListOfferMade anOffer() {
        return new WaitingListOfferMade(
                tier,
                event,
                offer,
                UUID.randomUUID(),
                customer,
                "anna@example.test",
                "Standing",
                4_500,
                "EUR",
                Instant.parse("2030-05-10T12:15:00Z"),
                0);
    }

    @Test
    void tellsTheCustomerWhichSeatIsHeldForThemAtWhatPriceAndUntilWhen() {
        notifications.on(anOffer());

        assertThat(commands.sent())
                .containsExactly(new RequestNotification(
                        NotificationId.of(offer, NotificationKind.WAITING_LIST_OFFER),
                        customer,
                        "anna@example.test",
                        NotificationKind.WAITING_LIST_OFFER,
                        offer,
                        Map.of(
                                NotificationParameters.EVENT_ID, event.toString(),
                                NotificationParameters.TIER_ID, tier.toString(),
                                NotificationParameters.TIER_NAME, "Standing",
                                NotificationParameters.AMOUNT_MINOR, "4500",
                                NotificationParameters.CURRENCY, "EUR",
                                NotificationParameters.EXPIRES_AT, "2030-05-10T12:15:00Z")));
    }

    @Test
    void aRedeliveredOfferAsksForTheSameMail() {
        notifications.on(anOffer());
        notifications.on(anOffer());

        assertThat(commands.sent()).hasSize(2);
        assertThat(commands.sent().get(0)).isEqualTo(commands.sent().get(1));
    }
}
