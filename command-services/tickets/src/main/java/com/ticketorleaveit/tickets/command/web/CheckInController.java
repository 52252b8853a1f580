package com.ticketorleaveit.tickets.command.web;

import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.platform.web.Caller;
import com.ticketorleaveit.platform.web.ProblemResponses;
import com.ticketorleaveit.tickets.api.CheckIn;
import com.ticketorleaveit.tickets.api.CheckInTicket;
import com.ticketorleaveit.tickets.api.GrantDoorStaff;
import com.ticketorleaveit.tickets.api.TicketErrors;
import com.ticketorleaveit.tickets.command.IssuedTickets;
import com.ticketorleaveit.tickets.command.IssuedTickets.IssuedTicket;
import com.ticketorleaveit.tickets.command.RegisteredTiers;
import com.ticketorleaveit.tickets.command.checkin.CheckInKeys;
import com.ticketorleaveit.tickets.command.checkin.TicketSigner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The door of an event: its check-in key for verifying tickets offline, the check-in of a scanned ticket (by its code
 * or its signed QR payload), and the organizer naming door staff. The first scan of a ticket answers 201; a later one
 * 409 {@code ALREADY_CHECKED_IN} with the time of the first.
 */
@RestController
@RequestMapping("/api/v1/events/{eventId}")
public class CheckInController {

    private final CommandGateway commandGateway;
    private final IssuedTickets issuedTickets;
    private final TicketSigner signer;
    private final CheckInKeys keys;
    private final RegisteredTiers registeredTiers;
    private final Clock clock = Clock.systemUTC();

    public CheckInController(
            CommandGateway commandGateway,
            IssuedTickets issuedTickets,
            TicketSigner signer,
            CheckInKeys keys,
            RegisteredTiers registeredTiers) {
        this.commandGateway = commandGateway;
        this.issuedTickets = issuedTickets;
        this.signer = signer;
        this.keys = keys;
        this.registeredTiers = registeredTiers;
    }

    /** A scan: the ticket's code as printed, or the payload its QR code carries. */
    record CheckInRequest(String code, String payload) {}

    record CheckedIn(String status, String ticketCode, UUID eventId, UUID tierId, UUID orderId, Instant checkedInAt) {}

    @Operation(
            operationId = "checkInTicket",
            summary = "Check a ticket in at an event's door, by its code or its QR payload",
            responses = @ApiResponse(responseCode = "201", description = "The ticket is checked in."))
    @PostMapping("/check-ins")
    public ResponseEntity<?> checkIn(Caller caller, @PathVariable UUID eventId, @RequestBody CheckInRequest request) {
        boolean byCode =
                request != null && request.code() != null && !request.code().isBlank();
        boolean byPayload = request != null
                && request.payload() != null
                && !request.payload().isBlank();
        if (byCode == byPayload) {
            throw new ApiException(
                    400, TicketErrors.INVALID_CHECK_IN, "A check-in names a ticket by its code or by its QR payload.");
        }
        String code = byCode
                ? request.code().strip()
                : signer.verify(request.payload()).code();
        IssuedTicket ticket = issuedTickets
                .byCode(code)
                .orElseThrow(() -> ApiException.notFound(TicketErrors.TICKET_NOT_FOUND, "No ticket " + code + "."));
        CheckIn checkIn = commandGateway.sendAndWait(new CheckInTicket(
                ticket.orderId(),
                ticket.tierId(),
                code,
                eventId,
                caller.userId(),
                caller.isAdmin(),
                // to the millisecond: the time a second scan answers is the one every read model shows
                clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        if (!checkIn.firstScan()) {
            ProblemDetail problem = ProblemResponses.problem(
                    409,
                    TicketErrors.ALREADY_CHECKED_IN,
                    "Ticket " + code + " was checked in at " + checkIn.checkedInAt() + ".");
            problem.setProperty("ticketCode", code);
            problem.setProperty("checkedInAt", checkIn.checkedInAt());
            return ProblemResponses.response(problem);
        }
        return ResponseEntity.created(URI.create("/api/v1/events/" + eventId + "/check-ins/" + code))
                .body(new CheckedIn(
                        "CHECKED_IN",
                        code,
                        checkIn.eventId(),
                        checkIn.tierId(),
                        checkIn.orderId().value(),
                        checkIn.checkedInAt()));
    }

    /**
     * The event's Ed25519 public key: {@code publicKey} is the raw 32-byte key (base64url, RFC 8032),
     * {@code publicKeySpki} the same key as X.509 SubjectPublicKeyInfo (base64), which most libraries load directly.
     */
    record CheckInKey(UUID eventId, String algorithm, String payloadFormat, String publicKey, String publicKeySpki) {}

    @Operation(operationId = "getCheckInKey", summary = "An event's public key, to verify tickets' QR codes offline")
    @GetMapping("/check-in-key")
    public CheckInKey checkInKey(@PathVariable UUID eventId) {
        if (!registeredTiers.knowsEvent(eventId)) {
            throw ApiException.notFound(TicketErrors.EVENT_NOT_FOUND, "No event " + eventId + ".");
        }
        PublicKey key = keys.forEvent(eventId).getPublic();
        byte[] spki = key.getEncoded();
        byte[] raw = Arrays.copyOfRange(spki, spki.length - 32, spki.length);
        return new CheckInKey(
                eventId,
                "Ed25519",
                "T1.<base64url(code LF eventId LF tierId LF holderName)>.<base64url(signature of the text before it)>",
                Base64.getUrlEncoder().withoutPadding().encodeToString(raw),
                Base64.getEncoder().encodeToString(spki));
    }

    record DoorStaff(UUID eventId, UUID userId, String role) {}

    /** The organizer (or an admin) lets a user check tickets in at this event; granting again answers the same. */
    @Operation(operationId = "grantDoorStaff", summary = "Let a user check tickets in at an event")
    @PutMapping("/door-staff/{userId}")
    public DoorStaff grantDoorStaff(Caller caller, @PathVariable UUID eventId, @PathVariable UUID userId) {
        commandGateway.sendAndWait(new GrantDoorStaff(eventId, userId, caller.userId(), caller.isAdmin()));
        return new DoorStaff(eventId, userId, "DOOR_STAFF");
    }
}
