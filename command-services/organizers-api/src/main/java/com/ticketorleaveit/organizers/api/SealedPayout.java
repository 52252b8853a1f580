package com.ticketorleaveit.organizers.api;

/**
 * An organizer's payout details as they travel and are kept: the account (IBAN) and its holder encrypted together,
 * and the account's last four characters in clear, which is all anyone is shown. Encrypted before they become a
 * command, so that neither the command bus, the event store nor the broker's subscribers see them in clear.
 *
 * @param accountLast4 the last four characters of the account number
 * @param sealed {@code v1:} and the Base64 of the AES-GCM nonce and ciphertext; opens only with the payout secret of
 *     command-services and for the organizer it was sealed for
 */
public record SealedPayout(String accountLast4, String sealed) {

    @Override
    public String toString() {
        return "SealedPayout[accountLast4=" + accountLast4 + ", sealed=…]";
    }
}
