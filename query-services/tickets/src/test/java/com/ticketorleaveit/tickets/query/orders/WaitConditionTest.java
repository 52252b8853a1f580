package com.ticketorleaveit.tickets.query.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.tickets.api.OrderStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WaitConditionTest {

    @Test
    void waitingForFinalEndsAtAnyTerminalStatus() {
        WaitCondition condition = WaitCondition.parse("FINAL", null);

        assertThat(condition.reached())
                .accepts(
                        OrderStatus.CONFIRMED,
                        OrderStatus.REJECTED,
                        OrderStatus.EXPIRED,
                        OrderStatus.CANCELLED,
                        OrderStatus.REFUNDED);
        assertThat(condition.reached()).rejects(OrderStatus.PENDING, OrderStatus.RESERVED);
    }

    @Test
    void waitingForAStatusAlsoEndsWhenTheOrderCanNoLongerReachIt() {
        WaitCondition condition = WaitCondition.parse("confirmed", null);

        assertThat(condition.reached())
                .accepts(
                        OrderStatus.CONFIRMED, OrderStatus.PAYMENT_FAILED, OrderStatus.CANCELLED, OrderStatus.REFUNDED);
        assertThat(condition.reached()).rejects(OrderStatus.PENDING, OrderStatus.RESERVED);
    }

    @Test
    void waitingForARefundGoesOnWhileAConfirmedOrCancelledOrderMayStillBeRefunded() {
        WaitCondition condition = WaitCondition.parse("REFUNDED", null);

        assertThat(condition.reached()).accepts(OrderStatus.REFUNDED, OrderStatus.REJECTED, OrderStatus.PAYMENT_FAILED);
        assertThat(condition.reached())
                .rejects(
                        OrderStatus.PENDING,
                        OrderStatus.RESERVED,
                        OrderStatus.CONFIRMED,
                        OrderStatus.CANCELLED,
                        OrderStatus.EXPIRED);
    }

    @Test
    void waitingForACancellationEndsWhenTheOrderIsRefundedInstead() {
        WaitCondition condition = WaitCondition.parse("cancelled", null);

        assertThat(condition.reached())
                .accepts(OrderStatus.CANCELLED, OrderStatus.REFUNDED, OrderStatus.PAYMENT_FAILED);
        assertThat(condition.reached()).rejects(OrderStatus.RESERVED, OrderStatus.CONFIRMED);
    }

    @Test
    void anExpiredOrderMayStillBeConfirmedOrRefundedByAPaymentThatCameLate() {
        assertThat(WaitCondition.parse("CONFIRMED", null).reached()).rejects(OrderStatus.EXPIRED);
        assertThat(WaitCondition.parse("REFUNDED", null).reached()).rejects(OrderStatus.EXPIRED);
        assertThat(WaitCondition.parse("REJECTED", null).reached()).accepts(OrderStatus.EXPIRED);
    }

    @Test
    void waitingForAStatusTheOrderHasPassedEndsAtOnce() {
        WaitCondition condition = WaitCondition.parse("RESERVED", null);

        assertThat(condition.reached()).accepts(OrderStatus.RESERVED, OrderStatus.CONFIRMED, OrderStatus.REJECTED);
        assertThat(condition.reached()).rejects(OrderStatus.PENDING);
    }

    @Test
    void readsTimeoutsAsIsoDurationsOrSeconds() {
        assertThat(WaitCondition.parse("FINAL", "PT2S").timeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(WaitCondition.parse("FINAL", "5s").timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(WaitCondition.parse("FINAL", "1.5").timeout()).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void waitsFiveSecondsWhenNoTimeoutIsGiven() {
        assertThat(WaitCondition.parse("FINAL", null).timeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void capsTheTimeoutAtThirtySeconds() {
        assertThat(WaitCondition.parse("FINAL", "PT5M").timeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void refusesAnUnknownStatusWith400() {
        assertThatThrownBy(() -> WaitCondition.parse("SHIPPED", null)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.code()).isEqualTo("INVALID_PARAMETER");
        });
    }

    @Test
    void refusesAnUnreadableTimeoutWith400() {
        assertThatThrownBy(() -> WaitCondition.parse("FINAL", "soon"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
    }
}
