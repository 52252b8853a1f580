package com.ticketorleaveit.saga.ticketpurchase;

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
 * says the order got elsewhere first ({@link #answer}). Other commands answer nothing.
 */
final class OrderAnswers implements CallbackBehavior, Function<Object, Object> {

    private final Map<Class<?>, Function<Object, Object>> answers = new HashMap<>();

    OrderAnswers() {
        answer(ConfirmOrder.class, OrderStatus.CONFIRMED);
        answer(FailOrderPayment.class, OrderStatus.PAYMENT_FAILED);
        answer(ExpireOrder.class, OrderStatus.EXPIRED);
    }

    OrderAnswers answer(Class<?> command, OrderStatus status) {
        answers.put(command, any -> status);
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
