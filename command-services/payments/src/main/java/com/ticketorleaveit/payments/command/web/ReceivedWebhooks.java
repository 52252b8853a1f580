package com.ticketorleaveit.payments.command.web;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The provider events already applied, by provider and the provider's event id ({@code payments_webhook_events}). */
@Component
class ReceivedWebhooks {

    private final JdbcTemplate jdbc;

    ReceivedWebhooks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean seen(String provider, String eventId) {
        Integer count = jdbc.queryForObject(
                "select count(*) from payments_webhook_events where provider = ? and event_id = ?",
                Integer.class,
                provider,
                eventId);
        return count != null && count > 0;
    }

    /** Remembers the event as applied; false when it already was (a replay that raced this one). */
    boolean remember(String provider, String eventId, String type) {
        return jdbc.update("""
                        insert into payments_webhook_events (provider, event_id, type, received_at)
                        values (?, ?, ?, now())
                        on conflict do nothing
                        """, provider, eventId, type) == 1;
    }
}
