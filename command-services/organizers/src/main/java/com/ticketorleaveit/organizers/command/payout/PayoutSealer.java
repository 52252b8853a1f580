package com.ticketorleaveit.organizers.command.payout;

import com.ticketorleaveit.organizers.api.OrganizerId;
import com.ticketorleaveit.organizers.api.SealedPayout;
import com.ticketorleaveit.platform.sealing.Sealer;
import java.security.GeneralSecurityException;
import java.util.Base64;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Encrypts an organizer's payout details with AES-256-GCM ({@link Sealer}) before they become a command: events are immutable and
 * relayed to every subscriber of the broker, so they only ever hold the ciphertext and the account's last four
 * characters. The key is derived from {@code TICKETING_PAYOUT_SECRET} with HMAC-SHA256 under a label of its own; the
 * organizer's id is the associated data, so details copied onto another profile do not open.
 */
@Component
@EnableConfigurationProperties(PayoutProperties.class)
public class PayoutSealer {

    private static final String VERSION = "v1:";

    private final Sealer sealer;

    PayoutSealer(PayoutProperties properties) {
        this.sealer = new Sealer(properties.secret(), "ticketing/organizers/payout/v1");
    }

    public SealedPayout seal(OrganizerId organizerId, PayoutDetails details) {
        byte[] sealed = sealer.seal(organizerId.toString(), details.plaintext());
        return new SealedPayout(
                details.account().last4(), VERSION + Base64.getEncoder().encodeToString(sealed));
    }

    /** For paying organizers out; fails for details sealed for another organizer or with another secret. */
    public PayoutDetails open(OrganizerId organizerId, SealedPayout payout) {
        if (!payout.sealed().startsWith(VERSION)) {
            throw new IllegalArgumentException("Unknown sealing of the payout details of organizer " + organizerId);
        }
        byte[] sealed = Base64.getDecoder().decode(payout.sealed().substring(VERSION.length()));
        try {
            return PayoutDetails.of(sealer.open(organizerId.toString(), sealed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "The payout details of organizer " + organizerId
                            + " do not open: sealed for another organizer, or was the payout secret changed?",
                    e);
        }
    }
}
