package com.ticketorleaveit.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.ConnectionFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A message a consumer cannot handle goes to its dead-letter queue at once, with its cause, and holds up nobody;
 * the operator sees it on the orchestrator's management port and re-drives it with one call, with an admin's token.
 */
class DeadLettersSystemIT extends SystemTest {

    static final String PURCHASE_QUEUE = "saga-orchestrator.ticket-purchase";

    @Test
    void anUnreadableMessageIsDeadLetteredAtOnceBlocksNoPurchaseAndCanBeRedriven() throws Exception {
        var orchestrator = new Api(system.sagaOrchestratorReplicas().get(0));
        long before = deadLetters(orchestrator);
        var event = ticketing.aPublishedEvent(ticketing.anOrganizer(), 10, 2, List.of());

        publishToThePurchaseQueue("this is not an integration event");
        var buyer = ticketing.aSignedInCustomer();
        String orderId = ticketing.buy(buyer, event, 1, "tok_approve");

        assertThat(ticketing.finalOrder(buyer, orderId).get("status").asText()).isEqualTo("CONFIRMED");
        Ticketing.eventually("a dead letter", () -> deadLetters(orchestrator), count -> count == before + 1);

        // re-driving is an admin's: without a token, or with a customer's, nothing moves
        var anonymous = orchestrator.post("/actuator/deadletters/ticket-purchase", null, Map.of());
        assertThat(anonymous.status()).as("%s", anonymous).isEqualTo(401);
        var customer = orchestrator.post("/actuator/deadletters/ticket-purchase", buyer.accessToken(), Map.of());
        assertThat(customer.status()).as("%s", customer).isEqualTo(403);
        assertThat(deadLetters(orchestrator)).isEqualTo(before + 1);

        var redriven = orchestrator.post(
                "/actuator/deadletters/ticket-purchase", ticketing.anAdmin().accessToken(), Map.of());
        assertThat(redriven.status()).as("%s", redriven).isEqualTo(200);
        assertThat(redriven.json().get("redriven").asInt()).isEqualTo((int) before + 1);
        // still unreadable: back in the dead-letter queue, not lost and not looping
        Ticketing.eventually("the dead letter back", () -> deadLetters(orchestrator), count -> count == before + 1);
    }

    private static long deadLetters(Api orchestrator) {
        var counts = orchestrator.get("/actuator/deadletters", null);
        assertThat(counts.status()).as("%s", counts).isEqualTo(200);
        return counts.json().get(PURCHASE_QUEUE).asLong();
    }

    private static void publishToThePurchaseQueue(String body) throws Exception {
        var broker = system.infrastructure().broker();
        var factory = new ConnectionFactory();
        factory.setHost(broker.host());
        factory.setPort(broker.port());
        factory.setUsername(broker.user());
        factory.setPassword(broker.password());
        try (var connection = factory.newConnection();
                var channel = connection.createChannel()) {
            channel.basicPublish(
                    "",
                    system.brokerNamespace() + "." + PURCHASE_QUEUE,
                    new AMQP.BasicProperties.Builder()
                            .messageId(UUID.randomUUID().toString())
                            .build(),
                    body.getBytes(StandardCharsets.UTF_8));
        }
    }
}
