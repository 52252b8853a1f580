package com.ticketorleaveit.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Reads the running system's event store directly, for facts no API shows (what the provider was asked). */
final class SystemDatabase {

    private final RunningSystem system;

    SystemDatabase(RunningSystem system) {
        this.system = system;
    }

    /** How many approved payments each of these orders has, for the orders that have any. */
    Map<String, Integer> approvalsPerOrder(Collection<String> orderIds) throws SQLException {
        Map<String, Integer> approvals = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(system.jdbcUrl(), "postgres", "");
                var statement = connection.prepareStatement("""
                        select convert_from(payload, 'UTF8')::json ->> 'orderId' as order_id, count(*)
                        from command.domainevententry
                        where payloadtype = 'com.ticketorleaveit.payments.api.PaymentApproved'
                          and convert_from(payload, 'UTF8')::json ->> 'orderId' = any (?)
                        group by 1""")) {
            statement.setArray(1, connection.createArrayOf("text", orderIds.toArray()));
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    approvals.put(result.getString(1), result.getInt(2));
                }
            }
        }
        return approvals;
    }
}
