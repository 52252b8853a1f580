package com.ticketorleaveit.saga.ticketpurchase;

import java.security.SecureRandom;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Ticket codes: 128 random bits from a {@link SecureRandom}, in unpadded base32 (26 characters, no look-alike case
 * to mistype), so a code cannot be guessed from another one.
 */
final class TicketCodes {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private TicketCodes() {}

    static List<String> issue(int quantity) {
        return IntStream.range(0, quantity).mapToObj(i -> code()).toList();
    }

    static String code() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return base32(bits);
    }

    static String base32(byte[] bytes) {
        var code = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int buffered = 0;
        for (byte value : bytes) {
            buffer = (buffer << 8) | (value & 0xff);
            buffered += 8;
            while (buffered >= 5) {
                code.append(ALPHABET[(buffer >> (buffered - 5)) & 31]);
                buffered -= 5;
            }
            buffer &= (1 << buffered) - 1;
        }
        if (buffered > 0) {
            code.append(ALPHABET[(buffer << (5 - buffered)) & 31]);
        }
        return code.toString();
    }
}
