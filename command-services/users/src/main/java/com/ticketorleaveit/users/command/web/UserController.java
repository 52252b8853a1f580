package com.ticketorleaveit.users.command.web;

import com.ticketorleaveit.platform.openapi.PublicEndpoint;
import com.ticketorleaveit.users.api.RegisterUser;
import com.ticketorleaveit.users.api.UserId;
import com.ticketorleaveit.users.command.auth.Passwords;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Registration: public, anyone can become a customer. */
@RestController
@RequestMapping("/api/v1/users")
class UserController {

    private final CommandGateway commands;
    private final Passwords passwords;

    UserController(CommandGateway commands, Passwords passwords) {
        this.commands = commands;
        this.passwords = passwords;
    }

    @PublicEndpoint
    @Operation(
            operationId = "registerUser",
            summary = "Register a customer account",
            responses = @ApiResponse(responseCode = "201", description = "The account is created; Location names it."))
    @PostMapping
    ResponseEntity<Created> register(@Valid @RequestBody Registration request) {
        UserId userId = UserId.random();
        // hashed here, so that the password never travels in a command nor lands in an event
        commands.sendAndWait(new RegisterUser(
                userId, request.firstName(), request.lastName(), request.email(), passwords.hash(request.password())));
        return ResponseEntity.created(URI.create("/api/v1/users/" + userId)).body(new Created(userId.value()));
    }

    record Registration(
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @NotBlank @Email @Size(max = 254) String email,
            @NotNull @Size(min = 8, max = 128) String password) {}

    record Created(UUID id) {}
}
