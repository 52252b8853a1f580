package com.ticketorleaveit.platform.messaging;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.distributed.CommandRouter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.listener.AbstractMessageListenerContainer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Starts a deployable's listener containers once the application is ready (every processor has subscribed to its
 * source, so no message is acknowledged unhandled) and the command bus can route each kind of command the consumers
 * send. Started earlier, a message could exhaust its retries on "no node known" and be dead-lettered while nodes
 * start. Counting members is not enough: a consumer's own node and a member not yet reachable are members too, and
 * accept no command. Containers it starts must be created with {@code autoStartup} off.
 */
public class ConsumersStarter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ConsumersStarter.class);

    private final List<? extends AbstractMessageListenerContainer> containers;
    private final ObjectProvider<CommandRouter> commandRouter;
    private final List<?> probeCommands;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "consumers-starter");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param probeCommands one command of each kind the processes send; only their type and routing key matter
     */
    public ConsumersStarter(
            List<? extends AbstractMessageListenerContainer> containers,
            ObjectProvider<CommandRouter> commandRouter,
            List<?> probeCommands) {
        this.containers = containers;
        this.commandRouter = commandRouter;
        this.probeCommands = probeCommands;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startWhenCommandBusReady() {
        poller.scheduleWithFixedDelay(this::startIfReady, 0, 200, TimeUnit.MILLISECONDS);
    }

    private void startIfReady() {
        if (!commandBusReady()) {
            return;
        }
        containers.forEach(AbstractMessageListenerContainer::start);
        log.info("Consuming integration events: the command bus routes every command the consumers send");
        poller.shutdown();
    }

    private boolean commandBusReady() {
        var router = commandRouter.getIfAvailable();
        return router == null
                || probeCommands.stream()
                        .allMatch(command -> router.findDestination(GenericCommandMessage.asCommandMessage(command))
                                .isPresent());
    }

    @Override
    public void destroy() {
        poller.shutdownNow();
    }
}
