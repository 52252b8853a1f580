package com.ticketorleaveit.platform.testapp;

import com.ticketorleaveit.testing.api.CounterIncremented;
import com.ticketorleaveit.testing.api.CounterOpened;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(CounterProjection.GROUP)
class CounterProjection {

    static final String GROUP = "test-counters";

    private final JdbcTemplate jdbc;

    CounterProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CounterOpened event) {
        jdbc.update(
                "insert into test_counters (counter_id, total, increments) values (?, 0, 0) on conflict do nothing",
                event.counterId());
    }

    @EventHandler
    void on(CounterIncremented event) {
        jdbc.update(
                "update test_counters set total = ?, increments = increments + 1 where counter_id = ?",
                event.total(),
                event.counterId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from test_counters");
    }
}
