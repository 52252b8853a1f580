package com.ticketorleaveit.vendors.command.web;

import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.platform.web.Caller;
import com.ticketorleaveit.platform.web.CommandFailures;
import com.ticketorleaveit.vendors.api.ChangeVendorProfile;
import com.ticketorleaveit.vendors.api.DeactivateVendor;
import com.ticketorleaveit.vendors.api.ReactivateVendor;
import com.ticketorleaveit.vendors.api.RegisterVendor;
import com.ticketorleaveit.vendors.api.VendorErrors;
import com.ticketorleaveit.vendors.api.VendorId;
import com.ticketorleaveit.vendors.api.VendorProfile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.hibernate.validator.constraints.URL;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A signed-in user becomes a vendor; the profile belongs to the token's user, never to one named in the body. Its
 * owner (or an admin) changes it, deactivates it (it can no longer be booked) and reactivates it; anyone else is told
 * there is no such vendor of theirs (ADR 19).
 */
@RestController
@RequestMapping("/api/v1/vendors")
class VendorController {

    private final CommandGateway commands;
    private final Clock clock = Clock.systemUTC();

    VendorController(CommandGateway commands) {
        this.commands = commands;
    }

    @Operation(
            operationId = "registerVendor",
            summary = "Register the caller as a vendor",
            responses =
                    @ApiResponse(
                            responseCode = "201",
                            description = "The vendor profile is created; Location names it."))
    @PostMapping
    ResponseEntity<Created> register(Caller caller, @Valid @RequestBody Registration request) {
        VendorId vendorId = VendorId.random();
        commands.sendAndWait(new RegisterVendor(
                vendorId, caller.userId(), request.name(), request.genre(), request.biography(), request.pictureUrl()));
        return ResponseEntity.created(URI.create("/api/v1/vendors/" + vendorId)).body(new Created(vendorId.value()));
    }

    /** The fields given change; those left out stay; an empty biography or picture URL removes it. */
    @Operation(operationId = "changeVendorProfile", summary = "Change a vendor's profile")
    @PatchMapping("/{vendorId}")
    @PreAuthorize("hasAnyRole('VENDOR', 'ADMIN')")
    Profile change(Caller caller, @PathVariable UUID vendorId, @Valid @RequestBody ProfileChange request) {
        return send(
                vendorId,
                new ChangeVendorProfile(
                        new VendorId(vendorId),
                        caller.userId(),
                        caller.isAdmin(),
                        request.name() == null ? null : request.name().strip(),
                        request.genre() == null ? null : request.genre().strip(),
                        request.biography(),
                        request.pictureUrl()));
    }

    /** The vendor can no longer be booked; its bookings stay. Deactivating it again answers the same. */
    @Operation(operationId = "deactivateVendor", summary = "Deactivate a vendor: it can no longer be booked")
    @PostMapping("/{vendorId}/deactivate")
    @PreAuthorize("hasAnyRole('VENDOR', 'ADMIN')")
    Profile deactivate(Caller caller, @PathVariable UUID vendorId) {
        return send(
                vendorId,
                new DeactivateVendor(new VendorId(vendorId), caller.userId(), caller.isAdmin(), clock.instant()));
    }

    /** The vendor can be booked again. Reactivating an active vendor answers the same. */
    @Operation(operationId = "reactivateVendor", summary = "Reactivate a vendor")
    @PostMapping("/{vendorId}/reactivate")
    @PreAuthorize("hasAnyRole('VENDOR', 'ADMIN')")
    Profile reactivate(Caller caller, @PathVariable UUID vendorId) {
        return send(
                vendorId,
                new ReactivateVendor(new VendorId(vendorId), caller.userId(), caller.isAdmin(), clock.instant()));
    }

    private Profile send(UUID vendorId, Object command) {
        try {
            VendorProfile profile = commands.sendAndWait(command);
            return new Profile(
                    profile.vendorId().value(),
                    profile.name(),
                    profile.genre(),
                    profile.biography(),
                    profile.pictureUrl(),
                    profile.active());
        } catch (RuntimeException e) {
            if (CommandFailures.causedBy(e, AggregateNotFoundException.class)) {
                throw ApiException.notFound(VendorErrors.VENDOR_NOT_FOUND, "No vendor " + vendorId + ".");
            }
            throw e;
        }
    }

    record Registration(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 50) String genre,
            @Size(max = 2000) String biography,

            @URL @Pattern(regexp = "https?://.+", message = "must be an http or https URL") @Size(max = 2048)
            String pictureUrl) {}

    /** Null or absent: unchanged. A name or genre, if given, is not blank. */
    record ProfileChange(
            @Size(max = 100) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
            String name,

            @Size(max = 50) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
            String genre,

            @Size(max = 2000) String biography,

            @URL @Pattern(regexp = "(https?://.+)?", message = "must be an http or https URL") @Size(max = 2048)
            String pictureUrl) {}

    record Created(UUID id) {}

    /** The profile as the request left it; the public directory shows it a moment later. */
    record Profile(UUID id, String name, String genre, String biography, String pictureUrl, boolean active) {}
}
