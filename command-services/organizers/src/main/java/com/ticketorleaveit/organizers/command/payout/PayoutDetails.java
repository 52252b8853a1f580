package com.ticketorleaveit.organizers.command.payout;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** Where an organizer's money goes, in clear: only ever held in memory, between a request and its sealing. */
public record PayoutDetails(Iban account, String accountHolder) {

    public PayoutDetails {
        Objects.requireNonNull(account, "account");
        if (accountHolder == null || accountHolder.isBlank() || accountHolder.contains("\n")) {
            throw new IllegalArgumentException("an account holder is one line of text");
        }
    }

    byte[] plaintext() {
        return (account.value() + "\n" + accountHolder).getBytes(StandardCharsets.UTF_8);
    }

    static PayoutDetails of(byte[] plaintext) {
        String[] parts = new String(plaintext, StandardCharsets.UTF_8).split("\n", 2);
        return new PayoutDetails(new Iban(parts[0]), parts[1]);
    }

    @Override
    public String toString() {
        return "PayoutDetails[account=" + account + ", accountHolder=…]";
    }
}
