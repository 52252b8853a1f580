package com.ticketorleaveit.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import com.ticketorleaveit.local.TokenSigningKey;
import java.nio.file.Path;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomersTest {

    private static final TokenSigningKey KEY = TokenSigningKey.generate();

    @TempDir
    Path work;

    @Test
    void signsACustomerTokenAsTheUsersContextWould() throws Exception {
        Customers.Customer customer = new Customers(KEY, "bench-abc12345").next();

        SignedJWT jwt = SignedJWT.parse(customer.accessToken());

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(KEY.keyId());
        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("ticket-or-leave-it");
        assertThat(claims.getAudience()).containsExactly("ticket-or-leave-it");
        assertThat(claims.getSubject()).isEqualTo(customer.id().toString());
        assertThat(claims.getStringClaim("email")).isEqualTo(customer.email());
        assertThat(claims.getStringListClaim("roles")).containsExactly("CUSTOMER");
        assertThat(claims.getExpirationTime()).isAfter(new Date());
    }

    @Test
    void signsWithTheKeyCommandServicesIsGiven() throws Exception {
        Path file = KEY.writeTo(work.resolve("token-signing-key.pem"));
        TokenSigningKey asCommandServicesReadsIt = TokenSigningKey.read(file);
        String token = new Customers(KEY, "bench-abc12345").next().accessToken();

        assertThat(asCommandServicesReadsIt.keyId()).isEqualTo(KEY.keyId());
        RSAKey publicKey = RSAKey.parse(
                asCommandServicesReadsIt.publicKeySet().getKeys().get(0).toJSONObject());
        assertThat(SignedJWT.parse(token).verify(new RSASSAVerifier(publicKey))).isTrue();
    }

    @Test
    void everyCustomerHasTheirOwnLowerCaseAddress() {
        Customers customers = new Customers(KEY, "bench-abc12345");

        Customers.Customer first = customers.next();
        Customers.Customer second = customers.next();

        assertThat(first.email()).isNotEqualTo(second.email()).isLowerCase().endsWith("@bench-abc12345.example.test");
        assertThat(first.id()).isNotEqualTo(second.id());
    }
}
