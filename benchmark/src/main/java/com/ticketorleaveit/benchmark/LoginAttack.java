package com.ticketorleaveit.benchmark;

import com.ticketorleaveit.benchmark.Http.Reply;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Password guessing for one account from this one client: {@code POST /api/v1/auth/token} with a wrong password, sent
 * again as soon as an answer comes, {@code inFlight} awaiting their answer at once, until {@link #stop()}. Answers are
 * counted by status; a 429 is told apart by who refused it: the users context's lock of the account, or the
 * gateway's limit of failures per connecting address.
 */
final class LoginAttack implements AutoCloseable {

    static final String LOGIN_PATH = "/api/v1/auth/token";
    /** The users context's refusal while the account is locked. */
    private static final String ACCOUNT_LOCKED = "for this email address";
    /** The gateway's refusal once the connecting address used up its failures. */
    private static final String ADDRESS_LIMITED = "from this address";

    /** What the attack got. */
    record Tally(
            double seconds,
            long attempts,
            long reachedPasswordCheck,
            long refusedForAccount,
            long refusedForAddress,
            Map<String, Long> statuses) {

        double attemptsPerSecond() {
            return seconds <= 0 ? 0 : attempts / seconds;
        }
    }

    private final Http http;
    private final String body;
    private final int inFlight;
    /** Sends the next guess when one is answered: never on the client's event loop, never recursively. */
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "benchmark-login-attack");
        thread.setDaemon(true);
        return thread;
    });

    private final Map<String, LongAdder> statuses = new ConcurrentHashMap<>();
    private final LongAdder refusedForAccount = new LongAdder();
    private final LongAdder refusedForAddress = new LongAdder();
    private final AtomicInteger outstanding = new AtomicInteger();
    private final AtomicLong lastAnswerNanos = new AtomicLong();
    private volatile boolean stopped;
    private long startNanos;

    /**
     * @param http the attacker's own connection pool, at least {@code inFlight} connections
     * @param email the attacked account
     * @param wrongPassword a password that is not the account's
     */
    LoginAttack(Http http, String email, String wrongPassword, int inFlight) {
        this.http = http;
        this.body = Catalog.json(Map.of("email", email, "password", wrongPassword));
        this.inFlight = inFlight;
    }

    /** Sends the first {@code inFlight} guesses; each answer sends the next. */
    void start() {
        startNanos = System.nanoTime();
        lastAnswerNanos.set(startNanos);
        for (int i = 0; i < inFlight; i++) {
            sender.execute(this::send);
        }
    }

    /** Sends no more guesses, waits (at most 60 s) for those outstanding, and counts what came back. */
    Tally stop() throws InterruptedException {
        stopped = true;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (outstanding.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Map<String, Long> counted = new TreeMap<>();
        statuses.forEach((status, count) -> counted.put(status, count.sum()));
        long attempts = counted.values().stream().mapToLong(Long::longValue).sum();
        return new Tally(
                Durations.seconds(lastAnswerNanos.get() - startNanos),
                attempts,
                counted.getOrDefault("401", 0L),
                refusedForAccount.sum(),
                refusedForAddress.sum(),
                counted);
    }

    private void send() {
        if (stopped) {
            return;
        }
        outstanding.incrementAndGet();
        http.post(LOGIN_PATH, null, body, null)
                .whenCompleteAsync(
                        (reply, error) -> {
                            count(reply);
                            outstanding.decrementAndGet();
                            send();
                        },
                        sender);
    }

    private void count(Reply reply) {
        lastAnswerNanos.accumulateAndGet(System.nanoTime(), Math::max);
        int status = reply == null ? -1 : reply.status();
        statuses.computeIfAbsent(String.valueOf(status), key -> new LongAdder()).increment();
        if (status == 429 && reply.body().contains(ACCOUNT_LOCKED)) {
            refusedForAccount.increment();
        } else if (status == 429 && reply.body().contains(ADDRESS_LIMITED)) {
            refusedForAddress.increment();
        }
    }

    @Override
    public void close() {
        stopped = true;
        sender.shutdownNow();
    }
}
