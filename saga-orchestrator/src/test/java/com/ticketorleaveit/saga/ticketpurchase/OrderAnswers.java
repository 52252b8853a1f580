package com.ticketorleaveit.saga.ticketpurchase;

import com.ticketorleaveit.platform.refusal.Refusals;
import com.ticketorleaveit.tickets.api.ConfirmOrder;
import com.ticketorleaveit.tickets.api.ExpireOrder;
import com.ticketorleaveit.tickets.api.FailOrderPayment;
import com.ticketorleaveit.tickets.api.MarkOrderPaid;
import com.ticketorleaveit.tickets.api.MarkOrderReserved;
import com.ticketorleaveit.tickets.api.OrderStatus;
import com.ticketorleaveit.tickets.api.RejectOrder;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.utils.CallbackBehavior;

/**
 * How the order answers the saga's commands: with the status each step leads to when nothing races it, unless a test
 * says the order is elsewhere ({@link #answer}) or refuses the step ({@link #refuse}). Other commands answer nothing.
 */
final class OrderAnswers implements CallbackBehavior, Function<Object, Object> {

    private final Map<Class<?>, Function<Object, Object>> answers = new HashMap<>();

    OrderAnswers() {
        answer(MarkOrderReserved.class, OrderStatus.RESERVED);
        answer(MarkOrderPaid.class, OrderStatus.PAID);
        answer(ConfirmOrder.class, OrderStatus.CONFIRMED);
        answer(RejectOrder.class, OrderStatus.REJECTED);
        answer(FailOrderPayment.class, OrderStatus.PAYMENT_FAILED);
        answer(ExpireOrder.class, OrderStatus.EXPIRED);
    }

    OrderAnswers answer(Class<?> command, OrderStatus status) {
        answers.put(command, any -> status);
        return this;
    }

    OrderAnswers refuse(Class<?> command, String code) {
        answers.put(command, any -> {
            throw Refusals.conflict(code, "refused by the test");
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
