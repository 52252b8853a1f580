package com.ticketorleaveit.payments.query.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.ticketorleaveit.payments.api.PaymentStatus;
import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.platform.web.Caller;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaymentControllerTest {

    private static final UUID PAYER = UUID.randomUUID();
    private static final PaymentView PAYMENT = new PaymentView(
            UUID.randomUUID(),
            UUID.randomUUID(),
            PAYER,
            5000,
            "EUR",
            PaymentStatus.APPROVED,
            null,
            "sim_1",
            Instant.parse("2030-01-01T10:00:00Z"));

    private final PaymentProjection projection = mock(PaymentProjection.class);
    private final PaymentController controller = new PaymentController(projection);

    private static Caller aCustomer(UUID userId) {
        return new Caller(userId, "someone@example.org", Set.of("CUSTOMER"));
    }

    @Test
    void showsThePayerTheirPayment() {
        when(projection.byId(PAYMENT.id())).thenReturn(Optional.of(PAYMENT));

        assertThat(controller.byId(PAYMENT.id(), aCustomer(PAYER))).isEqualTo(PAYMENT);
    }

    @Test
    void findsThePaymentOfAnOrderForThePayer() {
        when(projection.byOrder(PAYMENT.orderId())).thenReturn(Optional.of(PAYMENT));

        assertThat(controller.byOrder(PAYMENT.orderId(), aCustomer(PAYER))).isEqualTo(PAYMENT);
    }

    @Test
    void answersSomeoneElsesPaymentAsNotFound() {
        when(projection.byId(PAYMENT.id())).thenReturn(Optional.of(PAYMENT));

        assertThatThrownBy(() -> controller.byId(PAYMENT.id(), aCustomer(UUID.randomUUID())))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void showsAnAdminAnyPayment() {
        when(projection.byOrder(PAYMENT.orderId())).thenReturn(Optional.of(PAYMENT));
        var admin = new Caller(UUID.randomUUID(), "admin@example.org", Set.of("ADMIN"));

        assertThat(controller.byOrder(PAYMENT.orderId(), admin)).isEqualTo(PAYMENT);
    }

    @Test
    void answersAnUnknownPaymentAsNotFound() {
        when(projection.byId(PAYMENT.id())).thenReturn(Optional.empty());

        assertThatThrownBy(() -> controller.byId(PAYMENT.id(), aCustomer(PAYER)))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("PAYMENT_NOT_FOUND"));
    }
}
