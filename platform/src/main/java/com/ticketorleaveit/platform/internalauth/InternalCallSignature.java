package com.ticketorleaveit.platform.internalauth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How one deployable proves to another that a call comes from inside the cluster: HMAC-SHA256, keyed by the
 * cluster's shared secret, over the method, the path with its query, the sending time and the body, in one pass:
 *
 * <pre>
 * Internal-Timestamp: 1795852800
 * Internal-Signature: v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
 * </pre>
 *
 * A call is accepted when its timestamp lies within the tolerance of now (either way) and the signature matches,
 * compared in constant time: a call cannot be forged without the secret, changed on the way, sent to another path, or
 * replayed once its moment has passed. (Within the tolerance a captured call could be repeated as it is; commands are
 * idempotent, see ADR 21.)
 */
public final class InternalCallSignature {

    public static final String TIMESTAMP_HEADER = "Internal-Timestamp";
    public static final String SIGNATURE_HEADER = "Internal-Signature";
    private static final String VERSION = "v1=";
    private static final String ALGORITHM = "HmacSHA256";

    /** Why a call was refused, or that it was accepted. */
    public enum Verdict {
        ACCEPTED,
        /** No timestamp or no signature header. */
        UNSIGNED,
        /** The headers are there but not in the expected form. */
        MALFORMED,
        /** Sent too long ago, or in the future beyond the tolerance. */
        STALE,
        /** Signed with another secret, or the method, path, timestamp or body were changed. */
        MISMATCH,
        /** The body is larger than any internal call carries; it was not read. */
        TOO_LARGE
    }

    /** What the headers alone say: refused already, or a fresh claim the body still has to match. */
    public sealed interface Headers permits Claim, Refused {}

    /** Well-formed headers with a fresh timestamp. */
    public record Claim(long timestamp, byte[] signature) implements Headers {}

    /** Headers that refuse the call whatever its body. */
    public record Refused(Verdict verdict) implements Headers {}

    private final SecretKeySpec key;
    private final Duration tolerance;

    public InternalCallSignature(byte[] secret, Duration tolerance) {
        this.key = new SecretKeySpec(secret, ALGORITHM);
        this.tolerance = tolerance;
    }

    /** The signature header's value for this call sent at this time (Unix seconds). */
    public String sign(String method, String pathAndQuery, long timestamp, byte[] body) {
        return VERSION + HexFormat.of().formatHex(mac(method, pathAndQuery, timestamp, body));
    }

    /**
     * Checks what can be checked before the body is read: both headers present and well formed, the timestamp within
     * the tolerance of now. Answers the claim to verify against the body, or the verdict that refuses the call.
     */
    public Headers headers(String timestampHeader, String signatureHeader, Instant now) {
        if (timestampHeader == null || signatureHeader == null) {
            return new Refused(Verdict.UNSIGNED);
        }
        long timestamp;
        byte[] signature;
        try {
            timestamp = Long.parseLong(timestampHeader.trim());
            if (!signatureHeader.startsWith(VERSION)) {
                return new Refused(Verdict.MALFORMED);
            }
            signature = HexFormat.of()
                    .parseHex(signatureHeader.substring(VERSION.length()).trim());
        } catch (IllegalArgumentException e) {
            return new Refused(Verdict.MALFORMED);
        }
        if (Math.abs(now.getEpochSecond() - timestamp) > tolerance.toSeconds()) {
            return new Refused(Verdict.STALE);
        }
        return new Claim(timestamp, signature);
    }

    /** Whether the claimed signature is this call's, compared in constant time. */
    public Verdict verify(Claim claim, String method, String pathAndQuery, byte[] body) {
        return MessageDigest.isEqual(claim.signature(), mac(method, pathAndQuery, claim.timestamp(), body))
                ? Verdict.ACCEPTED
                : Verdict.MISMATCH;
    }

    /** Both steps at once, for a call whose body is at hand. */
    public Verdict verify(
            String method,
            String pathAndQuery,
            String timestampHeader,
            String signatureHeader,
            byte[] body,
            Instant now) {
        Headers headers = headers(timestampHeader, signatureHeader, now);
        return headers instanceof Claim claim
                ? verify(claim, method, pathAndQuery, body)
                : ((Refused) headers).verdict();
    }

    private byte[] mac(String method, String pathAndQuery, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update((method + "\n" + pathAndQuery + "\n" + timestamp + "\n").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
