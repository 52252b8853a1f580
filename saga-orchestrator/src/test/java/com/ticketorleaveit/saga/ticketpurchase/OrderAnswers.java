package com.ticketorleaveit.saga.ticketpurchase;

import com.ticketorleaveit.payments.api.CheckPayment;
import com.ticketorleaveit.payments.api.PaymentStatus;
import com.ticketorleaveit.tickets.api.ConfirmOrder;
import com.ticketorleaveit.tickets.api.ExpireOrder;
import com.ticketorleaveit.tickets.api.FailOrderPayment;
import com.ticketorleaveit.tickets.api.OrderStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.utils.CallbackBehavior;

/**
 * How the order answers the saga's commands: with the status each step leads to when nothing races it, unless a test
 * says the order got elsewhere first ({@link #answer}). The payment's status check finds the provider still silent,
 * unless a test says otherwise. Other commands answer nothing.
 */
final class OrderAnswers implements CallbackBehavior, Function<Object, Object> {

    private final Map<Class<?>, Function<Object, Object>> answers = new HashMap<>();

    OrderAnswers() {
        answer(ConfirmOrder.class, OrderStatus.CONFIRMED);
        answer(FailOrderPayment.class, OrderStatus.PAYMENT_FAILED);
        answer(ExpireOrder.class, OrderStatus.EXPIRED);
        answer(CheckPayment.class, PaymentStatus.REQUESTED);
    }

    OrderAnswers answer(Class<?> command, Object result) {
        answers.put(command, any -> result);
        return this;
    }

    /** The command fails (the service cannot be reached). */
    OrderAnswers failing(Class<?> command) {
        answers.put(command, any -> {
            throw new IllegalStateException("unreachable");
        });
        return this;
    }

    @Override
    public Object apply(Object command) {
        return answers.getOrDefault(command.getClass(), any -> null).apply(command);
    }

    @Override
    public Object handle(Object commandPayload, MetaData commandMetaData) {
        return apply(commandPayload);
    }
}
