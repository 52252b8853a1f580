package com.ticketorleaveit.vendors.command.web;

import com.ticketorleaveit.platform.web.Caller;
import com.ticketorleaveit.vendors.api.RegisterVendor;
import com.ticketorleaveit.vendors.api.VendorId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.hibernate.validator.constraints.URL;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A signed-in user becomes a vendor; the profile belongs to the token's user, never to one named in the body. */
@RestController
@RequestMapping("/api/v1/vendors")
class VendorController {

    private final CommandGateway commands;

    VendorController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    ResponseEntity<Created> register(Caller caller, @Valid @RequestBody Registration request) {
        VendorId vendorId = VendorId.random();
        commands.sendAndWait(new RegisterVendor(
                vendorId, caller.userId(), request.name(), request.genre(), request.biography(), request.pictureUrl()));
        return ResponseEntity.created(URI.create("/api/v1/vendors/" + vendorId)).body(new Created(vendorId.value()));
    }

    record Registration(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 50) String genre,
            @Size(max = 2000) String biography,

            @URL @Pattern(regexp = "https?://.+", message = "must be an http or https URL") @Size(max = 2048)
            String pictureUrl) {}

    record Created(UUID id) {}
}
