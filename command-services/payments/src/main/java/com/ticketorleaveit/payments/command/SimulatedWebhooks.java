package com.ticketorleaveit.payments.command;

import com.ticketorleaveit.payments.command.web.WebhookSecrets;
import com.ticketorleaveit.payments.command.web.WebhookSignature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The simulated provider's asynchronous answers: a charge made with {@code tok_webhook} is approved a moment later
 * ({@code webhook-delay}), and the approval is posted, signed, to {@code webhook-url} (this system's public webhook
 * endpoint, through the gateway), as a real provider does. A post that is not answered 2xx is sent again, with the
 * same event id, after a growing pause, a few times.
 */
@Component
@ConditionalOnProperty(name = "ticketing.payments.command.provider", havingValue = "simulated", matchIfMissing = true)
class SimulatedWebhooks implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SimulatedWebhooks.class);
    private static final int ATTEMPTS = 8;

    private final JdbcTemplate jdbc;
    private final WebhookSecrets secrets;
    private final SimulatedProviderProperties properties;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "simulated-provider-webhooks");
        thread.setDaemon(true);
        return thread;
    });

    SimulatedWebhooks(JdbcTemplate jdbc, WebhookSecrets secrets, SimulatedProviderProperties properties) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.properties = properties;
    }

    /** Approves the charge after the webhook delay and tells of it by webhook. */
    void approveLater(String idempotencyKey) {
        scheduler.schedule(
                () -> send(idempotencyKey, 1), properties.webhookDelay().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void send(String idempotencyKey, int attempt) {
        try {
            String reference = approve(idempotencyKey);
            if (reference == null) {
                // the charge's transaction has not committed yet
                retry(idempotencyKey, attempt, "charge not found yet");
                return;
            }
            byte[] body = ("{\"id\":\"evt_" + SimulatedPaymentProvider.derived("webhook:" + idempotencyKey)
                            + "\",\"type\":\"payment.approved\",\"data\":{\"idempotencyKey\":\"" + idempotencyKey
                            + "\",\"reference\":\"" + reference + "\"}}")
                    .getBytes(StandardCharsets.UTF_8);
            long timestamp = Instant.now().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(URI.create(properties.webhookUrl()))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(
                            WebhookSignature.SIGNATURE_HEADER,
                            WebhookSignature.sign(
                                    secrets.of(WebhookSecrets.SIMULATED).orElseThrow(), timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                if (error != null) {
                    retry(idempotencyKey, attempt, error.toString());
                } else if (response.statusCode() / 100 != 2) {
                    retry(idempotencyKey, attempt, "HTTP " + response.statusCode());
                }
            });
        } catch (RuntimeException e) {
            retry(idempotencyKey, attempt, e.toString());
        }
    }

    /** The approval's reference, once the charge is approved; null while the charge is not stored yet. */
    private String approve(String idempotencyKey) {
        String reference = "sim_" + SimulatedPaymentProvider.derived(idempotencyKey);
        jdbc.update("""
                update payments_simulated_charges set outcome = 'APPROVED', reference = ?
                 where idempotency_key = ? and outcome = 'PENDING'
                """, reference, idempotencyKey);
        List<String> approved = jdbc.queryForList("""
                select reference from payments_simulated_charges
                 where idempotency_key = ? and outcome = 'APPROVED'
                """, String.class, idempotencyKey);
        return approved.isEmpty() ? null : approved.get(0);
    }

    private void retry(String idempotencyKey, int attempt, String why) {
        if (attempt >= ATTEMPTS) {
            log.warn("Gave up telling of charge {} by webhook after {} attempts: {}", idempotencyKey, attempt, why);
            return;
        }
        long pauseMillis = Math.min(30_000, 500L << Math.min(attempt, 10));
        log.info("Webhook of charge {} not delivered ({}); again in {} ms", idempotencyKey, why, pauseMillis);
        scheduler.schedule(() -> send(idempotencyKey, attempt + 1), pauseMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
