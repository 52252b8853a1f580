package com.ticketorleaveit.platform.messaging;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Remembers which integration events a consumer has handled. The insert runs in the handling transaction, so an
 * event counts as handled exactly when its effects are committed; a redelivery finds the row and is dropped.
 * Needs the {@code inbox} table of {@code db/platform/common}.
 */
public class Inbox {

    private final JdbcTemplate jdbc;

    public Inbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True the first time; false for a message this consumer has already handled. */
    public boolean firstDelivery(String consumer, String messageId) {
        return jdbc.update(
                        "insert into inbox (consumer, message_id) values (?, ?) on conflict do nothing",
                        consumer,
                        messageId)
                == 1;
    }

    /** An interceptor for an event processor that skips events it has already handled. */
    public MessageHandlerInterceptor<EventMessage<?>> deduplicating(String consumer) {
        return new Deduplicating(this, consumer);
    }

    private record Deduplicating(Inbox inbox, String consumer) implements MessageHandlerInterceptor<EventMessage<?>> {

        @Override
        public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
                throws Exception {
            if (!inbox.firstDelivery(consumer, unitOfWork.getMessage().getIdentifier())) {
                return null;
            }
            return chain.proceed();
        }
    }
}
