package com.ticketorleaveit.tickets.command;

/**
 * The seats of one tier: how many exist, how many are held for orders awaiting payment, how many are sold. Held and
 * sold seats together never exceed the capacity; that is the whole of "never oversell".
 */
record Seats(int capacity, int held, int sold) {

    Seats {
        if (capacity < 0 || held < 0 || sold < 0 || held + sold > capacity) {
            throw new IllegalStateException(
                    "Seats out of bounds: capacity " + capacity + ", held " + held + ", sold " + sold);
        }
    }

    static Seats of(int capacity) {
        return new Seats(capacity, 0, 0);
    }

    int remaining() {
        return capacity - held - sold;
    }

    boolean canHold(int quantity) {
        return quantity <= remaining();
    }

    Seats hold(int quantity) {
        requirePositive(quantity);
        return new Seats(capacity, held + quantity, sold);
    }

    Seats release(int quantity) {
        requirePositive(quantity);
        return new Seats(capacity, held - quantity, sold);
    }

    Seats sell(int quantity) {
        requirePositive(quantity);
        return new Seats(capacity, held - quantity, sold + quantity);
    }

    /** Whether the tier may have this many seats: never fewer than those sold and held. */
    boolean canResizeTo(int newCapacity) {
        return newCapacity >= held + sold;
    }

    /** The same held and sold seats in a tier of another size; see {@link #canResizeTo}. */
    Seats resize(int newCapacity) {
        return new Seats(newCapacity, held, sold);
    }

    /** A cancelled order's sold seats go back on sale. */
    Seats returnSold(int quantity) {
        requirePositive(quantity);
        return new Seats(capacity, held, sold - quantity);
    }

    private static void requirePositive(int quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("A quantity of seats is at least 1, not " + quantity);
        }
    }
}
