package com.ticketorleaveit.platform.vault;

import com.ticketorleaveit.platform.sealing.Sealer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps secrets out of the events (ADR 30). An event is kept for good and relayed to every subscriber of the broker,
 * so a secret a command brings (a payment token) is kept here, sealed ({@link Sealer}), and the command and its events
 * carry the reference this answers. Whoever must use the secret (the payments context, to charge the card) reveals it
 * by its reference; after {@link VaultProperties#retention()} it is purged and the events name nothing.
 *
 * <p>The same secret for the same owner is the same reference, so a request asked again (same idempotency key, same
 * token) stores nothing new and still compares equal to the first, and another token under the same key does not.
 */
public final class Vault {

    /** The prefix of a reference, which tells it apart from a secret stored in events written before the vault. */
    static final String PREFIX = "vault:";

    private final JdbcTemplate jdbc;
    private final Sealer sealer;
    private final SecretKeySpec referenceKey;

    public Vault(JdbcTemplate jdbc, String sealingSecret) {
        this.jdbc = jdbc;
        this.sealer = new Sealer(sealingSecret, "ticketing/vault/v1");
        this.referenceKey =
                new SecretKeySpec(Sealer.derive(sealingSecret, "ticketing/vault/references/v1"), "HmacSHA256");
    }

    /** Keeps {@code secret} of {@code owner} (an order, say) and answers its reference. */
    public String keep(UUID owner, String secret) {
        String reference = PREFIX + owner + ":" + fingerprint(owner, secret);
        jdbc.update(
                "insert into vault_secrets (reference, sealed) values (?, ?) on conflict (reference) do nothing",
                reference,
                sealer.seal(reference, secret.getBytes(StandardCharsets.UTF_8)));
        return reference;
    }

    /**
     * The secret a reference names. A value that is not a reference is a secret an event written before the vault
     * carried itself, and is answered as it is.
     *
     * @throws ForgottenSecretException when it was purged, or does not open under this sealing secret
     */
    public String reveal(String reference) {
        if (reference == null || !reference.startsWith(PREFIX)) {
            return reference;
        }
        List<byte[]> sealed = jdbc.query(
                "select sealed from vault_secrets where reference = ?", (rs, row) -> rs.getBytes(1), reference);
        if (sealed.isEmpty()) {
            throw new ForgottenSecretException(reference + " is no longer kept");
        }
        try {
            return new String(sealer.open(reference, sealed.get(0)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new ForgottenSecretException(reference + " does not open: was the sealing secret changed?");
        }
    }

    /** Deletes at most {@code limit} secrets kept before {@code before}; answers how many. */
    public int purgeKeptBefore(Instant before, int limit) {
        return jdbc.update(
                "delete from vault_secrets where reference in"
                        + " (select reference from vault_secrets where kept_at < ? limit ?)",
                Timestamp.from(before),
                limit);
    }

    private String fingerprint(UUID owner, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(referenceKey);
            mac.update(owner.toString().getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            byte[] digest = mac.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(digest)
                    .substring(0, 22);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot make a vault reference", e);
        }
    }

    /** A secret that is not kept (any more): whoever needed it must do without. */
    public static final class ForgottenSecretException extends RuntimeException {
        ForgottenSecretException(String message) {
            super(message);
        }
    }
}
