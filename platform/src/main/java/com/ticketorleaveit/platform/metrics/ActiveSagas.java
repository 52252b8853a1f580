package com.ticketorleaveit.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.config.SagaConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code ticketing.axon.sagas.active{saga}}: the sagas of each type that have started and not ended, in the saga store
 * shared by every replica (so every replica reports the same number: take the max, not the sum). Counted when scraped,
 * one grouped count at most every {@link #MAX_AGE}: the store holds only live sagas (an ended one is deleted), a few
 * per purchase under way and one per event on sale.
 */
final class ActiveSagas {

    static final String METRIC = "ticketing.axon.sagas.active";
    static final Duration MAX_AGE = Duration.ofSeconds(10);

    private ActiveSagas() {}

    static void bind(MeterRegistry registry, JdbcTemplate jdbc, Iterable<SagaConfiguration<?>> sagas) {
        var snapshot = new ScrapedSnapshot(
                "active sagas",
                () -> {
                    Map<String, Long> counts = new HashMap<>();
                    jdbc.query("select sagaType, count(*) from SagaEntry group by sagaType", row -> {
                        counts.put(row.getString(1), row.getLong(2));
                    });
                    return counts;
                },
                MAX_AGE,
                Clock.systemUTC());
        for (SagaConfiguration<?> saga : sagas) {
            // the store keeps the saga class' name, as the serializer names it
            String type = saga.type().getName();
            Gauge.builder(METRIC, () -> snapshot.count(type))
                    .description("Sagas started and not yet ended, per saga type")
                    .tag("saga", saga.type().getSimpleName())
                    .register(registry);
        }
    }
}
