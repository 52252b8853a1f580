package com.ticketorleaveit.payments.query.payments;

import com.ticketorleaveit.payments.api.PaymentErrors;
import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.platform.web.Caller;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Payments for the customer who pays them (and admins). Someone else's payment is answered as unknown. */
@RestController
@RequestMapping("/api/v1/payments")
class PaymentController {

    private final PaymentProjection payments;

    PaymentController(PaymentProjection payments) {
        this.payments = payments;
    }

    @GetMapping("/{paymentId}")
    PaymentView byId(@PathVariable UUID paymentId, Caller caller) {
        return visibleTo(caller, payments.byId(paymentId));
    }

    @GetMapping
    PaymentView byOrder(@RequestParam UUID orderId, Caller caller) {
        return visibleTo(caller, payments.byOrder(orderId));
    }

    private static PaymentView visibleTo(Caller caller, Optional<PaymentView> payment) {
        return payment.filter(p -> caller.isAdmin() || p.customerId().equals(caller.userId()))
                .orElseThrow(() -> ApiException.notFound(PaymentErrors.PAYMENT_NOT_FOUND, "No such payment."));
    }
}
