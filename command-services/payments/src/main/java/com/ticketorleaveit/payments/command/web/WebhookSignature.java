package com.ticketorleaveit.payments.command.web;

import com.ticketorleaveit.payments.api.PaymentErrors;
import com.ticketorleaveit.platform.web.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a provider signs what it sends: HMAC-SHA256, with the provider's secret, over {@code <timestamp>.<body>}, where
 * the timestamp is the sending time in Unix seconds. Both travel as headers:
 *
 * <pre>
 * Webhook-Timestamp: 1795852800
 * Webhook-Signature: v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
 * </pre>
 *
 * A message is accepted when the signature matches (compared in constant time) and its timestamp lies within the
 * tolerance of now, either way: a captured message cannot be replayed later, nor its body changed.
 */
public final class WebhookSignature {

    public static final String TIMESTAMP_HEADER = "Webhook-Timestamp";
    public static final String SIGNATURE_HEADER = "Webhook-Signature";
    private static final String VERSION = "v1=";

    private WebhookSignature() {}

    /** The signature header's value for this body sent at this time. */
    public static String sign(String secret, long timestamp, byte[] body) {
        return VERSION + HexFormat.of().formatHex(mac(secret, timestamp, body));
    }

    /** Accepts the message, or refuses it with a 400 saying why; nothing about the message is kept either way. */
    public static void verify(
            String secret,
            String timestampHeader,
            String signatureHeader,
            byte[] body,
            Instant now,
            Duration tolerance) {
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader == null ? "" : timestampHeader.trim());
        } catch (NumberFormatException e) {
            throw invalidSignature("The " + TIMESTAMP_HEADER + " header must be the sending time in Unix seconds.");
        }
        if (signatureHeader == null || !signatureHeader.startsWith(VERSION)) {
            throw invalidSignature("The " + SIGNATURE_HEADER + " header must be v1=<hex HMAC-SHA256>.");
        }
        byte[] claimed;
        try {
            claimed = HexFormat.of()
                    .parseHex(signatureHeader.substring(VERSION.length()).trim());
        } catch (IllegalArgumentException e) {
            throw invalidSignature("The " + SIGNATURE_HEADER + " header must be v1=<hex HMAC-SHA256>.");
        }
        if (!MessageDigest.isEqual(claimed, mac(secret, timestamp, body))) {
            throw invalidSignature("The signature does not match the message.");
        }
        long age = Math.abs(now.getEpochSecond() - timestamp);
        if (age > tolerance.toSeconds()) {
            throw new ApiException(
                    400,
                    PaymentErrors.WEBHOOK_TIMESTAMP_OUT_OF_TOLERANCE,
                    "The message was sent " + age + " s away from now; at most " + tolerance.toSeconds()
                            + " s are accepted.");
        }
    }

    private static ApiException invalidSignature(String message) {
        return new ApiException(400, PaymentErrors.WEBHOOK_SIGNATURE_INVALID, message);
    }

    private static byte[] mac(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
