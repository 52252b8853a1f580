package com.ticketorleaveit.tickets.command.checkin;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * What a ticket's QR code says: {@code T1.<fields>.<signature>}, where {@code fields} is the base64url (unpadded) of
 * the UTF-8 lines code, event id, tier id and holder name, and {@code signature} the base64url of the Ed25519
 * signature of the ASCII text {@code T1.<fields>} with the event's check-in key. The fields travel in clear so that a
 * door reads them without a lookup; the version prefix leaves room for another format. About 250 characters for a
 * usual name: a QR code of version 10 or so, which any phone camera reads.
 */
public record TicketPayload(String code, UUID eventId, UUID tierId, String holderName) {

    static final String VERSION = "T1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public TicketPayload {
        // a line break would shift the fields; a name never needs one
        holderName = holderName == null
                ? ""
                : holderName.replaceAll("[\\r\\n]+", " ").strip();
    }

    /** The signed text: {@code T1.<fields>}. */
    String signedPart() {
        String fields = String.join("\n", code, eventId.toString(), tierId.toString(), holderName);
        return VERSION + "." + ENCODER.encodeToString(fields.getBytes(StandardCharsets.UTF_8));
    }

    String withSignature(byte[] signature) {
        return signedPart() + "." + ENCODER.encodeToString(signature);
    }

    /** A payload as scanned, split into its fields and signature; empty when it is not of this format. */
    static Optional<Scanned> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.strip().split("\\.", -1);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            String[] fields = new String(DECODER.decode(parts[1]), StandardCharsets.UTF_8).split("\n", -1);
            if (fields.length != 4 || fields[0].isBlank()) {
                return Optional.empty();
            }
            TicketPayload payload =
                    new TicketPayload(fields[0], UUID.fromString(fields[1]), UUID.fromString(fields[2]), fields[3]);
            if (!payload.signedPart().equals(parts[0] + "." + parts[1])) {
                return Optional.empty(); // not the canonical encoding of its own fields
            }
            return Optional.of(new Scanned(payload, DECODER.decode(parts[2])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A scanned payload, its signature not yet verified. */
    record Scanned(TicketPayload payload, byte[] signature) {}
}
