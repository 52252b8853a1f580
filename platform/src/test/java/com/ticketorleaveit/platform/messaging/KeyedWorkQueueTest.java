package com.ticketorleaveit.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeyedWorkQueueTest {

    private static final KeyedWorkQueue.Backoff QUICK_BACKOFF =
            new KeyedWorkQueue.Backoff(4, Duration.ofMillis(20), 2.0, Duration.ofMillis(100));

    private final List<String> succeeded = new CopyOnWriteArrayList<>();
    private final Map<String, Throwable> gaveUp = new ConcurrentHashMap<>();
    private final Map<String, Integer> attemptsWhenGivenUp = new ConcurrentHashMap<>();
    private KeyedWorkQueue<String> queue;

    private KeyedWorkQueue<String> queue(int concurrency, KeyedWorkQueue.Work<String> work) {
        queue = new KeyedWorkQueue<>(
                "test",
                concurrency,
                work,
                new KeyedWorkQueue.Outcome<>() {
                    @Override
                    public void succeeded(String item) {
                        succeeded.add(item);
                    }

                    @Override
                    public void gaveUp(String item, Throwable cause, int attempts) {
                        gaveUp.put(item, cause);
                        attemptsWhenGivenUp.put(item, attempts);
                    }
                },
                failure -> failure instanceof IllegalArgumentException,
                QUICK_BACKOFF);
        return queue;
    }

    @AfterEach
    void close() {
        if (queue != null) {
            queue.close();
        }
    }

    @Test
    void worksThroughTheItemsOfOneKeyInOrderOneAtATime() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        queue(8, item -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            Thread.sleep(2);
            running.decrementAndGet();
        });

        for (int i = 0; i < 50; i++) {
            queue.submit("order-1", "item-" + i);
        }

        assertThat(queue.awaitIdle(Duration.ofSeconds(10))).isTrue();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            expected.add("item-" + i);
        }
        assertThat(succeeded).containsExactlyElementsOf(expected);
        assertThat(mostAtOnce.get()).isEqualTo(1);
    }

    @Test
    void worksOnDifferentKeysAtTheSameTime() throws Exception {
        CountDownLatch allStarted = new CountDownLatch(4);
        queue(4, item -> {
            allStarted.countDown();
            // each waits until all four run at once; one at a time would never get there
            if (!allStarted.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("keys did not run concurrently");
            }
        });

        for (int key = 0; key < 4; key++) {
            queue.submit("order-" + key, "item-" + key);
        }

        assertThat(queue.awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(succeeded).hasSize(4);
        assertThat(gaveUp).isEmpty();
    }

    @Test
    void retriesATransientFailureWhileOtherKeysGoOn() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        CountDownLatch otherKeyDone = new CountDownLatch(1);
        queue(2, item -> {
            if (item.equals("flaky")) {
                // fails until the other key's item is done, so that one must have passed it
                if (attempts.incrementAndGet() < 3 || otherKeyDone.getCount() > 0) {
                    throw new IllegalStateException("broker hiccup");
                }
            } else {
                otherKeyDone.countDown();
            }
        });

        queue.submit("order-1", "flaky");
        queue.submit("order-1", "after-flaky");
        queue.submit("order-2", "other");

        assertThat(queue.awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(succeeded).containsSubsequence("other", "flaky", "after-flaky");
        assertThat(attempts.get()).isGreaterThanOrEqualTo(3);
        assertThat(gaveUp).isEmpty();
    }

    @Test
    void givesUpAtOnceOnAPermanentFailureAndTheKeyGoesOn() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        queue(2, item -> {
            if (item.equals("poison")) {
                attempts.incrementAndGet();
                throw new IllegalArgumentException("cannot be handled");
            }
        });

        queue.submit("order-1", "poison");
        queue.submit("order-1", "next");

        assertThat(queue.awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(gaveUp).containsOnlyKeys("poison");
        assertThat(attempts.get()).isEqualTo(1);
        assertThat(succeeded).containsExactly("next");
    }

    @Test
    void givesUpOnATransientFailureAfterTheLastAttempt() throws Exception {
        queue(1, item -> {
            throw new IllegalStateException("still down");
        });

        queue.submit("order-1", "doomed");

        await().atMost(Duration.ofSeconds(10)).until(() -> gaveUp.containsKey("doomed"));
        assertThat(attemptsWhenGivenUp).containsEntry("doomed", QUICK_BACKOFF.maxAttempts());
        assertThat(queue.awaitIdle(Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void backoffGrowsUpToItsCeilingWithJitterBelowIt() {
        var backoff = new KeyedWorkQueue.Backoff(30, Duration.ofMillis(200), 2.0, Duration.ofSeconds(10));

        for (int i = 0; i < 20; i++) {
            assertThat(backoff.after(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
            assertThat(backoff.after(3)).isBetween(Duration.ofMillis(400), Duration.ofMillis(800));
            assertThat(backoff.after(20)).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(10));
        }
    }
}
