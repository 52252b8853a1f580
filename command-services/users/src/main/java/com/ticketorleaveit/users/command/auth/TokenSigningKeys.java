package com.ticketorleaveit.users.command.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.security.converter.RsaKeyConverters;

/**
 * The users context's RSA keys for access tokens (RS256). The first one signs; every one verifies, so that a key
 * being retired keeps verifying the tokens it signed until they expire (ADR 22). Each key is named ({@code kid}) by its
 * RFC 7638 thumbprint: every replica given the same keys names them alike, and so does anyone holding the key.
 */
public final class TokenSigningKeys {

    static final int MINIMUM_KEY_BITS = 2048;

    private final List<RSAKey> keys;

    private TokenSigningKeys(List<RSAKey> keys) {
        if (keys.isEmpty()) {
            throw new IllegalStateException("ticketing.users.command.token-signing-keys (TICKETING_TOKEN_SIGNING_KEYS)"
                    + " is missing: name at least one PKCS#8 PEM file holding an RSA private key of "
                    + MINIMUM_KEY_BITS + " bits or more, e.g. file:/run/secrets/token-key.pem");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (RSAKey key : keys) {
            if (!ids.add(key.getKeyID())) {
                throw new IllegalStateException("The token signing key " + key.getKeyID() + " is listed twice");
            }
        }
        this.keys = List.copyOf(keys);
    }

    /** The keys read from PKCS#8 PEM files ({@code -----BEGIN PRIVATE KEY-----}), the signing key first. */
    public static TokenSigningKeys load(List<Resource> locations) {
        return new TokenSigningKeys(
                locations.stream().map(TokenSigningKeys::read).toList());
    }

    /** Keys at hand, the signing key first (for tests). */
    static TokenSigningKeys of(List<RSAKey> keys) {
        return new TokenSigningKeys(keys);
    }

    /** The key that signs new tokens. */
    public RSAKey signingKey() {
        return keys.get(0);
    }

    /** Every key's public half: what the JWKS endpoint publishes and what verifiers check signatures with. */
    public JWKSet publicKeys() {
        return new JWKSet(keys.stream().map(JWK::toPublicJWK).toList());
    }

    static RSAKey named(RSAPublicKey publicKey, RSAPrivateKey privateKey) {
        try {
            return new RSAKey.Builder(publicKey)
                    .privateKey(privateKey)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint()
                    .build();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot name a token signing key", e);
        }
    }

    private static RSAKey read(Resource location) {
        RSAPrivateKey privateKey;
        try (InputStream in = location.getInputStream()) {
            privateKey = RsaKeyConverters.pkcs8().convert(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the token signing key " + location, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "The token signing key " + location + " is not an RSA private key in PKCS#8 PEM", e);
        }
        if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalStateException("The token signing key " + location + " lacks its public half (CRT form)");
        }
        if (crt.getModulus().bitLength() < MINIMUM_KEY_BITS) {
            throw new IllegalStateException("The token signing key " + location + " has "
                    + crt.getModulus().bitLength() + " bits; at least " + MINIMUM_KEY_BITS + " are needed");
        }
        try {
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
            return named(publicKey, privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the token signing key " + location, e);
        }
    }
}
