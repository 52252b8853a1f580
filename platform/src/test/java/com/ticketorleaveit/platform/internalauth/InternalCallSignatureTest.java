package com.ticketorleaveit.platform.internalauth;

import static com.ticketorleaveit.platform.internalauth.InternalCallSignature.Verdict.ACCEPTED;
import static com.ticketorleaveit.platform.internalauth.InternalCallSignature.Verdict.MALFORMED;
import static com.ticketorleaveit.platform.internalauth.InternalCallSignature.Verdict.MISMATCH;
import static com.ticketorleaveit.platform.internalauth.InternalCallSignature.Verdict.STALE;
import static com.ticketorleaveit.platform.internalauth.InternalCallSignature.Verdict.UNSIGNED;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InternalCallSignatureTest {

    private static final Duration TOLERANCE = Duration.ofSeconds(30);
    private static final Instant NOW = Instant.parse("2026-12-07T20:00:00Z");
    private static final String CONNECTOR = "/spring-command-bus-connector/command";
    private static final byte[] GRANT_ROLE =
            "{\"payloadType\":\"com.ticketorleaveit.users.api.GrantRole\"}".getBytes(StandardCharsets.UTF_8);

    private final InternalCallSignature cluster = aSignature("the-cluster-secret-of-at-least-32-bytes");

    @Test
    void acceptsACallSignedWithTheClusterSecret() {
        String signed = cluster.sign("POST", CONNECTOR, NOW.getEpochSecond(), GRANT_ROLE);

        assertThat(cluster.verify("POST", CONNECTOR, timestamp(NOW), signed, GRANT_ROLE, NOW))
                .isEqualTo(ACCEPTED);
    }

    @Test
    void refusesACallSignedWithAnotherSecret() {
        String forged = aSignature("a-guessed-secret-that-is-long-enough-too")
                .sign("POST", CONNECTOR, NOW.getEpochSecond(), GRANT_ROLE);

        assertThat(cluster.verify("POST", CONNECTOR, timestamp(NOW), forged, GRANT_ROLE, NOW))
                .isEqualTo(MISMATCH);
    }

    @Test
    void refusesACallWhoseBodyWasChangedAfterSigning() {
        String signed = cluster.sign("POST", CONNECTOR, NOW.getEpochSecond(), GRANT_ROLE);
        byte[] tampered =
                "{\"payloadType\":\"com.ticketorleaveit.tickets.api.ConfirmOrder\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(cluster.verify("POST", CONNECTOR, timestamp(NOW), signed, tampered, NOW))
                .isEqualTo(MISMATCH);
    }

    @Test
    void refusesASignatureTakenToAnotherPathOrMethod() {
        String signed = cluster.sign("GET", "/member-capabilities", NOW.getEpochSecond(), new byte[0]);

        assertThat(cluster.verify("GET", "/member-capabilities?x=1", timestamp(NOW), signed, new byte[0], NOW))
                .isEqualTo(MISMATCH);
        assertThat(cluster.verify("POST", "/member-capabilities", timestamp(NOW), signed, new byte[0], NOW))
                .isEqualTo(MISMATCH);
    }

    @Test
    void refusesACallWhoseTimestampWasChangedAfterSigning() {
        String signed = cluster.sign("POST", CONNECTOR, NOW.getEpochSecond() - 25, GRANT_ROLE);

        assertThat(cluster.verify("POST", CONNECTOR, timestamp(NOW), signed, GRANT_ROLE, NOW))
                .isEqualTo(MISMATCH);
    }

    @Test
    void refusesACallSentLongerAgoThanTheTolerance() {
        Instant sent = NOW.minus(TOLERANCE).minusSeconds(1);
        String signed = cluster.sign("POST", CONNECTOR, sent.getEpochSecond(), GRANT_ROLE);

        assertThat(cluster.verify("POST", CONNECTOR, timestamp(sent), signed, GRANT_ROLE, NOW))
                .isEqualTo(STALE);
    }

    @Test
    void refusesACallDatedFurtherAheadThanTheTolerance() {
        Instant sent = NOW.plus(TOLERANCE).plusSeconds(1);
        String signed = cluster.sign("POST", CONNECTOR, sent.getEpochSecond(), GRANT_ROLE);

        assertThat(cluster.verify("POST", CONNECTOR, timestamp(sent), signed, GRANT_ROLE, NOW))
                .isEqualTo(STALE);
    }

    @Test
    void acceptsClocksThatDifferWithinTheTolerance() {
        Instant sent = NOW.minus(TOLERANCE);
        String signed = cluster.sign("POST", CONNECTOR, sent.getEpochSecond(), GRANT_ROLE);

        assertThat(cluster.verify("POST", CONNECTOR, timestamp(sent), signed, GRANT_ROLE, NOW))
                .isEqualTo(ACCEPTED);
    }

    @Test
    void refusesACallWithoutItsHeaders() {
        String signed = cluster.sign("POST", CONNECTOR, NOW.getEpochSecond(), GRANT_ROLE);

        assertThat(cluster.verify("POST", CONNECTOR, null, null, GRANT_ROLE, NOW))
                .isEqualTo(UNSIGNED);
        assertThat(cluster.verify("POST", CONNECTOR, null, signed, GRANT_ROLE, NOW))
                .isEqualTo(UNSIGNED);
        assertThat(cluster.verify("POST", CONNECTOR, timestamp(NOW), null, GRANT_ROLE, NOW))
                .isEqualTo(UNSIGNED);
    }

    @Test
    void refusesHeadersNotInTheirForm() {
        String signed = cluster.sign("POST", CONNECTOR, NOW.getEpochSecond(), GRANT_ROLE);

        assertThat(cluster.verify("POST", CONNECTOR, "yesterday", signed, GRANT_ROLE, NOW))
                .isEqualTo(MALFORMED);
        assertThat(cluster.verify("POST", CONNECTOR, timestamp(NOW), signed.substring(3), GRANT_ROLE, NOW))
                .isEqualTo(MALFORMED);
        assertThat(cluster.verify("POST", CONNECTOR, timestamp(NOW), "v1=not-hex", GRANT_ROLE, NOW))
                .isEqualTo(MALFORMED);
        assertThat(cluster.verify("POST", CONNECTOR, timestamp(NOW), "v1=", GRANT_ROLE, NOW))
                .isEqualTo(MISMATCH);
    }

    private static InternalCallSignature aSignature(String secret) {
        return new InternalCallSignature(secret.getBytes(StandardCharsets.UTF_8), TOLERANCE);
    }

    private static String timestamp(Instant sent) {
        return Long.toString(sent.getEpochSecond());
    }
}
