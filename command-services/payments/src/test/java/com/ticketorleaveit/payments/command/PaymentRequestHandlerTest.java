package com.ticketorleaveit.payments.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.payments.api.ApprovePayment;
import com.ticketorleaveit.payments.api.DeclinePayment;
import com.ticketorleaveit.payments.api.FailPayment;
import com.ticketorleaveit.payments.api.PaymentId;
import com.ticketorleaveit.payments.api.PaymentRequested;
import com.ticketorleaveit.payments.command.PaymentProvider.Outcome;
import com.ticketorleaveit.payments.command.PaymentProvider.RefundOutcome;
import com.ticketorleaveit.platform.vault.Vault;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

class PaymentRequestHandlerTest {

    private static final UUID ORDER = UUID.randomUUID();
    private static final PaymentId PAYMENT = PaymentId.forOrder(ORDER);

    private final List<Object> sent = new ArrayList<>();

    private PaymentRequestHandler handlerWhoseProviderAnswers(Outcome outcome) {
        CommandBus bus = SimpleCommandBus.builder().build();
        for (Class<?> type : List.of(ApprovePayment.class, DeclinePayment.class, FailPayment.class)) {
            bus.subscribe(type.getName(), command -> {
                sent.add(command.getPayload());
                return null;
            });
        }
        PaymentProvider provider = new PaymentProvider() {
            @Override
            public Outcome authorize(String key, long amountMinor, String currency, String token) {
                return outcome;
            }

            @Override
            public Outcome status(String key) {
                throw new AssertionError("a payment request asks for no status");
            }

            @Override
            public RefundOutcome refund(String refundKey, String paymentKey, long amountMinor, String currency) {
                throw new AssertionError("a payment request asks for no refund");
            }
        };
        // the events below carry a token as events stored before the vault do: the vault answers it as it is
        return new PaymentRequestHandler(
                provider,
                DefaultCommandGateway.builder().commandBus(bus).build(),
                new Vault(new JdbcTemplate(), "a sealing secret of at least 32 bytes"));
    }

    private static PaymentRequested aRequestedPayment() {
        return new PaymentRequested(PAYMENT, ORDER, UUID.randomUUID(), 5000, "EUR", "tok_approve", PAYMENT.toString());
    }

    @Test
    void failsThePaymentWhoseTokenTheVaultNoLongerKeepsWithoutAskingTheProvider() {
        // a vault whose table holds nothing: the token was purged
        Vault emptyVault = new Vault(
                new JdbcTemplate() {
                    @Override
                    public <T> List<T> query(String sql, RowMapper<T> rowMapper, Object... args) {
                        return List.of();
                    }
                },
                "a sealing secret of at least 32 bytes");
        PaymentRequestHandler handler = new PaymentRequestHandler(
                new PaymentProvider() {
                    @Override
                    public Outcome authorize(String key, long amountMinor, String currency, String token) {
                        throw new AssertionError("nothing to ask the provider with");
                    }

                    @Override
                    public Outcome status(String key) {
                        throw new AssertionError();
                    }

                    @Override
                    public RefundOutcome refund(
                            String refundKey, String paymentKey, long amountMinor, String currency) {
                        throw new AssertionError();
                    }
                },
                gatewayRecordingFailures(),
                emptyVault);

        handler.on(new PaymentRequested(
                PAYMENT, ORDER, UUID.randomUUID(), 5000, "EUR", "vault:" + ORDER + ":gone", PAYMENT.toString()));

        assertThat(sent).containsExactly(new FailPayment(PAYMENT, PaymentRequestHandler.PAYMENT_METHOD_UNAVAILABLE));
    }

    private DefaultCommandGateway gatewayRecordingFailures() {
        CommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(FailPayment.class.getName(), command -> {
            sent.add(command.getPayload());
            return null;
        });
        return DefaultCommandGateway.builder().commandBus(bus).build();
    }

    @Test
    void approvesThePaymentTheProviderApproved() {
        handlerWhoseProviderAnswers(new Outcome.Approved("sim_1")).on(aRequestedPayment());

        assertThat(sent).containsExactly(new ApprovePayment(PAYMENT, "sim_1"));
    }

    @Test
    void declinesThePaymentTheProviderDeclined() {
        handlerWhoseProviderAnswers(new Outcome.Declined("card declined")).on(aRequestedPayment());

        assertThat(sent).containsExactly(new DeclinePayment(PAYMENT, "card declined"));
    }

    @Test
    void failsThePaymentTheProviderCouldNotProcess() {
        handlerWhoseProviderAnswers(new Outcome.Failed("provider error")).on(aRequestedPayment());

        assertThat(sent).containsExactly(new FailPayment(PAYMENT, "provider error"));
    }

    @Test
    void leavesThePaymentRequestedWhenTheProviderDoesNotAnswer() {
        handlerWhoseProviderAnswers(new Outcome.NoAnswer()).on(aRequestedPayment());

        assertThat(sent).isEmpty();
    }
}
