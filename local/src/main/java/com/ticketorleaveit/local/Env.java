package com.ticketorleaveit.local;

/** Reads the settings every deployable reads (docs/architecture.md), with the same defaults. */
final class Env {

    private Env() {}

    static String get(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static int port(String name, int fallback) {
        String value = get(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, not '" + value + "'", e);
        }
    }

    /** {@code TICKETING_LOCAL_EMBEDDED=true} or {@code -Dticketing.local.embedded=true}: ignore running services. */
    static boolean embeddedOnlyRequested() {
        return Boolean.parseBoolean(get("TICKETING_LOCAL_EMBEDDED", "false"))
                || Boolean.getBoolean("ticketing.local.embedded");
    }
}
