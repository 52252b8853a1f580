package com.ticketorleaveit.users.command.web;

import com.ticketorleaveit.platform.web.Caller;
import com.ticketorleaveit.users.api.ChangePreferences;
import com.ticketorleaveit.users.api.UserId;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's mail preferences. Only optional mails have one: order, payment, refund and cancellation mails
 * are always sent.
 */
@RestController
class PreferencesController {

    private final CommandGateway commands;

    PreferencesController(CommandGateway commands) {
        this.commands = commands;
    }

    /** Sets them as given; the same again changes nothing. {@code GET /api/v1/users/me} shows them. */
    @Operation(operationId = "changePreferences", summary = "Change the caller's notification preferences")
    @PutMapping("/api/v1/users/me/preferences")
    Preferences change(@Valid @RequestBody Preferences preferences, Caller caller) {
        commands.sendAndWait(new ChangePreferences(new UserId(caller.userId()), preferences.eventReminders()));
        return preferences;
    }

    /** @param eventReminders a reminder mail before each event the user holds tickets for */
    record Preferences(@NotNull Boolean eventReminders) {}
}
