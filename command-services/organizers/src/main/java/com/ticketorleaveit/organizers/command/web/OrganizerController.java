package com.ticketorleaveit.organizers.command.web;

import com.ticketorleaveit.organizers.api.ChangeOrganizerProfile;
import com.ticketorleaveit.organizers.api.OrganizerErrors;
import com.ticketorleaveit.organizers.api.OrganizerId;
import com.ticketorleaveit.organizers.api.OrganizerProfile;
import com.ticketorleaveit.organizers.api.RegisterOrganizer;
import com.ticketorleaveit.organizers.api.SealedPayout;
import com.ticketorleaveit.organizers.command.OrganizersByUser;
import com.ticketorleaveit.organizers.command.payout.Iban;
import com.ticketorleaveit.organizers.command.payout.PayoutDetails;
import com.ticketorleaveit.organizers.command.payout.PayoutSealer;
import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.platform.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A signed-in user becomes an organizer, and changes their profile; the profile is always the token's user's, never
 * one named in the request. Payout details are sealed here, so that they travel and are stored encrypted (ADR 26).
 */
@RestController
@RequestMapping("/api/v1/organizers")
class OrganizerController {

    private final CommandGateway commands;
    private final OrganizersByUser byUser;
    private final PayoutSealer sealer;

    OrganizerController(CommandGateway commands, OrganizersByUser byUser, PayoutSealer sealer) {
        this.commands = commands;
        this.byUser = byUser;
        this.sealer = sealer;
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

    /**
     * Changes the fields given of the caller's own profile; answers it as {@code GET /api/v1/organizers/{id}} will show
     * it, the payout account masked. No profile: 404; an account number that is no IBAN: 400 {@code INVALID_IBAN}.
     */
    @Operation(
            operationId = "changeOrganizerProfile",
            summary = "Change the caller's organizer profile, payout details included")
    @PatchMapping("/me")
    @PreAuthorize("hasRole('ORGANIZER')")
    OrganizerProfile change(Caller caller, @Valid @RequestBody ProfileChange change) {
        OrganizerId organizerId = byUser.profileOf(caller.userId())
                .orElseThrow(() ->
                        ApiException.notFound(OrganizerErrors.ORGANIZER_NOT_FOUND, "You have no organizer profile."));
        SealedPayout payout = null;
        if (change.payout() != null) {
            Iban iban = Iban.parse(change.payout().iban())
                    .orElseThrow(() -> new ApiException(
                            400, OrganizerErrors.INVALID_IBAN, "The payout account is not a valid IBAN."));
            payout = sealer.seal(
                    organizerId,
                    new PayoutDetails(iban, change.payout().accountHolder().strip()));
        }
        return commands.sendAndWait(new ChangeOrganizerProfile(
                organizerId,
                caller.userId(),
                change.organizationName(),
                change.contactName(),
                change.email(),
                change.industry(),
                payout));
    }

    record Registration(
            @NotBlank @Size(max = 200) String organizationName,
            @NotBlank @Size(max = 100) String contactName,
            @NotBlank @Email @Size(max = 254) String email) {}

    record Created(UUID id) {}

    /** Each field absent to keep it. */
    record ProfileChange(
            @Size(max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
            String organizationName,

            @Size(max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
            String contactName,

            @Email @Size(max = 254) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
            String email,

            @Size(max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
            String industry,

            @Valid Payout payout) {}

    /**
     * @param iban spaces allowed, any case
     * @param accountHolder the name the account is held in, one line
     */
    record Payout(
            @NotNull @Size(max = 64) String iban,

            @NotBlank @Size(max = 200) @Pattern(regexp = "[^\\r\\n]*", message = "must be one line")
            String accountHolder) {}
}
