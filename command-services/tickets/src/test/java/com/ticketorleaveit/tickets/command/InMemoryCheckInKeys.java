package com.ticketorleaveit.tickets.command;

import com.ticketorleaveit.tickets.command.checkin.CheckInKeys;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Check-in keys made on first use, as the table makes them, kept in a map. */
class InMemoryCheckInKeys implements CheckInKeys {

    private final Map<UUID, KeyPair> keys = new ConcurrentHashMap<>();

    @Override
    public KeyPair forEvent(UUID eventId) {
        return keys.computeIfAbsent(eventId, id -> {
            try {
                return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    public Optional<PublicKey> publicKeyOf(UUID eventId) {
        return Optional.ofNullable(keys.get(eventId)).map(KeyPair::getPublic);
    }
}
