package com.ticketorleaveit.tickets.command.web;

import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.platform.web.Caller;
import com.ticketorleaveit.tickets.api.JoinWaitingList;
import com.ticketorleaveit.tickets.api.LeaveWaitingList;
import com.ticketorleaveit.tickets.api.TicketErrors;
import com.ticketorleaveit.tickets.api.WaitingListPlace;
import com.ticketorleaveit.tickets.command.RegisteredTiers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customers join a sold-out tier's waiting list and leave it; their entry is read at the same path plus {@code /me} on
 * the query side. Joining again answers the same entry; leaving when not on the list changes nothing.
 */
@RestController
@RequestMapping("/api/v1/events/{eventId}/tiers/{tierId}/waiting-list")
public class WaitingListController {

    private final CommandGateway commandGateway;
    private final RegisteredTiers registeredTiers;

    public WaitingListController(CommandGateway commandGateway, RegisteredTiers registeredTiers) {
        this.commandGateway = commandGateway;
        this.registeredTiers = registeredTiers;
    }

    @Operation(
            operationId = "joinWaitingList",
            summary = "Join a sold-out tier's waiting list",
            responses =
                    @ApiResponse(
                            responseCode = "201",
                            description = "The caller's entry (the same one when joining again)."))
    @PostMapping
    public ResponseEntity<WaitingListPlace> join(Caller caller, @PathVariable UUID eventId, @PathVariable UUID tierId) {
        requireTier(eventId, tierId);
        WaitingListPlace place =
                commandGateway.sendAndWait(new JoinWaitingList(tierId, caller.userId(), caller.email()));
        return ResponseEntity.created(URI.create("/api/v1/events/" + eventId + "/tiers/" + tierId + "/waiting-list/me"))
                .body(place);
    }

    @Operation(
            operationId = "leaveWaitingList",
            summary = "Leave a tier's waiting list",
            responses = @ApiResponse(responseCode = "204", description = "The caller left the waiting list."))
    @DeleteMapping("/me")
    public ResponseEntity<Void> leave(Caller caller, @PathVariable UUID eventId, @PathVariable UUID tierId) {
        requireTier(eventId, tierId);
        commandGateway.sendAndWait(new LeaveWaitingList(tierId, caller.userId()));
        return ResponseEntity.noContent().build();
    }

    private void requireTier(UUID eventId, UUID tierId) {
        if (!registeredTiers.exists(tierId, eventId)) {
            throw ApiException.notFound(
                    TicketErrors.TIER_NOT_FOUND, "Event " + eventId + " has no tier " + tierId + ".");
        }
    }
}
