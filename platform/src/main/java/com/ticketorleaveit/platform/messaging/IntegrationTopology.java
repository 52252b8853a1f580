package com.ticketorleaveit.platform.messaging;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.eventhandling.EventHandler;

/**
 * Every consumer of integration events, in one place: queue, subscriptions, processing group and ordering. A
 * deployable consumes one by declaring an {@link IntegrationEventConsumer} for it. The relay declares all of them
 * too, so an event published before its consumer ever ran (a fresh installation, a consumer that is down) waits in
 * the consumer's queue instead of being dropped by the exchange for want of a binding.
 */
public final class IntegrationTopology {

    /** The purchase saga: each order's steps in order, many orders at once. */
    public static final ConsumerQueue TICKET_PURCHASE = ConsumerQueue.orderedBy(
            "saga-orchestrator.ticket-purchase",
            "ticket-purchase",
            "orderId",
            "tickets.order-reserved",
            "payments.payment-approved",
            "payments.payment-declined",
            "payments.payment-failed");

    /** A cancelled order's refund: each order's steps in order, many orders at once. */
    public static final ConsumerQueue ORDER_CANCELLATION = ConsumerQueue.orderedBy(
            "saga-orchestrator.order-cancellation",
            "order-cancellation",
            "orderId",
            "tickets.order-cancelled",
            "payments.refund-attempt-failed",
            "payments.payment-refunded");

    /** The customer hears how the order ended, and of a seat offered to them from a waiting list. */
    public static final ConsumerQueue PURCHASE_NOTIFICATIONS = ConsumerQueue.unordered(
            "saga-orchestrator.purchase-notifications",
            "purchase-notifications",
            "tickets.tickets-signed",
            "tickets.order-rejected",
            "tickets.order-payment-failed",
            "tickets.order-expired",
            "tickets.order-cancelled",
            "tickets.order-refunded",
            "tickets.waiting-list-offer-made");

    /** Seats offered from a tier's waiting list: each offer runs out in time. */
    public static final ConsumerQueue WAITING_LIST_OFFERS = ConsumerQueue.orderedBy(
            "saga-orchestrator.waiting-list-offers",
            "waiting-list-offers",
            "offerId",
            "tickets.waiting-list-offer-made");

    public static final ConsumerQueue ONBOARDING = ConsumerQueue.unordered(
            "saga-orchestrator.onboarding",
            "onboarding",
            "organizers.organizer-registered",
            "vendors.vendor-registered");

    /**
     * A tier is registered (and a draft's tier revised) before its sales open, and closed after: an event's own events
     * in order. The event-start saga feeds from here too.
     */
    public static final ConsumerQueue EVENT_SALES = ConsumerQueue.orderedBy(
            "saga-orchestrator.event-sales",
            "event-sales",
            "eventId",
            "events.event-created",
            "events.tier-added",
            "events.tier-changed",
            "events.tier-sales-window-changed",
            "events.event-rescheduled",
            "events.event-published",
            "events.event-sales-closed",
            "events.event-cancelled");

    /** The organizers of upcoming events that booked a vendor hear that it was deactivated. */
    /** Mails about an account to its owner: someone registered with its address (ADR 25). */
    public static final ConsumerQueue ACCOUNT_NOTICES = ConsumerQueue.unordered(
            "saga-orchestrator.account-notices", "account-notices", "users.duplicate-registration-attempted");

    public static final ConsumerQueue VENDOR_DEACTIVATION = ConsumerQueue.unordered(
            "saga-orchestrator.vendor-deactivation", "vendor-deactivation", "vendors.vendor-deactivated");

    public static final ConsumerQueue NOTIFICATION_DELIVERY = ConsumerQueue.unordered(
            "command-services.notification-delivery", "notification-delivery", "notifications.notification-requested");

    public static final List<ConsumerQueue> CONSUMER_QUEUES = List.of(
            TICKET_PURCHASE,
            ORDER_CANCELLATION,
            PURCHASE_NOTIFICATIONS,
            WAITING_LIST_OFFERS,
            ONBOARDING,
            EVENT_SALES,
            VENDOR_DEACTIVATION,
            ACCOUNT_NOTICES,
            NOTIFICATION_DELIVERY);

    private IntegrationTopology() {}

    /**
     * The routing keys of the integration events these handler classes handle ({@code @EventHandler} and what it
     * annotates, such as {@code @SagaEventHandler}): what their consumer's queue must subscribe to, no more, no less.
     */
    public static Set<String> routingKeysHandledBy(Class<?>... handlerClasses) {
        Set<String> keys = new TreeSet<>();
        for (Class<?> handlerClass : handlerClasses) {
            for (Method method : handlerClass.getDeclaredMethods()) {
                if (AnnotationUtils.isAnnotationPresent(method, EventHandler.class)
                        && method.getParameterCount() > 0
                        && IntegrationEventFormat.isIntegrationEvent(method.getParameterTypes()[0])) {
                    keys.add(IntegrationEventFormat.routingKey(method.getParameterTypes()[0]));
                }
            }
        }
        return keys;
    }
}
