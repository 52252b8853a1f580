package com.ticketorleaveit.platform.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.ticketorleaveit.local.Infrastructure;
import com.ticketorleaveit.platform.messaging.ConsumerQueue;
import com.ticketorleaveit.platform.messaging.DeadLetterQueues;
import com.ticketorleaveit.platform.messaging.DeadLettersEndpoint;
import com.ticketorleaveit.platform.messaging.Inbox;
import com.ticketorleaveit.platform.messaging.IntegrationTopology;
import com.ticketorleaveit.platform.messaging.MessagingProperties;
import com.ticketorleaveit.platform.testapp.CounterSteps;
import com.ticketorleaveit.platform.testapp.PlatformTestApplication;
import com.ticketorleaveit.platform.vault.Vault;
import com.ticketorleaveit.testing.api.Increment;
import com.ticketorleaveit.testing.api.OpenCounter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The platform against a real PostgreSQL and a real AMQP broker: the event store schema, the relay with publisher
 * confirms, projection replay, and a consumer fed from its queue: ordering per key, concurrency, retries, dead
 * letters and their re-drive, and the inbox.
 */
@SpringBootTest(classes = PlatformTestApplication.class)
class PlatformIT {

    private static final Infrastructure infrastructure = startInfrastructure();
    private static final String database = infrastructure.postgres().createScratchDatabase("platform_it");

    private static Infrastructure startInfrastructure() {
        try {
            return Infrastructure.start(Path.of("target", "it-infrastructure"), Infrastructure.Options.forTests());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add(
                "ticketing.platform.messaging.namespace",
                () -> "platform-it-" + UUID.randomUUID().toString().substring(0, 8));
        registry.add("ticketing.platform.messaging.unused-queue-expiry", () -> "PT5M");
        // transient failures are retried a few times, quickly
        registry.add("ticketing.platform.messaging.retry.max-attempts", () -> "6");
        registry.add("ticketing.platform.messaging.retry.initial-interval", () -> "50ms");
        registry.add("ticketing.platform.messaging.retry.max-interval", () -> "200ms");
        infrastructure.environmentFor(database).forEach((name, value) -> {
            registry.add(name, () -> value);
            if (name.startsWith("SPRING_")) {
                registry.add(name.toLowerCase().replace('_', '.'), () -> value);
            }
        });
    }

    @AfterAll
    static void stop() throws IOException {
        infrastructure.close();
    }

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    Inbox inbox;

    @Autowired
    MessagingProperties messaging;

    @Autowired
    CounterSteps steps;

    @Autowired
    Vault vault;

    @Autowired
    DeadLetterQueues deadLetters;

    @Autowired
    DeadLettersEndpoint deadLettersEndpoint;

    @Autowired
    List<Declarables> declarables;

    @Test
    void theVaultKeepsASecretSealedUnderAReferenceThatEventsCanCarry() {
        UUID order = UUID.randomUUID();
        String reference = vault.keep(order, "tok_4242424242424242");

        assertThat(reference).startsWith("vault:" + order + ":").doesNotContain("4242");
        assertThat(vault.keep(order, "tok_4242424242424242"))
                .as("the same request asked again")
                .isEqualTo(reference);
        assertThat(vault.keep(order, "tok_another")).as("another token").isNotEqualTo(reference);
        assertThat(vault.keep(UUID.randomUUID(), "tok_4242424242424242"))
                .as("another order")
                .isNotEqualTo(reference);
        assertThat(vault.reveal(reference)).isEqualTo("tok_4242424242424242");
        byte[] stored =
                jdbc.queryForObject("select sealed from vault_secrets where reference = ?", byte[].class, reference);
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("4242");
        // an event stored before the vault carries the token itself
        assertThat(vault.reveal("tok_approve")).isEqualTo("tok_approve");

        jdbc.update("update vault_secrets set kept_at = now() - interval '2 days' where reference = ?", reference);
        vault.purgeKeptBefore(java.time.Instant.now().minus(Duration.ofDays(1)), 1_000);

        assertThatThrownBy(() -> vault.reveal(reference)).isInstanceOf(Vault.ForgottenSecretException.class);
    }

    @Test
    void eventStorePayloadsAreByteaAndItsGlobalIndexCannotGapOnRestart() {
        List<String> payloadTypes = jdbc.queryForList(
                "select data_type from information_schema.columns where table_schema = 'command'"
                        + " and table_name = 'domainevententry' and column_name in ('payload', 'metadata')",
                String.class);
        assertThat(payloadTypes).containsExactly("bytea", "bytea");

        Map<String, Object> sequence =
                jdbc.queryForMap("select increment_by, cache_size from pg_sequences where schemaname = 'command'"
                        + " and sequencename = 'domainevententry_globalindex_seq'");
        assertThat(sequence).containsEntry("increment_by", 1L).containsEntry("cache_size", 1L);

        List<String> constraints = jdbc.queryForList(
                "select conname from pg_constraint where conrelid = 'command.domainevententry'::regclass"
                        + " and contype = 'u'",
                String.class);
        assertThat(constraints)
                .containsExactlyInAnyOrder("domain_event_aggregate_sequence_unique", "domain_event_identifier_unique");
    }

    @Test
    void relaysEveryEventToTheExchangeWithItsIdAsMessageIdAndARoutingKeyByContextAndName() {
        var admin = new RabbitAdmin(rabbit);
        // not auto-delete: each receive() below is a consumer that comes and goes
        var queue = new Queue("platform-it." + UUID.randomUUID(), false, false, false);
        admin.declareQueue(queue);
        admin.declareBinding(BindingBuilder.bind(queue)
                .to(new TopicExchange(messaging.exchangeName(), true, false))
                .with("testing.#"));

        String counterId = UUID.randomUUID().toString();
        commands.sendAndWait(new OpenCounter(counterId));
        commands.sendAndWait(new Increment(counterId, 2));

        List<Message> received = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            Message message = rabbit.receive(queue.getName(), 200);
            if (message != null) {
                received.add(message);
            }
            return received.size() == 2;
        });

        List<String> eventIds = jdbc.queryForList(
                "select eventidentifier from command.domainevententry where aggregateidentifier = ?"
                        + " order by sequencenumber",
                String.class,
                counterId);
        assertThat(received)
                .extracting(m -> m.getMessageProperties().getMessageId())
                .containsExactlyElementsOf(eventIds);
        assertThat(received)
                .extracting(m -> m.getMessageProperties().getReceivedRoutingKey())
                .containsExactly("testing.counter-opened", "testing.counter-incremented");
        assertThat(received.get(1).getMessageProperties().<String>getHeader("type"))
                .isEqualTo("com.ticketorleaveit.testing.api.CounterIncremented");
        assertThat(received.get(1).getMessageProperties().<String>getHeader("revision"))
                .isEqualTo("1");
        assertThat(new String(received.get(1).getBody())).contains("\"total\":2");
        admin.deleteQueue(queue.getName());
    }

    @Test
    void relayDeclaresEveryConsumerQueueSoEventsWaitForConsumersThatNeverRanYet() {
        List<String> declaredQueues = declarables.stream()
                .flatMap(group -> group.getDeclarablesByType(Queue.class).stream())
                .map(Queue::getName)
                .toList();

        for (ConsumerQueue queue : IntegrationTopology.CONSUMER_QUEUES) {
            assertThat(declaredQueues).contains(queue.queueName(messaging), queue.deadLetterQueueName(messaging));
        }
    }

    @Test
    void replayRebuildsTheSameReadModel() {
        for (int i = 0; i < 3; i++) {
            String counterId = UUID.randomUUID().toString();
            commands.sendAndWait(new OpenCounter(counterId));
            for (int by = 1; by <= 4; by++) {
                commands.sendAndWait(new Increment(counterId, by));
            }
        }
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        jdbc.queryForObject("select count(*) from test_counters where increments = 4", Integer.class)
                                >= 3);
        var before = readModel();

        TrackingEventProcessor processor = processing
                .eventProcessor("test-counters", TrackingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        assertThat(jdbc.queryForObject("select count(*) from test_counters", Integer.class))
                .isZero();
        processor.start();

        await().atMost(Duration.ofSeconds(20)).until(() -> readModel().equals(before));
        assertThat(readModel()).isEqualTo(before);
    }

    @Test
    void inboxRecognisesARedeliveredMessage() {
        String messageId = UUID.randomUUID().toString();

        assertThat(inbox.firstDelivery("platform-it", messageId)).isTrue();
        assertThat(inbox.firstDelivery("platform-it", messageId)).isFalse();
        assertThat(inbox.firstDelivery("another-consumer", messageId)).isTrue();
    }

    @Test
    void aConsumerHandlesEachKeysEventsInOrderAndManyKeysAtOnce() {
        steps.stepMillis = 20;
        List<String> counters = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String counterId = UUID.randomUUID().toString();
            counters.add(counterId);
            commands.sendAndWait(new OpenCounter(counterId));
        }
        for (int by = 1; by <= 5; by++) {
            for (String counterId : counters) {
                commands.sendAndWait(new Increment(counterId, 1));
            }
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> counters.stream()
                .allMatch(id -> steps.totals.getOrDefault(id, List.of()).size() == 5));
        for (String counterId : counters) {
            assertThat(steps.totals.get(counterId)).containsExactly(1, 2, 3, 4, 5);
        }
        assertThat(steps.mostAtOnce.get()).isGreaterThan(1);
        steps.stepMillis = 0;
    }

    @Test
    void aTransientFailureIsRetriedWithBackoffWhileOtherKeysGoOn() {
        String flaky = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        steps.transientFailuresLeft.put(flaky, new AtomicInteger(3));
        commands.sendAndWait(new OpenCounter(flaky));
        commands.sendAndWait(new OpenCounter(other));

        commands.sendAndWait(new Increment(flaky, 1));
        commands.sendAndWait(new Increment(flaky, 1));
        commands.sendAndWait(new Increment(other, 1));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> steps.totals.getOrDefault(flaky, List.of()).size() == 2);
        assertThat(steps.totals.get(flaky)).containsExactly(1, 2);
        assertThat(steps.totals.get(other)).containsExactly(1);
        // three failures, then the attempt that succeeded: retried, not given up on
        assertThat(steps.transientFailuresLeft.get(flaky).get()).isNegative();
    }

    @Test
    void aRefusedStepGoesToTheDeadLetterQueueAtOnceWithItsCauseAndIsRedrivenOnceFixed() {
        long before = deadLettersBefore();
        String refused = UUID.randomUUID().toString();
        steps.refused.add(refused);
        commands.sendAndWait(new OpenCounter(refused));
        commands.sendAndWait(new Increment(refused, 1));

        await().atMost(Duration.ofSeconds(20)).until(() -> deadLettersBefore() == before + 1);
        Message letter = rabbit.receive(CounterSteps.QUEUE.deadLetterQueueName(messaging), 2000);
        assertThat(letter).isNotNull();
        assertThat(letter.getMessageProperties().<String>getHeader("x-exception-message"))
                .contains("refused by the test");
        // back into the dead-letter queue, unhandled, for the re-drive below
        rabbit.send(messaging.deadLetterExchangeName(), CounterSteps.QUEUE.deadLetterQueueName(messaging), letter);
        await().atMost(Duration.ofSeconds(20)).until(() -> deadLettersBefore() == before + 1);
        assertThat(steps.totals.get(refused)).isNull();

        steps.refused.remove(refused);
        Map<String, Object> redriven = deadLettersEndpoint.redrive(CounterSteps.GROUP);

        assertThat(redriven).containsEntry("redriven", (int) (before + 1));
        await().atMost(Duration.ofSeconds(20)).until(() -> steps.totals.containsKey(refused));
        assertThat(steps.totals.get(refused)).containsExactly(1);
        assertThat(deadLettersBefore()).isZero();
    }

    @Test
    void anUnreadableMessageGoesToTheDeadLetterQueueAtOnceAndBlocksNothing() {
        long before = deadLettersBefore();
        var garbage = new MessageProperties();
        garbage.setMessageId(UUID.randomUUID().toString());
        rabbit.send("", CounterSteps.QUEUE.queueName(messaging), new Message("{not json".getBytes(), garbage));
        String counterId = UUID.randomUUID().toString();
        commands.sendAndWait(new OpenCounter(counterId));
        commands.sendAndWait(new Increment(counterId, 7));

        await().atMost(Duration.ofSeconds(20)).until(() -> steps.totals.containsKey(counterId));
        await().atMost(Duration.ofSeconds(20)).until(() -> deadLettersBefore() == before + 1);
        Message letter = rabbit.receive(CounterSteps.QUEUE.deadLetterQueueName(messaging), 2000);
        assertThat(letter.getMessageProperties().<String>getHeader("x-exception-message"))
                .contains("Not an integration event");
    }

    @Test
    void aRedeliveredEventIsHandledOnce() {
        String counterId = UUID.randomUUID().toString();
        commands.sendAndWait(new OpenCounter(counterId));
        commands.sendAndWait(new Increment(counterId, 3));
        await().atMost(Duration.ofSeconds(20)).until(() -> steps.totals.containsKey(counterId));
        String eventId = jdbc.queryForObject(
                "select eventidentifier from command.domainevententry where aggregateidentifier = ?"
                        + " and sequencenumber = 1",
                String.class,
                counterId);
        var again = new MessageProperties();
        again.setMessageId(eventId);
        again.setHeader("type", "com.ticketorleaveit.testing.api.CounterIncremented");
        again.setHeader("revision", "1");
        rabbit.send(
                messaging.exchangeName(),
                "testing.counter-incremented",
                new Message(("{\"counterId\":\"" + counterId + "\",\"by\":3,\"total\":3}").getBytes(), again));
        commands.sendAndWait(new Increment(counterId, 1));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> steps.totals.get(counterId).size() == 2);
        assertThat(steps.totals.get(counterId)).containsExactly(3, 4);
    }

    private long deadLettersBefore() {
        return deadLetters.counts().get(CounterSteps.QUEUE.name());
    }

    private List<Map<String, Object>> readModel() {
        return jdbc.queryForList("select counter_id, total, increments from test_counters order by counter_id");
    }
}
