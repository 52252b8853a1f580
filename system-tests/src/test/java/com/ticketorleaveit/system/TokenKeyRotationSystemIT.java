package com.ticketorleaveit.system;

import static com.ticketorleaveit.system.TokenKeysSystemIT.assertAcceptedEverywhere;
import static com.ticketorleaveit.system.TokenKeysSystemIT.assertUnauthenticatedEverywhere;
import static com.ticketorleaveit.system.TokenKeysSystemIT.claimsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.ticketorleaveit.local.TokenSigningKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A key rotated in as an operator does it (ADR 22): the new key signs from then on, the gateway and the services learn
 * it from the published set without a restart of their own, and the tokens the old key signed keep working.
 */
class TokenKeyRotationSystemIT extends SystemTest {

    @Test
    void aRotatedInKeySignsWhileTokensOfTheRetiringKeyKeepWorkingEverywhere() throws Exception {
        JWTClaimsSet beforeRotation =
                claimsOf(ticketing.aCustomer().id(), Instant.now().plusSeconds(900));
        String signedByTheRetiringKey = system.tokenSigningKey().sign(beforeRotation);
        assertAcceptedEverywhere(signedByTheRetiringKey);

        TokenSigningKey newKey = system.rotateTokenSigningKey();

        var customer = ticketing.aCustomer();
        assertThat(SignedJWT.parse(customer.accessToken()).getHeader().getKeyID())
                .isEqualTo(newKey.keyId());
        assertAcceptedEverywhere(
                newKey.sign(claimsOf(customer.id(), Instant.now().plusSeconds(900))));
        assertAcceptedEverywhere(signedByTheRetiringKey);
        assertUnauthenticatedEverywhere(TokenSigningKey.generate().sign(beforeRotation, newKey.keyId()));

        List<String> published = new ArrayList<>();
        ticketing
                .api
                .get("/.well-known/jwks.json", null)
                .json()
                .get("keys")
                .forEach(key -> published.add(key.get("kid").asText()));
        assertThat(published)
                .containsExactly(newKey.keyId(), system.tokenSigningKey().keyId());
    }
}
