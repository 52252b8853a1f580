package com.ticketorleaveit.users.command.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Fresh RSA keys, named as the users context names them. */
final class TestKeys {

    private TestKeys() {}

    static RSAKey anRsaKey() {
        return anRsaKey(2048);
    }

    static RSAKey anRsaKey(int bits) {
        try {
            RSAKey generated = new RSAKeyGenerator(bits, true).generate();
            return TokenSigningKeys.named(generated.toRSAPublicKey(), generated.toRSAPrivateKey());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The private key as {@code openssl genpkey -algorithm RSA} writes it. */
    static byte[] pkcs8Pem(RSAKey key) {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(key.toPrivateKey().getEncoded());
            return ("-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n")
                    .getBytes(StandardCharsets.US_ASCII);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
