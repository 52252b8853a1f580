package com.ticketorleaveit.saga.waitinglist;

import com.ticketorleaveit.notifications.api.NotificationId;
import com.ticketorleaveit.notifications.api.NotificationKind;
import com.ticketorleaveit.notifications.api.NotificationParameters;
import com.ticketorleaveit.notifications.api.RequestNotification;
import com.ticketorleaveit.saga.ticketpurchase.PurchaseNotifications;
import com.ticketorleaveit.tickets.api.WaitingListOfferMade;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * The customer first on a waiting list hears that a seat is held for them: which tier, its price, until when, and the
 * order that buys it. One mail per offer (its id derives from the offer), beside the purchase's mails and on their
 * queue: the offer carries everything the mail needs.
 */
@Component
@ProcessingGroup(PurchaseNotifications.PROCESSING_GROUP)
public class WaitingListNotifications {

    private final CommandGateway commandGateway;

    WaitingListNotifications(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @EventHandler
    void on(WaitingListOfferMade event) {
        commandGateway.sendAndWait(offerMail(event));
    }

    static RequestNotification offerMail(WaitingListOfferMade event) {
        return new RequestNotification(
                NotificationId.of(event.offerId(), NotificationKind.WAITING_LIST_OFFER),
                event.customerId(),
                event.customerEmail(),
                NotificationKind.WAITING_LIST_OFFER,
                event.offerId(),
                Map.of(
                        NotificationParameters.EVENT_ID, event.eventId().toString(),
                        NotificationParameters.TIER_ID, event.tierId().toString(),
                        NotificationParameters.TIER_NAME, event.tierName(),
                        NotificationParameters.AMOUNT_MINOR, Long.toString(event.priceMinor()),
                        NotificationParameters.CURRENCY, event.currency(),
                        NotificationParameters.EXPIRES_AT, event.expiresAt().toString()));
    }
}
