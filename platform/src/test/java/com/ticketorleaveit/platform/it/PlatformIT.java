package com.ticketorleaveit.platform.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ticketorleaveit.local.Infrastructure;
import com.ticketorleaveit.platform.messaging.ConsumerQueue;
import com.ticketorleaveit.platform.messaging.Inbox;
import com.ticketorleaveit.platform.messaging.IntegrationTopology;
import com.ticketorleaveit.platform.messaging.MessagingProperties;
import com.ticketorleaveit.platform.testapp.PlatformTestApplication;
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
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Message;
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
 * confirms, projection replay and the inbox.
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
    List<Declarables> declarables;

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

    private List<Map<String, Object>> readModel() {
        return jdbc.queryForList("select counter_id, total, increments from test_counters order by counter_id");
    }
}
