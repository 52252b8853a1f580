package com.ticketorleaveit.payments.query.payments;

import com.ticketorleaveit.payments.api.PaymentErrors;
import com.ticketorleaveit.platform.web.ApiException;
import com.ticketorleaveit.platform.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payments for the customer who pays them (and admins). Someone else's payment is answered as unknown. The list is
 * the caller's own payments, admins included: it answers "what did I pay", not an operator's search.
 */
@RestController
@RequestMapping("/api/v1/payments")
class PaymentController {

    private final PaymentProjection payments;

    PaymentController(PaymentProjection payments) {
        this.payments = payments;
    }

    @Operation(operationId = "getPayment", summary = "A payment")
    @GetMapping("/{paymentId}")
    PaymentView byId(@PathVariable UUID paymentId, Caller caller) {
        return visibleTo(caller, payments.byId(paymentId));
    }

    // one operation in the document: a path and method are documented once, whatever parameters pick the handler, so
    // orderId is optional there (the mapping makes sure it is sent here; an empty one is refused below)
    @Operation(
            operationId = "listPayments",
            summary = "The caller's payments, or with orderId the payment of that order")
    @GetMapping(params = "orderId")
    PaymentView byOrder(@RequestParam(required = false) UUID orderId, Caller caller) {
        if (orderId == null) {
            throw new ApiException(400, "INVALID_PARAMETER", "Parameter 'orderId' is required.");
        }
        return visibleTo(caller, payments.byOrder(orderId));
    }

    @Operation(
            operationId = "listPayments",
            summary = "The caller's payments, or with orderId the payment of that order")
    @GetMapping(params = "!orderId")
    PaymentPage mine(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            Caller caller) {
        return new PaymentPage(
                payments.byCustomer(caller.userId(), page, size),
                page,
                size,
                payments.countByCustomer(caller.userId()));
    }

    record PaymentPage(List<PaymentView> items, int page, int size, long total) {}

    private static PaymentView visibleTo(Caller caller, Optional<PaymentView> payment) {
        return payment.filter(p -> caller.isAdmin() || p.customerId().equals(caller.userId()))
                .orElseThrow(() -> ApiException.notFound(PaymentErrors.PAYMENT_NOT_FOUND, "No such payment."));
    }
}
