package com.ticketorleaveit.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.junit.jupiter.api.Test;

class CustomersTest {

    private static final String SECRET = "a-secret-of-at-least-thirty-two-bytes-for-hs256";

    @Test
    void signsACustomerTokenAsTheUsersContextWould() throws Exception {
        Customers.Customer customer = new Customers(SECRET, "bench-abc12345").next();

        SignedJWT jwt = SignedJWT.parse(customer.accessToken());

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(jwt.verify(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8))))
                .isTrue();
        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("ticket-or-leave-it");
        assertThat(claims.getSubject()).isEqualTo(customer.id().toString());
        assertThat(claims.getStringClaim("email")).isEqualTo(customer.email());
        assertThat(claims.getStringListClaim("roles")).containsExactly("CUSTOMER");
        assertThat(claims.getExpirationTime()).isAfter(new Date());
    }

    @Test
    void everyCustomerHasTheirOwnLowerCaseAddress() {
        Customers customers = new Customers(SECRET, "bench-abc12345");

        Customers.Customer first = customers.next();
        Customers.Customer second = customers.next();

        assertThat(first.email()).isNotEqualTo(second.email()).isLowerCase().endsWith("@bench-abc12345.example.test");
        assertThat(first.id()).isNotEqualTo(second.id());
    }
}
