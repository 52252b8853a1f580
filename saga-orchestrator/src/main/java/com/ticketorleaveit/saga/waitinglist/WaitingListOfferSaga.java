package com.ticketorleaveit.saga.waitinglist;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.ticketorleaveit.tickets.api.ExpireWaitingListOffer;
import com.ticketorleaveit.tickets.api.WaitingListOfferMade;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A seat offered to a customer of a tier's waiting list runs out in time: the offer sets a persistent deadline
 * ({@link #OFFER_EXPIRY}, ADR 7) at the moment it runs out; when it falls due, the tier is told the offer expired
 * ({@link ExpireWaitingListOffer}), and an offer still open passes its seat to the next customer waiting, or back on
 * sale. The tier decides: an offer bought, declined or withdrawn meanwhile changes nothing, so this saga need not follow
 * the offer's other ends.
 *
 * <p>How long an offer holds its seat is the tier's to say ({@code ticketing.tickets.command.waiting-list.offer-hold}):
 * the offer carries the moment it runs out. A deadline that falls due while the orchestrator is down runs when it is
 * back, so an offer never keeps its seat for good, only a little late. The customer hears of the offer from {@link
 * WaitingListNotifications}, on a queue of its own, so a mail that cannot go out delays no expiry.
 */
@Saga
@ProcessingGroup(WaitingListOfferSaga.PROCESSING_GROUP)
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class WaitingListOfferSaga {

    public static final String PROCESSING_GROUP = "waiting-list-offers";

    /** Falls due when the offer runs out. */
    static final String OFFER_EXPIRY = "waiting-list-offer-expiry";

    @Autowired
    private transient CommandGateway commandGateway;

    @Autowired
    private transient DeadlineManager deadlineManager;

    private UUID tierId;
    private UUID offerId;

    public WaitingListOfferSaga() {}

    @StartSaga
    @SagaEventHandler(associationProperty = "offerId")
    void on(WaitingListOfferMade event) {
        if (offerId != null) {
            return;
        }
        tierId = event.tierId();
        offerId = event.offerId();
        deadlineManager.schedule(event.expiresAt(), OFFER_EXPIRY);
    }

    @DeadlineHandler(deadlineName = OFFER_EXPIRY)
    void offerRanOut() {
        commandGateway.sendAndWait(new ExpireWaitingListOffer(tierId, offerId));
        SagaLifecycle.end();
    }
}
