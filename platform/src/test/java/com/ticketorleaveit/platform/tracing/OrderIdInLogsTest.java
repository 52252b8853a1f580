package com.ticketorleaveit.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.testing.api.CounterIncremented;
import java.util.UUID;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class OrderIdInLogsTest {

    public record OrderThing(UUID orderId) {}

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void namesTheOrderAMessageIsAboutWhileItIsHandled() throws Exception {
        UUID orderId = UUID.randomUUID();

        Object seen = handle(new OrderThing(orderId), () -> MDC.get(OrderIdInLogs.KEY));

        assertThat(seen).isEqualTo(orderId.toString());
        assertThat(MDC.get(OrderIdInLogs.KEY)).isNull();
    }

    @Test
    void restoresTheEnclosingOrderAfterANestedHandling() throws Exception {
        UUID outer = UUID.randomUUID();
        UUID inner = UUID.randomUUID();

        Object seenAfterNested = handle(new OrderThing(outer), () -> {
            handle(new OrderThing(inner), () -> null);
            return MDC.get(OrderIdInLogs.KEY);
        });

        assertThat(seenAfterNested).isEqualTo(outer.toString());
    }

    @Test
    void leavesTheLogsContextAloneForAMessageAboutNoOrder() throws Exception {
        MDC.put(OrderIdInLogs.KEY, "enclosing");

        Object seen = handle(new CounterIncremented("counter", 1, 1), () -> MDC.get(OrderIdInLogs.KEY));

        assertThat(seen).isEqualTo("enclosing");
        assertThat(MDC.get(OrderIdInLogs.KEY)).isEqualTo("enclosing");
    }

    private static Object handle(Object payload, InterceptorChain handler) throws Exception {
        Message<?> message = GenericEventMessage.asEventMessage(payload);
        var unitOfWork = DefaultUnitOfWork.startAndGet(message);
        try {
            return OrderIdInLogs.INSTANCE.handle(unitOfWork, handler);
        } finally {
            unitOfWork.rollback();
        }
    }
}
