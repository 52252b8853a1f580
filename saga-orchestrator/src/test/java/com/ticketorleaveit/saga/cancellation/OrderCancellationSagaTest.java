package com.ticketorleaveit.saga.cancellation;

import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.payments.api.PaymentId;
import com.ticketorleaveit.payments.api.PaymentRefunded;
import com.ticketorleaveit.payments.api.RefundAttemptFailed;
import com.ticketorleaveit.payments.api.RefundPayment;
import com.ticketorleaveit.payments.api.RetryRefund;
import com.ticketorleaveit.tickets.api.CancellationReason;
import com.ticketorleaveit.tickets.api.OrderCancelled;
import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.OrderStatus;
import com.ticketorleaveit.tickets.api.RecordOrderRefund;
import java.time.Duration;
import java.util.UUID;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OrderCancellationSagaTest {

    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final Duration SLOWEST_RETRY = Duration.ofMinutes(10);
    private static final OrderId ORDER = OrderId.random();
    private static final PaymentId PAYMENT = PaymentId.forOrder(ORDER.value());
    private static final UUID CUSTOMER = UUID.randomUUID();
    private static final UUID TIER = UUID.randomUUID();
    private static final long AMOUNT = 9000;

    private SagaTestFixture<OrderCancellationSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(OrderCancellationSaga.class);
        fixture.registerResource(new RefundProperties(FIRST_RETRY, SLOWEST_RETRY));
        // the order answers a recorded refund with its status
        fixture.setCallbackBehavior(
                (command, metaData) -> command instanceof RecordOrderRefund ? OrderStatus.REFUNDED : null);
    }

    private static OrderCancelled cancelled(long amountMinor) {
        return new OrderCancelled(
                ORDER,
                CUSTOMER,
                "ada@example.org",
                UUID.randomUUID(),
                TIER,
                2,
                amountMinor,
                "EUR",
                CUSTOMER,
                CancellationReason.CUSTOMER_REQUEST);
    }

    private static RefundAttemptFailed attemptFailed(int attempt) {
        return new RefundAttemptFailed(PAYMENT, ORDER.value(), attempt, "provider error");
    }

    private static PaymentRefunded refunded() {
        return new PaymentRefunded(PAYMENT, ORDER.value(), AMOUNT, "EUR", "sim_refund");
    }

    @Nested
    class WhenTheOrderIsCancelled {

        @Test
        void refundsItsPayment() {
            fixture.givenNoPriorActivity()
                    .whenPublishingA(cancelled(AMOUNT))
                    .expectActiveSagas(1)
                    .expectDispatchedCommands(new RefundPayment(PAYMENT, "CUSTOMER_REQUEST"))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void aFreeOrderHasNothingToRefundAndIsRefundedAtOnce() {
            fixture.givenNoPriorActivity()
                    .whenPublishingA(cancelled(0))
                    .expectDispatchedCommands(new RecordOrderRefund(ORDER, TIER, 0, "EUR"))
                    .expectActiveSagas(0);
        }

        @Test
        void aRedeliveredCancellationAsksForNoSecondRefund() {
            fixture.givenAPublished(cancelled(AMOUNT))
                    .whenPublishingA(cancelled(AMOUNT))
                    .expectNoDispatchedCommands()
                    .expectActiveSagas(1);
        }
    }

    @Nested
    class WhenTheRefundSucceeds {

        @Test
        void recordsTheRefundOnTheOrderAndEnds() {
            fixture.givenAPublished(cancelled(AMOUNT))
                    .whenPublishingA(refunded())
                    .expectDispatchedCommands(new RecordOrderRefund(ORDER, TIER, AMOUNT, "EUR"))
                    .expectActiveSagas(0);
        }

        @Test
        void aRetryPendingFromAnEarlierFailureIsDropped() {
            fixture.givenAPublished(cancelled(AMOUNT))
                    .andThenAPublished(attemptFailed(1))
                    .whenPublishingA(refunded())
                    .expectNoScheduledDeadlines()
                    .expectActiveSagas(0);
        }
    }

    @Nested
    class WhenARefundAttemptFails {

        @Test
        void triesAgainAfterTheFirstRetryDelay() {
            fixture.givenAPublished(cancelled(AMOUNT))
                    .andThenAPublished(attemptFailed(1))
                    .whenTimeElapses(FIRST_RETRY)
                    .expectDispatchedCommands(new RetryRefund(PAYMENT, 1))
                    .expectActiveSagas(1);
        }

        @Test
        void doesNotTryAgainBeforeTheDelay() {
            fixture.givenAPublished(cancelled(AMOUNT))
                    .andThenAPublished(attemptFailed(1))
                    .whenTimeElapses(FIRST_RETRY.multipliedBy(7).dividedBy(10))
                    .expectNoDispatchedCommands();
        }

        @Test
        void waitsLongerAfterEachFailure() throws Exception {
            // the third failure waits four first delays, less at most a fifth of jitter
            fixture.givenAPublished(cancelled(AMOUNT))
                    .andThenAPublished(attemptFailed(3))
                    .andThenTimeElapses(FIRST_RETRY.multipliedBy(3))
                    .whenTimeElapses(FIRST_RETRY)
                    .expectDispatchedCommands(new RetryRefund(PAYMENT, 3));
        }

        @Test
        void doesNotTryAgainBeforeTheLongerDelay() {
            fixture.givenAPublished(cancelled(AMOUNT))
                    .andThenAPublished(attemptFailed(3))
                    .whenTimeElapses(FIRST_RETRY.multipliedBy(3))
                    .expectNoDispatchedCommands();
        }

        @Test
        void keepsTryingUntilTheRefundSucceeds() throws Exception {
            fixture.givenAPublished(cancelled(AMOUNT))
                    .andThenAPublished(attemptFailed(1))
                    .andThenTimeElapses(FIRST_RETRY)
                    .andThenAPublished(attemptFailed(2))
                    .andThenTimeElapses(FIRST_RETRY.multipliedBy(2))
                    .whenPublishingA(refunded())
                    .expectDispatchedCommands(new RecordOrderRefund(ORDER, TIER, AMOUNT, "EUR"))
                    .expectActiveSagas(0);
        }
    }

    @Nested
    class RetryDelays {

        private final RefundProperties properties = new RefundProperties(FIRST_RETRY, SLOWEST_RETRY);

        @Test
        void doubleAfterEachFailureUpToTheSlowest() {
            assertThat(properties.retryDelay(1, 0)).isEqualTo(FIRST_RETRY);
            assertThat(properties.retryDelay(2, 0)).isEqualTo(FIRST_RETRY.multipliedBy(2));
            assertThat(properties.retryDelay(4, 0)).isEqualTo(FIRST_RETRY.multipliedBy(8));
            assertThat(properties.retryDelay(20, 0)).isEqualTo(SLOWEST_RETRY);
            assertThat(properties.retryDelay(Integer.MAX_VALUE, 0)).isEqualTo(SLOWEST_RETRY);
        }

        @Test
        void jitterShortensAWaitByAtMostAFifth() {
            assertThat(properties.retryDelay(1, 0.999))
                    .isGreaterThan(FIRST_RETRY.multipliedBy(4).dividedBy(5))
                    .isLessThan(FIRST_RETRY);
        }
    }
}
