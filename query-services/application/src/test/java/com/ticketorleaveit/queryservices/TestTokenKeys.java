package com.ticketorleaveit.queryservices;

import com.sun.net.httpserver.HttpServer;
import com.ticketorleaveit.local.TokenSigningKey;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Stands in for the users context in query-services tests: a key that signs the tests' access tokens, and its public
 * half served at {@code /.well-known/jwks.json}, where query-services fetches it as it fetches the real one.
 */
public final class TestTokenKeys {

    private static final TestTokenKeys INSTANCE = new TestTokenKeys();

    private final TokenSigningKey key = TokenSigningKey.generate();
    private final HttpServer server;

    private TestTokenKeys() {
        byte[] published = key.publicKeySet().toString().getBytes(StandardCharsets.UTF_8);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/.well-known/jwks.json", exchange -> {
            try (exchange) {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, published.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(published);
                }
            }
        });
        server.start();
    }

    public static TokenSigningKey key() {
        return INSTANCE.key;
    }

    public static String jwkSetUri() {
        return "http://" + INSTANCE.server.getAddress().getHostString() + ":"
                + INSTANCE.server.getAddress().getPort() + "/.well-known/jwks.json";
    }
}
