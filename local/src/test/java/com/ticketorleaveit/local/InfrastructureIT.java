package com.ticketorleaveit.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.ConnectionFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The environment handed to the deployables reaches the services, under the names of docs/architecture.md. */
class InfrastructureIT {

    @Test
    void pointsTheEnvironmentAtTheEmbeddedServices(@TempDir Path workDir) throws Exception {
        try (Infrastructure infrastructure =
                Infrastructure.start(workDir, Infrastructure.Options.forTests().embedded())) {
            String database = infrastructure.postgres().createScratchDatabase("infrastructure_it");

            Map<String, String> environment = infrastructure.environmentFor(database);

            assertThat(environment)
                    .containsOnlyKeys(
                            "TICKETING_DB_HOST",
                            "TICKETING_DB_PORT",
                            "TICKETING_DB_NAME",
                            "TICKETING_DB_USER",
                            "TICKETING_DB_PASSWORD",
                            "SPRING_RABBITMQ_HOST",
                            "SPRING_RABBITMQ_PORT",
                            "SPRING_RABBITMQ_USERNAME",
                            "SPRING_RABBITMQ_PASSWORD",
                            "TICKETING_PLATFORM_MESSAGING_QUORUM_QUEUES",
                            "SPRING_MAIL_HOST",
                            "SPRING_MAIL_PORT")
                    .containsEntry("TICKETING_DB_NAME", database)
                    .containsEntry("TICKETING_PLATFORM_MESSAGING_QUORUM_QUEUES", "false");
            try (Connection connection = DriverManager.getConnection(
                    "jdbc:postgresql://" + environment.get("TICKETING_DB_HOST") + ":"
                            + environment.get("TICKETING_DB_PORT") + "/" + environment.get("TICKETING_DB_NAME"),
                    environment.get("TICKETING_DB_USER"),
                    environment.get("TICKETING_DB_PASSWORD"))) {
                assertThat(connection.isValid(2)).isTrue();
            }
            ConnectionFactory amqp = new ConnectionFactory();
            amqp.setHost(environment.get("SPRING_RABBITMQ_HOST"));
            amqp.setPort(Integer.parseInt(environment.get("SPRING_RABBITMQ_PORT")));
            amqp.setUsername(environment.get("SPRING_RABBITMQ_USERNAME"));
            amqp.setPassword(environment.get("SPRING_RABBITMQ_PASSWORD"));
            try (com.rabbitmq.client.Connection connection = amqp.newConnection()) {
                assertThat(connection.isOpen()).isTrue();
            }
            assertThat(Ports.accepts(
                            environment.get("SPRING_MAIL_HOST"),
                            Integer.parseInt(environment.get("SPRING_MAIL_PORT")),
                            Duration.ofSeconds(1)))
                    .isTrue();
        }
    }
}
