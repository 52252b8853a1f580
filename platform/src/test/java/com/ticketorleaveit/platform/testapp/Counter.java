package com.ticketorleaveit.platform.testapp;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.ticketorleaveit.testing.api.CounterIncremented;
import com.ticketorleaveit.testing.api.CounterOpened;
import com.ticketorleaveit.testing.api.Increment;
import com.ticketorleaveit.testing.api.OpenCounter;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** The smallest event-sourced aggregate that exercises the platform's stores. */
@Aggregate
class Counter {

    @AggregateIdentifier
    private String counterId;

    private int total;

    Counter() {}

    @CommandHandler
    Counter(OpenCounter command) {
        apply(new CounterOpened(command.counterId()));
    }

    @CommandHandler
    void handle(Increment command) {
        apply(new CounterIncremented(counterId, command.by(), total + command.by()));
    }

    @EventSourcingHandler
    void on(CounterOpened event) {
        counterId = event.counterId();
    }

    @EventSourcingHandler
    void on(CounterIncremented event) {
        total = event.total();
    }
}
