package com.ticketorleaveit.platform.tracing;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.MDC;

/**
 * Puts the order a message is about into the logs' context ({@code orderId}) while the message is handled: every line
 * logged meanwhile, on any deployable, names it beside the trace id. A message is about an order when its payload has
 * an {@code orderId()} accessor (the commands and events of the purchase, payments and refunds). The order of an
 * enclosing handling on the same thread is restored afterwards.
 */
public final class OrderIdInLogs implements MessageHandlerInterceptor<Message<?>> {

    public static final String KEY = "orderId";
    public static final OrderIdInLogs INSTANCE = new OrderIdInLogs();

    private static final ClassValue<Optional<Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
            try {
                Method accessor = type.getMethod(KEY);
                boolean usable = accessor.getReturnType() != void.class
                        && !Modifier.isStatic(accessor.getModifiers())
                        && Modifier.isPublic(type.getModifiers());
                return usable ? Optional.of(accessor) : Optional.empty();
            } catch (NoSuchMethodException e) {
                return Optional.empty();
            }
        }
    };

    private OrderIdInLogs() {}

    @Override
    public Object handle(UnitOfWork<? extends Message<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        String orderId = orderIdOf(unitOfWork.getMessage());
        if (orderId == null) {
            return interceptorChain.proceed();
        }
        String enclosing = MDC.get(KEY);
        MDC.put(KEY, orderId);
        try {
            return interceptorChain.proceed();
        } finally {
            if (enclosing == null) {
                MDC.remove(KEY);
            } else {
                MDC.put(KEY, enclosing);
            }
        }
    }

    /** The payload is looked at only when its type has the accessor, so other messages stay serialized. */
    static String orderIdOf(Message<?> message) {
        Class<?> type = message.getPayloadType();
        if (type == null) {
            return null;
        }
        Optional<Method> accessor = ACCESSORS.get(type);
        if (accessor.isEmpty()) {
            return null;
        }
        try {
            Object value = accessor.get().invoke(message.getPayload());
            return value == null ? null : value.toString();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
