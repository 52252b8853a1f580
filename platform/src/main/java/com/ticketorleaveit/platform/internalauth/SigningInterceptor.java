package com.ticketorleaveit.platform.internalauth;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/** Signs every call a client makes to another deployable (see {@link InternalCallSignature}). */
public final class SigningInterceptor implements ClientHttpRequestInterceptor {

    private final InternalCallSignature signature;
    private final Clock clock;

    public SigningInterceptor(InternalCallSignature signature, Clock clock) {
        this.signature = signature;
        this.clock = clock;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        long timestamp = clock.instant().getEpochSecond();
        var headers = request.getHeaders();
        headers.set(InternalCallSignature.TIMESTAMP_HEADER, Long.toString(timestamp));
        headers.set(
                InternalCallSignature.SIGNATURE_HEADER,
                signature.sign(request.getMethod().name(), pathAndQuery(request.getURI()), timestamp, body));
        return execution.execute(request, body);
    }

    /** The path and query as sent on the wire (still encoded), which is what the receiver sees. */
    static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
