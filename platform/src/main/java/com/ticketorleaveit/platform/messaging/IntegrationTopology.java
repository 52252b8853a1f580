package com.ticketorleaveit.platform.messaging;

import java.util.List;

/**
 * Every consumer queue of the platform, in one place. Consumers declare their own queue when they start; the relay
 * declares all of them too, so an event published before its consumer ever ran (a fresh installation, a consumer
 * that is down) waits in the consumer's queue instead of being dropped by the exchange for want of a binding.
 */
public final class IntegrationTopology {

    public static final ConsumerQueue TICKET_PURCHASE =
            ConsumerQueue.named("saga-orchestrator.ticket-purchase", "tickets.#", "payments.#");

    public static final ConsumerQueue ONBOARDING =
            ConsumerQueue.named("saga-orchestrator.onboarding", "organizers.#", "vendors.#");

    public static final ConsumerQueue EVENT_SALES = ConsumerQueue.named("saga-orchestrator.event-sales", "events.#");

    public static final ConsumerQueue NOTIFICATION_DELIVERY =
            ConsumerQueue.named("command-services.notification-delivery", "notifications.notification-requested");

    public static final List<ConsumerQueue> CONSUMER_QUEUES =
            List.of(TICKET_PURCHASE, ONBOARDING, EVENT_SALES, NOTIFICATION_DELIVERY);

    private IntegrationTopology() {}
}
