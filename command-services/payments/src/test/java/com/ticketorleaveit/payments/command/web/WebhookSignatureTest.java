package com.ticketorleaveit.payments.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.ticketorleaveit.platform.web.ApiException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String SECRET = "whsec_test";
    private static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final byte[] BODY =
            "{\"id\":\"evt_1\",\"type\":\"payment.approved\"}".getBytes(StandardCharsets.UTF_8);

    private static String signedNow() {
        return WebhookSignature.sign(SECRET, NOW.getEpochSecond(), BODY);
    }

    private static ApiException refusal(String secret, String timestamp, String signature, byte[] body) {
        return catchThrowableOfType(
                () -> WebhookSignature.verify(secret, timestamp, signature, body, NOW, TOLERANCE), ApiException.class);
    }

    @Test
    void acceptsAMessageSignedWithTheSecretWithinTheTolerance() {
        String sentFourMinutesAgo = WebhookSignature.sign(SECRET, NOW.getEpochSecond() - 240, BODY);

        assertThatCode(() -> WebhookSignature.verify(
                        SECRET, Long.toString(NOW.getEpochSecond()), signedNow(), BODY, NOW, TOLERANCE))
                .doesNotThrowAnyException();
        assertThatCode(() -> WebhookSignature.verify(
                        SECRET, Long.toString(NOW.getEpochSecond() - 240), sentFourMinutesAgo, BODY, NOW, TOLERANCE))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAChangedBodyAnotherSecretOrAnotherTimestamp() {
        String now = Long.toString(NOW.getEpochSecond());
        byte[] changed = "{\"id\":\"evt_1\",\"type\":\"payment.declined\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(refusal(SECRET, now, signedNow(), changed).code()).isEqualTo("WEBHOOK_SIGNATURE_INVALID");
        assertThat(refusal("another", now, signedNow(), BODY).code()).isEqualTo("WEBHOOK_SIGNATURE_INVALID");
        assertThat(refusal(SECRET, Long.toString(NOW.getEpochSecond() - 1), signedNow(), BODY)
                        .code())
                .isEqualTo("WEBHOOK_SIGNATURE_INVALID");
        assertThat(refusal(SECRET, now, signedNow(), BODY)).isNull();
    }

    @Test
    void refusesMissingOrMalformedHeaders() {
        String now = Long.toString(NOW.getEpochSecond());

        assertThat(refusal(SECRET, null, signedNow(), BODY).status()).isEqualTo(400);
        assertThat(refusal(SECRET, "yesterday", signedNow(), BODY).code()).isEqualTo("WEBHOOK_SIGNATURE_INVALID");
        assertThat(refusal(SECRET, now, null, BODY).code()).isEqualTo("WEBHOOK_SIGNATURE_INVALID");
        assertThat(refusal(SECRET, now, "v1=not-hex", BODY).code()).isEqualTo("WEBHOOK_SIGNATURE_INVALID");
        assertThat(refusal(SECRET, now, signedNow().substring(3), BODY).code()).isEqualTo("WEBHOOK_SIGNATURE_INVALID");
    }

    @Test
    void refusesACorrectlySignedMessageSentOutsideTheTolerance() {
        long stale = NOW.getEpochSecond() - TOLERANCE.toSeconds() - 1;
        long ahead = NOW.getEpochSecond() + TOLERANCE.toSeconds() + 1;

        ApiException replayed = refusal(SECRET, Long.toString(stale), WebhookSignature.sign(SECRET, stale, BODY), BODY);
        ApiException early = refusal(SECRET, Long.toString(ahead), WebhookSignature.sign(SECRET, ahead, BODY), BODY);

        assertThat(replayed.status()).isEqualTo(400);
        assertThat(replayed.code()).isEqualTo("WEBHOOK_TIMESTAMP_OUT_OF_TOLERANCE");
        assertThat(early.code()).isEqualTo("WEBHOOK_TIMESTAMP_OUT_OF_TOLERANCE");
    }
}
