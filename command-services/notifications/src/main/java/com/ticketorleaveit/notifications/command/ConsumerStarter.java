package com.ticketorleaveit.notifications.command;

import com.ticketorleaveit.notifications.api.NotificationId;
import com.ticketorleaveit.notifications.api.RecordNotificationDelivered;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.distributed.CommandRouter;
import org.springframework.amqp.rabbit.listener.AbstractMessageListenerContainer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Starts a listener container once the command bus knows a member that records deliveries. Delivery ends in a
 * command; started earlier, a message could exhaust its retries on "no node known" and be dead-lettered while the
 * node is still joining. Counting members is not enough: a member that is not reachable yet counts, accepting
 * nothing.
 */
class ConsumerStarter implements DisposableBean {

    private static final GenericCommandMessage<?> PROBE =
            new GenericCommandMessage<>(new RecordNotificationDelivered(NotificationId.random(), Instant.EPOCH));

    private final AbstractMessageListenerContainer container;
    private final ObjectProvider<CommandRouter> commandRouter;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "notification-delivery-starter");
        thread.setDaemon(true);
        return thread;
    });

    ConsumerStarter(AbstractMessageListenerContainer container, ObjectProvider<CommandRouter> commandRouter) {
        this.container = container;
        this.commandRouter = commandRouter;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startWhenCommandBusReady() {
        poller.scheduleWithFixedDelay(
                () -> {
                    var router = commandRouter.getIfAvailable();
                    if (router == null || router.findDestination(PROBE).isPresent()) {
                        container.start();
                        poller.shutdown();
                    }
                },
                0,
                200,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        poller.shutdownNow();
    }
}
