package com.ticketorleaveit.tickets.command.checkin;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals private keys for the database with AES-256-GCM, so that a copy of the table (or of a backup) signs nothing.
 * The sealing key is derived from command-services' sealing secret ({@code TICKETING_SEALING_SECRET}) with HMAC-SHA256
 * under a label of its own. The event id is the associated data: a sealed key moved to another event's row does not
 * open.
 */
final class SealedKeys {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String LABEL = "ticketing/check-in-keys/v1";

    private final SecretKeySpec sealingKey;
    private final SecureRandom random = new SecureRandom();

    SealedKeys(String sealingSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sealingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            this.sealingKey = new SecretKeySpec(mac.doFinal(LABEL.getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot derive the check-in key sealing key", e);
        }
    }

    byte[] seal(UUID eventId, byte[] privateKey) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sealingKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(eventId.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(privateKey);
            return ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal the check-in key of event " + eventId, e);
        }
    }

    byte[] open(UUID eventId, byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, sealingKey, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(eventId.toString().getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "The check-in key of event " + eventId + " does not open: was the sealing secret changed?", e);
        }
    }
}
