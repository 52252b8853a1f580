package com.ticketorleaveit.local;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailCatcherIT {

    @Test
    void receivesSmtpMailAndKeepsItAsAnEmlFile(@TempDir Path mailDirectory) throws Exception {
        try (MailCatcher catcher = MailCatcher.start(0, mailDirectory)) {
            sendTicketMail(catcher, "buyer@example.org");

            List<MimeMessage> received = catcher.awaitMessages(1, Duration.ofSeconds(5));

            assertThat(received).hasSize(1);
            assertThat(received.get(0).getSubject()).isEqualTo("Your ticket");
            try (Stream<Path> files = Files.list(mailDirectory)) {
                List<Path> emls = files.toList();
                assertThat(emls).singleElement().satisfies(eml -> {
                    assertThat(eml.getFileName().toString()).endsWith("-buyer@example.org.eml");
                    assertThat(Files.readString(eml)).contains("Subject: Your ticket", "Seat 12");
                });
            }
        }
    }

    @Test
    void tellsListenersOfEachArrivalWithItsRecipientSubjectAndTime() throws Exception {
        try (MailCatcher catcher = MailCatcher.start(0, null)) {
            List<MailCatcher.Arrival> arrivals = new CopyOnWriteArrayList<>();
            catcher.onArrival(arrivals::add);
            long before = System.nanoTime();

            sendTicketMail(catcher, "buyer@example.org");
            catcher.awaitMessages(1, Duration.ofSeconds(5));

            assertThat(arrivals).singleElement().satisfies(arrival -> {
                assertThat(arrival.recipient()).isEqualTo("buyer@example.org");
                assertThat(arrival.subject()).isEqualTo("Your ticket");
                assertThat(arrival.receivedNanos()).isBetween(before, System.nanoTime());
            });
        }
    }

    private static void sendTicketMail(MailCatcher catcher, String recipient) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", catcher.host());
        properties.put("mail.smtp.port", String.valueOf(catcher.port()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("tickets@ticketorleaveit.example"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
        message.setSubject("Your ticket");
        message.setText("Seat 12");
        Transport.send(message);
    }
}
