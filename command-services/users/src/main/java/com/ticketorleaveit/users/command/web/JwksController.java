package com.ticketorleaveit.users.command.web;

import com.ticketorleaveit.platform.openapi.PublicEndpoint;
import com.ticketorleaveit.users.command.auth.TokenSigningKeys;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public halves of the users context's token keys (RFC 7517), for whoever verifies access tokens: the gateway, the
 * other deployables, third parties. Public; it names every key that may have signed a token still valid.
 */
@RestController
class JwksController {

    private final Map<String, Object> publicKeys;

    JwksController(TokenSigningKeys keys) {
        this.publicKeys = keys.publicKeys().toJSONObject();
    }

    @PublicEndpoint
    @Operation(operationId = "getTokenKeys", summary = "The public keys that verify access tokens (JWK set)")
    @GetMapping(value = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> keys() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(publicKeys);
    }
}
