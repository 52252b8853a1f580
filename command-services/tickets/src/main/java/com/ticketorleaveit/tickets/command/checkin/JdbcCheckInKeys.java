package com.ticketorleaveit.tickets.command.checkin;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Key pairs in {@code tickets_check_in_keys}: the public key in clear, the private key sealed ({@link SealedKeys}).
 * A key is made in a transaction of its own, committed before anything is signed with it, and the first one stored
 * wins (two nodes making one at once both read the winner back): a ticket is never signed with a key that was rolled
 * back or lost a race. Keys never change, so each node keeps the ones it has read.
 */
@Repository
@EnableConfigurationProperties(CheckInKeyProperties.class)
class JdbcCheckInKeys implements CheckInKeys {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final SealedKeys sealedKeys;
    private final Map<UUID, KeyPair> known = new ConcurrentHashMap<>();

    JdbcCheckInKeys(JdbcTemplate jdbc, PlatformTransactionManager transactions, CheckInKeyProperties properties) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.sealedKeys = new SealedKeys(properties.sealingSecret());
    }

    @Override
    public KeyPair forEvent(UUID eventId) {
        return known.computeIfAbsent(eventId, id -> stored(id).orElseGet(() -> make(id)));
    }

    @Override
    public Optional<PublicKey> publicKeyOf(UUID eventId) {
        KeyPair pair = known.get(eventId);
        if (pair != null) {
            return Optional.of(pair.getPublic());
        }
        return stored(eventId)
                .map(stored -> known.computeIfAbsent(eventId, id -> stored).getPublic());
    }

    private KeyPair make(UUID eventId) {
        KeyPair fresh = generate();
        ownTransaction.executeWithoutResult(status -> jdbc.update(
                "INSERT INTO tickets_check_in_keys (event_id, public_key, sealed_private_key) VALUES (?, ?, ?)"
                        + " ON CONFLICT (event_id) DO NOTHING",
                eventId,
                fresh.getPublic().getEncoded(),
                sealedKeys.seal(eventId, fresh.getPrivate().getEncoded())));
        return stored(eventId).orElseThrow(() -> new IllegalStateException("Check-in key of " + eventId + " lost"));
    }

    private Optional<KeyPair> stored(UUID eventId) {
        return jdbc
                .query(
                        "SELECT public_key, sealed_private_key FROM tickets_check_in_keys WHERE event_id = ?",
                        (row, i) -> decode(eventId, row.getBytes(1), row.getBytes(2)),
                        eventId)
                .stream()
                .findFirst();
    }

    private KeyPair decode(UUID eventId, byte[] publicKey, byte[] sealedPrivateKey) {
        try {
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            return new KeyPair(
                    factory.generatePublic(new X509EncodedKeySpec(publicKey)),
                    factory.generatePrivate(new PKCS8EncodedKeySpec(sealedKeys.open(eventId, sealedPrivateKey))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The check-in key of event " + eventId + " is unreadable", e);
        }
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM has no Ed25519", e);
        }
    }
}
