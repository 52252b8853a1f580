package com.ticketorleaveit.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the running system's event store directly, for facts no API shows (what the provider was asked). */
final class SystemDatabase {

    private final RunningSystem system;

    SystemDatabase(RunningSystem system) {
        this.system = system;
    }

    /** How many approved payments each of these orders has, for the orders that have any. */
    Map<String, Integer> approvalsPerOrder(Collection<String> orderIds) throws SQLException {
        return perOrder("com.ticketorleaveit.payments.api.PaymentApproved", orderIds);
    }

    /** How many times money went back for each of these orders' payments, for the orders that have any. */
    Map<String, Integer> paymentRefundsPerOrder(Collection<String> orderIds) throws SQLException {
        return perOrder("com.ticketorleaveit.payments.api.PaymentRefunded", orderIds);
    }

    /** How many times each of these orders was recorded refunded, for the orders that were. */
    Map<String, Integer> orderRefundsPerOrder(Collection<String> orderIds) throws SQLException {
        return perOrder("com.ticketorleaveit.tickets.api.OrderRefunded", orderIds);
    }

    /** The payloads, as stored, of every event that names this order id: what the relay sends to the broker too. */
    List<String> payloadsNaming(String orderId) throws SQLException {
        return texts("""
                select convert_from(payload, 'UTF8') from command.domainevententry
                where convert_from(payload, 'UTF8') like ? order by globalindex""", "%" + orderId + "%");
    }

    /** How many events the aggregate with this id has stored: a refused command stores none. */
    long eventsOf(String aggregateId) throws SQLException {
        try (Connection connection = connect();
                var statement = connection.prepareStatement(
                        "select count(*) from command.domainevententry where aggregateidentifier = ?")) {
            statement.setString(1, aggregateId);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** The stored payloads (JSON text) of the aggregate's events, with their types, in order. */
    List<String> payloadsOf(String aggregateId) throws SQLException {
        return texts("""
                select payloadtype || ' ' || convert_from(payload, 'UTF8')
                from command.domainevententry where aggregateidentifier = ? order by sequencenumber""", aggregateId);
    }

    /** The one text column of a query with one parameter, row by row. */
    private List<String> texts(String sql, String parameter) throws SQLException {
        List<String> texts = new ArrayList<>();
        try (Connection connection = connect();
                var statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    texts.add(result.getString(1));
                }
            }
        }
        return texts;
    }

    /** How many events of this type name each of these orders (by their {@code orderId}), for the orders named. */
    private Map<String, Integer> perOrder(String payloadType, Collection<String> orderIds) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection connection = connect();
                var statement = connection.prepareStatement("""
                        select convert_from(payload, 'UTF8')::json ->> 'orderId' as order_id, count(*)
                        from command.domainevententry
                        where payloadtype = ?
                          and convert_from(payload, 'UTF8')::json ->> 'orderId' = any (?)
                        group by 1""")) {
            statement.setString(1, payloadType);
            statement.setArray(2, connection.createArrayOf("text", orderIds.toArray()));
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    counts.put(result.getString(1), result.getInt(2));
                }
            }
        }
        return counts;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(system.jdbcUrl(), "postgres", "");
    }
}
