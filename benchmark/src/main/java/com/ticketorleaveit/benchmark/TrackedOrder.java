package com.ticketorleaveit.benchmark;

import com.ticketorleaveit.benchmark.Customers.Customer;
import java.util.concurrent.CompletableFuture;

/**
 * One order the benchmark offered, from its intended send time to its end: complete (CONFIRMED with its tickets as
 * the customer sees it, and its confirmation mail delivered), another final status, or refused at placement.
 */
final class TrackedOrder {

    static final String CONFIRMED = "CONFIRMED";

    /** A tier to buy from. */
    record Tier(String eventId, String tierId) {}

    private final OrderBatch batch;
    private final Customer customer;
    private final Tier tier;
    private final String idempotencyKey;
    private final long intendedNanos;
    private final CompletableFuture<TrackedOrder> placed = new CompletableFuture<>();
    private final CompletableFuture<TrackedOrder> ended = new CompletableFuture<>();

    private String orderId;
    private int placementAttempts;
    private String outcome;
    private long acceptedNanos;
    private long confirmedNanos;
    private long mailNanos;
    private long completedNanos;
    private long finalNanos;

    TrackedOrder(OrderBatch batch, Customer customer, Tier tier, String idempotencyKey, long intendedNanos) {
        this.batch = batch;
        this.customer = customer;
        this.tier = tier;
        this.idempotencyKey = idempotencyKey;
        this.intendedNanos = intendedNanos;
    }

    Customer customer() {
        return customer;
    }

    Tier tier() {
        return tier;
    }

    String idempotencyKey() {
        return idempotencyKey;
    }

    long intendedNanos() {
        return intendedNanos;
    }

    OrderBatch batch() {
        return batch;
    }

    /** Completes when the placement was answered (202 or not). */
    CompletableFuture<TrackedOrder> placed() {
        return placed;
    }

    /** Completes when the order is complete, reached another final status, or was refused. */
    CompletableFuture<TrackedOrder> ended() {
        return ended;
    }

    /** Counts one more placement answered "ask again"; answers how many there were. */
    synchronized int askedAgain() {
        return ++placementAttempts;
    }

    synchronized String orderId() {
        return orderId;
    }

    void accepted(String id, long nanos) {
        synchronized (this) {
            orderId = id;
            acceptedNanos = nanos;
        }
        batch.accepted(nanos);
        placed.complete(this);
    }

    /** Placing failed: {@code HTTP <status>} or {@code no answer}. */
    void refused(String reason, long nanos) {
        synchronized (this) {
            outcome = reason;
            finalNanos = nanos;
        }
        batch.ended(this);
        placed.complete(this);
        ended.complete(this);
    }

    /** The customer sees the order CONFIRMED with its tickets. */
    void confirmed(long nanos) {
        boolean complete;
        synchronized (this) {
            if (outcome != null) {
                return;
            }
            outcome = CONFIRMED;
            confirmedNanos = nanos;
            finalNanos = nanos;
            complete = mailNanos != 0;
            if (complete) {
                completedNanos = Math.max(confirmedNanos, mailNanos);
            }
        }
        batch.confirmed(this, nanos);
        if (complete) {
            completed();
        }
    }

    /** Another final status: REJECTED, PAYMENT_FAILED, EXPIRED, ... */
    void finished(String status, long nanos) {
        synchronized (this) {
            if (outcome != null) {
                return;
            }
            outcome = status;
            finalNanos = nanos;
        }
        batch.ended(this);
        ended.complete(this);
    }

    /** A mail reached the customer's address; the first one counts. */
    void mailArrived(long nanos) {
        boolean complete;
        synchronized (this) {
            if (mailNanos != 0) {
                return;
            }
            mailNanos = nanos;
            complete = CONFIRMED.equals(outcome);
            if (complete) {
                completedNanos = Math.max(confirmedNanos, mailNanos);
            }
        }
        if (complete) {
            completed();
        }
    }

    private void completed() {
        batch.completed(this);
        ended.complete(this);
    }

    synchronized String outcome() {
        return outcome;
    }

    synchronized boolean isAccepted() {
        return acceptedNanos != 0;
    }

    synchronized boolean isComplete() {
        return completedNanos != 0;
    }

    synchronized boolean hasEnded() {
        return completedNanos != 0 || (outcome != null && !CONFIRMED.equals(outcome));
    }

    synchronized long confirmedNanos() {
        return confirmedNanos;
    }

    synchronized long mailNanos() {
        return mailNanos;
    }

    synchronized long completedNanos() {
        return completedNanos;
    }

    synchronized long finalNanos() {
        return finalNanos;
    }

    /** For the report: the final status, how placing failed, or what it is still waiting for. */
    synchronized String describe() {
        if (completedNanos != 0) {
            return CONFIRMED;
        }
        if (CONFIRMED.equals(outcome)) {
            return "CONFIRMED, mail not yet delivered";
        }
        if (outcome != null) {
            return outcome;
        }
        return acceptedNanos != 0 ? "not final yet" : "placement not answered";
    }
}
