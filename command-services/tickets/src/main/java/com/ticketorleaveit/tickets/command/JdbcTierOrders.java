package com.ticketorleaveit.tickets.command;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcTierOrders implements TierOrders {

    private final JdbcTemplate jdbc;

    JdbcTierOrders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void confirmed(UUID tierId, UUID orderId) {
        jdbc.update(
                "INSERT INTO tickets_tier_orders (tier_id, order_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                tierId,
                orderId);
    }

    @Override
    public List<UUID> page(UUID tierId, UUID after, int limit) {
        if (after == null) {
            return jdbc.queryForList(
                    "SELECT order_id FROM tickets_tier_orders WHERE tier_id = ? ORDER BY order_id LIMIT ?",
                    UUID.class,
                    tierId,
                    limit);
        }
        return jdbc.queryForList(
                "SELECT order_id FROM tickets_tier_orders WHERE tier_id = ? AND order_id > ? ORDER BY order_id LIMIT ?",
                UUID.class,
                tierId,
                after,
                limit);
    }
}
