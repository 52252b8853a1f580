package com.ticketorleaveit.tickets.command;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcRegisteredTiers implements RegisteredTiers {

    private final JdbcTemplate jdbc;

    JdbcRegisteredTiers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean register(UUID tierId, UUID eventId) {
        // a concurrent registration of the same tier waits on the key, then inserts nothing
        return jdbc.update(
                        "INSERT INTO tickets_tiers (tier_id, event_id) VALUES (?, ?) ON CONFLICT (tier_id) DO NOTHING",
                        tierId,
                        eventId)
                == 1;
    }

    @Override
    public boolean exists(UUID tierId, UUID eventId) {
        Boolean found = jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM tickets_tiers WHERE tier_id = ? AND event_id = ?)",
                Boolean.class,
                tierId,
                eventId);
        return Boolean.TRUE.equals(found);
    }

    @Override
    public boolean knowsEvent(UUID eventId) {
        Boolean found = jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM tickets_tiers WHERE event_id = ?)", Boolean.class, eventId);
        return Boolean.TRUE.equals(found);
    }
}
