package com.ticketorleaveit.organizers.command.payout;

import com.ticketorleaveit.organizers.api.OrganizerId;
import com.ticketorleaveit.organizers.api.SealedPayout;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Encrypts an organizer's payout details with AES-256-GCM before they become a command: events are immutable and
 * relayed to every subscriber of the broker, so they only ever hold the ciphertext and the account's last four
 * characters. The key is derived from {@code TICKETING_PAYOUT_SECRET} with HMAC-SHA256 under a label of its own; the
 * organizer's id is the associated data, so details copied onto another profile do not open.
 */
@Component
@EnableConfigurationProperties(PayoutProperties.class)
public class PayoutSealer {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String LABEL = "ticketing/organizers/payout/v1";
    private static final String VERSION = "v1:";

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    PayoutSealer(PayoutProperties properties) {
        String secret = properties.secret();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            this.key = new SecretKeySpec(mac.doFinal(LABEL.getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot derive the payout key", e);
        }
    }

    public SealedPayout seal(OrganizerId organizerId, PayoutDetails details) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(organizerId.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(details.plaintext());
            byte[] nonceAndSealed = ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
            return new SealedPayout(
                    details.account().last4(), VERSION + Base64.getEncoder().encodeToString(nonceAndSealed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal the payout details of organizer " + organizerId, e);
        }
    }

    /** For paying organizers out; fails for details sealed for another organizer or with another secret. */
    public PayoutDetails open(OrganizerId organizerId, SealedPayout payout) {
        if (!payout.sealed().startsWith(VERSION)) {
            throw new IllegalArgumentException("Unknown sealing of the payout details of organizer " + organizerId);
        }
        byte[] sealed = Base64.getDecoder().decode(payout.sealed().substring(VERSION.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(organizerId.toString().getBytes(StandardCharsets.US_ASCII));
            return PayoutDetails.of(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "The payout details of organizer " + organizerId
                            + " do not open: sealed for another organizer, or was the payout secret changed?",
                    e);
        }
    }
}
