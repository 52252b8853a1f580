package com.ticketorleaveit.notifications.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a notification. One per order and kind: see {@link #of(java.util.UUID, NotificationKind)}. */
public record NotificationId(UUID value) {

    public NotificationId {
        Objects.requireNonNull(value, "value");
    }

    public static NotificationId random() {
        return new NotificationId(UUID.randomUUID());
    }

    /** The notification of a kind about a subject (an order): deterministic, so a repeated request is one mail. */
    public static NotificationId of(UUID subjectId, NotificationKind kind) {
        return new NotificationId(UUID.nameUUIDFromBytes(
                ("notification:" + subjectId + ":" + kind).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @JsonCreator
    public static NotificationId of(String value) {
        return new NotificationId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public UUID value() {
        return value;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
