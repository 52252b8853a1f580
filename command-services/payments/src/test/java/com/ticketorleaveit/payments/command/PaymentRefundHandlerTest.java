package com.ticketorleaveit.payments.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ticketorleaveit.payments.api.PaymentId;
import com.ticketorleaveit.payments.api.PaymentRefundRequested;
import com.ticketorleaveit.payments.api.RecordRefund;
import com.ticketorleaveit.payments.api.RecordRefundFailure;
import com.ticketorleaveit.payments.command.PaymentProvider.Outcome;
import com.ticketorleaveit.payments.command.PaymentProvider.RefundOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.Test;

class PaymentRefundHandlerTest {

    private static final UUID ORDER = UUID.randomUUID();
    private static final PaymentId PAYMENT = PaymentId.forOrder(ORDER);

    private final List<Object> sent = new ArrayList<>();
    private final List<List<Object>> askedToRefund = new ArrayList<>();

    private PaymentRefundHandler handlerWhoseProviderAnswers(Supplier<RefundOutcome> outcome) {
        CommandBus bus = SimpleCommandBus.builder().build();
        for (Class<?> type : List.of(RecordRefund.class, RecordRefundFailure.class)) {
            bus.subscribe(type.getName(), command -> {
                sent.add(command.getPayload());
                return null;
            });
        }
        PaymentProvider provider = new PaymentProvider() {
            @Override
            public Outcome authorize(String key, long amountMinor, String currency, String token) {
                throw new AssertionError("a refund charges nothing");
            }

            @Override
            public Outcome status(String key) {
                throw new AssertionError("a refund asks for no status");
            }

            @Override
            public RefundOutcome refund(String refundKey, String paymentKey, long amountMinor, String currency) {
                askedToRefund.add(List.of(refundKey, paymentKey, amountMinor, currency));
                return outcome.get();
            }
        };
        return new PaymentRefundHandler(
                provider, DefaultCommandGateway.builder().commandBus(bus).build());
    }

    private static PaymentRefundRequested aRefundAttempt(int attempt) {
        return new PaymentRefundRequested(
                PAYMENT, ORDER, 5000, "EUR", "order-key-1", "refund-" + PAYMENT, attempt, "order cancelled");
    }

    @Test
    void asksTheProviderToRefundTheChargeUnderTheRefundKey() {
        handlerWhoseProviderAnswers(() -> new RefundOutcome.Refunded("simref_1"))
                .on(aRefundAttempt(1));

        assertThat(askedToRefund).containsExactly(List.of("refund-" + PAYMENT, "order-key-1", 5000L, "EUR"));
    }

    @Test
    void recordsTheRefundTheProviderMade() {
        handlerWhoseProviderAnswers(() -> new RefundOutcome.Refunded("simref_1"))
                .on(aRefundAttempt(1));

        assertThat(sent).containsExactly(new RecordRefund(PAYMENT, "simref_1"));
    }

    @Test
    void recordsARefusedRefundAsAFailedAttemptWithoutThrowing() {
        handlerWhoseProviderAnswers(() -> new RefundOutcome.Failed("provider error"))
                .on(aRefundAttempt(2));

        assertThat(sent).containsExactly(new RecordRefundFailure(PAYMENT, 2, "provider error"));
    }

    @Test
    void letsAnErrorOfTheCallItselfPropagateSoTheEventIsTriedAgain() {
        PaymentRefundHandler handler = handlerWhoseProviderAnswers(() -> {
            throw new IllegalStateException("database down");
        });

        assertThatThrownBy(() -> handler.on(aRefundAttempt(1))).hasMessage("database down");
        assertThat(sent).isEmpty();
    }
}
