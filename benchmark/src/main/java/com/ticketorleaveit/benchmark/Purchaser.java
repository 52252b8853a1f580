package com.ticketorleaveit.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ticketorleaveit.benchmark.Customers.Customer;
import com.ticketorleaveit.benchmark.Http.Reply;
import com.ticketorleaveit.benchmark.TrackedOrder.Tier;
import com.ticketorleaveit.local.MailCatcher;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Buys as a customer would through the gateway: places an order (one ticket, a card that approves), asking again with
 * the same Idempotency-Key while the answer is "busy", "unavailable" or none (for at most {@link #PLACEMENT_PATIENCE},
 * pausing longer each time, as a well-behaved client backs off from a busy service), then
 * waits for it with one long-poll at a time ({@code ?waitFor=CONFIRMED}), asked again whenever the wait times out. Its mail is
 * matched by the customer's unique address as it reaches the mail catcher. Nothing here blocks: every step runs when
 * the previous answer arrives.
 */
final class Purchaser {

    static final String PAYMENT_TOKEN = "tok_approve";
    static final Set<String> FINAL_STATUSES =
            Set.of("CONFIRMED", "REJECTED", "PAYMENT_FAILED", "EXPIRED", "CANCELLED", "REFUNDED");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long RETRY_DELAY_MILLIS = 500;
    /** The longest pause between two placements of one order answered "busy". */
    private static final long LONGEST_PLACEMENT_PAUSE_MILLIS = 8_000;

    private static final long TICKETLESS_DELAY_MILLIS = 100;
    /** How long a customer keeps asking again to have an order accepted, from the order's intended send time. */
    static final Duration PLACEMENT_PATIENCE = Duration.ofSeconds(60);

    private final Http placing;
    private final Http polling;
    private final ScheduledExecutorService retries;
    private final String waitQuery;
    private final Map<String, TrackedOrder> byEmail = new ConcurrentHashMap<>();

    /**
     * @param placing the pool orders are placed over
     * @param polling the pool of the long-polls (each holds a connection while it waits)
     * @param retries runs delayed retries; must not be the caller's thread
     * @param waitTimeout each long-poll's timeout
     */
    Purchaser(Http placing, Http polling, ScheduledExecutorService retries, Duration waitTimeout) {
        this.placing = placing;
        this.polling = polling;
        this.retries = retries;
        this.waitQuery = "?waitFor=CONFIRMED&timeout=" + waitTimeout.toMillis() / 1000.0 + "s";
    }

    /** Listens to the mail catcher from now on. */
    void listenTo(MailCatcher mail) {
        mail.onArrival(arrival -> {
            TrackedOrder order = byEmail.get(arrival.recipient().toLowerCase(Locale.ROOT));
            if (order != null) {
                order.mailArrived(arrival.receivedNanos());
            }
        });
    }

    /** An order ready to place: its customer, tier and idempotency key are fixed before the clock starts. */
    TrackedOrder prepare(OrderBatch batch, Customer customer, Tier tier, long intendedNanos) {
        return new TrackedOrder(batch, customer, tier, UUID.randomUUID().toString(), intendedNanos);
    }

    /** Places the order now (asynchronously), then follows it to its end. */
    void place(TrackedOrder order) {
        order.batch().add(order);
        byEmail.put(order.customer().email(), order);
        send(order);
    }

    private void send(TrackedOrder order) {
        String body = "{\"eventId\":\"" + order.tier().eventId() + "\",\"tierId\":\""
                + order.tier().tierId() + "\",\"quantity\":1,\"paymentToken\":\"" + PAYMENT_TOKEN + "\"}";
        placing.post("/api/v1/orders", order.customer().accessToken(), body, order.idempotencyKey())
                .whenComplete((reply, error) -> placed(order, reply, error));
    }

    private void placed(TrackedOrder order, Reply reply, Throwable error) {
        long now = System.nanoTime();
        boolean unavailable = error != null || reply.status() == -1 || reply.status() == 429 || reply.status() >= 500;
        if (unavailable && now - order.intendedNanos() < PLACEMENT_PATIENCE.toNanos()) {
            if (reply != null && (reply.status() == 503 || reply.status() == 429)) {
                order.batch().busy();
            }
            // the same key again: an order the service did place meanwhile is answered, not placed twice
            retries.schedule(() -> send(order), placementPause(order.askedAgain()), TimeUnit.MILLISECONDS);
            return;
        }
        if (error != null || reply.status() == -1) {
            order.refused("no answer at placement", now);
            return;
        }
        if (reply.status() != 202) {
            order.refused("HTTP " + reply.status() + " at placement", now);
            return;
        }
        String orderId = field(reply.body(), "orderId");
        if (orderId == null) {
            order.refused("202 without orderId", now);
            return;
        }
        order.accepted(orderId, now);
        poll(order);
    }

    /**
     * Exponential back-off with jitter: about 0.5 s, 1 s, 2 s, ... up to 8 s, each drawn between half and all of it,
     * so that buyers turned away together do not all come back at the same moment.
     */
    static long placementPause(int attempt) {
        long ceiling = Math.min(LONGEST_PLACEMENT_PAUSE_MILLIS, RETRY_DELAY_MILLIS << Math.min(attempt - 1, 10));
        return ceiling / 2 + java.util.concurrent.ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
    }

    private void poll(TrackedOrder order) {
        if (order.batch().isClosed() || order.hasEnded()) {
            return;
        }
        polling.get(
                        "/api/v1/orders/" + order.orderId() + waitQuery,
                        order.customer().accessToken())
                .whenComplete((reply, error) -> polled(order, reply, error));
    }

    private void polled(TrackedOrder order, Reply reply, Throwable error) {
        long now = System.nanoTime();
        if (error != null || reply.status() == -1 || reply.status() == 429 || reply.status() >= 500) {
            // no answer, rate limited, or the gateway's fallback: ask again in a moment
            retryLater(order, RETRY_DELAY_MILLIS);
            return;
        }
        if (reply.status() == 404) {
            // the query side does not know the order yet, and waited the whole timeout for it
            poll(order);
            return;
        }
        if (reply.status() != 200) {
            order.finished("HTTP " + reply.status() + " while waiting", now);
            return;
        }
        JsonNode view = parse(reply.body());
        String status = view == null ? null : view.path("status").asText(null);
        if (TrackedOrder.CONFIRMED.equals(status)) {
            if (view.path("tickets").size() >= 1) {
                order.confirmed(now);
            } else {
                retryLater(order, TICKETLESS_DELAY_MILLIS);
            }
        } else if (status != null && FINAL_STATUSES.contains(status)) {
            order.finished(status, now);
        } else {
            poll(order);
        }
    }

    private void retryLater(TrackedOrder order, long millis) {
        retries.schedule(() -> poll(order), millis, TimeUnit.MILLISECONDS);
    }

    private static String field(String json, String name) {
        JsonNode node = parse(json);
        return node == null ? null : node.path(name).asText(null);
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            return null;
        }
    }
}
