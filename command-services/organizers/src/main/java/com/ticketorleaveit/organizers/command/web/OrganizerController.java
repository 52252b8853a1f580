package com.ticketorleaveit.organizers.command.web;

import com.ticketorleaveit.organizers.api.OrganizerId;
import com.ticketorleaveit.organizers.api.RegisterOrganizer;
import com.ticketorleaveit.platform.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A signed-in user becomes an organizer; the profile belongs to the token's user, never to one named in the body. */
@RestController
@RequestMapping("/api/v1/organizers")
class OrganizerController {

    private final CommandGateway commands;

    OrganizerController(CommandGateway commands) {
        this.commands = commands;
    }

    @Operation(
            operationId = "registerOrganizer",
            summary = "Register the caller as an organizer",
            responses =
                    @ApiResponse(
                            responseCode = "201",
                            description = "The organizer profile is created; Location names it."))
    @PostMapping
    ResponseEntity<Created> register(Caller caller, @Valid @RequestBody Registration request) {
        OrganizerId organizerId = OrganizerId.random();
        commands.sendAndWait(new RegisterOrganizer(
                organizerId, caller.userId(), request.organizationName(), request.contactName(), request.email()));
        return ResponseEntity.created(URI.create("/api/v1/organizers/" + organizerId))
                .body(new Created(organizerId.value()));
    }

    record Registration(
            @NotBlank @Size(max = 200) String organizationName,
            @NotBlank @Size(max = 100) String contactName,
            @NotBlank @Email @Size(max = 254) String email) {}

    record Created(UUID id) {}
}
