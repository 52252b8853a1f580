package com.ticketorleaveit.tickets.command.checkin;

import com.ticketorleaveit.platform.sealing.Sealer;
import java.security.GeneralSecurityException;
import java.util.UUID;

/**
 * Seals private keys for the database with AES-256-GCM ({@link Sealer}), so that a copy of the table (or of a backup)
 * signs nothing. The event id is the associated data: a sealed key moved to another event's row does not open.
 */
final class SealedKeys {

    private final Sealer sealer;

    SealedKeys(String sealingSecret) {
        this.sealer = new Sealer(sealingSecret, "ticketing/check-in-keys/v1");
    }

    byte[] seal(UUID eventId, byte[] privateKey) {
        return sealer.seal(eventId.toString(), privateKey);
    }

    byte[] open(UUID eventId, byte[] sealed) {
        try {
            return sealer.open(eventId.toString(), sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "The check-in key of event " + eventId + " does not open: was the sealing secret changed?", e);
        }
    }
}
