package com.ticketorleaveit.system;

import static com.ticketorleaveit.system.RequestValidationSystemIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A body too large to be a request of this API is refused with 413 before anything holds it in memory: at the
 * gateway, and at a service reached directly, whether the body declares its length or comes in chunks.
 */
class RequestSizeSystemIT extends SystemTest {

    private static final int MEGABYTE = 1024 * 1024;

    @Test
    void aTenMegabyteOrderIsRefusedAtTheGateway() {
        var buyer = ticketing.aSignedInCustomer();

        var response = ticketing.api.post(
                "/api/v1/orders", buyer.accessToken(), HttpRequest.BodyPublishers.ofByteArray(json(10 * MEGABYTE)));

        assertProblem(response, 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aServiceReachedDirectlyRefusesATenMegabyteBody() {
        var service = new Api(system.commandServicesReplicas().get(0));

        var response = service.post("/api/v1/users", null, HttpRequest.BodyPublishers.ofByteArray(json(10 * MEGABYTE)));

        assertProblem(response, 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aServiceCutsOffABodySentInChunksAtTheLimit() {
        var service = new Api(system.commandServicesReplicas().get(0));

        // no declared length: the service can only count what it reads
        var response = service.post(
                "/api/v1/users",
                null,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json(3 * MEGABYTE))));

        assertProblem(response, 413, "PAYLOAD_TOO_LARGE");
        var registered = ticketing.aCustomer();
        assertThat(registered.id()).as("the service still registers customers").isNotBlank();
    }

    /** A JSON object whose one string field fills the size. */
    private static byte[] json(int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'a');
        byte[] head = "{\"firstName\":\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, body, 0, head.length);
        body[size - 2] = '"';
        body[size - 1] = '}';
        return body;
    }
}
