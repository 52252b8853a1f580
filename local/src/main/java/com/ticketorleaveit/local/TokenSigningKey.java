package com.ticketorleaveit.local;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * An RSA key of the users context's, held as an operator holds it: a PKCS#8 PEM file that command-services is given
 * through {@value #VARIABLE} (ADR 22), and that nothing else is given. Local runs, system tests and the benchmark make
 * one, and, holding it as the issuer's operator would, sign access tokens with it where registering and logging in
 * thousands of users would measure the wrong thing. Its key id is its RFC 7638 thumbprint, as the users context names
 * it.
 */
public final class TokenSigningKey {

    /** The command-services variable that lists the signing keys' files, the signing key first. */
    public static final String VARIABLE = "TICKETING_TOKEN_SIGNING_KEYS";

    /** The {@code iss} and {@code aud} of the platform's access tokens. */
    public static final String ISSUER = "ticket-or-leave-it";

    public static final String AUDIENCE = "ticket-or-leave-it";

    private static final String PEM_BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String PEM_END = "-----END PRIVATE KEY-----";

    private final RSAKey key;
    private final RSASSASigner signer;

    private TokenSigningKey(RSAKey key) {
        this.key = key;
        try {
            this.signer = new RSASSASigner(key);
        } catch (JOSEException e) {
            throw new IllegalStateException("Not a usable RSA signing key", e);
        }
    }

    public static TokenSigningKey generate() {
        try {
            return new TokenSigningKey(
                    new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate());
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot make an RSA key", e);
        }
    }

    /** The key in {@code file}, or a new one written there (readable by its owner only) when there is none yet. */
    public static TokenSigningKey readOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            return read(file);
        }
        TokenSigningKey made = generate();
        made.writeTo(file);
        return made;
    }

    public static TokenSigningKey read(Path file) throws IOException {
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        int begin = pem.indexOf(PEM_BEGIN);
        int end = pem.indexOf(PEM_END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException(file + " holds no PKCS#8 private key (" + PEM_BEGIN + ")");
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.substring(begin + PEM_BEGIN.length(), end));
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(der));
            RSAPublicKey publicKey = (RSAPublicKey)
                    rsa.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            return new TokenSigningKey(new RSAKey.Builder(publicKey)
                    .privateKey(privateKey)
                    .keyIDFromThumbprint()
                    .build());
        } catch (GeneralSecurityException | ClassCastException | JOSEException e) {
            throw new IllegalStateException(file + " holds no RSA private key", e);
        }
    }

    /** Writes the private key as {@code openssl genpkey -algorithm RSA} would, readable by its owner only. */
    public Path writeTo(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(key.toPrivateKey().getEncoded());
            Files.writeString(file, PEM_BEGIN + "\n" + body + "\n" + PEM_END + "\n", StandardCharsets.US_ASCII);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    /** The value of {@value #VARIABLE} that names these files, the signing key's first. */
    public static String variableValue(Path... files) {
        return String.join(
                ",",
                List.of(files).stream()
                        .map(file -> "file:" + file.toAbsolutePath())
                        .toList());
    }

    public String keyId() {
        return key.getKeyID();
    }

    /** The public half, as the users context publishes it at {@code /.well-known/jwks.json}. */
    public JWKSet publicKeySet() {
        return new JWKSet(key.toPublicJWK());
    }

    /** An access token as the users context issues them: RS256, this key's id, the platform's issuer and audience. */
    public String accessToken(String subject, String email, List<String> roles, Instant expiresAt) {
        return sign(new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .claim("email", email)
                .claim("roles", roles)
                .issueTime(Date.from(issuedBefore(expiresAt)))
                .expirationTime(Date.from(expiresAt))
                .build());
    }

    private static Instant issuedBefore(Instant expiresAt) {
        Instant now = Instant.now();
        return now.isBefore(expiresAt) ? now : expiresAt.minusSeconds(900);
    }

    /** Any claims, signed RS256 under this key's id. */
    public String sign(JWTClaimsSet claims) {
        return sign(claims, key.getKeyID());
    }

    /** Any claims, signed RS256 with this key under the given key id: how a forger would claim another key's id. */
    public String sign(JWTClaimsSet claims, String keyId) {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(keyId)
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
