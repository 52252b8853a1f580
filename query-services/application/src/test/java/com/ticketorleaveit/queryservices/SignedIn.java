package com.ticketorleaveit.queryservices;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;

/** A request of a signed-in caller, with an access token as the users context issues them. */
public final class SignedIn {

    private SignedIn() {}

    public static HttpEntity<Void> as(UUID user, String role) {
        String token = TestTokenKeys.key()
                .accessToken(
                        user.toString(),
                        "someone@example.test",
                        List.of(role),
                        Instant.now().plusSeconds(300));
        var headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return new HttpEntity<>(headers);
    }
}
