package com.ticketorleaveit.saga.ticketpurchase;

import com.ticketorleaveit.saga.ReadModels;
import com.ticketorleaveit.tickets.api.OrderId;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the buyer's name from query-services' read models of orders and user profiles (as the sweep reads them, see
 * {@link JdbcPaidOrders}): the purchase confirms an order well after it was placed, and the buyer registered before
 * that, so both rows are there; when one is not (a read model rebuilding), the tickets carry the buyer's email instead.
 * One indexed lookup per confirmed order.
 */
@Repository
class JdbcHolderNames implements HolderNames {

    private final JdbcTemplate jdbc;
    private final String orders;
    private final String profiles;

    JdbcHolderNames(JdbcTemplate jdbc, ReadModels readModels) {
        this.jdbc = jdbc;
        this.orders = readModels.table("tickets_orders");
        this.profiles = readModels.table("users_profiles");
    }

    @Override
    public Optional<String> of(OrderId orderId) {
        return jdbc.queryForList("""
                        select p.first_name || ' ' || p.last_name
                          from %s o
                          join %s p on p.user_id = o.customer_id
                         where o.order_id = ?
                        """.formatted(orders, profiles), String.class, orderId.value()).stream()
                .findFirst()
                .map(String::strip);
    }
}
