package com.ticketorleaveit.local;

import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An SMTP server that accepts every mail (GreenMail). Tests read the received messages; local runs also get each mail
 * as an {@code .eml} file, one per recipient, in a directory; a benchmark listens to arrivals as they happen.
 */
public final class MailCatcher implements AutoCloseable {

    public static final String HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3025;

    private static final Logger log = LoggerFactory.getLogger(MailCatcher.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final GreenMail greenMail;
    private final Path mailDirectory;
    private final AtomicInteger saved = new AtomicInteger();
    private final List<Consumer<Arrival>> listeners = new CopyOnWriteArrayList<>();

    /**
     * A mail as it reached the catcher, once per recipient.
     *
     * @param receivedAt wall-clock time of arrival
     * @param receivedNanos {@link System#nanoTime()} at arrival, comparable with other readings in this JVM
     */
    public record Arrival(String recipient, String subject, Instant receivedAt, long receivedNanos) {}

    private MailCatcher(GreenMail greenMail, Path mailDirectory) {
        this.greenMail = greenMail;
        this.mailDirectory = mailDirectory;
    }

    /**
     * @param port 0 for a free one
     * @param mailDirectory where each mail is written as an .eml file, or null to keep mails in memory only
     */
    public static MailCatcher start(int port, Path mailDirectory) throws IOException {
        if (mailDirectory != null) {
            Files.createDirectories(mailDirectory);
        }
        GreenMail greenMail = new GreenMail(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        MailCatcher catcher = new MailCatcher(greenMail, mailDirectory);
        UserManager users = greenMail.getUserManager();
        MessageDeliveryHandler delivery = users.getMessageDeliveryHandler();
        users.setMessageDeliveryHandler((message, recipient) -> {
            catcher.arrived(message, recipient);
            return delivery.handle(message, recipient);
        });
        log.debug("Mail catcher listens on {}:{}", HOST, catcher.port());
        return catcher;
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    public Optional<Path> mailDirectory() {
        return Optional.ofNullable(mailDirectory);
    }

    /** Every message received so far, one per recipient, oldest first. */
    public List<MimeMessage> receivedMessages() {
        return List.of(greenMail.getReceivedMessages());
    }

    /**
     * Calls the listener for every mail that arrives from now on, once per recipient, on the SMTP server's thread:
     * it must be quick. A listener that throws is logged and does not lose the mail.
     */
    public void onArrival(Consumer<Arrival> listener) {
        listeners.add(listener);
    }

    /** Waits until at least count messages arrived; fails after the timeout. */
    public List<MimeMessage> awaitMessages(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<MimeMessage> messages = receivedMessages();
        while (messages.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "Expected " + count + " mail(s) within " + timeout + ", received " + messages.size());
            }
            Thread.sleep(50);
            messages = receivedMessages();
        }
        return messages;
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    @Override
    public String toString() {
        return "mail catcher (SMTP) on " + HOST + ":" + port();
    }

    private void arrived(MovingMessage message, MailAddress recipient) {
        long nanos = System.nanoTime();
        Instant at = Instant.now();
        if (mailDirectory != null) {
            save(message, recipient);
        }
        if (listeners.isEmpty()) {
            return;
        }
        Arrival arrival = new Arrival(recipient.getEmail(), subject(message), at, nanos);
        for (Consumer<Arrival> listener : listeners) {
            try {
                listener.accept(arrival);
            } catch (RuntimeException e) {
                log.warn("A mail arrival listener failed for the mail to {}", recipient.getEmail(), e);
            }
        }
    }

    private static String subject(MovingMessage message) {
        try {
            return message.getMessage().getSubject();
        } catch (MessagingException e) {
            return null;
        }
    }

    private void save(MovingMessage message, MailAddress recipient) {
        String name = FILE_TIME.format(LocalDateTime.now()) + "-" + saved.incrementAndGet() + "-"
                + recipient.getEmail().replaceAll("[^A-Za-z0-9@._-]", "_") + ".eml";
        Path file = mailDirectory.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            message.getMessage().writeTo(out);
            log.info("Mail to {} saved: {}", recipient.getEmail(), file);
        } catch (IOException | MessagingException e) {
            // losing the copy must not lose the mail
            log.warn("Could not save the mail to {} as {}", recipient.getEmail(), file, e);
        }
    }
}
