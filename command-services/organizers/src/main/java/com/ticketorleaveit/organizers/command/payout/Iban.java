package com.ticketorleaveit.organizers.command.payout;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An International Bank Account Number (ISO 13616) as an organizer types it: spaces are ignored and letters may be
 * lower case. Valid when it has the shape (country, check digits, 11 to 30 letters or digits) and its check digits
 * match (mod 97). The value never leaves {@link PayoutSealer} in clear.
 */
public record Iban(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    public Iban {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not an IBAN");
        }
    }

    /** The IBAN written, if it is one. */
    public static Optional<Iban> parse(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String compact = written.replace(" ", "").toUpperCase(Locale.ROOT);
        return isValid(compact) ? Optional.of(new Iban(compact)) : Optional.empty();
    }

    public String last4() {
        return value.substring(value.length() - 4);
    }

    @Override
    public String toString() {
        return "Iban[**** " + last4() + "]";
    }

    private static boolean isValid(String compact) {
        if (compact == null || !SHAPE.matcher(compact).matches()) {
            return false;
        }
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }
}
