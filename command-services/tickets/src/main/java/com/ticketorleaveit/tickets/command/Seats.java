package com.ticketorleaveit.tickets.command;

/**
 * The seats of one tier: how many exist, how many are held for orders awaiting payment, how many are sold, and how many
 * are offered to customers of its waiting list (held for them until they buy or their offer ends). Held, sold and
 * offered seats together never exceed the capacity; that is the whole of "never oversell". What is left is on sale.
 */
record Seats(int capacity, int held, int sold, int offered) {

    Seats {
        if (capacity < 0 || held < 0 || sold < 0 || offered < 0 || held + sold + offered > capacity) {
            throw new IllegalStateException("Seats out of bounds: capacity " + capacity + ", held " + held + ", sold "
                    + sold + ", offered " + offered);
        }
    }

    /** Seats of a tier no waiting-list offer ever took from. */
    Seats(int capacity, int held, int sold) {
        this(capacity, held, sold, 0);
    }

    static Seats of(int capacity) {
        return new Seats(capacity, 0, 0, 0);
    }

    int remaining() {
        return capacity - held - sold - offered;
    }

    boolean canHold(int quantity) {
        return quantity <= remaining();
    }

    Seats hold(int quantity) {
        requirePositive(quantity);
        return new Seats(capacity, held + quantity, sold, offered);
    }

    Seats release(int quantity) {
        requirePositive(quantity);
        return new Seats(capacity, held - quantity, sold, offered);
    }

    Seats sell(int quantity) {
        requirePositive(quantity);
        return new Seats(capacity, held - quantity, sold + quantity, offered);
    }

    /** Whether the tier may have this many seats: never fewer than those sold, held and offered. */
    boolean canResizeTo(int newCapacity) {
        return newCapacity >= taken();
    }

    /** The same held, sold and offered seats in a tier of another size; see {@link #canResizeTo}. */
    Seats resize(int newCapacity) {
        return new Seats(newCapacity, held, sold, offered);
    }

    /** A cancelled order's sold seats go back on sale. */
    Seats returnSold(int quantity) {
        requirePositive(quantity);
        return new Seats(capacity, held, sold - quantity, offered);
    }

    /** A seat on sale is offered to a customer of the waiting list. */
    Seats offer() {
        return new Seats(capacity, held, sold, offered + 1);
    }

    /** An offer ended unused (expired, declined, withdrawn): its seat is free again. */
    Seats endOffer() {
        return new Seats(capacity, held, sold, offered - 1);
    }

    /** An offer is bought: its seat is held for the order from now on. */
    Seats takeOffer() {
        return new Seats(capacity, held + 1, sold, offered - 1);
    }

    /** Seats held, sold or offered: not on sale. */
    int taken() {
        return held + sold + offered;
    }

    private static void requirePositive(int quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("A quantity of seats is at least 1, not " + quantity);
        }
    }
}
