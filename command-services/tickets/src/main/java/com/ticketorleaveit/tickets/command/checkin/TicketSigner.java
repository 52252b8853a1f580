package com.ticketorleaveit.tickets.command.checkin;

import com.ticketorleaveit.platform.refusal.Refusals;
import com.ticketorleaveit.tickets.api.TicketErrors;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.EdECPrivateKey;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.springframework.stereotype.Component;

/**
 * Signs ticket payloads with their event's check-in key when the tickets are issued, and verifies scanned ones. A
 * payload whose signature does not verify with the key of the event it names, or that is not a payload at all, is
 * refused as forged.
 */
@Component
public class TicketSigner {

    private final CheckInKeys keys;

    /**
     * Each event's private key as Bouncy Castle's signer takes it, which keeps the public half it derives. Signing
     * happens in the confirmation's transaction, under the tier's lock: Bouncy Castle signs in a twentieth of the
     * JDK's time, and Ed25519 being deterministic, its signatures are the very ones the JDK makes and verifies.
     */
    private final Map<UUID, Ed25519PrivateKeyParameters> signingKeys = new ConcurrentHashMap<>();

    public TicketSigner(CheckInKeys keys) {
        this.keys = keys;
    }

    public String sign(TicketPayload payload) {
        var signer = new Ed25519Signer();
        signer.init(true, signingKeys.computeIfAbsent(payload.eventId(), this::signingKey));
        byte[] signed = payload.signedPart().getBytes(StandardCharsets.US_ASCII);
        signer.update(signed, 0, signed.length);
        return payload.withSignature(signer.generateSignature());
    }

    private Ed25519PrivateKeyParameters signingKey(UUID eventId) {
        PrivateKey key = keys.forEvent(eventId).getPrivate();
        byte[] raw = ((EdECPrivateKey) key)
                .getBytes()
                .orElseThrow(() -> new IllegalStateException("The check-in key of event " + eventId + " is hidden"));
        return new Ed25519PrivateKeyParameters(raw, 0);
    }

    /** The payload's fields once its signature verifies with its event's key. */
    public TicketPayload verify(String scanned) {
        TicketPayload.Scanned parsed = TicketPayload.parse(scanned).orElseThrow(TicketSigner::forged);
        PublicKey key = keys.publicKeyOf(parsed.payload().eventId()).orElseThrow(TicketSigner::forged);
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(parsed.payload().signedPart().getBytes(StandardCharsets.US_ASCII));
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
