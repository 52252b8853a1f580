package com.ticketorleaveit.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenSigningKeyTest {

    @TempDir(factory = BuildDirectoryTempDirs.class)
    Path work;

    @Test
    void makesTheKeyAtTheFirstRunOnlyReadableByItsOwnerAndReadsTheSameKeyLater() throws Exception {
        Path file = work.resolve("token-signing-key.pem");

        TokenSigningKey made = TokenSigningKey.readOrCreate(file);
        TokenSigningKey readLater = TokenSigningKey.readOrCreate(file);

        assertThat(Files.readString(file)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(readLater.keyId()).isEqualTo(made.keyId());
    }

    @Test
    void signsAccessTokensAsTheUsersContextIssuesThem() throws Exception {
        TokenSigningKey key = TokenSigningKey.generate();

        SignedJWT token = SignedJWT.parse(key.accessToken(
                "ada", "ada@example.test", List.of("ADMIN"), Instant.now().plusSeconds(60)));

        assertThat(token.getHeader().getKeyID()).isEqualTo(key.keyId());
        assertThat(token.verify(new RSASSAVerifier((RSAKey) key.publicKeySet().getKeyByKeyId(key.keyId()))))
                .isTrue();
        assertThat(token.getJWTClaimsSet().getIssuer()).isEqualTo(TokenSigningKey.ISSUER);
        assertThat(token.getJWTClaimsSet().getAudience()).containsExactly(TokenSigningKey.AUDIENCE);
        assertThat(token.getJWTClaimsSet().getExpirationTime()).isNotNull();
        assertThat(key.publicKeySet().getKeys()).noneMatch(published -> published.isPrivate());
    }

    @Test
    void namesTheFilesForCommandServicesTheSigningKeyFirst() {
        assertThat(TokenSigningKey.variableValue(Path.of("/keys/new.pem"), Path.of("/keys/old.pem")))
                .isEqualTo("file:/keys/new.pem,file:/keys/old.pem");
    }

    @Test
    void refusesAFileWithoutAPrivateKey() throws Exception {
        Path file = Files.writeString(work.resolve("not-a-key.pem"), "hello");

        assertThatThrownBy(() -> TokenSigningKey.read(file)).hasMessageContaining("PKCS#8");
    }
}
