package com.ticketorleaveit.tickets.command.checkin;

import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Optional;
import java.util.UUID;

/** Each event's Ed25519 key pair, made the first time it is needed and never changed afterwards. */
public interface CheckInKeys {

    /** The event's key pair, made now if it has none yet. */
    KeyPair forEvent(UUID eventId);

    /** The event's public key, if it has one. */
    Optional<PublicKey> publicKeyOf(UUID eventId);
}
