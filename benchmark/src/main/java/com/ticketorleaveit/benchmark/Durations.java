package com.ticketorleaveit.benchmark;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as written on the command line: {@code 500ms}, {@code 15s}, {@code 2m}, {@code 1h}, {@code PT15S}. */
final class Durations {

    private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)?");

    private Durations() {}

    static Duration parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.startsWith("pt")) {
            try {
                return Duration.parse(value.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw invalid(text);
            }
        }
        Matcher matcher = AMOUNT.matcher(value);
        if (!matcher.matches()) {
            throw invalid(text);
        }
        double amount = Double.parseDouble(matcher.group(1));
        String unit = matcher.group(2) == null ? "s" : matcher.group(2);
        double millis =
                switch (unit) {
                    case "ms" -> amount;
                    case "s" -> amount * 1_000;
                    case "m" -> amount * 60_000;
                    default -> amount * 3_600_000;
                };
        return Duration.ofMillis(Math.round(millis));
    }

    /** The shortest of the forms {@link #parse} reads: {@code 1.5s}, {@code 2m}, {@code 250ms}. */
    static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 3_600_000 == 0 && millis > 0) {
            return millis / 3_600_000 + "h";
        }
        if (millis % 60_000 == 0 && millis > 0) {
            return millis / 60_000 + "m";
        }
        if (millis % 1_000 == 0) {
            return millis / 1_000 + "s";
        }
        if (millis > 1_000) {
            return String.format(Locale.ROOT, "%.3fs", millis / 1000.0).replaceAll("0+s$", "s");
        }
        return millis + "ms";
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException(
                "'" + text + "' is not a duration (e.g. 500ms, 15s, 2m, 1h or ISO-8601 such as PT15S)");
    }
}
