package com.ticketorleaveit.benchmark;

import com.ticketorleaveit.benchmark.Results.FloorResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;

/**
 * The floor every purchase figure is compared with: a purchase as one plain SQL transaction on the same PostgreSQL —
 * a guarded decrement of the tier's seats, the order, its tickets and its payment, committed — with no messaging,
 * no event store, no saga and no HTTP. What the platform adds on top of this is what its ratio to the floor shows.
 */
final class SqlFloor {

    /** Seats per tier: the floor measures purchases, never a sell-out. */
    private static final int CAPACITY = 1_000_000_000;

    private static final String SCHEMA = """
            create schema floor;
            create table floor.tier (
                id int primary key,
                capacity int not null,
                sold int not null default 0);
            create table floor.purchase_order (
                id uuid primary key,
                idempotency_key text not null unique,
                customer_id uuid not null,
                tier_id int not null references floor.tier,
                quantity int not null,
                amount_minor bigint not null,
                status text not null,
                created_at timestamptz not null default now());
            create table floor.ticket (
                code text primary key,
                order_id uuid not null references floor.purchase_order);
            create table floor.payment (
                id uuid primary key,
                order_id uuid not null unique references floor.purchase_order,
                amount_minor bigint not null,
                status text not null);
            """;

    private static final String RESERVE = "update floor.tier set sold = sold + ? where id = ? and sold + ? <= capacity";
    private static final String INSERT_ORDER =
            "insert into floor.purchase_order (id, idempotency_key, customer_id, tier_id, quantity, amount_minor, status)"
                    + " values (?, ?, ?, ?, ?, ?, 'CONFIRMED')";
    private static final String INSERT_TICKET = "insert into floor.ticket (code, order_id) values (?, ?)";
    private static final String INSERT_PAYMENT =
            "insert into floor.payment (id, order_id, amount_minor, status) values (?, ?, ?, 'CAPTURED')";
    private static final long PRICE_MINOR = 4500;

    /** Opens a connection to the scratch database. */
    @FunctionalInterface
    interface Connections {
        Connection open() throws SQLException;
    }

    private final Connections connections;

    SqlFloor(Connections connections) {
        this.connections = connections;
    }

    /** Creates the floor's own schema and its tiers: ids 1..tiers. */
    void prepare(int tiers) throws SQLException {
        try (Connection connection = connections.open();
                Statement statement = connection.createStatement()) {
            statement.execute(SCHEMA);
            try (PreparedStatement insert =
                    connection.prepareStatement("insert into floor.tier (id, capacity) values (?, ?)")) {
                for (int tier = 1; tier <= tiers; tier++) {
                    insert.setInt(1, tier);
                    insert.setInt(2, CAPACITY);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    /**
     * Buys one ticket at a time from {@code threads} threads, each over its own connection, as fast as they can, for
     * the duration; each purchase picks one of tiers {@code 1..tiers} at random.
     */
    FloorResult run(String name, int threads, int tiers, Duration duration) throws SQLException, InterruptedException {
        LongAdder purchases = new LongAdder();
        LongAdder refused = new LongAdder();
        List<Connection> open = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                Connection connection = connections.open();
                connection.setAutoCommit(false);
                open.add(connection);
            }
            long start = System.nanoTime();
            long deadline = start + duration.toNanos();
            for (Connection connection : open) {
                Thread worker = new Thread(
                        () -> {
                            try {
                                buyUntil(connection, tiers, deadline, purchases, refused);
                            } catch (SQLException | RuntimeException e) {
                                synchronized (failures) {
                                    failures.add(e);
                                }
                            }
                        },
                        "sql-floor-" + workers.size());
                workers.add(worker);
                worker.start();
            }
            for (Thread worker : workers) {
                worker.join();
            }
            long elapsed = System.nanoTime() - start;
            if (!failures.isEmpty()) {
                throw new IllegalStateException("The SQL floor failed: " + failures.get(0), failures.get(0));
            }
            double seconds = Durations.seconds(elapsed);
            return new FloorResult(
                    name, threads, tiers, seconds, purchases.sum(), purchases.sum() / seconds, refused.sum());
        } finally {
            for (Connection connection : open) {
                connection.close();
            }
        }
    }

    private static void buyUntil(
            Connection connection, int tiers, long deadline, LongAdder purchases, LongAdder refused)
            throws SQLException {
        try (PreparedStatement reserve = connection.prepareStatement(RESERVE);
                PreparedStatement order = connection.prepareStatement(INSERT_ORDER);
                PreparedStatement ticket = connection.prepareStatement(INSERT_TICKET);
                PreparedStatement payment = connection.prepareStatement(INSERT_PAYMENT)) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            int quantity = 1;
            while (System.nanoTime() < deadline) {
                int tier = tiers == 1 ? 1 : 1 + random.nextInt(tiers);
                UUID orderId = UUID.randomUUID();
                reserve.setInt(1, quantity);
                reserve.setInt(2, tier);
                reserve.setInt(3, quantity);
                if (reserve.executeUpdate() != 1) {
                    connection.rollback();
                    refused.increment();
                    continue;
                }
                order.setObject(1, orderId);
                order.setString(2, orderId.toString());
                order.setObject(3, UUID.randomUUID());
                order.setInt(4, tier);
                order.setInt(5, quantity);
                order.setLong(6, PRICE_MINOR * quantity);
                order.executeUpdate();
                for (int seat = 0; seat < quantity; seat++) {
                    ticket.setString(1, ticketCode(random));
                    ticket.setObject(2, orderId);
                    ticket.executeUpdate();
                }
                payment.setObject(1, UUID.randomUUID());
                payment.setObject(2, orderId);
                payment.setLong(3, PRICE_MINOR * quantity);
                payment.executeUpdate();
                connection.commit();
                purchases.increment();
            }
        }
    }

    /** 128 random bits in base 32, as long as the platform's ticket codes. */
    private static String ticketCode(ThreadLocalRandom random) {
        return Long.toString(random.nextLong() & Long.MAX_VALUE, 32)
                + Long.toString(random.nextLong() & Long.MAX_VALUE, 32);
    }
}
