package com.ticketorleaveit.platform.commandbus;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * This node's place in the distributed command bus.
 *
 * @param serviceId the discovery service id this node is listed under
 * @param advertisedUri the URI other members reach this node at (must equal its entry in the discovery list)
 * @param heartbeat how often membership is refreshed from the discovery client
 * @param connectTimeout connect timeout for command dispatch between nodes
 * @param readTimeout read timeout for command dispatch between nodes
 * @param unreachedMemberRetryInterval how soon a command is dispatched again after the member it was routed to refused
 *     the connection (or did not take it in time)
 * @param unreachedMemberRetries how often, at most: together long enough to outlast the heartbeat that drops a dead
 *     member from the ring
 */
@ConfigurationProperties("ticketing.platform.command-bus")
public record CommandBusProperties(
        String serviceId,
        URI advertisedUri,
        @DefaultValue("2s") Duration heartbeat,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout,
        @DefaultValue("250ms") Duration unreachedMemberRetryInterval,
        @DefaultValue("16") int unreachedMemberRetries) {}
