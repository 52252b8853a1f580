package com.ticketorleaveit.platform.commandbus;

import com.ticketorleaveit.platform.internalauth.InternalAuthProperties;
import com.ticketorleaveit.platform.internalauth.SigningInterceptor;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.distributed.ConsistentHash;
import org.axonframework.commandhandling.distributed.RoutingStrategy;
import org.axonframework.commandhandling.distributed.commandfilter.DenyAll;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.extensions.springcloud.autoconfig.SpringCloudAutoConfiguration;
import org.axonframework.extensions.springcloud.commandhandling.SpringCloudCommandRouter;
import org.axonframework.extensions.springcloud.commandhandling.mode.CapabilityDiscoveryMode;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.cloud.client.discovery.DiscoveryClient;
import org.springframework.cloud.client.discovery.event.HeartbeatEvent;
import org.springframework.cloud.client.discovery.event.InstanceRegisteredEvent;
import org.springframework.cloud.client.serviceregistry.Registration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.web.client.RestTemplate;

/**
 * The distributed command bus over a static list of members (Spring Cloud's simple discovery client). A static list
 * announces nothing by itself, so this node announces its registration once ready and then refreshes the
 * membership on a heartbeat; readiness waits until at least one member can take commands.
 */
@AutoConfiguration(before = {SpringCloudAutoConfiguration.class, AxonAutoConfiguration.class})
@ConditionalOnProperty("axon.distributed.enabled")
@EnableConfigurationProperties({CommandBusProperties.class, InternalAuthProperties.class})
@EnableScheduling
public class CommandBusConfiguration {

    @Bean
    Registration localRegistration(CommandBusProperties properties) {
        return new LocalRegistration(properties.serviceId(), properties.advertisedUri());
    }

    /**
     * The client that sends commands to other members: the JDK's HTTP client, with threads of its own. Left without
     * an executor, the JDK client's request factory starts a new thread to write every command's body; these are
     * reused, and idle ones end after a minute. Every call is signed with the cluster's secret, without which this
     * node does not start: the other members take no unsigned command (ADR 21).
     */
    @Bean
    RestTemplate restTemplate(
            RestTemplateBuilder builder, CommandBusProperties properties, InternalAuthProperties internalAuth) {
        var signing = new SigningInterceptor(internalAuth.signature(), Clock.systemUTC());
        var threads = new CustomizableThreadFactory("command-bus-client-");
        threads.setDaemon(true);
        var executor = Executors.newCachedThreadPool(threads);
        return builder.requestFactoryBuilder(ClientHttpRequestFactoryBuilder.jdk()
                        .withHttpClientCustomizer(client -> client.executor(executor)))
                .connectTimeout(properties.connectTimeout())
                .readTimeout(properties.readTimeout())
                .additionalInterceptors(signing)
                .build();
    }

    /**
     * The gateway every command of this node is sent with (in place of Axon's default one): a command routed to a member
     * that refuses the connection, because it died and the ring does not know yet, is sent again until the ring has
     * dropped that member (ADR 29). Nothing else is retried.
     */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus, CommandBusProperties properties) {
        var threads = new CustomizableThreadFactory("command-redispatch-");
        threads.setDaemon(true);
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new UnreachedMemberRetryScheduler(
                        Executors.newSingleThreadScheduledExecutor(threads),
                        properties.unreachedMemberRetryInterval(),
                        properties.unreachedMemberRetries()))
                .build();
    }

    @Bean
    CommandBusMembership commandBusMembership() {
        return new CommandBusMembership();
    }

    @Bean
    SpringCloudCommandRouter springCloudCommandRouter(
            DiscoveryClient discoveryClient,
            Registration localRegistration,
            RoutingStrategy routingStrategy,
            CapabilityDiscoveryMode capabilityDiscoveryMode,
            Serializer serializer,
            CommandBusMembership membership) {
        return SpringCloudCommandRouter.builder()
                .discoveryClient(discoveryClient)
                .localServiceInstance(localRegistration)
                .routingStrategy(routingStrategy)
                .capabilityDiscoveryMode(capabilityDiscoveryMode)
                .serializer(serializer)
                .consistentHashChangeListener(membership::update)
                .build();
    }

    @Bean
    MembershipHeartbeat membershipHeartbeat(ApplicationEventPublisher publisher, Registration localRegistration) {
        return new MembershipHeartbeat(publisher, localRegistration);
    }

    /**
     * The latest view of the ring; up once some member accepts commands. A member that handles nothing (a node
     * without command handlers, or one whose capabilities could not be read yet) does not count.
     */
    public static class CommandBusMembership implements HealthIndicator {

        private final AtomicReference<ConsistentHash> current = new AtomicReference<>(new ConsistentHash());

        void update(ConsistentHash hash) {
            current.set(hash);
        }

        @Override
        public Health health() {
            var members = current.get().getMembers();
            long accepting = members.stream()
                    .filter(ConsistentHash.ConsistentHashMember.class::isInstance)
                    .map(ConsistentHash.ConsistentHashMember.class::cast)
                    .filter(member -> !(member.getCommandFilter() instanceof DenyAll))
                    .count();
            return (accepting == 0 ? Health.outOfService() : Health.up())
                    .withDetail("members", members.size())
                    .withDetail("acceptingCommands", accepting)
                    .build();
        }
    }

    static class MembershipHeartbeat {

        private final ApplicationEventPublisher publisher;
        private final Registration localRegistration;
        private final AtomicLong beats = new AtomicLong();
        private volatile boolean started;

        MembershipHeartbeat(ApplicationEventPublisher publisher, Registration localRegistration) {
            this.publisher = publisher;
            this.localRegistration = localRegistration;
        }

        @EventListener(ApplicationReadyEvent.class)
        void announce() {
            publisher.publishEvent(new InstanceRegisteredEvent<>(this, localRegistration));
            started = true;
        }

        @Scheduled(
                fixedDelayString = "${ticketing.platform.command-bus.heartbeat:2s}",
                initialDelayString = "${ticketing.platform.command-bus.heartbeat:2s}")
        void beat() {
            if (started) {
                publisher.publishEvent(new HeartbeatEvent(this, beats.incrementAndGet()));
            }
        }
    }
}
