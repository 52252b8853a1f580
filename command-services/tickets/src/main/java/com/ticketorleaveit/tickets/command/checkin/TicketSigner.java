package com.ticketorleaveit.tickets.command.checkin;

import com.ticketorleaveit.platform.refusal.Refusals;
import com.ticketorleaveit.tickets.api.TicketErrors;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import org.springframework.stereotype.Component;

/**
 * Signs ticket payloads with their event's check-in key when the tickets are issued, and verifies scanned ones. A
 * payload whose signature does not verify with the key of the event it names, or that is not a payload at all, is
 * refused as forged.
 */
@Component
public class TicketSigner {

    private final CheckInKeys keys;

    public TicketSigner(CheckInKeys keys) {
        this.keys = keys;
    }

    public String sign(TicketPayload payload) {
        PrivateKey key = keys.forEvent(payload.eventId()).getPrivate();
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(key);
            signature.update(payload.signedPart().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return payload.withSignature(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a ticket of event " + payload.eventId(), e);
        }
    }

    /** The payload's fields once its signature verifies with its event's key. */
    public TicketPayload verify(String scanned) {
        TicketPayload.Scanned parsed = TicketPayload.parse(scanned).orElseThrow(TicketSigner::forged);
        PublicKey key = keys.publicKeyOf(parsed.payload().eventId()).orElseThrow(TicketSigner::forged);
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(parsed.payload().signedPart().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            if (!signature.verify(parsed.signature())) {
                throw forged();
            }
            return parsed.payload();
        } catch (SignatureException e) {
            throw forged();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "Cannot verify a ticket of event " + parsed.payload().eventId(), e);
        }
    }

    private static RuntimeException forged() {
        return Refusals.invalid(TicketErrors.TICKET_FORGED, "This is not a ticket signed for any event here.");
    }
}
