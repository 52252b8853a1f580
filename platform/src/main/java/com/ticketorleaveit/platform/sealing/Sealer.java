package com.ticketorleaveit.platform.sealing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals values for the database with AES-256-GCM, so that a copy of a table (or of a backup) reveals nothing. Each use
 * derives its own key from command-services' sealing secret ({@code TICKETING_SEALING_SECRET}) with HMAC-SHA256 under
 * a label of its own; the associated data names what a sealed value belongs to, so that one moved to another row does
 * not open.
 */
public final class Sealer {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param secret the sealing secret
     * @param label what the values are, e.g. {@code ticketing/check-in-keys/v1}: each label gets a key of its own
     */
    public Sealer(String secret, String label) {
        this.key = new SecretKeySpec(derive(secret, label), "AES");
    }

    /** A key of its own for {@code label}, from the sealing secret: for keyed hashes beside the sealed values. */
    public static byte[] derive(String secret, String label) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("The sealing secret (TICKETING_SEALING_SECRET) is missing");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot derive the key of " + label, e);
        }
    }

    /** The nonce, then the ciphertext and its tag. */
    public byte[] seal(String associatedData, byte[] value) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(value);
            return ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal a value of " + associatedData, e);
        }
    }

    /**
     * The value sealed for {@code associatedData}.
     *
     * @throws GeneralSecurityException when it does not open: another secret, other associated data, or altered
     */
    public byte[] open(String associatedData, byte[] sealed) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
        cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
        return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
    }
}
