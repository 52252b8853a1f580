package com.ticketorleaveit.payments.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ticketorleaveit.payments.api.ApprovePayment;
import com.ticketorleaveit.payments.api.DeclinePayment;
import com.ticketorleaveit.payments.api.FailPayment;
import com.ticketorleaveit.payments.api.PaymentErrors;
import com.ticketorleaveit.payments.api.PaymentId;
import com.ticketorleaveit.platform.openapi.PublicEndpoint;
import com.ticketorleaveit.platform.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payment providers tell of a payment's outcome on their own: {@code POST /api/v1/payments/webhooks/{provider}}, public
 * (no user token), signed ({@link WebhookSignature}). A message is checked before anything is done with it: an unknown
 * provider is 404, a bad or missing signature or a timestamp outside the tolerance 400, and nothing is kept of it. A
 * signed message is applied once: its provider event id is remembered ({@link ReceivedWebhooks}), so a replay is
 * answered 200 and changes nothing; the payment itself takes only the first outcome, whoever brings it (this message,
 * the provider's synchronous answer, or the status check at the end of a hold).
 *
 * <pre>
 * {"id": "evt_…", "type": "payment.approved", "data": {"idempotencyKey": "…", "reference": "…"}}
 * {"id": "evt_…", "type": "payment.declined", "data": {"idempotencyKey": "…", "reason": "…"}}
 * {"id": "evt_…", "type": "payment.failed",   "data": {"idempotencyKey": "…", "reason": "…"}}
 * </pre>
 *
 * The idempotency key is the one the payment was asked for with (one per payment). Other types are acknowledged and
 * ignored.
 */
@RestController
@RequestMapping("/api/v1/payments/webhooks")
class WebhookController {

    /** What the provider is told: received, and whether it was seen before. */
    record Received(String eventId, boolean duplicate) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebhookSecrets secrets;
    private final WebhookProperties properties;
    private final ReceivedWebhooks received;
    private final CommandGateway commandGateway;
    private final Clock clock = Clock.systemUTC();

    WebhookController(
            WebhookSecrets secrets,
            WebhookProperties properties,
            ReceivedWebhooks received,
            CommandGateway commandGateway) {
        this.secrets = secrets;
        this.properties = properties;
        this.received = received;
        this.commandGateway = commandGateway;
    }

    @PublicEndpoint
    @Operation(operationId = "receivePaymentWebhook", summary = "Receive a payment provider's signed message")
    @PostMapping("/{provider}")
    ResponseEntity<Received> receive(
            @PathVariable String provider,
            @RequestHeader(name = WebhookSignature.TIMESTAMP_HEADER, required = false) String timestamp,
            @RequestHeader(name = WebhookSignature.SIGNATURE_HEADER, required = false) String signature,
            @RequestBody(required = false) byte[] body) {
        String secret = secrets.of(provider)
                .orElseThrow(() -> ApiException.notFound(
                        PaymentErrors.WEBHOOK_PROVIDER_UNKNOWN, "No payment provider '" + provider + "' sends here."));
        byte[] message = body == null ? new byte[0] : body;
        WebhookSignature.verify(secret, timestamp, signature, message, clock.instant(), properties.tolerance());
        ProviderEvent event = parse(message);
        if (received.seen(provider, event.id())) {
            return ResponseEntity.ok(new Received(event.id(), true));
        }
        Object command = event.command();
        if (command != null) {
            commandGateway.sendAndWait(command);
        }
        boolean first = received.remember(provider, event.id(), event.type());
        return ResponseEntity.ok(new Received(event.id(), !first));
    }

    private record ProviderEvent(String id, String type, PaymentId paymentId, String reference, String reason) {

        /** What the event means for its payment; null for a type that means nothing here. */
        Object command() {
            return switch (type) {
                case "payment.approved" -> new ApprovePayment(paymentId, reference);
                case "payment.declined" -> new DeclinePayment(paymentId, reason);
                case "payment.failed" -> new FailPayment(paymentId, reason);
                default -> null;
            };
        }
    }

    private static ProviderEvent parse(byte[] body) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            throw invalid("The message is not JSON.");
        }
        String id = text(json, "id");
        String type = text(json, "type");
        if (id == null || id.length() > 255 || type == null || type.length() > 64) {
            throw invalid("A message has an id (at most 255 characters) and a type.");
        }
        JsonNode data = json == null ? null : json.get("data");
        if (!type.startsWith("payment.")) {
            return new ProviderEvent(id, type, null, null, null);
        }
        String key = text(data, "idempotencyKey");
        PaymentId paymentId;
        try {
            paymentId = PaymentId.of(key);
        } catch (RuntimeException e) {
            throw invalid("data.idempotencyKey names no payment of this system.");
        }
        String reference = text(data, "reference");
        if (type.equals("payment.approved") && reference == null) {
            throw invalid("An approval carries data.reference.");
        }
        String reason = text(data, "reason");
        return new ProviderEvent(id, type, paymentId, reference, reason == null ? type.substring(8) : reason);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText();
    }

    private static ApiException invalid(String message) {
        return new ApiException(400, PaymentErrors.WEBHOOK_PAYLOAD_INVALID, message);
    }
}
