package com.ticketorleaveit.tickets.command.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.ticketorleaveit.platform.refusal.Refusal;
import com.ticketorleaveit.platform.refusal.Refusals;
import com.ticketorleaveit.tickets.api.TicketErrors;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TicketSignerTest {

    private static final UUID EVENT = UUID.randomUUID();
    private static final UUID TIER = UUID.randomUUID();

    private final Map<UUID, KeyPair> pairs = new HashMap<>();
    private final TicketSigner signer = new TicketSigner(new CheckInKeys() {
        @Override
        public KeyPair forEvent(UUID eventId) {
            return pairs.computeIfAbsent(eventId, id -> aKeyPair());
        }

        @Override
        public Optional<PublicKey> publicKeyOf(UUID eventId) {
            return Optional.ofNullable(pairs.get(eventId)).map(KeyPair::getPublic);
        }
    });

    private static KeyPair aKeyPair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static TicketPayload bobsTicket() {
        return new TicketPayload("MIUHFK5XRQL4G7HJPKMEF44U7Y", EVENT, TIER, "Bob Buyer");
    }

    private static Refusal refusalOf(Runnable verification) {
        return Refusals.of(catchThrowable(verification::run)).orElseThrow();
    }

    @Test
    void aSignedPayloadVerifiesToItsFields() {
        String signed = signer.sign(bobsTicket());

        assertThat(signed).startsWith("T1.").hasSizeLessThan(300);
        assertThat(signer.verify(signed)).isEqualTo(bobsTicket());
    }

    @Test
    void itsSignatureVerifiesOfflineWithTheEventsPublicKeyAlone() throws Exception {
        String[] parts = signer.sign(bobsTicket()).split("\\.");

        var verifier = java.security.Signature.getInstance("Ed25519");
        verifier.initVerify(pairs.get(EVENT).getPublic());
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));

        assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
        assertThat(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))
                .isEqualTo("MIUHFK5XRQL4G7HJPKMEF44U7Y\n" + EVENT + "\n" + TIER + "\nBob Buyer");
    }

    @Test
    void itsSignatureIsTheOneTheJdkMakesWithTheSameKey() throws Exception {
        String[] parts = signer.sign(bobsTicket()).split("\\.");

        var jdk = java.security.Signature.getInstance("Ed25519");
        jdk.initSign(pairs.get(EVENT).getPrivate());
        jdk.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));

        assertThat(Base64.getUrlDecoder().decode(parts[2])).isEqualTo(jdk.sign());
    }

    @Test
    void aPayloadWithAnyFieldChangedIsForged() {
        String[] parts = signer.sign(bobsTicket()).split("\\.");
        String otherHolder = new TicketPayload(bobsTicket().code(), EVENT, TIER, "Mallory").signedPart();

        assertThat(refusalOf(() -> signer.verify(otherHolder + "." + parts[2])))
                .isEqualTo(new Refusal(Refusal.Category.INVALID, TicketErrors.TICKET_FORGED));
    }

    @Test
    void aPayloadSignedWithAnotherKeyIsForged() throws Exception {
        signer.sign(bobsTicket()); // the event has its key
        var forger = java.security.Signature.getInstance("Ed25519");
        forger.initSign(aKeyPair().getPrivate());
        forger.update(bobsTicket().signedPart().getBytes(StandardCharsets.US_ASCII));

        String forged = bobsTicket().withSignature(forger.sign());

        assertThat(refusalOf(() -> signer.verify(forged)).code()).isEqualTo(TicketErrors.TICKET_FORGED);
    }

    @Test
    void aPayloadOfAnEventWithoutAKeyOrNotAPayloadAtAllIsForged() {
        TicketPayload unknownEvent = new TicketPayload("CODE", UUID.randomUUID(), TIER, "Bob");

        assertThat(refusalOf(() -> signer.verify(unknownEvent.withSignature(new byte[64])))
                        .code())
                .isEqualTo(TicketErrors.TICKET_FORGED);
        assertThat(refusalOf(() -> signer.verify("MIUHFK5XRQL4G7HJPKMEF44U7Y")).code())
                .isEqualTo(TicketErrors.TICKET_FORGED);
        assertThat(refusalOf(() -> signer.verify("T1.%%%.###")).code()).isEqualTo(TicketErrors.TICKET_FORGED);
    }

    @Test
    void aSealedKeyOpensOnlyForItsEventAndWithItsSecret() {
        SealedKeys keys = new SealedKeys("a platform secret of at least 32 bytes.");
        byte[] sealed = keys.seal(EVENT, new byte[] {1, 2, 3});

        assertThat(keys.open(EVENT, sealed)).containsExactly(1, 2, 3);
        assertThat(catchThrowable(() -> keys.open(UUID.randomUUID(), sealed)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(catchThrowable(() -> new SealedKeys("another platform secret, also 32 bytes").open(EVENT, sealed)))
                .isInstanceOf(IllegalStateException.class);
    }
}
