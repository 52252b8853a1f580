package com.ticketorleaveit.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Plain HTTP against the gateway, as any client would call it. */
final class Api {

    static final ObjectMapper json = new ObjectMapper();
    private static final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;

    Api(URI base) {
        this.base = base;
    }

    record Response(int status, Map<String, java.util.List<String>> headers, String body) {

        JsonNode json() {
            try {
                return Api.json.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
            }
        }

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    /** A plain-text resource, such as the metrics in Prometheus's format. */
    Response getText(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(40))
                .header("Accept", "text/plain")
                .GET());
    }

    Response post(String path, String token, Object body) {
        return post(path, token, body, Map.of());
    }

    Response post(String path, String token, Object body, Map<String, String> headers) {
        return send("POST", path, token, body, headers);
    }

    Response patch(String path, String token, Object body) {
        return send("PATCH", path, token, body, Map.of());
    }

    Response put(String path, String token, Object body) {
        return send("PUT", path, token, body, Map.of());
    }

    Response delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    private Response send(String method, String path, String token, Object body, Map<String, String> headers) {
        try {
            String text = body instanceof String raw ? raw : json.writeValueAsString(body);
            HttpRequest.Builder builder = request(path, token)
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(text));
            headers.forEach(builder::header);
            return send(builder);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Response put(String path, String token) {
        return send(request(path, token).PUT(HttpRequest.BodyPublishers.noBody()));
    }

    /** A JSON body sent as it is given, with or without a declared length (a publisher of unknown length is chunked). */
    Response post(String path, String token, HttpRequest.BodyPublisher body) {
        return send(
                request(path, token).header("Content-Type", "application/json").POST(body));
    }

    /** A binary resource, such as a ticket's QR code. */
    record Bytes(int status, String contentType, byte[] body) {}

    Bytes getBytes(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(40))
                .header("Authorization", "Bearer " + token)
                .GET();
        try {
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Bytes(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(40))
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
