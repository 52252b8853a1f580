package com.ticketorleaveit.users.command.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

class TokenSigningKeysTest {

    @Test
    void readsPemKeysTheFirstSigningAndNamesEachByItsThumbprint() throws Exception {
        RSAKey signing = TestKeys.anRsaKey();
        RSAKey retiring = TestKeys.anRsaKey();

        TokenSigningKeys keys = TokenSigningKeys.load(List.of(
                new ByteArrayResource(TestKeys.pkcs8Pem(signing)), new ByteArrayResource(TestKeys.pkcs8Pem(retiring))));

        assertThat(keys.signingKey().getKeyID())
                .isEqualTo(signing.computeThumbprint().toString())
                .isEqualTo(signing.getKeyID());
        assertThat(keys.signingKey().isPrivate()).isTrue();
        assertThat(keys.publicKeys().getKeys())
                .extracting(key -> key.getKeyID())
                .containsExactly(signing.getKeyID(), retiring.getKeyID());
    }

    @Test
    void refusesToStartWithoutAKey() {
        assertThatThrownBy(() -> TokenSigningKeys.load(List.of())).hasMessageContaining("TICKETING_TOKEN_SIGNING_KEYS");
    }

    @Test
    void refusesAKeyShorterThan2048Bits() {
        byte[] weak = TestKeys.pkcs8Pem(TestKeys.anRsaKey(1024));

        assertThatThrownBy(() -> TokenSigningKeys.load(List.of(new ByteArrayResource(weak))))
                .hasMessageContaining("2048");
    }

    @Test
    void refusesAFileThatHoldsNoPrivateKey() {
        byte[] notAKey = "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n".getBytes();

        assertThatThrownBy(() -> TokenSigningKeys.load(List.of(new ByteArrayResource(notAKey))))
                .hasMessageContaining("PKCS#8");
    }

    @Test
    void refusesTheSameKeyListedTwice() {
        RSAKey key = TestKeys.anRsaKey();

        assertThatThrownBy(() -> TokenSigningKeys.of(List.of(key, key))).hasMessageContaining("twice");
    }
}
