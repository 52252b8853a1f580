package com.ticketorleaveit.saga;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;

/**
 * A command gateway that only remembers what was sent, in order, and answers every command with nothing, or, for
 * {@link #sendAndWait}, with what the given answers say.
 */
public class RecordingCommandGateway implements CommandGateway {

    private final List<Object> sent = new ArrayList<>();
    private final Function<Object, Object> answers;

    public RecordingCommandGateway() {
        this(command -> null);
    }

    public RecordingCommandGateway(Function<Object, Object> answers) {
        this.answers = answers;
    }

    public List<Object> sent() {
        return List.copyOf(sent);
    }

    @Override
    public <C, R> void send(C command, CommandCallback<? super C, ? super R> callback) {
        sent.add(command);
        @SuppressWarnings("unchecked")
        CommandMessage<C> message = (CommandMessage<C>) GenericCommandMessage.asCommandMessage(command);
        callback.onResult(message, GenericCommandResultMessage.asCommandResultMessage((Object) null));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R sendAndWait(Object command) {
        sent.add(command);
        return (R) answers.apply(command);
    }

    @Override
    public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
        return sendAndWait(command);
    }

    @Override
    public <R> CompletableFuture<R> send(Object command) {
        sent.add(command);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public Registration registerDispatchInterceptor(
            MessageDispatchInterceptor<? super CommandMessage<?>> dispatchInterceptor) {
        return () -> true;
    }
}
