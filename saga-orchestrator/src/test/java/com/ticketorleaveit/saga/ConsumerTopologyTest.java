package com.ticketorleaveit.saga;

import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.platform.messaging.ConsumerQueue;
import com.ticketorleaveit.platform.messaging.IntegrationTopology;
import com.ticketorleaveit.saga.accounts.AccountNotices;
import com.ticketorleaveit.saga.cancellation.OrderCancellationSaga;
import com.ticketorleaveit.saga.eventsales.EventSalesPolicy;
import com.ticketorleaveit.saga.eventsales.EventStartSaga;
import com.ticketorleaveit.saga.onboarding.RoleOnboarding;
import com.ticketorleaveit.saga.ticketpurchase.PurchaseNotifications;
import com.ticketorleaveit.saga.ticketpurchase.TicketPurchaseSaga;
import com.ticketorleaveit.saga.vendors.VendorDeactivationNotices;
import com.ticketorleaveit.saga.waitinglist.WaitingListNotifications;
import com.ticketorleaveit.saga.waitinglist.WaitingListOfferSaga;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each process's queue subscribes to exactly the events its handlers handle, and feeds its processing group. */
class ConsumerTopologyTest {

    static Stream<Arguments> processes() {
        return Stream.of(
                Arguments.of(
                        IntegrationTopology.TICKET_PURCHASE,
                        TicketPurchaseSaga.class,
                        TicketPurchaseSaga.PROCESSING_GROUP),
                Arguments.of(
                        IntegrationTopology.ORDER_CANCELLATION,
                        OrderCancellationSaga.class,
                        OrderCancellationSaga.PROCESSING_GROUP),
                Arguments.of(
                        IntegrationTopology.PURCHASE_NOTIFICATIONS,
                        new Class<?>[] {PurchaseNotifications.class, WaitingListNotifications.class},
                        PurchaseNotifications.PROCESSING_GROUP),
                Arguments.of(
                        IntegrationTopology.WAITING_LIST_OFFERS,
                        WaitingListOfferSaga.class,
                        WaitingListOfferSaga.PROCESSING_GROUP),
                Arguments.of(IntegrationTopology.ONBOARDING, RoleOnboarding.class, RoleOnboarding.PROCESSING_GROUP),
                Arguments.of(
                        IntegrationTopology.EVENT_SALES,
                        new Class<?>[] {EventSalesPolicy.class, EventStartSaga.class},
                        EventSalesPolicy.PROCESSING_GROUP),
                Arguments.of(
                        IntegrationTopology.VENDOR_DEACTIVATION,
                        VendorDeactivationNotices.class,
                        VendorDeactivationNotices.PROCESSING_GROUP),
                Arguments.of(
                        IntegrationTopology.ACCOUNT_NOTICES, AccountNotices.class, AccountNotices.PROCESSING_GROUP));
    }

    @ParameterizedTest
    @MethodSource("processes")
    void queueSubscribesToWhatItsProcessHandles(ConsumerQueue queue, Object handlers, String processingGroup) {
        Set<String> subscribed = new TreeSet<>(queue.routingKeys());
        Class<?>[] classes = handlers instanceof Class<?>[] several ? several : new Class<?>[] {(Class<?>) handlers};

        assertThat(subscribed).isEqualTo(IntegrationTopology.routingKeysHandledBy(classes));
        assertThat(queue.processingGroup()).isEqualTo(processingGroup);
    }
}
